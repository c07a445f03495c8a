package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool on oversized, failing and unwritable cases (issue 13): reading stops at the size limit, no failure of one
 * file ends a batch, output is streamed and write errors end the run with a message and a non-zero status.
 */
class CommandLineRobustnessTest {

  @TempDir
  Path dir;

  private final ObjectMapper json = new ObjectMapper();
  private String stdout;
  private String stderr;

  /** An endless stream of "y\n", as {@code yes} writes, counting the bytes read from it. */
  private static final class Endless extends InputStream {
    long read;

    @Override
    public int read() {
      return read++ % 2 == 0 ? 'y' : '\n';
    }
  }

  /** An output that fails as a full disk does. */
  private static final class Full extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private int run(InputStream stdin, OutputStream out, Inputs.Opener files, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Main(stdin, out, new PrintStream(err, true, StandardCharsets.UTF_8), files).run(args);
    stdout = out instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "";
    stderr = err.toString(StandardCharsets.UTF_8);
    return status;
  }

  private int run(Inputs.Opener files, String... args) {
    return run(InputStream.nullInputStream(), new ByteArrayOutputStream(), files, args);
  }

  private List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : stdout.split("\n")) {
      nodes.add(json.readTree(line));
    }
    return nodes;
  }

  private Path page(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "A Story\n\nIt happened on Monday, the police said.\n");
  }

  @Test
  void endlessStandardInputEndsWithTheSizeMessage() {
    Endless yes = new Endless();
    int status = run(yes, new ByteArrayOutputStream(), Files::newInputStream, "parse", "--max-chars", "1000", "-");
    assertEquals(Main.SOME_FAILED, status);
    assertTrue(stderr.contains("copydesk: -: text is longer than"), stderr);
    assertTrue(stderr.contains("maxInputChars = 1000"), stderr);
    assertTrue(yes.read <= 4 * 1000 + 4 + 8192, "read " + yes.read + " bytes");
  }

  @Test
  void anOversizedFileIsReadOnlyUpToTheLimitAndTheBatchGoesOn() throws IOException {
    Path good = page("good.txt");
    Endless huge = new Endless();
    Inputs.Opener files = path -> path.endsWith("huge.txt") ? huge : Files.newInputStream(path);
    int status = run(files, "parse", "--max-chars", "2000", dir.resolve("huge.txt").toString(), good.toString());
    assertEquals(Main.SOME_FAILED, status);
    List<JsonNode> lines = jsonLines();
    assertTrue(lines.get(0).get("error").asText().contains("over the limit of maxInputChars = 2000"), stdout);
    assertTrue(lines.get(1).has("article"), stdout);
    assertTrue(huge.read <= 4 * 2000 + 4 + 8192, "read " + huge.read + " bytes");
  }

  @Test
  void maxCharsSetsTheLimit() throws IOException {
    Path good = page("good.txt");
    assertEquals(Main.SOME_FAILED, run(Files::newInputStream, "parse", "--max-chars", "10", good.toString()));
    assertTrue(stderr.contains("maxInputChars = 10"), stderr);
    assertEquals(Main.OK, run(Files::newInputStream, "parse", "--max-chars=1000", good.toString()));
  }

  @Test
  void noErrorWhileParsingOneFileEndsTheBatch() throws IOException {
    Path good = page("good.txt");
    Inputs.Opener files = path -> {
      if (path.endsWith("overflow.txt")) {
        throw new StackOverflowError();
      }
      return Files.newInputStream(path);
    };
    int status = run(files, "parse", dir.resolve("overflow.txt").toString(), good.toString());
    assertEquals(Main.SOME_FAILED, status);
    List<JsonNode> lines = jsonLines();
    assertEquals("internal error: java.lang.StackOverflowError", lines.get(0).get("error").asText());
    assertTrue(lines.get(1).has("article"), stdout);
  }

  @Test
  void outOfMemoryIsOneFilesErrorAndItsOwnExitCode() throws IOException {
    Path good = page("good.txt");
    Inputs.Opener files = path -> {
      if (path.endsWith("big.txt")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return Files.newInputStream(path);
    };
    int status = run(files, "parse", dir.resolve("big.txt").toString(), good.toString());
    assertEquals(Main.OUT_OF_MEMORY, status);
    List<JsonNode> lines = jsonLines();
    assertEquals(Main.OUT_OF_MEMORY_MESSAGE, lines.get(0).get("error").asText());
    assertTrue(lines.get(1).has("article"), stdout);

    assertEquals(Main.OUT_OF_MEMORY, run(files, "parse", dir.resolve("big.txt").toString()));
    assertEquals("copydesk: " + dir.resolve("big.txt") + ": " + Main.OUT_OF_MEMORY_MESSAGE + "\n", stderr);
  }

  @Test
  void aWriteErrorEndsTheRunWithAMessageAndExitCodeThree() throws IOException {
    Path good = page("good.txt");
    int status = run(InputStream.nullInputStream(), new Full(), Files::newInputStream, "parse", good.toString(),
        good.toString());
    assertEquals(Main.OUTPUT_FAILED, status);
    assertEquals("copydesk: cannot write the output: No space left on device\n", stderr);
    assertEquals(Main.OUTPUT_FAILED, run(InputStream.nullInputStream(), new Full(), Files::newInputStream,
        "--help"));
  }

  @Test
  void articlesAreStreamedToTheOutputNotWrittenAsOneString() throws IOException {
    StringBuilder page = new StringBuilder("A Long Story\n\n");
    for (int i = 0; i < 3000; i++) {
      page.append("Paragraph ").append(i).append(" says what happened on Monday, the police said.\n\n");
    }
    Path file = Files.writeString(dir.resolve("long.txt"), page);
    List<Integer> writes = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        writes.add(len);
        super.write(b, off, len);
      }
    };
    assertEquals(Main.OK, run(InputStream.nullInputStream(), out, Files::newInputStream, "parse", file.toString(),
        file.toString()));
    int total = writes.stream().mapToInt(Integer::intValue).sum();
    assertTrue(total > 200_000, "wrote " + total);
    assertTrue(writes.stream().allMatch(n -> n <= 64 * 1024), "largest write " + writes.stream().max(Integer::compare));
    assertFalse(jsonLines().isEmpty());
  }
}
