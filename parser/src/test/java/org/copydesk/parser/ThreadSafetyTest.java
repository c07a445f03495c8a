package org.copydesk.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.copydesk.core.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One {@link ArticleParser} shared by {@value #THREADS} threads gives exactly the articles it gives on one thread:
 * over the pages kept in this repository's test resources, and over the dev corpus when it is present beside the
 * project ({@code ../shared/corpus}, {@code /work/shared/corpus}, or the path in the {@code copydesk.corpus} system
 * property). Corpus pages are read where they lie, never copied.
 */
class ThreadSafetyTest {

  private static final int THREADS = 8;
  private static final URI BASE = URI.create("https://example.org/a");

  private final ArticleParser parser = ArticleParser.create();

  /** A page to parse: its bytes and whether they are HTML. */
  private record Page(String name, byte[] bytes, boolean html) {}

  @Test
  void aSharedParserGivesTheSingleThreadedResultsOnTheRepositoryFixtures() throws Exception {
    List<Page> pages = new ArrayList<>();
    pages.addAll(pagesIn(resourceDirectory("/acceptance"), ".txt", false));
    pages.addAll(pagesIn(resourceDirectory("/org/copydesk/parser/ParserFuzzTestInputs/parseText"), "", false));
    pages.addAll(pagesIn(resourceDirectory("/org/copydesk/parser/ParserFuzzTestInputs/parseHtml"), "", true));
    assertFalse(pages.isEmpty());
    assertSameResultsOnEveryThread(pages);
  }

  @Tag("slow")
  @Test
  void aSharedParserGivesTheSingleThreadedResultsOnTheDevCorpus() throws Exception {
    Optional<Path> corpus = corpus();
    assumeTrue(corpus.isPresent(), "the dev corpus is not beside the project");
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(corpus.get().resolve("zyte-dev"))) {
      for (Path dir : dirs.sorted().toList()) {
        pages.addAll(pagesIn(dir, "raw.txt", false));
        pages.addAll(pagesIn(dir, "page.html.gz", true));
      }
    }
    try (Stream<Path> dirs = Files.list(corpus.get().resolve("polnear-dev"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        pages.addAll(pagesIn(dir, "input.txt", false));
      }
    }
    assertFalse(pages.isEmpty());
    assertSameResultsOnEveryThread(pages);
  }

  private void assertSameResultsOnEveryThread(List<Page> pages) throws Exception {
    Map<Page, Article> expected = new HashMap<>();
    for (Page page : pages) {
      expected.put(page, parse(page));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> differences = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Page> order = new ArrayList<>(pages);
        Collections.shuffle(order, new Random(t));
        differences.add(pool.submit(() -> {
          List<String> differing = new ArrayList<>();
          for (Page page : order) {
            if (!expected.get(page).equals(parse(page))) {
              differing.add(page.name);
            }
          }
          return differing;
        }));
      }
      for (Future<List<String>> thread : differences) {
        assertEquals(List.of(), thread.get(), "pages parsed differently on a shared parser");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Article parse(Page page) {
    return page.html ? parser.parseHtml(page.bytes, BASE) : parser.parseText(page.bytes);
  }

  private static List<Page> pagesIn(Path dir, String suffix, boolean html) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Page> pages = new ArrayList<>();
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
        pages.add(new Page(file.toString(), read(file), html));
      }
      return pages;
    }
  }

  private static byte[] read(Path file) throws IOException {
    if (!file.toString().endsWith(".gz")) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private static Path resourceDirectory(String name) {
    try {
      return Path.of(ThreadSafetyTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Path> corpus() {
    String configured = System.getProperty("copydesk.corpus");
    List<Path> candidates = configured != null ? List.of(Path.of(configured))
        : List.of(Path.of("..", "..", "shared", "corpus"), Path.of("/work/shared/corpus"));
    return candidates.stream().filter(p -> Files.isDirectory(p.resolve("zyte-dev"))).findFirst();
  }
}
