package org.copydesk.spark;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Pages read from WARC files (plain or gzip-compressed, as web crawls such as Common Crawl's news crawl store them).
 *
 * <p>Each {@code response} record of a successful (2xx) HTTP exchange whose content type is HTML
 * ({@code text/html}, {@code application/xhtml+xml}) is a page: its id is the record's {@code WARC-Record-ID}, its
 * URL the {@code WARC-Target-URI} (links resolve against it), its content the HTTP body with any transfer and content
 * encoding undone, read as HTML in the charset the page declares. Other records (requests, metadata, redirects,
 * images) are not pages and are passed over. A record whose HTTP message cannot be read is a failure; a file that
 * cannot be read past some point (cut short, corrupt) gives the pages before it and one failure naming the point.
 * Each file is read by one task, record by record.
 */
final class WarcInput {

  private static final MediaType XHTML = MediaType.parse("application/xhtml+xml");

  private WarcInput() {}

  /**
   * The pages of the WARC files {@code paths} names (paths, directories or globs, comma-separated), in {@code slices}
   * partitions or more.
   */
  static JavaRDD<Page> read(JavaSparkContext spark, String paths, int slices) {
    return spark.binaryFiles(paths, slices).flatMap(file -> {
      try {
        return pages(file._1(), file._2().open());
      } catch (RuntimeException e) {
        return List.of(Page.unreadable(null, file._1(), "WARC file unreadable: " + e.getMessage())).iterator();
      }
    });
  }

  /** The pages of the WARC file at {@code path}, read lazily from {@code in}, which is closed at the end. */
  static Iterator<Page> pages(String path, InputStream in) {
    return new Iterator<>() {
      private WarcReader reader;
      private Page next;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (next == null && !done) {
          next = advance();
        }
        return next != null;
      }

      @Override
      public Page next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Page page = next;
        next = null;
        return page;
      }

      /** The page of the next record, or null if the next record is none (or the file has ended). */
      private Page advance() {
        long position = 0;
        WarcRecord record = null;
        try {
          if (reader == null) {
            reader = new WarcReader(in);
          }
          position = reader.position();
          Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            close();
            return null;
          }
          record = next.get();
          return record instanceof WarcResponse response ? page(path, response) : null;
        } catch (IOException | RuntimeException e) {
          close();
          String where = record == null ? "from byte " + position : "inside the record at byte " + position;
          return Page.unreadable(record == null ? null : idOf(record), path,
              "WARC file unreadable " + where + ": " + e.getMessage());
        }
      }

      private void close() {
        done = true;
        try {
          in.close();
        } catch (IOException e) {
          // Every record has been read or reported: a file that fails to close loses nothing.
        }
      }
    };
  }

  /**
   * The page of a response record, null if it is none, or unreadable if its HTTP message is.
   *
   * @throws EOFException if the file ends inside the record
   */
  private static Page page(String path, WarcResponse response) throws EOFException {
    String id = idOf(response);
    HttpResponse http;
    MediaType type;
    try {
      http = response.http();
      type = http.contentType().base();
    } catch (EOFException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      return Page.unreadable(id, path, "HTTP response unreadable: " + e.getMessage());
    }
    if (http.status() / 100 != 2 || !isHtml(type)) {
      return null;
    }
    try {
      byte[] body = Content.read(http.bodyDecoded().stream());
      return Page.ofBytes(id, path, response.target(), true, body);
    } catch (EOFException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      return Page.unreadable(id, path, "HTTP body unreadable: " + e.getMessage());
    }
  }

  /** The record's {@code WARC-Record-ID}, as written if it is not a URI. */
  private static String idOf(WarcRecord record) {
    try {
      return record.id().toString();
    } catch (RuntimeException e) {
      return record.headers().first("WARC-Record-ID").orElse(null);
    }
  }

  private static boolean isHtml(MediaType type) {
    return type.equals(MediaType.HTML) || type.equals(XHTML);
  }
}
