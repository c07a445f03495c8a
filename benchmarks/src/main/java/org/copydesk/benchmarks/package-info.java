/**
 * JMH benchmarks of the parser. Each parser benchmark has a reference benchmark over the same input, measured in the
 * same run, and {@link org.copydesk.benchmarks.Ratios} reports time and allocation as ratios to it, so that numbers
 * from different machines compare.
 */
package org.copydesk.benchmarks;
