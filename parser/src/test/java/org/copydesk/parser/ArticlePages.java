package org.copydesk.parser;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of article pages for property tests: text dumps built from hand-written fragments (headlines, bylines,
 * dates, paragraphs with quotations in every common quote style, page chrome, bullets) mixed with random noise, and
 * HTML pages built from the same fragments.
 */
final class ArticlePages {

  private ArticlePages() {}

  static final List<String> HEADLINES = List.of(
      "Council Approves New Budget After Long Debate",
      "Floods Force Thousands From Their Homes",
      "Ministry Denies Report on Grain Exports",
      "‘We Were Never Told’: Residents Question Dam Plan",
      "Après la tempête, la ville reconstruit",
      "Жители требуют ремонта моста",
      "الحكومة تعلن خطة جديدة للنقل",
      "新しい駅が来月開業へ",
      "Live: Election Results As They Come In");

  static final List<String> BYLINES = List.of(
      "By Jane Doe",
      "By Ana Ruiz and Tom Lee",
      "Written by Sam Okafor; additional reporting by Lena Berg",
      "By Marta Kowalska, Reuters",
      "Von Peter Schmidt",
      "Par Claire Martin");

  static final List<String> DATES = List.of(
      "October 18, 2022",
      "18.10.2022 09:30",
      "Updated 3 hours ago",
      "Published: Tue 18 Oct 2022 09.30 BST",
      "2022-10-18T09:30:00Z");

  static final List<String> SENTENCES = List.of(
      "The council voted 7-2 on Tuesday to approve the budget.",
      "Water levels rose by more than two metres overnight, officials said.",
      "The company did not respond to a request for comment.",
      "Prices have risen for six months in a row, according to the statistics office.",
      "Hundreds of people gathered outside the court building on Monday.",
      "La ville a annoncé un plan de reconstruction de trois ans.",
      "По словам властей, работы начнутся весной.",
      "وقال المتحدث إن الخطة ستنفذ على مراحل.",
      "駅は来月開業する予定だ。",
      "It's the third time this year the road has closed — and residents aren't happy.");

  static final List<String> QUOTES = List.of(
      "“We have kept our promises,” said Mayor Ana Ruiz. “And we will keep doing so.”",
      "\"This is not the end,\" he told reporters.",
      "‘I lost everything,’ one resident said.",
      "She called the plan “a betrayal of everyone who lives here”.",
      "«Мы не знали об этом», — сказал он.",
      "„Das ist ein guter Tag“, sagte die Ministerin.",
      "« C’est une honte », a déclaré le maire.",
      "‹Nie wieder›, schrieb sie.",
      "「安全が最優先だ」と社長は述べた。",
      "\"We were told 'wait and see',\" a farmer said.",
      "“There are intermediaries,” she said, “but they charge a lot.”",
      "The minister said the report was “unfounded.",
      "An official, who asked not to be named, said talks would resume.");

  static final List<String> CHROME = List.of(
      "Skip to main content",
      "Accessibility links",
      "Share",
      "Share this article",
      "Tweet",
      "Advertisement",
      "Subscribe",
      "Sign up for our newsletter",
      "Read more",
      "Related",
      "Image: Getty Images",
      "Photo: Reuters",
      "0:45",
      "Please wait",
      "No media source currently available",
      "Accept all cookies",
      "Menu",
      "Search",
      "Log in",
      "© 2024 Example Media. All rights reserved.",
      "Comments (12)",
      "16x9 Image");

  /** Headlines with the first paragraph of their story, which restates them as news ledes do. */
  static final List<Pair<String, String>> LEDES = List.of(
      Pair.of("Council Approves New Budget After Long Debate",
          "The city council approved a new budget on Tuesday after a long debate."),
      Pair.of("Floods Force Thousands From Their Homes",
          "Floods forced thousands of people from their homes over the weekend."),
      Pair.of("Ministry Denies Report on Grain Exports",
          "The ministry denied a report that grain exports had been halted."),
      Pair.of("Bridge Reopens After Two Years of Repairs",
          "The bridge reopened on Monday after two years of repairs."),
      Pair.of("Après la tempête, la ville reconstruit",
          "Après la tempête de la semaine dernière, la ville reconstruit ses écoles."));

  static final List<String> BULLETS = List.of("  • ", "• ", "- ", "* ", "1. ", "    ◦ ");

  /** Random text: any code point (lone surrogates included), controls, bidi and zero-width marks, odd spaces. */
  static Gen<String> noise() {
    Gen<String> odd = Generate.pick(List.of("\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u200B", "\u200E",
        "\u200F", "\u202E", "\u2066", "\u2028", "\u2029", "\uFEFF", "\u00A0", "\u3000", "\uFFFD", "\uD800", "\uDFFF",
        "\uD83D\uDE00", "\t", "\u000B", "\f"));
    Gen<String> any = SourceDSL.strings().allPossible().ofLengthBetween(0, 30);
    return Generate.frequency(Pair.of(2, any), Pair.of(1, SourceDSL.lists().of(odd).ofSizeBetween(1, 6)
        .map(parts -> String.join("", parts))));
  }

  /** A paragraph: one to four sentences and quotations. */
  static Gen<String> paragraphs() {
    Gen<String> piece = Generate.frequency(Pair.of(3, Generate.pick(SENTENCES)), Pair.of(2, Generate.pick(QUOTES)));
    return SourceDSL.lists().of(piece).ofSizeBetween(1, 4).map(parts -> String.join(" ", parts));
  }

