package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool hands files to the parser as bytes, so that their charset and broken bytes are handled. */
class CommandLineDecodingTest {

  @TempDir
  Path dir;

  private JsonNode parse(byte[] content, String... options) throws IOException {
    Path file = Files.write(dir.resolve("page"), content);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] args = new String[options.length + 2];
    args[0] = "parse";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = file.toString();
    int status = new Main(new ByteArrayInputStream(new byte[0]), out,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(args);
    assertEquals(0, status);
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anHtmlFileIsReadInTheCharsetItDeclares() throws IOException {
    String text = "Мост через реку открыт после двух лет ремонта, сообщили власти.";
    byte[] page = ("<meta charset=\"windows-1251\"><p>" + text + "</p>").getBytes(Charset.forName("windows-1251"));
    assertEquals(text, parse(page, "--html").get("blocks").get(0).get("text").asText());
  }

  @Test
  void undecodableBytesInATextFileAreReportedAsRemoved() throws IOException {
    JsonNode removed = parse(new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'}).get("removed");
    JsonNode undecodable = null;
    for (JsonNode r : removed) {
      if (r.get("reason").asText().equals("undecodable")) {
        undecodable = r;
      }
    }
    assertEquals(3, undecodable.get("span").get("start").asInt(), removed::toString);
    assertEquals("\uFFFD", undecodable.get("text").asText());
  }
}
