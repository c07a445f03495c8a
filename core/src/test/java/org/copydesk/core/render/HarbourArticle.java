package org.copydesk.core.render;

import org.copydesk.core.Article;
import org.copydesk.core.Aside;
import org.copydesk.core.Byline;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.Heading;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Quote;
import org.copydesk.core.Removal;
import org.copydesk.core.Source;
import org.copydesk.core.Span;

/**
 * A short hand-made article for the renderer tests, covering what the seed does not: every kind of quote (direct in
 * two parts, partial, indirect, scare, and one without a speaker), organisation, group and unnamed sources, an image
 * and an audio clip with web addresses, an embed without one, a level-3 heading, a related-stories aside, an editor's
 * note, a date-time and a regional language tag.
 */
final class HarbourArticle {

  /** The page text the spans point into. */
  static final String INPUT = """
      Share this article

      Harbour Bridge Reopens After Storm Repairs

      By Priya Nair and Sam Reyes; additional reporting by Tom Okafor

      2 November 2024, 08:15

      The harbour bridge reopened to traffic on Saturday, three weeks after a storm tore away part of its deck.

      "We rebuilt it stronger than it was," said Mira Lang, the city's chief engineer. "Every bolt was checked twice."

      The Port Authority said tolls would stay suspended until December.

      A senior official, who asked not to be named, said the repairs cost "well over" the sum set aside.

      Residents called the closure a "nightmare" for commuters, and some doubted the new "smart toll" system.

      Advertisement

      How the deck was rebuilt

      Workers fasten new deck panels before dawn.

      Podcast: Rebuilding the bridge 12:05

      Map of the detour routes

      Crews worked in shifts through the night, Lang said. "Open again," read a banner on the toll booth.

      Related stories

      Storm damage across the coast

      Ferry timetable changes

      Editor's note: This article was updated to add the cost of the repairs.
      """;

  private static final Locator AT = new Locator(INPUT);

  /** The article. */
  static final Article ARTICLE = build();

  private HarbourArticle() {}

  private static Article build() {
    Span lang = AT.line(11);
    Span official = AT.line(15);
    Span residents = AT.line(17);
    Span crews = AT.line(29);
    return Article.builder()
        .headline("Harbour Bridge Reopens After Storm Repairs")
        .headlineSpan(AT.line(3))
        .byline(Byline.builder()
            .text(AT.lineText(5))
            .span(AT.line(5))
            .addAuthors("Priya Nair", "Sam Reyes")
            .addContributor("Tom Okafor")
            .build())
        .published("2024-11-02T08:15:00Z")
        .publishedSpan(AT.line(7))
        .language("en-GB")
        .addBlock(paragraph(9))
        .addBlock(paragraph(11))
        .addBlock(paragraph(13))
        .addBlock(paragraph(15))
        .addBlock(paragraph(17))
        .addBlock(Heading.builder().text(AT.lineText(21)).span(AT.line(21)).level(3).build())
        .addBlock(MediaEmbed.builder()
            .text(AT.lineText(23)).span(AT.line(23))
            .kind(MediaEmbed.Kind.IMAGE)
            .caption("Workers fasten new deck panels before dawn.")
            .url("https://example.org/images/deck.jpg")
            .build())
        .addBlock(MediaEmbed.builder()
            .text(AT.lineText(25)).span(AT.line(25))
            .kind(MediaEmbed.Kind.AUDIO)
            .title("Podcast: Rebuilding the bridge")
            .durationSeconds(725)
            .url("https://example.org/audio/bridge.mp3")
            .build())
        .addBlock(MediaEmbed.builder()
            .text(AT.lineText(27)).span(AT.line(27))
            .kind(MediaEmbed.Kind.EMBED)
            .title("Map of the detour routes")
            .build())
        .addBlock(paragraph(29))
        .addBlock(Aside.builder()
            .text(AT.text(AT.lines(31, 35))).span(AT.lines(31, 35))
            .kind(Aside.Kind.RELATED)
            .title("Related stories")
            .build())
        .addBlock(Disclaimer.builder()
            .text(AT.lineText(37)).span(AT.line(37))
            .kind(Disclaimer.Kind.EDITORS_NOTE)
            .build())
        .addQuote(Quote.builder()
            .addPart(AT.find("We rebuilt it stronger than it was,", lang, 1))
            .kind(Quote.Kind.DIRECT).speaker("lang").cue(AT.find("said", lang, 1)).block(1).build())
        .addQuote(Quote.builder()
            .addPart(AT.find("Every bolt was checked twice.", lang, 1))
            .kind(Quote.Kind.DIRECT).speaker("lang").block(1).build())
        .addQuote(Quote.builder()
            .addPart(AT.find("tolls would stay suspended until December", AT.line(13), 1))
            .content(AT.find("tolls would stay suspended until December", AT.line(13), 1))
            .kind(Quote.Kind.INDIRECT).speaker("port").cue(AT.find("said", AT.line(13), 1)).block(2).build())
        .addQuote(Quote.builder()
            .addPart(AT.find("well over", official, 1))
            .content(AT.find("the repairs cost \"well over\" the sum set aside", official, 1))
            .kind(Quote.Kind.PARTIAL).speaker("official").cue(AT.find("said", official, 1)).block(3).build())
        .addQuote(Quote.builder()
            .addPart(AT.find("nightmare", residents, 1))
            .kind(Quote.Kind.PARTIAL).speaker("residents").cue(AT.find("called", residents, 1)).block(4).build())
        .addQuote(Quote.builder()
            .addPart(AT.find("smart toll", residents, 1))
            .kind(Quote.Kind.SCARE).block(4).build())
        .addQuote(Quote.builder()
            .addPart(AT.find("Crews worked in shifts through the night", crews, 1))
            .content(AT.find("Crews worked in shifts through the night", crews, 1))
            .kind(Quote.Kind.INDIRECT).speaker("lang").cue(AT.find("said", crews, 1)).block(9).build())
        .addQuote(Quote.builder()
            .addPart(AT.find("Open again,", crews, 1))
            .kind(Quote.Kind.DIRECT).block(9).build())
        .addSource(Source.builder().id("lang").name("Mira Lang").kind(Source.Kind.PERSON)
            .description("the city's chief engineer").gender(Source.Gender.FEMALE)
            .addMention(AT.find("Mira Lang", lang, 1)).addMention(AT.find("Lang", crews, 1)).build())
        .addSource(Source.builder().id("port").name("The Port Authority").kind(Source.Kind.ORGANIZATION)
            .addMention(AT.find("The Port Authority", AT.line(13), 1)).build())
        .addSource(Source.builder().id("official").name("A senior official").kind(Source.Kind.UNNAMED)
            .description("who asked not to be named")
            .addMention(AT.find("A senior official", official, 1)).build())
        .addSource(Source.builder().id("residents").name("Residents").kind(Source.Kind.GROUP)
            .addMention(AT.find("Residents", residents, 1)).build())
        .addRemoved(Removal.of(AT.lineText(1), Removal.Reason.SITE_CHROME, AT.line(1)))
        .addRemoved(Removal.of(AT.lineText(19), Removal.Reason.ADVERTISEMENT, AT.line(19)))
        .build();
  }

  private static Paragraph paragraph(int line) {
    return Paragraph.of(AT.lineText(line), AT.line(line));
  }
}
