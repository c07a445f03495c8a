package org.copydesk.core.render;

import java.util.List;
import org.copydesk.core.Article;
import org.copydesk.core.Aside;
import org.copydesk.core.AuthorProfile;
import org.copydesk.core.Byline;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Heading;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Quote;
import org.copydesk.core.Removal;
import org.copydesk.core.Source;
import org.copydesk.core.Span;

/**
 * An article whose every text is an attack on the page it may be shown in: a script element, an image whose error
 * handler runs script, and values that try to close an HTML attribute (with double and with single quotes) and add an
 * event handler that fires on its own ({@code autofocus onfocus}). Each attack, if it ever ran, would set
 * {@code data-xss} on the document element. Media addresses are {@code javascript:} and other non-web URLs.
 */
final class HostileArticle {

  static final String SCRIPT = "<script>document.documentElement.dataset.xss='script'</script>";
  static final String IMAGE = "<img src=x onerror=\"document.documentElement.dataset.xss='img'\">";
  static final String DOUBLE_QUOTED = "\" autofocus onfocus=\"document.documentElement.dataset.xss='attr'\" x=\"";
  static final String SINGLE_QUOTED = "' autofocus onfocus='document.documentElement.dataset.xss=1' x='";
  static final String JAVASCRIPT_URL = "javascript:document.documentElement.dataset.xss='url'";
  private static final String RUN = "document.documentElement.dataset.xss=1";

  /** All four text attacks in one string, put in every text field. */
  static final String PAYLOAD = SCRIPT + " " + IMAGE + " " + DOUBLE_QUOTED + " " + SINGLE_QUOTED;

  /** A language tag that tries to add an event handler to the element it is put on. */
  static final String LANGUAGE = "en\" autofocus onfocus=\"" + RUN;

  /** Addresses that must never become links. */
  static final List<String> BAD_URLS = List.of(JAVASCRIPT_URL, "JaVaScRiPt:" + RUN, " javascript:" + RUN,
      "java\tscript:" + RUN, "data:text/html,<script>" + RUN + "</script>", "vbscript:msgbox(1)", "//evil.example/x");

  /** The input the spans point into: the payload as a headline, a paragraph with it quoted, and a heading. */
  static final String INPUT = PAYLOAD + "\n\nShe said \"" + PAYLOAD + "\" on " + JAVASCRIPT_URL + ".\n\n" + PAYLOAD
      + "\n";

  static final Article ARTICLE = build();

  private HostileArticle() {}

  private static Article build() {
    Locator at = new Locator(INPUT);
    Span paragraph = at.line(3);
    Excerpt quoted = at.find(PAYLOAD, paragraph, 1);
    Article.Builder article = Article.builder()
        .headline(PAYLOAD)
        .headlineSpan(at.line(1))
        .byline(Byline.builder().text("By " + PAYLOAD).addAuthor(PAYLOAD).addContributor(PAYLOAD)
            .span(Span.of(0, 0)).build())
        .published(PAYLOAD)
        .language(LANGUAGE)
        .addBlock(Paragraph.of(at.text(paragraph), paragraph))
        .addBlock(Heading.of(at.lineText(5), at.line(5)))
        .addBlock(Aside.builder().text(PAYLOAD + "\n\n" + PAYLOAD).span(Span.of(0, 0)).kind(Aside.Kind.PROMO)
            .title(PAYLOAD).build())
        .addBlock(Disclaimer.builder().text(PAYLOAD).span(Span.of(0, 0)).kind(Disclaimer.Kind.OTHER).build())
        .addBlock(AuthorProfile.builder().text(PAYLOAD).span(Span.of(0, 0)).name(PAYLOAD).bio(PAYLOAD).build())
        .addQuote(Quote.builder().addPart(quoted).kind(Quote.Kind.DIRECT).speaker(DOUBLE_QUOTED)
            .cue(at.find("said", paragraph, 1)).block(0).build())
        .addSource(Source.builder().id(DOUBLE_QUOTED).name(PAYLOAD).kind(Source.Kind.PERSON).pseudonymous(true)
            .description(PAYLOAD).build())
        .addSource(Source.builder().id(SINGLE_QUOTED).name(PAYLOAD).kind(Source.Kind.UNNAMED)
            .description(PAYLOAD).build())
        .addRemoved(Removal.of(PAYLOAD, Removal.Reason.OTHER, Span.of(0, 0)));
    for (MediaEmbed.Kind kind : MediaEmbed.Kind.values()) {
      for (String url : BAD_URLS) {
        article.addBlock(MediaEmbed.builder().text(PAYLOAD).span(Span.of(0, 0)).kind(kind).title(PAYLOAD)
            .caption(PAYLOAD).description(PAYLOAD).url(url).durationSeconds(61).build());
      }
    }
    return article.build();
  }
}
