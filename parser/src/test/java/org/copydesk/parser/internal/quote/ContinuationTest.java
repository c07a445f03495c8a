package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Block;
import org.copydesk.core.Heading;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Quote;
import org.junit.jupiter.api.Test;

/** A quotation without a cue of its own continues the speaker before it; media and asides do not break the chain. */
class ContinuationTest {

  private static final String TEXT = """
      "The plant will close in June," said Maria Lopez, the union's chief.

      WATCH: Workers leave the plant on Friday.

      "Nobody here saw it coming. Nobody."
      """;

  @Test
  void quoteOnlyParagraphContinuesThePreviousSpeaker() {
    Attributed a = Attributed.paragraphs("""
        "The plant will close in June," said Maria Lopez, the union's chief.

        "Nobody here saw it coming. Nobody."
        """);
    a.assertSpeaker("Maria Lopez", "Nobody here saw it coming. Nobody.");
    assertEquals(Quote.Kind.DIRECT, a.quote("Nobody here saw it coming. Nobody.").kind());
    assertEquals(Optional.empty(), a.quote("Nobody here saw it coming. Nobody.").cue());
  }

  @Test
  void mediaEmbedBetweenDoesNotBreakTheChain() {
    List<Block> blocks = Attributed.paragraphBlocks(TEXT);
    Block media = blocks.get(1);
    blocks.set(1, MediaEmbed.builder().text(media.text()).span(media.span()).kind(MediaEmbed.Kind.VIDEO).build());
    Attributed a = Attributed.blocks(TEXT, blocks);
    a.assertSpeaker("Maria Lopez", "Nobody here saw it coming. Nobody.");
  }

  @Test
  void headingBetweenBreaksTheChain() {
    List<Block> blocks = Attributed.paragraphBlocks(TEXT);
    Block heading = blocks.get(1);
    blocks.set(1, Heading.of(heading.text(), heading.span()));
    Attributed a = Attributed.blocks(TEXT, blocks);
    assertEquals(Optional.empty(), a.speakerOf("Nobody here saw it coming. Nobody."));
  }

  @Test
  void quoteAfterAParagraphWithoutSpeechHasNoSpeakerFromFurtherBack() {
    Attributed a = Attributed.paragraphs("""
        "The plant will close in June," said Maria Lopez.

        The town has 4,000 people. Most work at the plant.

        The mayor's office opened at nine. Its lights stayed on.

        "Nobody here saw it coming. Nobody."
        """);
    assertEquals(Optional.empty(), a.speakerOf("Nobody here saw it coming. Nobody."));
  }

  @Test
  void fragmentWithoutCueInTheNextParagraphContinuesTheSpeaker() {
    Attributed a = Attributed.paragraphs("""
        "We sold the car," Maria Lopez told the paper.

        They are now looking at other ways "because staying here is not an option."
        """);
    a.assertSpeaker("Maria Lopez", "because staying here is not an option.");
    assertEquals(Quote.Kind.PARTIAL, a.quote("because staying here is not an option.").kind());
  }

  @Test
  void duplicateParagraphYieldsNoQuotes() {
    String text = """
        "We will appeal," Maria Lopez said.

        "We will appeal," Maria Lopez said.
        """;
    List<Block> blocks = Attributed.paragraphBlocks(text);
    blocks.set(1, Paragraph.builder().from((Paragraph) blocks.get(1)).duplicateOf(0).build());
    Attributed a = Attributed.blocks(text, blocks);
    assertEquals(1, a.quotes().size());
    assertEquals(0, a.quotes().get(0).block());
  }
  @Test
  void aSpeechNounAndColonEndingTheParagraphIntroduceTheQuoteOfTheNext() {
    Attributed a = Attributed.paragraphs("""
        On Monday, Anna Berg made the following comment:

        "For young people, the jobs are gone. The port is empty."
        """);
    a.assertSpeaker("Anna Berg", "For young people, the jobs are gone. The port is empty.");
  }
}
