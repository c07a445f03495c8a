package org.copydesk.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.copydesk.core.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lays out the seed's HTML report in headless Chromium and checks, through the DOM and the computed styles, that the
 * page shows what a reviewer needs: every quote highlighted in its speaker's colour, every source listed, the article
 * and the sources panel side by side, notices styled apart, removed chrome folded away. Also takes the screenshot
 * ({@code target/browser/seed-report.png}; {@code docs/report-seed.png} is a copy) and proves in the browser that
 * the hostile article's attacks never run.
 *
 * <p>Needs the {@code chromium} command (Debian package {@code chromium}); without it the test is skipped with a
 * message, unless {@code COPYDESK_REQUIRE_CHROMIUM=true} (set by {@code .ci/run}), which makes a missing browser a
 * failure. The report itself has no script; the layout checks add a probe script to a copy of the page, with the
 * page's Content Security Policy taken out so the probe may run.
 */
class HtmlReportBrowserTest {

  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
      "--disable-crash-reporter", "--disable-breakpad",
      "--hide-scrollbars", "--window-size=1280,1600");

  /** Writes what the layout checks need into {@code <pre id="probe">} as JSON, after the page has settled. */
  private static final String PROBE = """
      <script>
      setTimeout(() => {
        const box = e => {
          const r = e.getBoundingClientRect();
          return {x: r.left, y: r.top, w: r.width, h: r.height};
        };
        const background = e => getComputedStyle(e).backgroundColor;
        const probe = {
          viewport: innerWidth,
          scrollWidth: document.documentElement.scrollWidth,
          xss: document.documentElement.dataset.xss || null,
          marks: [...document.querySelectorAll('main mark.quote[data-quote]')].map(m => ({
            quote: Number(m.dataset.quote), source: m.dataset.source || null, background: background(m), ...box(m)})),
          sources: [...document.querySelectorAll('#sources li.source')].map(li => ({
            id: li.dataset.source, name: li.querySelector('.source-name').textContent,
            swatch: background(li.querySelector('.swatch')), ...box(li)})),
          main: box(document.querySelector('main')),
          panel: box(document.querySelector('#sources')),
          paragraph: background(document.querySelector('main p.paragraph')),
          disclaimer: background(document.querySelector('main .disclaimer') || document.body),
          aside: background(document.querySelector('main .aside') || document.body),
          removedOpen: document.querySelector('#removed details').open,
          removedSummaryHeight: box(document.querySelector('#removed summary')).h,
          removedItemShown: (document.querySelector('#removed li') || document.body).checkVisibility(),
        };
        const pre = document.createElement('pre');
        pre.id = 'probe';
        pre.textContent = JSON.stringify(probe);
        document.body.append(pre);
      }, 200);
      </script>
      """;

  private static final String TRANSPARENT = "rgba(0, 0, 0, 0)";

  private static Path chromium;

  @TempDir
  Path profiles;

  @BeforeAll
  static void findChromium() {
    Optional<Path> found = onPath("chromium").or(() -> onPath("chromium-browser"));
    if (found.isEmpty() && "true".equals(System.getenv("COPYDESK_REQUIRE_CHROMIUM"))) {
      fail("COPYDESK_REQUIRE_CHROMIUM=true but no chromium command is on the PATH: install it (apt-get install"
          + " chromium), as .ci/run does");
    }
    if (found.isEmpty()) {
      String message = "HtmlReportBrowserTest: SKIPPED the browser check of the HTML report: no chromium command on"
          + " the PATH (install the Debian package chromium to run it)";
      System.out.println(message);
      assumeTrue(false, message);
    }
    chromium = found.get();
  }

  @Test
  void theSeedReportLaysOutWithEveryQuoteHighlightedAndEverySourceListed() throws Exception {
    Article seed = SeedArticle.ARTICLE;
    JsonNode probe = probe(seed);

    Set<Integer> highlighted = new HashSet<>();
    for (JsonNode mark : probe.get("marks")) {
      assertTrue(mark.get("w").asDouble() > 0 && mark.get("h").asDouble() > 0, "a visible highlight: " + mark);
      JsonNode source = sourceOf(probe, mark.get("source").asText());
      assertEquals(source.get("swatch").asText(), mark.get("background").asText(), "in its speaker's colour: " + mark);
      assertNotEquals(TRANSPARENT, mark.get("background").asText());
      highlighted.add(mark.get("quote").asInt());
    }
    assertEquals(seed.quotes().size(), highlighted.size(), "every quote highlighted");

    List<String> names = new ArrayList<>();
    Set<String> colours = new HashSet<>();
    for (JsonNode source : probe.get("sources")) {
      assertTrue(source.get("w").asDouble() > 0 && source.get("h").asDouble() > 0, "a visible source: " + source);
      names.add(source.get("name").asText());
      colours.add(source.get("swatch").asText());
    }
    assertEquals(seed.sources().stream().map(s -> s.name()).toList(), names, "the panel lists every source");
    assertEquals(seed.sources().size(), colours.size(), "one colour per source");

    JsonNode main = probe.get("main");
    JsonNode panel = probe.get("panel");
    assertTrue(panel.get("x").asDouble() >= main.get("x").asDouble() + main.get("w").asDouble(),
        "the sources panel stands to the right of the article: " + main + " " + panel);
    assertTrue(probe.get("scrollWidth").asInt() <= probe.get("viewport").asInt(), "nothing overflows sideways");
    assertEquals(TRANSPARENT, probe.get("paragraph").asText());
    assertNotEquals(TRANSPARENT, probe.get("disclaimer").asText(), "disclaimers are styled apart");
    assertNotEquals(TRANSPARENT, probe.get("aside").asText(), "asides are styled apart");
    assertNotEquals(probe.get("disclaimer").asText(), probe.get("aside").asText());
    assertFalse(probe.get("removedOpen").asBoolean(), "removed chrome starts folded");
    assertTrue(probe.get("removedSummaryHeight").asDouble() > 0, "the fold's summary shows");
    assertFalse(probe.get("removedItemShown").asBoolean(), "folded items are hidden");

    System.out.println("HtmlReportBrowserTest: " + version() + " laid out the seed report: " + highlighted.size()
        + " quotes highlighted in " + colours.size() + " speaker colours, " + names.size() + " sources listed");
  }

  @Test
  void theSeedReportScreenshotIsAFullWidthPicture() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "browser"));
    Path page = Files.writeString(dir.resolve("seed-report.html"), HtmlReportRenderer.render(SeedArticle.ARTICLE));
    Path png = dir.resolve("seed-report.png");
    Files.deleteIfExists(png);
    run("--screenshot=" + png.toAbsolutePath(), page);
    try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
      assertEquals(0x89504E47, in.readInt(), "a PNG file");
      in.skipNBytes(12);
      assertEquals(1280, in.readInt(), "width");
      assertEquals(1600, in.readInt(), "height");
    }
    assertTrue(Files.size(png) > 100_000, "a picture with content, not a blank page: " + Files.size(png) + " bytes");
    System.out.println("HtmlReportBrowserTest: screenshot of the seed report written to " + png.toAbsolutePath());
  }

  @Test
  void theHostileArticlesAttacksNeverRunEvenWithoutTheSecurityPolicy() throws Exception {
    JsonNode probe = probe(HostileArticle.ARTICLE);
    assertTrue(probe.get("xss").isNull(), "an attack ran: " + probe.get("xss"));
    assertEquals(1, probe.get("marks").size());
  }

  /** Renders the article's report with the probe instead of the security policy and returns what the probe saw. */
  private JsonNode probe(Article article) throws Exception {
    String html = HtmlReportRenderer.render(article);
    String withoutPolicy = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "");
    assertNotEquals(html, withoutPolicy, "the report has a security policy to take out");
    Path page = Files.writeString(profiles.resolve("report.html"), withoutPolicy.replace("</body>", PROBE + "</body>"));
    Document dom = Jsoup.parse(run("--dump-dom", page));
    assertTrue(dom.getElementById("probe") != null, "the probe ran: " + dom.outerHtml().length() + " chars of DOM");
    return new ObjectMapper().readTree(dom.getElementById("probe").text());
  }

  private static JsonNode sourceOf(JsonNode probe, String id) {
    for (JsonNode source : probe.get("sources")) {
      if (source.get("id").asText().equals(id)) {
        return source;
      }
    }
    throw new AssertionError("no source " + id + " in the panel");
  }

  /** Runs headless Chromium with a fresh profile on {@code page} and returns what it prints. */
  private String run(String action, Path page) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(profiles, "profile");
    List<String> command = new ArrayList<>(List.of(chromium.toString()));
    command.addAll(FLAGS);
    command.addAll(List.of("--virtual-time-budget=5000", "--user-data-dir=" + profile, action,
        page.toUri().toString()));
    Path log = profiles.resolve("chromium.log");
    Path stdout = profiles.resolve("chromium.out");
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(stdout.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("Chromium did not finish within 120 s: " + readQuietly(log));
    }
    assertEquals(0, process.exitValue(), () -> "Chromium failed: " + readQuietly(log));
    return Files.readString(stdout);
  }

  private static String version() throws IOException, InterruptedException {
    Process process = new ProcessBuilder(chromium.toString(), "--version").redirectErrorStream(false).start();
    String version;
    try (InputStream stdout = process.getInputStream()) {
      version = new String(stdout.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    process.waitFor(30, TimeUnit.SECONDS);
    return version;
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static Optional<Path> onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
