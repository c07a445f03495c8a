package org.copydesk.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small crawl of self-written pages in the job's three input kinds, with a bad record or two of each kind.
 *
 * <ul>
 *   <li>{@code pages/}: {@code harbour.txt} (page text), {@code council.html}, {@code bridge.html.gz}, and
 *       {@code broken.html.gz} (not gzip: a read failure);
 *   <li>{@code pages.jsonl}: {@code j1} (HTML with a URL), {@code 2} (text, a numeric id), then a line that is not
 *       JSON, a record with neither {@code html} nor {@code text}, and {@code j5}, over the parser's size limit (a
 *       parse failure);
 *   <li>{@code crawl.warc.gz}: a request, an HTML response ({@code library}), an image response and a 404 HTML
 *       response (neither is a page), and an XHTML response ({@code ferry}).
 * </ul>
 * {@value #READ} records are read; {@value #PARSED} parse, and 4 fail: {@code broken.html.gz}, the line that is not
 * JSON and {@code j4} when read, {@code j5} when parsed.
 */
final class SampleInput {

  /** Records taken from the sample. */
  static final int READ = 11;
  /** Records of the sample that parse. */
  static final int PARSED = 7;

  static final String HARBOUR = """
      Skip to content
      Home | News | Sport

      Harbour Reopens After Storm

      By Tom Reed

      The harbour reopened on Monday, three days after the storm.

      "We lost two boats, but nobody was hurt," said Maria Costa, the harbour master. "We were lucky."

      She said repairs to the pier would take a month.
      """;

  static final String COUNCIL = html("Council Approves New Budget", """
      <p>The city council approved the budget on Tuesday after a long debate.</p>
      <p>“This budget keeps our promises,” said Mayor Ana Ruiz, “and it balances.”</p>
      <p>The vote was seven to two.</p>""");

  static final String BRIDGE = html("Old Bridge to Close for Repairs", """
      <p>The old bridge will close for six months from June, the transport department said.</p>
      <p>“The steel is tired and the deck needs replacing,” said Omar Haddad, the city engineer.</p>
      <p>Buses will run across the new bridge while the works last.</p>""");

  static final String MARKET = html("Farmers Market Moves Indoors", """
      <p>The weekly farmers market will move into the old station hall for the winter.</p>
      <p>“Our stallholders asked for a roof,” said Lena Berg, who runs the market.</p>""");

  static final String SCHOOL = """
      School Opens New Library

      The primary school on Elm Street opened its new library on Friday.

      "Children can read here every afternoon," said Principal Grace Okafor.
      """;

  static final String LIBRARY = html("Library Extends Opening Hours", """
      <p>The central library will stay open until nine in the evening from next month.</p>
      <p>“People asked us for evenings,” said Tom Becker, the head librarian.</p>""");

  static final String FERRY = html("Ferry Service Returns", """
      <p>The island ferry returned to service on Sunday after a week of repairs.</p>
      <p>“The engines are running well,” said Captain Ida Lund.</p>""");

  private SampleInput() {}

  /** Writes the sample into {@code dir}, replacing what is there, and returns {@code dir}. */
  static Path write(Path dir) throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("harbour.txt"), HARBOUR);
    Files.writeString(pages.resolve("council.html"), COUNCIL);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(pages.resolve("bridge.html.gz")))) {
      out.write(BRIDGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(pages.resolve("broken.html.gz"), "<html>this is not gzip</html>");

    var mapper = SharedParser.mapper();
    String tooLarge = "<p>" + "word ".repeat(1_100_000) + "</p>";
    Files.writeString(dir.resolve("pages.jsonl"), String.join("\n",
        mapper.createObjectNode().put("id", "j1").put("url", "https://example.org/news/market").put("html", MARKET)
            .toString(),
        mapper.createObjectNode().put("id", 2).put("text", SCHOOL).toString(),
        "",
        "{not json",
        mapper.createObjectNode().put("id", "j4").put("url", "https://example.org/news/j4").toString(),
        mapper.createObjectNode().put("id", "j5").put("html", tooLarge).toString()) + "\n");

    try (WarcWriter warc = new WarcWriter(Files.newByteChannel(dir.resolve("crawl.warc.gz"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      URI library = URI.create("https://example.org/news/library");
      warc.write(new WarcRequest.Builder(library)
          .body(new HttpRequest.Builder("GET", "/news/library").addHeader("Host", "example.org").build())
          .build());
      warc.write(response(library, 200, MediaType.HTML_UTF8, LIBRARY.getBytes(StandardCharsets.UTF_8)));
      warc.write(response(URI.create("https://example.org/logo.png"), 200, MediaType.parse("image/png"),
          new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
      warc.write(response(URI.create("https://example.org/missing"), 404, MediaType.HTML,
          html("Not Found", "<p>There is no such page.</p>").getBytes(StandardCharsets.UTF_8)));
      warc.write(response(URI.create("https://example.org/news/ferry"), 200,
          MediaType.parse("application/xhtml+xml"), FERRY.getBytes(StandardCharsets.UTF_8)));
    }
    return dir;
  }

  private static WarcResponse response(URI target, int status, MediaType type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(type, body)
        .build();
    return new WarcResponse.Builder(target).body(http).build();
  }

  static String html(String headline, String body) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>%s | The Daily Example</title></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>%s</h1><p class="byline">By Jo Black</p>
        %s
        </article><footer>© The Daily Example</footer></body></html>
        """.formatted(headline, headline, body);
  }
}
