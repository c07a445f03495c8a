package org.copydesk.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.copydesk.benchmarks.Pages.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagesTest {

  @TempDir
  Path dir;

  @Test
  void sampleTakesEvenlySpacedPagesInOrder() {
    assertEquals(List.of(0, 3, 6, 9), Pages.sample(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 4));
  }

  @Test
  void sampleOfZeroOrOfMoreThanThereAreTakesAll() {
    assertEquals(List.of(1, 2, 3), Pages.sample(List.of(1, 2, 3), 0));
    assertEquals(List.of(1, 2, 3), Pages.sample(List.of(1, 2, 3), 5));
  }

  @Test
  void corpusSetDirectoryGivesOnePagePerSubdirectoryWithTextAndHtml() throws IOException {
    for (String name : List.of("a", "b", "c")) {
      Path page = Files.createDirectories(dir.resolve("set").resolve(name));
      Files.writeString(page.resolve("raw.txt"), "text of " + name);
      try (var out = new GZIPOutputStream(Files.newOutputStream(page.resolve("page.html.gz")))) {
        out.write(("<p>html of " + name + "</p>").getBytes(StandardCharsets.UTF_8));
      }
    }
    List<Page> pages = Pages.read(dir.resolve("set") + ":2");
    assertEquals(List.of(new Page("set/a", "text of a", "<p>html of a</p>"),
        new Page("set/b", "text of b", "<p>html of b</p>")), pages);
  }

  @Test
  void textFilesAreReadAsPagesWithOneHtmlParagraphPerBlock() throws IOException {
    Files.writeString(dir.resolve("seed.txt"), "Headline\n\nA & B < C");
    Files.writeString(dir.resolve("README.md"), "not a page");
    List<Page> pages = Pages.read(dir.toString());
    assertEquals(1, pages.size());
    assertTrue(pages.get(0).html().contains("<p>Headline</p>\n<p>A &amp; B &lt; C</p>"), pages.get(0).html());
  }

  @Test
  void directoriesJoinedByPlusAreReadInTurn() throws IOException {
    Files.createDirectories(dir.resolve("one"));
    Files.createDirectories(dir.resolve("two"));
    Files.writeString(dir.resolve("one/x.txt"), "x");
    Files.writeString(dir.resolve("two/y.txt"), "y");
    List<Page> pages = Pages.read(dir.resolve("one") + "+" + dir.resolve("two"));
    assertEquals(List.of("x.txt", "y.txt"), pages.stream().map(Page::name).toList());
  }

  @Test
  void syntheticSizeNamesTheSyntheticArticleOfThatSize() {
    List<Page> pages = Pages.read("synthetic-10000");
    assertEquals(List.of(new Page("synthetic-10000/article", SyntheticArticle.text(10_000),
        SyntheticArticle.html(10_000))), pages);
  }

  @Test
  void specWithoutPagesIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Pages.read(dir.toString()));
  }
}
