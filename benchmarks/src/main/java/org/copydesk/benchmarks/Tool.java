package org.copydesk.benchmarks;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.copydesk.benchmarks.Pages.Page;
import org.copydesk.parser.ArticleParser;
import org.jsoup.Jsoup;

/**
 * The work measured on a page: Copydesk's two parse methods and what they are compared with. Every benchmark and
 * loop of this module runs the same definitions.
 */
enum Tool {

  /** Copydesk {@code parseHtml}. */
  COPYDESK_HTML(true) {
    @Override
    Object run(Page page) {
      return PARSER.parseHtml(page.html());
    }
  },

  /** jsoup's parse and {@code text()}: the floor any jsoup-based extractor stands on. */
  JSOUP(true) {
    @Override
    Object run(Page page) {
      return Jsoup.parse(page.html()).text();
    }
  },

  /** Readability4J, the Java port of Mozilla Readability (on jsoup), with its text content. */
  READABILITY4J(true) {
    @Override
    Object run(Page page) {
      return new Readability4J("https://example.org/", page.html()).parse().getTextContent();
    }
  },

  /** boilerpipe's {@code ArticleExtractor} (on NekoHTML). */
  BOILERPIPE(true) {
    @Override
    Object run(Page page) {
      try {
        return ArticleExtractor.INSTANCE.getText(page.html());
      } catch (BoilerpipeProcessingException e) {
        throw new IllegalStateException("boilerpipe failed on " + page.name(), e);
      }
    }
  },

  /** Copydesk {@code parseText}. */
  COPYDESK_TEXT(false) {
    @Override
    Object run(Page page) {
      return PARSER.parseText(page.text());
    }
  },

  /** Splitting the text into lines and each line into word tokens: the least work any text pipeline does. */
  TEXT_REFERENCE(false) {
    @Override
    Object run(Page page) {
      int tokens = 0;
      for (String line : page.text().split("\n")) {
        Matcher m = WORD.matcher(line);
        while (m.find()) {
          tokens++;
        }
      }
      return tokens;
    }
  };

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private final boolean html;

  Tool(boolean html) {
    this.html = html;
  }

  /** Whether the tool reads the page's HTML (else its text). */
  boolean readsHtml() {
    return html;
  }

  /** The length of the input the tool reads on {@code page}. */
  int inputChars(Page page) {
    return html ? page.html().length() : page.text().length();
  }

  /** Runs the tool on {@code page} and returns its result (for the caller to consume). */
  abstract Object run(Page page);
}
