package org.copydesk.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.copydesk.parser.ArticleParser;

/**
 * The documented throughput run (README, "Parsing a crawl on Apache Spark"): pages per second of the job in local mode
 * with 1 and 2 cores beside a single-thread loop of {@code ArticleParser} over the same {@code page.html.gz} files.
 *
 * <p>The loop reads, decompresses and parses each page ({@code parseHtml(bytes)}); the job does the same and writes its
 * three outputs. Each is run twice in this JVM and the second run is timed, so both are measured warm; the job's time
 * is from {@code ParseJob.run} to its return (the session is started before). Arguments: the directory of the corpus's
 * page directories (each with a {@code page.html.gz}) and a work directory (replaced).
 */
final class Throughput {

  private Throughput() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
    Path work = Path.of(args[1]).toAbsolutePath();
    SampleRun.deleteTree(work);
    List<Path> pages;
    try (Stream<Path> dirs = Files.list(corpus)) {
      pages = dirs.map(dir -> dir.resolve("page.html.gz")).filter(Files::isRegularFile).sorted().toList();
    }
    String glob = corpus + "/*/page.html.gz";
    System.out.printf("%d pages; load average before: %s%n", pages.size(), loadAverage());

    loop(pages);
    double loop = pages.size() / loop(pages);
    System.out.printf(Locale.ROOT, "single-thread ArticleParser loop: %.1f pages/s%n", loop);

    for (int cores = 1; cores <= 2; cores++) {
      SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("throughput")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
          .getOrCreate();
      try {
        job(spark, glob, work.resolve("warm-" + cores));
        long start = System.nanoTime();
        ParseJob.Counts counts = job(spark, glob, work.resolve("run-" + cores));
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = counts.read() / seconds;
        System.out.printf(Locale.ROOT, "job, local[%d]: %.1f pages/s (%s); loop / job = %.2f%n",
            cores, rate, counts, loop / rate);
      } finally {
        spark.stop();
      }
    }
    System.out.printf("load average after: %s%n", loadAverage());
  }

  /** Seconds one pass of the loop takes. */
  private static double loop(List<Path> pages) throws IOException {
    ArticleParser parser = ArticleParser.create();
    long start = System.nanoTime();
    int quotes = 0;
    for (Path page : pages) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        quotes += parser.parseHtml(in.readAllBytes()).quotes().size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "loop pass: %.2f s, %d quotes%n", seconds, quotes);
    return seconds;
  }

  private static ParseJob.Counts job(SparkSession spark, String glob, Path out) {
    return ParseJob.run(spark, new ParseJob.Options(glob, null, null, out.toString()));
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }
}
