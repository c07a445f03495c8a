package org.copydesk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the pages a benchmark runs over, from a specification such as
 * {@code ../shared/corpus/zyte-dev+../shared/corpus/wcxb-dev:120}: directories joined by {@code +}, each optionally
 * followed by {@code :N} to take an evenly spaced sample of N of its pages (in name order, so the sample is the same
 * every run). Paths are relative to the directory the benchmark runs in. {@code synthetic-SIZE} instead of a directory
 * names the {@link SyntheticArticle} of that size (e.g. {@code synthetic-100000}), as text and HTML.
 *
 * <p>A directory is read in one of two layouts:
 *
 * <ul>
 *   <li>a corpus set: one subdirectory per page holding {@code raw.txt} (the page dumped to text) and
 *       {@code page.html.gz} (its HTML), as in {@code ../shared/corpus/zyte-dev};
 *   <li>text files: each {@code *.txt} is a page, and its HTML is built from it with one {@code <p>} per block, as
 *       for the seed article in {@code parser/src/test/resources/acceptance}.
 * </ul>
 */
final class Pages {

  /** The seed article, in the repository: the default, so that the benchmarks run from a fresh clone. */
  static final String SEED = "parser/src/test/resources/acceptance";

  /** Names a {@link SyntheticArticle} of the size that follows, in chars, instead of a directory. */
  static final String SYNTHETIC = "synthetic-";

  /** One page, as text and as HTML. */
  record Page(String name, String text, String html) {}

  private Pages() {}

  /** Reads the pages of {@code spec}; fails if it names no page. */
  static List<Page> read(String spec) {
    List<Page> pages = new ArrayList<>();
    for (String part : spec.split("\\+")) {
      if (part.startsWith(SYNTHETIC)) {
        int size = Integer.parseInt(part.substring(SYNTHETIC.length()));
        pages.add(new Page(part + "/article", SyntheticArticle.text(size), SyntheticArticle.html(size)));
        continue;
      }
      int colon = part.lastIndexOf(':');
      String dir = colon < 0 ? part : part.substring(0, colon);
      int sample = colon < 0 ? 0 : Integer.parseInt(part.substring(colon + 1));
      pages.addAll(readDirectory(Path.of(dir), sample));
    }
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no pages in " + spec);
    }
    return List.copyOf(pages);
  }

  /** The total length of the pages' texts, in chars. */
  static long textChars(List<Page> pages) {
    return pages.stream().mapToLong(p -> p.text().length()).sum();
  }

  /** The total length of the pages' HTML, in chars. */
  static long htmlChars(List<Page> pages) {
    return pages.stream().mapToLong(p -> p.html().length()).sum();
  }

  /** {@code n} pages of {@code pages}, evenly spaced, or all of them when {@code n} is 0 or at least their number. */
  static <T> List<T> sample(List<T> pages, int n) {
    if (n <= 0 || n >= pages.size()) {
      return pages;
    }
    List<T> sample = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sample.add(pages.get((int) ((long) i * pages.size() / n)));
    }
    return sample;
  }

  private static List<Page> readDirectory(Path dir, int sample) {
    try (Stream<Path> entries = Files.list(dir)) {
      List<Path> sorted = entries.filter(e -> Files.isDirectory(e) || e.toString().endsWith(".txt")).sorted()
          .collect(Collectors.toList());
      List<Page> pages = new ArrayList<>();
      for (Path entry : sample(sorted, sample)) {
        Path raw = entry.resolve("raw.txt");
        Path html = entry.resolve("page.html.gz");
        if (Files.isRegularFile(raw) && Files.isRegularFile(html)) {
          pages.add(new Page(dir.getFileName() + "/" + entry.getFileName(), Files.readString(raw), gunzip(html)));
        } else if (Files.isRegularFile(entry)) {
          String text = Files.readString(entry);
          pages.add(new Page(entry.getFileName().toString(), text, htmlOf(text)));
        }
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pages from " + dir.toAbsolutePath(), e);
    }
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A plain HTML page with one paragraph per block (blank-line separated) of {@code text}. */
  static String htmlOf(String text) {
    StringBuilder sb = new StringBuilder("<html lang=\"en\"><head><title>Benchmark page</title></head><body>\n");
    for (String block : text.split("\n\\s*\n")) {
      sb.append("<p>").append(escape(block)).append("</p>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
