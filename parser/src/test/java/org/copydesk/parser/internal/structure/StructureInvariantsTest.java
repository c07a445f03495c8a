package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Block;
import org.copydesk.core.Removal;
import org.copydesk.core.Span;
import org.junit.jupiter.api.Tag;
import org.copydesk.parser.internal.text.Characters;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The structure stage's contract holds for any input: every text is the input at its span, blocks are in order and
 * disjoint, removals in order, and every character that is not blank is accounted for.
 */
@Tag("slow")
class StructureInvariantsTest {

  /** Pieces of page text the generator strings together: prose, chrome, players, credits, odd characters. */
  private static final List<String> PIECES = List.of(
      "\n", "\n\n", "\r\n", "\r", "  • ", "    ", "\u00A0", "\uFEFF", "\u200B", "\t",
      "The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.",
      "Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.",
      "Council Approves New Budget", "By Jane Doe and John Roe", "Written by Jane Doe based on reporting by Reuters.",
      "November 19, 2019", "WATCH: The vote in the chamber.", "please wait", "No media source currently available",
      "0:00 0:02:31 0:00", "16x9 Image", "Advertisement", "Share this:", "Related stories", "12 Comments",
      "Live Briefing: The Budget", "For all of our coverage, click here.", "Jane Doe", "Jane Doe is a reporter here.",
      "Names have been changed.", "\u201CHe said so,\u201D she said.", "\"", "'", "1.", "© 2019", "More Than Money",
      "Jane DoeJane Doe", "Correction: An earlier version misstated the vote.", "About Jane Doe", ":", "x");

  private static final Gen<String> PAGES = lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 60)
      .map(indices -> {
        StringBuilder sb = new StringBuilder();
        indices.forEach(i -> sb.append(PIECES.get(i)));
        return sb.toString();
      });

  @Test
  void pagesMadeOfPageLikePiecesKeepTheContract() {
    qt().withExamples(2_000).forAll(PAGES).checkAssert(StructureInvariantsTest::assertContract);
  }

  @Test
  void arbitraryStringsKeepTheContract() {
    qt().withExamples(2_000).forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(StructureInvariantsTest::assertContract);
  }

  @Test
  void pathologicalInputsKeepTheContract() {
    assertContract("word ".repeat(100_000));
    assertContract("\n".repeat(200_000));
    assertContract("\"".repeat(100_000));
    assertContract("  \u2022 x\n".repeat(20_000));
    assertContract(("The council voted seven to two on Tuesday to approve the budget after a long debate.\n\n")
        .repeat(5_000));
  }

  /** Asserts every part of the structure contract for {@code input}. */
  static void assertContract(String input) {
    Structure s = new StructureReader().read(input);
    List<Span> covered = new ArrayList<>();
    int previousEnd = 0;
    for (Block b : s.blocks()) {
      assertEquals(b.span().slice(input), b.text(), "block text is the input at its span");
      assertTrue(b.span().start() >= previousEnd, "blocks are in order and do not overlap");
      previousEnd = b.span().end();
      covered.add(b.span());
    }
    int previousStart = 0;
    for (Removal r : s.removed()) {
      assertEquals(r.span().slice(input), r.text(), "removal text is the input at its span");
      assertTrue(r.span().start() >= previousStart, "removals are in input order");
      previousStart = r.span().start();
      covered.add(r.span());
    }
    s.headline().ifPresent(h -> assertEquals(s.headlineSpan().orElseThrow().slice(input), h));
    s.byline().ifPresent(b -> assertEquals(b.span().slice(input), b.text()));
    s.headlineSpan().ifPresent(covered::add);
    s.byline().ifPresent(b -> covered.add(b.span()));
    s.publishedSpan().ifPresent(covered::add);
    boolean[] inside = new boolean[input.length()];
    for (Span span : covered) {
      for (int i = span.start(); i < span.end(); i++) {
        inside[i] = true;
      }
    }
    for (int i = 0; i < input.length(); i++) {
      if (!Characters.isBlank(input.charAt(i)) && !inside[i]) {
        throw new AssertionError("character " + i + " (" + input.charAt(i) + ") is not accounted for");
      }
    }
    Article.builder().addAllBlocks(s.blocks()).addAllRemoved(s.removed()).build();
  }
}
