package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Removal;
import org.junit.jupiter.api.Test;

/** Images with captions and video players become media embeds, their residue removed inside them. */
class MediaEmbedTest {

  private static final String BEFORE = """
      Council Approves New Budget

      The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

      """;
  private static final String AFTER = """

      Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.
      """;

  private static List<MediaEmbed> media(String middle) {
    return Read.blocks(Read.structure(BEFORE + middle + AFTER), MediaEmbed.class);
  }

  @Test
  void aCaptionPrintedTwiceIsOneImage() {
    List<MediaEmbed> media = media("""
        Council members vote on the budget in the chamber on Tuesday.
        Council members vote on the budget in the chamber on Tuesday.
        """);
    assertEquals(1, media.size());
    assertEquals(MediaEmbed.Kind.IMAGE, media.get(0).kind());
    assertEquals(Optional.of("Council members vote on the budget in the chamber on Tuesday."), media.get(0).caption());
  }

  @Test
  void aCaptionWithItsPictureCreditIsOneImage() {
    List<MediaEmbed> media = media("""
        Council chamber
        Council members vote on the budget in the chamber on Tuesday, after a debate that lasted six hours.
        (Jane Doe / Associated Press)
        """);
    assertEquals(1, media.size());
    assertEquals(Optional.of("Council members vote on the budget in the chamber on Tuesday, after a debate that "
        + "lasted six hours."), media.get(0).caption());
  }

  @Test
  void aCaptionRepeatedWithItsCreditRunOnIsOneImage() {
    List<MediaEmbed> media = media("""
        Council members vote on the budget.

        Council members vote on the budget.Credit...Jane Doe for The Daily
        """);
    assertEquals(1, media.size());
    assertEquals(Optional.of("Council members vote on the budget."), media.get(0).caption());
  }

  @Test
  void aCaptionEndingInAnAgencyCreditInParenthesesIsAnImage() {
    List<MediaEmbed> media = media("""
        Council members vote on the budget in the chamber of the old town hall on Tuesday. (AP)
        """);
    assertEquals(1, media.size());
  }

  @Test
  void aCaptionEndingInACopyrightCreditIsAnImage() {
    List<MediaEmbed> media = media("""
        Council members vote on the budget in the chamber on Tuesday, November 19, 2019. © Reuters / Jane Doe
        """);
    assertEquals(1, media.size());
  }

  @Test
  void aSentenceThatEndsByNamingANewsAgencyStaysAParagraph() {
    Structure s = Read.structure(BEFORE + """
        The vote came late on Tuesday, a spokesman for the council told The Associated Press.
        """ + AFTER);
    assertEquals(List.of(), Read.blocks(s, MediaEmbed.class));
    assertTrue(Read.body(s).contains("The vote came late on Tuesday, a spokesman for the council told The "
        + "Associated Press."));
  }

  @Test
  void altTextAndAGalleryCountBeforeACaptionWithItsCreditRunOnAreOneImage() {
    Structure s = Read.structure(BEFORE + """
        Council members vote on the budget in the chamber
        6

        Council members vote on the budget in the chamberCredit: Jane Doe
        """ + AFTER);
    List<MediaEmbed> media = Read.blocks(s, MediaEmbed.class);
    assertEquals(1, media.size());
    assertTrue(media.get(0).text().startsWith("Council members vote on the budget in the chamber\n6"));
    assertEquals(2, Read.body(s).size(), "only the two paragraphs around the picture are body");
  }

  @Test
  void aStanzaThatGoesOnAfterItsCaptionCreditKeepsItsParagraph() {
    Structure s = Read.structure(BEFORE + """
        Council members vote on the budget in the chamber on Tuesday, November 19, 2019. © Reuters / Jane Doe
        The council said the budget would add two hundred teachers to the city's schools by the end of next year.
        """ + AFTER);
    assertTrue(Read.body(s).contains("The council said the budget would add two hundred teachers to the city's "
        + "schools by the end of next year."));
  }

  @Test
  void aPictureCreditLineBeforeItsLabelledCaptionIsOneImage() {
    List<MediaEmbed> media = media("""
        Image copyright Getty Images
        Image caption Council members vote on the budget in the chamber on Tuesday after a long debate
        """);
    assertEquals(1, media.size());
  }

  @Test
  void aWatchDescriptionWithPlayerTitleResidueAndTimecodeIsOneVideo() {
    Structure s = Read.structure(BEFORE + """
        WATCH: Residents of the old town say the new budget will finally fix the roads they drive every day.

        Residents Welcome Road Repairs
        please wait

        No media source currently available

        0:00 0:02:31 0:00
        """ + AFTER);
    List<MediaEmbed> media = Read.blocks(s, MediaEmbed.class);
    assertEquals(1, media.size());
    MediaEmbed video = media.get(0);
    assertEquals(MediaEmbed.Kind.VIDEO, video.kind());
    assertEquals(Optional.of("Residents Welcome Road Repairs"), video.title());
    assertTrue(video.description().orElseThrow().startsWith("Residents of the old town"));
    assertEquals(151, video.durationSeconds().orElseThrow());
    assertEquals(Optional.of(false), video.playable());
    assertTrue(video.text().endsWith("0:00 0:02:31 0:00"), "the video spans its residue");
    assertEquals(Removal.Reason.PLAYER_RESIDUE, Read.removal(s, "please wait"));
    assertTrue(video.span().contains(s.removed().stream().filter(r -> r.text().equals("please wait")).findFirst()
        .orElseThrow().span()));
  }

  @Test
  void aPlayerTitleFollowedByResidueIsAVideoWithoutDescription() {
    List<MediaEmbed> media = media("""
        Residents Welcome Road Repairs

        Media playback is unsupported on your device
        """);
    assertEquals(1, media.size());
    assertEquals(Optional.of("Residents Welcome Road Repairs"), media.get(0).title());
    assertEquals(Optional.empty(), media.get(0).description());
    assertEquals(Optional.of(false), media.get(0).playable());
  }

  @Test
  void aWatchLabelWithoutPlayerIsAVideoDescription() {
    List<MediaEmbed> media = media("WATCH: The council's vote, in full, from the chamber on Tuesday evening.\n");
    assertEquals(1, media.size());
    assertEquals(OptionalInt.empty(), media.get(0).durationSeconds());
    assertEquals(Optional.empty(), media.get(0).playable());
  }
}
