package org.copydesk.examples;

import org.copydesk.core.Article;
import org.copydesk.core.MediaEmbed;
import org.copydesk.parser.ArticleParser;

/** README "Parsing text", blocks: images and videos found in the body, with caption, duration and playability. */
public final class MediaEmbeds {

  private MediaEmbeds() {}

  /** Parses a page with a captioned photo and a video player's residue and prints each media embed. */
  public static void main(String[] args) {
    String page = """
        Council Approves New Budget

        The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools.

        Council members vote on the budget in the chamber of the old town hall on Tuesday. (AP)

        WATCH: Residents of the old town say the new budget will finally fix the roads they drive every day.

        Residents Welcome Road Repairs
        please wait

        No media source currently available

        0:00 0:02:31 0:00

        Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.
        """;
    Article article = ArticleParser.create().parseText(page);
    for (MediaEmbed media : article.media()) {
      System.out.println(media.kind()
          + media.caption().map(c -> " caption=\"" + c + "\"").orElse("")
          + media.title().map(t -> " title=\"" + t + "\"").orElse("")
          + (media.durationSeconds().isPresent() ? " seconds=" + media.durationSeconds().getAsInt() : "")
          + media.playable().map(p -> " playable=" + p).orElse(""));
    }
  }
}
