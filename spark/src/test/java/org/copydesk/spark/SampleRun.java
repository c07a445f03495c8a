package org.copydesk.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes the {@link SampleInput sample} into a directory and runs {@link ParseJob} over it, embedded: what
 * {@code ./mvnw -q -pl spark -am test -DskipTests -Prun-job} runs (README, "Parsing a crawl on Apache Spark").
 *
 * <p>Arguments: the sample's directory and the output directory; both are replaced.
 */
final class SampleRun {

  private SampleRun() {}

  public static void main(String[] args) throws IOException {
    Path sample = SampleInput.write(Path.of(args[0]));
    Path out = Path.of(args[1]);
    deleteTree(out);
    ParseJob.main(new String[] {
        "--files", sample.resolve("pages").toString(),
        "--json-lines", sample.resolve("pages.jsonl").toString(),
        "--warc", sample.resolve("crawl.warc.gz").toString(),
        "--out", out.toString()});
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
