package org.copydesk.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.core.Article;
import org.copydesk.core.render.HtmlReportRenderer;
import org.copydesk.core.render.JsonLdRenderer;
import org.copydesk.core.render.MarkdownRenderer;
import org.copydesk.core.render.PlainTextRenderer;
import org.copydesk.parser.ArticleParser;

/** README "Output formats": render a parsed article as JSON-LD, Markdown, plain text and an HTML report. */
public final class RenderFormats {

  private RenderFormats() {}

  /** Parses a short page, prints it as Markdown, plain text and JSON-LD, and writes its report to a file. */
  public static void main(String[] args) throws IOException {
    Article article = ArticleParser.create().parseText("""
        Council Approves New Budget

        The council voted 7-2 on Tuesday to approve the budget.
        """);
    System.out.println(MarkdownRenderer.render(article));
    System.out.println(PlainTextRenderer.render(article));
    System.out.println(JsonLdRenderer.render(article));
    Path report = Files.writeString(Files.createTempFile("copydesk-report", ".html"),
        HtmlReportRenderer.render(article));
    System.out.println("report written to " + report);
  }
}
