package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.copydesk.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * Where the page's headline stands inside the article's container: after a paragraph of the story it is a subhead
 * repeating the title and the body keeps what comes before it; before any paragraph it ends the container's header,
 * which stays out of the body.
 */
class HeadlineInsideContainerTest {

  private static final String OPENING = "The ferry to the north islands left forty minutes late on Monday, the third "
      + "delay this month, and the harbour office has now explained what holds the crossings up.";

  private static final String MIDDLE = "Crews say the loading ramp jams in cold weather, and a new ramp will not "
      + "arrive before the spring, according to the operator's latest notice to passengers.";

  private static final String CLOSING = "Until then the operator asks passengers to arrive an hour early and to check "
      + "the timetable on the morning of their crossing, when changes are posted.";

  private final ArticleParser parser = ArticleParser.builder().build();

  private List<String> body(String html) {
    return ArticleTexts.body(parser.parseHtml(html));
  }

  @Test
  void aHeadlineRepeatedAsASubheadAfterAParagraphOfTheStoryKeepsItInTheBody() {
    List<String> body = body("<html><head><title>Why the ferry runs late</title>"
        + "<meta property=\"og:title\" content=\"Why the ferry runs late\"></head><body><nav><a href=/>Home</a></nav>"
        + "<article><p>" + OPENING + "</p><h2>Why the ferry runs late</h2><p>" + MIDDLE + "</p><p>" + CLOSING
        + "</p></article></body></html>");
    assertTrue(body.contains(OPENING), body.toString());
    assertTrue(body.contains(MIDDLE), body.toString());
    assertTrue(body.contains(CLOSING), body.toString());
  }

  @Test
  void theContainersHeaderBeforeTheHeadlineStaysOutOfTheBody() {
    List<String> body = body("<html><head><title>Why the ferry runs late</title></head><body>"
        + "<article><div>Islands and coast</div><div>Share this story</div><h1>Why the ferry runs late</h1><p>"
        + OPENING + "</p><p>" + MIDDLE + "</p><p>" + CLOSING + "</p></article></body></html>");
    assertTrue(body.contains(OPENING), body.toString());
    assertFalse(body.contains("Islands and coast"), body.toString());
    assertFalse(body.contains("Share this story"), body.toString());
  }
}
