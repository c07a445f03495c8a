/**
 * JMH benchmarks of the parser and the tools around it. {@link org.copydesk.benchmarks.RealPagesBenchmark} runs
 * Copydesk beside jsoup, Readability4J and boilerpipe on real pages,
 * {@link org.copydesk.benchmarks.SizeScalingBenchmark} on synthetic articles of growing size, and
 * {@link org.copydesk.benchmarks.Ratios} reports both as time and bytes per input character and as ratios between work
 * measured in the same run, so that numbers from different machines compare.
 * {@link org.copydesk.benchmarks.PageRatios} times every page separately for per-page median ratios;
 * {@link org.copydesk.benchmarks.ParseLoop} and {@link org.copydesk.benchmarks.JfrSummary} record and summarise a
 * profile. See {@code benchmarks/README.md}.
 */
package org.copydesk.benchmarks;
