package org.copydesk.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.core.Article;
import org.copydesk.parser.ArticleParser;
import org.copydesk.parser.CopydeskException;

/**
 * README "Parsing many articles": one shared parser (immutable and thread-safe) used by a thread pool over a folder of
 * pages; a page that fails is reported and the others go on.
 */
public final class ParseManyFiles {

  private ParseManyFiles() {}

  /** Parses every file of the folder {@code args[0]} (by default, a folder of generated pages) on four threads. */
  public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
    Path folder = args.length > 0 && Files.isDirectory(Path.of(args[0])) ? Path.of(args[0]) : samplePages();
    List<Path> files;
    try (var listing = Files.list(folder)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    ArticleParser parser = ArticleParser.create();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (Path file : files) {
        results.add(pool.submit(() -> summary(parser, file)));
      }
      for (Future<String> result : results) {
        System.out.println(result.get());   // in the order of the files
      }
    } finally {
      pool.shutdown();
    }
  }

  private static String summary(ArticleParser parser, Path file) {
    try {
      Article article = parser.parseText(file);
      return file.getFileName() + ": " + article.headline().orElse("(no headline)") + ", "
          + article.bodyParagraphs().size() + " paragraphs";
    } catch (IOException | CopydeskException e) {
      return file.getFileName() + ": failed: " + e.getMessage();
    }
  }

  private static Path samplePages() {
    try {
      Path folder = Files.createTempDirectory("copydesk-pages");
      folder.toFile().deleteOnExit();
      for (int i = 1; i <= 8; i++) {
        Path page = Files.writeString(folder.resolve("page-" + i + ".txt"), "Story Number " + i + "\n\n"
            + "The council met on Tuesday for the " + i + "th time this year to discuss the budget.\n");
        page.toFile().deleteOnExit();
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