  /** One line of a page: any kind of fragment, sometimes with noise glued on. */
  static Gen<String> lines() {
    Gen<String> fragment = Generate.frequency(List.of(
        Pair.of(2, Generate.pick(HEADLINES)),
        Pair.of(1, Generate.pick(BYLINES)),
        Pair.of(1, Generate.pick(DATES)),
        Pair.of(8, paragraphs()),
        Pair.of(4, Generate.pick(CHROME)),
        Pair.of(2, Generate.pick(BULLETS).zip(paragraphs(), (bullet, text) -> bullet + text)),
        Pair.of(2, noise())));
    return Generate.frequency(
        Pair.of(6, fragment),
        Pair.of(1, fragment.zip(noise(), (text, junk) -> text + junk)),
        Pair.of(1, noise().zip(fragment, (junk, text) -> junk + text)));
  }

  /** What stands between two lines: a line break of any kind, or blank lines, sometimes holding spaces. */
  static Gen<String> breaks() {
    return Generate.pick(List.of("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n\n\n", "\n \n", "\n\u00A0\t\n",
        "\n\u200B\n", "\n\n\n\n\n"));
  }

  /** Text dumps of article pages: a headline-led mix of lines and breaks. */
  static Gen<String> pages() {
    Gen<List<String>> lines = SourceDSL.lists().of(lines()).ofSizeBetween(0, 30);
    Gen<List<String>> breaks = SourceDSL.lists().of(breaks()).ofSize(30);
    Gen<String> edge = Generate.pick(List.of("", "", "\n", "\uFEFF", "  ", "\r\n"));
    return lines.zip(breaks, edge, (ls, bs, start) -> {
      StringBuilder page = new StringBuilder(start);
      for (int i = 0; i < ls.size(); i++) {
        page.append(ls.get(i)).append(bs.get(i));
      }
      return page.toString();
    });
  }

  /**
   * Well-formed article pages: chrome lines, a headline, sometimes a byline, then the story's lede and paragraphs of
   * sentences and quotations that do not repeat one another, blank lines between blocks — pages whose structure plain
   * text can express, for round trips through the text rendering.
   */
  static Gen<String> articles() {
    List<String> pieces = new ArrayList<>(SENTENCES);
    pieces.addAll(QUOTES);
    Gen<List<String>> chrome = SourceDSL.lists().of(Generate.pick(CHROME)).ofSizeBetween(0, 4);
    Gen<List<Integer>> order = SourceDSL.lists().of(SourceDSL.integers().between(0, pieces.size() - 1))
        .ofSizeBetween(1, 16);
    Gen<List<Integer>> cuts = SourceDSL.lists().of(SourceDSL.integers().between(1, 3)).ofSize(16);
    Gen<List<String>> credits = SourceDSL.lists().of(Generate.pick(BYLINES)).ofSizeBetween(0, 1);
    return chrome.zip(Generate.pick(LEDES), credits, order.zip(cuts, (o, c) -> paragraphs(pieces, o, c)),
        (top, story, byline, paragraphs) -> {
          StringBuilder page = new StringBuilder();
          top.forEach(c -> page.append(c).append("\n\n"));
          page.append(story._1).append("\n\n");
          byline.forEach(b -> page.append(b).append("\n\n"));
          page.append(story._2).append("\n\n");
          paragraphs.forEach(p -> page.append(p).append("\n\n"));
          return page.toString();
        });
  }

  /** Groups the distinct pieces named by {@code order} into paragraphs of {@code sizes[k]} pieces each. */
  private static List<String> paragraphs(List<String> pieces, List<Integer> order, List<Integer> sizes) {
    List<String> distinct = order.stream().distinct().map(pieces::get).toList();
    List<String> paragraphs = new ArrayList<>();
    for (int from = 0, k = 0; from < distinct.size(); k++) {
      int to = Math.min(distinct.size(), from + sizes.get(k));
      paragraphs.add(String.join(" ", distinct.subList(from, to)));
      from = to;
    }
    return paragraphs;
  }

  /** HTML pages made of the same fragments, in common and broken markup. */
  static Gen<String> htmlPages() {
    Gen<String> element = Generate.frequency(List.of(
        Pair.of(2, Generate.pick(HEADLINES).map(h -> "<h1>" + h + "</h1>")),
        Pair.of(1, Generate.pick(BYLINES).map(b -> "<p class=\"byline\">" + b + "</p>")),
        Pair.of(1, Generate.pick(DATES).map(d -> "<time datetime=\"2022-10-18\">" + d + "</time>")),
        Pair.of(8, paragraphs().map(p -> "<p>" + p + "</p>")),
        Pair.of(2, paragraphs().map(p -> "<p>" + p)),
        Pair.of(3, Generate.pick(CHROME).map(c -> "<nav><a href=\"/x\">" + c + "</a></nav>")),
        Pair.of(2, SourceDSL.lists().of(paragraphs()).ofSizeBetween(1, 3)
            .map(items -> "<ul><li>" + String.join("</li><li>", items) + "</li></ul>")),
        Pair.of(1, paragraphs().map(p -> "<figure><img src=\"a.jpg\" alt=\"x\"><figcaption>" + p
            + "</figcaption></figure>")),
        Pair.of(1, paragraphs().map(p -> "<table><tr><td>" + p + "</td></tr><b>" + p + "</table>")),
        Pair.of(1, Generate.pick(List.of("<script>var a = '<p>x</p>';</script>", "<!-- comment <p> -->",
            "<br>", "</div></div>", "<div><div><span>", "&amp; &nbsp;&#x201C;&#0;&bogus;", "<p><b><i>x</p></i></b>"))),
        Pair.of(2, noise())));
    return SourceDSL.lists().of(element).ofSizeBetween(0, 25).zip(Generate.pick(HEADLINES),
        (body, title) -> "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
            + "</title></head><body><article>" + String.join("\n", body) + "</article></body></html>");
  }
}
