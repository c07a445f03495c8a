package org.copydesk.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * Builds news articles of any length, as page text and as HTML, for the size-scaling benchmarks: a page header with
 * some chrome, a headline, a byline and a date, then paragraphs of reporting with direct, split and partial quotes,
 * indirect speech and a section heading now and then, and a footer. The sentences are written for this class
 * (nothing is taken from a real article) and combined by a seeded random generator, so every size is the same page
 * every run, and paragraphs seldom repeat each other (the parser marks repeated passages, which a real page seldom
 * has).
 */
final class SyntheticArticle {

  private static final List<String> PEOPLE = List.of(
      "Maria Delgado", "Thomas Okafor", "Ingrid Halvorsen", "Rajesh Menon", "Claire Dubois", "Samuel Whitaker",
      "Amara Nwosu", "Peter Lindqvist", "Helen Castellano", "Daniel Brennan", "Yuki Tanaka", "Fatima Rahman");
  private static final List<String> ROLES = List.of(
      "the city's transport commissioner", "a spokesperson for the county council", "the chief executive of the port",
      "a senior economist at the regional bank", "the head of the teachers' union", "a local shop owner",
      "the director of the public health agency", "an engineer who worked on the original design");
  private static final List<String> ORGANISATIONS = List.of(
      "the Ministry of Finance", "the harbour authority", "the national rail operator", "the state water board",
      "the chamber of commerce", "the university hospital", "the federal audit office");
  private static final List<String> PLACES = List.of(
      "the northern districts", "the old town", "the industrial estate by the river", "the two coastal villages",
      "the suburbs east of the ring road", "the valley towns", "the city centre");
  private static final List<String> TOPICS = List.of(
      "the new tram line", "the budget for next year", "the flood barrier", "the school building programme",
      "the hospital merger", "the plan to widen the bridge", "the water price review", "the housing scheme");
  private static final List<String> NUMBERS = List.of(
      "12 percent", "3.4 million euros", "about 40,000 households", "nearly half of the residents",
      "two thirds of the budget", "17 months", "more than 900 jobs", "a quarter of the fleet");
  private static final List<String> REPORTING = List.of(
      "Officials said %TOPIC% would cost %NUMBER% more than planned when it was approved two years ago.",
      "Residents of %PLACE% have complained for months that nobody asked them about %TOPIC%.",
      "According to figures published by %ORG% on Tuesday, %NUMBER% are affected.",
      "The council will vote on %TOPIC% next week, after a hearing that is expected to run late into the evening.",
      "Critics point out that a similar project in %PLACE% was abandoned after its costs doubled.",
      "%ORG% declined to comment on the timetable, saying only that talks were continuing.",
      "Work on %TOPIC% began in the spring and was meant to be finished before the winter.",
      "The opposition has asked for an independent review, arguing that %NUMBER% is too much to spend without one.",
      "In %PLACE%, shops reported fewer customers during the construction work, and some closed early.",
      "A report by %ORG% found that delays had added %NUMBER% to the cost.");
  private static final List<String> QUOTES = List.of(
      "We were promised a decision by the summer, and we are still waiting.",
      "Nobody disputes that the work is needed. The question is who pays for it.",
      "I have lived here for thirty years and I have never seen the streets this empty.",
      "If we stop now, we lose everything we have already spent.",
      "The numbers simply do not add up, and the council knows it.",
      "We will publish the full figures as soon as the audit is complete.",
      "It is not a perfect plan, but it is the best one we have.",
      "People deserve to know what they are paying for, and when it will be done.");
  private static final List<String> VERBS = List.of("said", "added", "told reporters", "explained", "warned");
  private static final List<String> HEADINGS = List.of(
      "What happens next", "The cost so far", "Voices from the neighbourhood", "A long history of delays",
      "How the money is spent", "The view from the council");

  private final Random random;
  private final boolean html;
  private final StringBuilder page = new StringBuilder();

  private SyntheticArticle(long seed, boolean html) {
    this.random = new Random(seed);
    this.html = html;
  }

