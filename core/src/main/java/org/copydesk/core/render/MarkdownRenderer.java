package org.copydesk.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.copydesk.core.Article;
import org.copydesk.core.Aside;
import org.copydesk.core.AuthorProfile;
import org.copydesk.core.Block;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.Heading;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Paragraph;

/**
 * Renders an article as CommonMark.
 *
 * <pre>{@code
 * String markdown = MarkdownRenderer.render(article);
 * }</pre>
 *
 * <p>The headline is a {@code #} heading, followed by the byline and the date in emphasis; section headings keep their
 * level ({@code ##} and below). Paragraphs are plain paragraphs, media a bold kind label ({@code **Video:**}) with the
 * title (a link when the embed has a web address), the running time, and the caption and description in emphasis.
 * Asides are block quotes with their title in bold, disclaimers block quotes labelled {@code **Note:**}, author
 * profiles paragraphs labelled with the author's name. Paragraphs that repeat another block and removed chrome are
 * left out. Every block's whitespace is collapsed, so each paragraph is one line, and blocks are separated by blank
 * lines.
 *
 * <p>All article text is escaped: a CommonMark reader gets back exactly the article's words (whitespace collapsed),
 * never markup, links or raw HTML made from them. That makes rendering idempotent: reading the Markdown back into an
 * article (the {@code #} heading as headline, headings as headings, paragraphs as paragraphs) and rendering it again
 * gives the same Markdown, byte for byte. Only {@code http} and {@code https} addresses become links.
 */
public final class MarkdownRenderer {

  /** Characters that are markup anywhere in a line. */
  private static final String ESCAPED_ANYWHERE = "\\`*_[]<#~";
  /** A run of digits and a dot or parenthesis at the start of a line, which would start an ordered list. */
  private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
  /** An ampersand that starts an entity or character reference, which a reader would decode. */
  private static final Pattern ENTITY =
      Pattern.compile("&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]*;)");

  private MarkdownRenderer() {}

  /** Returns the article as Markdown, ending with a line break; empty when the article has no text. */
  public static String render(Article article) {
    Objects.requireNonNull(article, "article must not be null");
    Writer out = new Writer();
    article.headline().ifPresent(h -> out.block("# ", escape(h)));
    article.byline().ifPresent(b -> out.block("", emphasis(b.text())));
    article.published().ifPresent(p -> out.block("", emphasis(p)));
    for (Block block : article.blocks()) {
      block.accept(new Block.Visitor<Void>() {
        @Override
        public Void visit(Paragraph paragraph) {
          if (!paragraph.isDuplicate()) {
            out.block("", escape(paragraph.text()));
          }
          return null;
        }

        @Override
        public Void visit(Heading heading) {
          out.block("#".repeat(Math.max(2, heading.level())) + " ", escape(heading.text()));
          return null;
        }

        @Override
        public Void visit(MediaEmbed media) {
          media(out, media);
          return null;
        }

        @Override
        public Void visit(Aside aside) {
          List<String> quoted = new ArrayList<>();
          aside.title().map(MarkdownRenderer::strong).filter(t -> !t.isEmpty()).ifPresent(quoted::add);
          String body = aside.text().substring(Texts.titleEnd(aside.text(), aside.title()));
          Texts.paragraphs(body).forEach(p -> quoted.add(escape(p)));
          out.quote(quoted);
          return null;
        }

        @Override
        public Void visit(Disclaimer disclaimer) {
          out.quote(labelled("Note:", Texts.paragraphs(disclaimer.text())));
          return null;
        }

        @Override
        public Void visit(AuthorProfile profile) {
          labelled(profile.name() + ":", Texts.paragraphs(profile.bio())).forEach(p -> out.block("", p));
          return null;
        }
      });
    }
    return out.toString();
  }

  private static void media(Writer out, MediaEmbed media) {
    String label = Texts.collapse(media.title().or(media::caption).or(media::description).orElse(media.text()));
    if (label.isEmpty()) {
      return;
    }
    Optional<String> url = Texts.webUrl(media.url());
    String kind = media.kind().name().charAt(0) + media.kind().name().substring(1).toLowerCase(Locale.ROOT);
    StringBuilder line = new StringBuilder(strong(kind + ":")).append(' ');
    if (url.isPresent()) {
      line.append('[').append(escape(label)).append("](<").append(url.get()).append(">)");
    } else {
      line.append(escape(label));
    }
    media.durationSeconds().ifPresent(s -> line.append(" (").append(Texts.clock(s)).append(')'));
    out.block("", line.toString());
    for (Optional<String> more : List.of(media.caption(), media.description())) {
      more.map(Texts::collapse).filter(m -> !m.isEmpty() && !m.equals(label))
          .ifPresent(m -> out.block("", emphasis(m)));
    }
  }

  /** Returns the paragraphs escaped, the first led by {@code label} in bold (alone when there are no paragraphs). */
  private static List<String> labelled(String label, List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    out.add(strong(label));
    for (int i = 0; i < paragraphs.size(); i++) {
      String escaped = escape(paragraphs.get(i));
      if (i == 0) {
        out.set(0, out.get(0) + " " + escaped);
      } else {
        out.add(escaped);
      }
    }
    return out;
  }

  private static String strong(String text) {
    return text.isEmpty() ? "" : "**" + escape(text) + "**";
  }

  private static String emphasis(String text) {
    String escaped = escape(text);
    return escaped.isEmpty() ? "" : "*" + escaped + "*";
  }

  /**
   * Returns {@code text} collapsed to one line and escaped so that a CommonMark reader takes every character
   * literally, wherever on a line it stands.
   */
  static String escape(String text) {
    String line = Texts.collapse(text);
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (ESCAPED_ANYWHERE.indexOf(c) >= 0 || i == 0 && (c == '-' || c == '+' || c == '>' || c == '=')) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = ENTITY.matcher(out).replaceAll("\\\\&");
    return ORDERED_LIST.matcher(escaped).replaceFirst("$1\\\\$2");
  }

  /** Collects blocks separated by blank lines. */
  private static final class Writer {
    private final StringBuilder sb = new StringBuilder();

    void block(String prefix, String line) {
      if (line.isEmpty()) {
        return;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(prefix).append(line).append('\n');
    }

    void quote(List<String> paragraphs) {
      if (!paragraphs.isEmpty()) {
        block("> ", String.join("\n>\n> ", paragraphs));
      }
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
