package org.copydesk.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * A Spark job that parses a crawl into articles: page files, JSON Lines of pages and WARC files in, three outputs out.
 *
 * <pre>{@code
 * ParseJob.Counts counts = ParseJob.run(spark, new ParseJob.Options(
 *     "crawl/pages/*.html.gz", "crawl/pages.jsonl", "crawl/*.warc.gz", "out"));
 * }</pre>
 *
 * <p>Inputs, each optional but one required: page files (text or HTML, {@code .gz} too; see {@code FileInput}), JSON
 * Lines of {@code {"id", "url"?, "html"|"text"}} and WARC files ({@code response} records of HTML pages). Outputs,
 * under the output directory, which must not exist:
 * <ul>
 *   <li>{@code articles/}: JSON Lines, one parsed page a line, {@code {"id", "input", "url"?, "article"}}, the article
 *       in Copydesk's JSON contract ({@code ArticleJson}): for programs that read articles back;
 *   <li>{@code quotes/}: Parquet, one row per quote (article id, url, headline, published, quote text and kind, speaker
 *       name and kind, cue): for analysts' SQL and data frames;
 *   <li>{@code failures/}: JSON Lines, one page that could not be read or parsed a line,
 *       {@code {"id"?, "input", "url"?, "stage": "read"|"parse", "error"}}.
 * </ul>
 * One bad record never fails the job: it becomes a failure. Each executor JVM builds one {@code ArticleParser}, on
 * first use. The counters (pages read, parsed, failed; quotes and sources found) are Spark accumulators.
 *
 * <p>{@link #main(String[])} runs the job from the command line, embedded in the JVM ({@code local[*]}) unless a
 * master is given by {@code --master} or by {@code spark-submit}.
 */
public final class ParseJob {

  static final String USAGE = """
      usage: ParseJob [--files PATHS] [--json-lines PATHS] [--warc PATHS] --out DIR [--master URL]
        PATHS: files, directories or globs, separated by commas (quote globs from the shell)
        --master: the Spark master, default local[*] unless spark-submit gives one""";

  private ParseJob() {}

  /**
   * What to parse and where to write.
   *
   * @param files page files (text or HTML, {@code .gz} too): paths, directories or globs, comma-separated; or null
   * @param jsonLines JSON Lines files of pages, comma-separated; or null
   * @param warc WARC files, comma-separated; or null
   * @param output the directory to write the outputs into; it must not exist
   */
  public record Options(String files, String jsonLines, String warc, String output) {

    /** Checks that one input at least is given, and the output. */
    public Options {
      Objects.requireNonNull(output, "output must not be null");
      if (files == null && jsonLines == null && warc == null) {
        throw new IllegalArgumentException("no input: give files, JSON Lines or WARC files");
      }
    }
  }

  /**
   * The job's counters once it has run.
   *
   * @param read records taken from the inputs: each was either parsed or failed
   * @param parsed pages parsed into articles
   * @param failed records that could not be read or parsed
   * @param quotes quotes in the parsed articles
   * @param sources sources in the parsed articles
   */
  public record Counts(long read, long parsed, long failed, long quotes, long sources) {

    @Override
    public String toString() {
      return "read " + read + ", parsed " + parsed + ", failed " + failed + ", quotes " + quotes + ", sources "
          + sources;
    }
  }

  /**
   * Runs the job from the command line, {@code [--files PATHS] [--json-lines PATHS] [--warc PATHS] --out DIR
   * [--master URL]}, and prints the counters at the end. Bad usage or an existing output directory exits with status 2
   * before any work.
   */
  public static void main(String[] args) {
    Options options;
    String master;
    try {
      List<String> files = new ArrayList<>();
      List<String> jsonLines = new ArrayList<>();
      List<String> warc = new ArrayList<>();
      String output = null;
      master = null;
      for (int i = 0; i < args.length; i += 2) {
        String option = args[i];
        if (!List.of("--files", "--json-lines", "--warc", "--out", "--master").contains(option)) {
          throw new IllegalArgumentException("unknown option " + option);
        }
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(option + " needs a value");
        }
        String value = args[i + 1];
        switch (option) {
          case "--files" -> files.add(value);
          case "--json-lines" -> jsonLines.add(value);
          case "--warc" -> warc.add(value);
          case "--out" -> output = value;
          default -> master = value;
        }
      }
      if (output == null) {
        throw new IllegalArgumentException("--out is required");
      }
      options = new Options(joined(files), joined(jsonLines), joined(warc), output);
    } catch (IllegalArgumentException e) {
      System.err.println("copydesk-spark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("copydesk-spark");
    if (master != null) {
      conf.setMaster(master);
    } else {
      conf.setIfMissing("spark.master", "local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      // Embedded, the job talks to itself only: keep it on the loopback interface.
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1").setIfMissing("spark.driver.host", "127.0.0.1");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      Counts counts = run(spark, options);
      System.out.println("copydesk-spark: " + counts);
      System.out.println("copydesk-spark: wrote " + options.output() + "/{articles,quotes,failures}");
    } catch (IllegalArgumentException e) {
      System.err.println("copydesk-spark: " + e.getMessage());
      System.exit(2);
    } finally {
      spark.stop();
    }
  }

  private static String joined(List<String> paths) {
    return paths.isEmpty() ? null : String.join(",", paths);
  }

  /**
   * Runs the job on {@code spark}: reads the inputs, parses every page once, writes the three outputs and returns
   * the counters.
   *
   * @throws IllegalArgumentException if the output directory exists
   */
  public static Counts run(SparkSession spark, Options options) {
    requireAbsent(spark, options.output());
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // Each file is one unit of reading; more slices than cores let a core that drew light pages take more.
    int slices = 2 * context.defaultParallelism();
    List<JavaRDD<Page>> inputs = new ArrayList<>();
    if (options.files() != null) {
      inputs.add(FileInput.read(context, options.files(), slices));
    }
    if (options.jsonLines() != null) {
      inputs.add(JsonLinesInput.read(spark, options.jsonLines()));
    }
    if (options.warc() != null) {
      inputs.add(WarcInput.read(context, options.warc(), slices));
    }
    JavaRDD<Page> pages = inputs.get(0);
    for (JavaRDD<Page> input : inputs.subList(1, inputs.size())) {
      pages = pages.union(input);
    }

    // Parsed once and kept: the counting action and the three writes all read these outcomes.
    JavaRDD<Outcome> outcomes = pages.map(PageParsing::parse).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JobCounters counters = JobCounters.register(spark.sparkContext());
      outcomes.foreach(counters::add);
      spark.createDataset(outcomes.filter(Outcome::parsed).map(Outcome::json).rdd(), Encoders.STRING())
          .write().text(options.output() + "/articles");
      spark.createDataFrame(outcomes.flatMap(outcome -> outcome.quotes().iterator()), QuoteTable.SCHEMA)
          .write().parquet(options.output() + "/quotes");
      spark.createDataset(outcomes.filter(outcome -> !outcome.parsed()).map(Outcome::json).rdd(), Encoders.STRING())
          .write().text(options.output() + "/failures");
      return counters.counts();
    } finally {
      outcomes.unpersist(false);
    }
  }

  private static void requireAbsent(SparkSession spark, String output) {
    Path path = new Path(output);
    try {
      if (path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        throw new IllegalArgumentException("the output directory exists: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not check the output directory " + output, e);
    }
  }
}
