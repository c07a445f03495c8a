package org.copydesk.parser.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Aside;
import org.junit.jupiter.api.Test;

/** Promo boxes, related-story links and newsletter boxes inside a story are asides, not body paragraphs. */
class AsideTest {

  private static final String FIRST = """
      Council Approves New Budget

      The council voted seven to two on Tuesday to approve the new budget after a long debate about the schools, \
      the parks and the state of the roads, which residents have complained about for more than a decade now.

      The mayor, who had asked the council for a larger increase, said she would sign the budget on Friday.

      """;
  private static final String REST = """

      Supporters said the plan keeps the promises made to parents and teachers during the last election campaign.

      Critics said the budget leaves too little for the roads, which have not been repaired in more than a decade.
      """;

  private static Structure page(String middle) {
    return Read.structure(FIRST + middle + REST);
  }

  @Test
  void aLivePromoWithItsTeaserIsAPromoAside() {
    Structure s = page("""
        Live Briefing: The Budget Fight

        Our Live Briefing gives you the latest on the budget fight in the city council. \
        For all of our coverage, click here.
        """);
    List<Aside> asides = Read.blocks(s, Aside.class);
    assertEquals(1, asides.size());
    assertEquals(Aside.Kind.PROMO, asides.get(0).kind());
    assertEquals(Optional.of("Live Briefing: The Budget Fight"), asides.get(0).title());
    assertEquals(4, Read.body(s).size());
  }

  @Test
  void aReadMoreLinkIsARelatedAside() {
    Structure s = page("Read more: Council delays the vote on the school budget until next month\n");
    List<Aside> asides = Read.blocks(s, Aside.class);
    assertEquals(List.of(Aside.Kind.RELATED), asides.stream().map(Aside::kind).toList());
    assertEquals(4, Read.body(s).size());
  }

  @Test
  void aRelatedHeaderWithItsListIsOneRelatedAside() {
    Structure s = page("""
        Related stories

          • Council delays the vote on the school budget
          • Mayor promises to repair the roads
        """);
    List<Aside> asides = Read.blocks(s, Aside.class);
    assertEquals(1, asides.size());
    assertEquals(Aside.Kind.RELATED, asides.get(0).kind());
    assertEquals(Optional.of("Related stories"), asides.get(0).title());
    assertEquals(4, Read.body(s).size());
  }

  @Test
  void aNewsletterSignUpIsANewsletterAside() {
    Structure s = page("Sign up for our daily newsletter to get the council's decisions in your inbox\n");
    assertEquals(List.of(Aside.Kind.NEWSLETTER), Read.blocks(s, Aside.class).stream().map(Aside::kind).toList());
  }
}