  /** The page text of an article of about {@code chars} characters (within one paragraph of it, never over). */
  static String text(int chars) {
    return new SyntheticArticle(chars, false).build(chars);
  }

  /**
   * The HTML of an article of about {@code chars} characters (within one paragraph of it, never over): the same
   * article as {@link #text(int)}, so with fewer paragraphs in as many characters.
   */
  static String html(int chars) {
    return new SyntheticArticle(chars, true).build(chars);
  }

  private String build(int chars) {
    header();
    String footer = html
        ? "</article>\n<footer><p>Share this article</p><p>© 2026 The Daily Example. All rights reserved.</p>"
            + "</footer>\n</body></html>\n"
        : "\n\nShare this article\n\n© 2026 The Daily Example. All rights reserved.\n";
    for (int paragraphs = 0; ; paragraphs++) {
      String heading = paragraphs > 0 && paragraphs % 9 == 0 ? pick(HEADINGS) : null;
      String block = (heading == null ? "" : html ? "<h2>" + heading + "</h2>\n" : "\n\n" + heading)
          + (html ? "<p>" + Pages.escape(paragraph()) + "</p>\n" : "\n\n" + paragraph());
      if (page.length() + block.length() + footer.length() > chars) {
        return page.append(footer).toString();
      }
      page.append(block);
    }
  }

  private void header() {
    String topic = pick(TOPICS);
    String headline = "Council divided over " + topic.substring("the ".length()) + " as costs rise";
    String byline = "By " + pick(PEOPLE) + " and " + pick(PEOPLE);
    String date = "November 18, 2026";
    if (html) {
      page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(headline)
          .append(" | The Daily Example</title></head>\n<body>\n<nav><a href=\"#main\">Skip to content</a> ")
          .append("<a href=\"/\">Home</a> <a href=\"/local\">Local</a> <a href=\"/politics\">Politics</a></nav>\n")
          .append("<article>\n<h1>").append(headline).append("</h1>\n<p class=\"byline\">").append(byline)
          .append("</p>\n<time datetime=\"2026-11-18\">").append(date).append("</time>\n");
    } else {
      page.append("Skip to content\nHome | Local | Politics | Business | Sport\n\n")
          .append(headline).append("\n\n").append(byline).append("\n").append(date);
    }
  }

  /** Two to four sentences of reporting, most with a quote in one of the usual constructions. */
  private String paragraph() {
    StringBuilder p = new StringBuilder();
    int sentences = 2 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        p.append(' ');
      }
      p.append(fill(pick(REPORTING)));
    }
    String person = pick(PEOPLE);
    String role = pick(ROLES);
    String quote = pick(QUOTES);
    String sentence = fill(pick(REPORTING));
    switch (random.nextInt(5)) {
      case 0 -> p.append(" “").append(quote).append("” ").append(pick(VERBS)).append(' ').append(person)
          .append(", ").append(role).append('.');
      case 1 -> {
        int cut = quote.indexOf(". ");
        String first = cut < 0 ? quote.substring(0, quote.length() - 1) : quote.substring(0, cut);
        String rest = cut < 0 ? "and that is the point." : quote.substring(cut + 2);
        p.append(" “").append(first).append(",” ").append(person).append(" said. “").append(rest).append('”');
      }
      case 2 -> p.append(' ').append(person).append(", ").append(role).append(", said that ")
          .append(Character.toLowerCase(sentence.charAt(0))).append(sentence, 1, sentence.length());
      case 3 -> p.append(' ').append(person).append(" accused ").append(pick(ORGANISATIONS))
          .append(" of “hiding the real cost” of ").append(pick(TOPICS)).append('.');
      default -> { } // reporting only
    }
    return p.toString();
  }

  private String fill(String template) {
    String s = template.replace("%TOPIC%", pick(TOPICS)).replace("%PLACE%", pick(PLACES))
        .replace("%ORG%", pick(ORGANISATIONS)).replace("%NUMBER%", pick(NUMBERS));
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
