package org.copydesk.core;

/** Hand-built articles shared by the model tests. */
public final class SampleArticles {

  private SampleArticles() {}

  /**
   * An article with one block of every kind, a split quote, a source, a byline and a removal; its JSON form is
   * {@code org/copydesk/core/json/all-kinds.json}. The spans point into {@link #ALL_KINDS_INPUT}.
   */
  public static Article allKinds() {
    return Article.builder()
        .headline("Council Approves New Budget")
        .headlineSpan(Span.of(17, 44))
        .byline(Byline.builder()
            .text("By Jane Doe and John Roe, with reporting by Ann Lee")
            .addAuthors("Jane Doe", "John Roe")
            .addContributor("Ann Lee")
            .span(Span.of(46, 97))
            .build())
        .published("2024-03-05")
        .language("en")
        .siteName("The Daily Example")
        .canonicalUrl("https://example.org/news/council-budget")
        .addBlock(Paragraph.of("The council voted 7-2 on Tuesday to approve the budget.", Span.of(99, 154)))
        .addBlock(Paragraph.of("“This budget keeps our promises,” said Mayor Ana Ruiz, “and it balances.”",
            Span.of(156, 229)))
        .addBlock(Heading.of("What Comes Next", Span.of(231, 246)))
        .addBlock(MediaEmbed.builder()
            .text("Council members at Tuesday’s vote.")
            .span(Span.of(248, 282))
            .kind(MediaEmbed.Kind.IMAGE)
            .caption("Council members at Tuesday’s vote.")
            .build())
        .addBlock(MediaEmbed.builder()
            .text("Budget Vote Highlights 0:01:35")
            .span(Span.of(284, 314))
            .kind(MediaEmbed.Kind.VIDEO)
            .title("Budget Vote Highlights")
            .durationSeconds(95)
            .playable(false)
            .build())
        .addBlock(Aside.builder()
            .text("Get city news every morning.")
            .span(Span.of(316, 344))
            .kind(Aside.Kind.NEWSLETTER)
            .build())
        .addBlock(Disclaimer.builder()
            .text("Correction: An earlier version misstated the vote count.")
            .span(Span.of(346, 402))
            .kind(Disclaimer.Kind.CORRECTION)
            .build())
        .addBlock(AuthorProfile.builder()
            .text("Jane Doe covers City Hall.")
            .span(Span.of(404, 430))
            .name("Jane Doe")
            .bio("Jane Doe covers City Hall.")
            .build())
        .addBlock(Paragraph.builder()
            .text("The council voted 7-2 on Tuesday to approve the budget.")
            .span(Span.of(432, 487))
            .duplicateOf(0)
            .build())
        .addQuote(Quote.builder()
            .addPart(Excerpt.of(157, 188, "This budget keeps our promises,"))
            .addPart(Excerpt.of(212, 228, "and it balances."))
            .kind(Quote.Kind.DIRECT)
            .speaker("s1")
            .cue(Excerpt.of(190, 194, "said"))
            .block(1)
            .build())
        .addSource(Source.builder()
            .id("s1")
            .name("Ana Ruiz")
            .kind(Source.Kind.PERSON)
            .description("Mayor")
            .gender(Source.Gender.FEMALE)
            .addMention(Excerpt.of(195, 209, "Mayor Ana Ruiz"))
            .build())
        .addRemoved(Removal.of("Skip to content", Removal.Reason.NAVIGATION, Span.of(0, 15)))
        .build();
  }

  /** The text the spans of {@link #allKinds()} point into. */
  public static final String ALL_KINDS_INPUT = String.join("\n\n",
      "Skip to content",
      "Council Approves New Budget",
      "By Jane Doe and John Roe, with reporting by Ann Lee",
      "The council voted 7-2 on Tuesday to approve the budget.",
      "“This budget keeps our promises,” said Mayor Ana Ruiz, “and it balances.”",
      "What Comes Next",
      "Council members at Tuesday’s vote.",
      "Budget Vote Highlights 0:01:35",
      "Get city news every morning.",
      "Correction: An earlier version misstated the vote count.",
      "Jane Doe covers City Hall.",
      "The council voted 7-2 on Tuesday to approve the budget.") + "\n";
}
