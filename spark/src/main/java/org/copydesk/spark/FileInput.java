package org.copydesk.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Pages read from files, one page a file: page text or HTML, gzip-compressed when the name ends in {@code .gz}.
 *
 * <p>The name says the kind ({@code .html}, {@code .htm}, {@code .xhtml} are HTML; {@code .txt}, {@code .text} page
 * text); any other file is HTML when its first character is {@code <}. A file's path is its id and its input; files
 * have no URL, so relative links stay relative.
 */
final class FileInput {

  private FileInput() {}

  /**
   * The pages of the files {@code paths} names (paths, directories or globs, comma-separated), in {@code slices}
   * partitions or more.
   */
  static JavaRDD<Page> read(JavaSparkContext spark, String paths, int slices) {
    return spark.binaryFiles(paths, slices).map(file -> {
      try (InputStream in = file._2().open()) {
        return page(file._1(), in);
      } catch (IOException | RuntimeException e) {
        return Page.unreadable(file._1(), file._1(), "file unreadable: " + e.getMessage());
      }
    });
  }

  /** The page in the file at {@code path}, whose content {@code in} streams. */
  static Page page(String path, InputStream in) {
    String name = path.toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    if (gzip) {
      name = name.substring(0, name.length() - 3);
    }
    byte[] bytes;
    try (InputStream content = gzip ? new GZIPInputStream(in) : in) {
      bytes = Content.read(content);
    } catch (IOException e) {
      return Page.unreadable(path, path, (gzip ? "gzip file unreadable: " : "file unreadable: ") + e.getMessage());
    }
    return Page.ofBytes(path, path, null, isHtml(name, bytes), bytes);
  }

  private static boolean isHtml(String name, byte[] bytes) {
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return false;
    }
    return Content.looksLikeHtml(bytes);
  }
}
