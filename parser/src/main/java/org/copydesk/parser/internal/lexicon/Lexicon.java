package org.copydesk.parser.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loads the parser's knowledge files: word and phrase lists under {@code org/copydesk/parser/} on the class path, one
 * entry per line. Lines starting with {@code #} are comments (each file opens with a header saying what the list is
 * and where its entries come from); blank lines are skipped; entries are trimmed.
 */
public final class Lexicon {

  private Lexicon() {}

  /** Returns the entries of {@code name} (a path relative to {@code org/copydesk/parser/}) in file order. */
  public static List<String> entries(String name) {
    String path = "/org/copydesk/parser/" + name;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing parser resource " + path);
      }
      List<String> entries = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry);
        }
      }
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser resource " + path, e);
    }
  }

  /** Returns the entries of {@code name} lower-cased (root locale), as a set in file order. */
  public static Set<String> lowerCaseSet(String name) {
    Set<String> set = new LinkedHashSet<>();
    for (String entry : entries(name)) {
      set.add(entry.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(set);
  }
}
