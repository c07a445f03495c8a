package org.copydesk.parser.internal.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.copydesk.core.Source;
import org.junit.jupiter.api.Test;

/** One source per real-world speaker, with the fullest name, its description and the right kind. */
class SourceMergingTest {

  @Test
  void fullNameSurnameAndPronounMergeIntoOneSource() {
    Attributed a = Attributed.paragraphs("""
        Regional governor Ivan Petrenko visited the dam on Friday.

        Petrenko accused the company of "hiding the damage."

        Then he announced "an independent inquiry into every dam."
        """);
    assertEquals(1, a.sources().size());
    Source s = a.sources().get(0);
    assertEquals("Ivan Petrenko", s.name());
    assertEquals(Optional.of("Regional governor"), s.description());
    assertEquals(List.of("Ivan Petrenko", "Petrenko", "he"), s.mentions().stream().map(m -> m.text()).toList());
    a.assertSpeaker("Ivan Petrenko", "an independent inquiry into every dam.");
  }

  @Test
  void appositionBeforeTheNameBecomesTheDescription() {
    Attributed a = Attributed.paragraphs("""
        The deputy chief of the general staff, Olga Marsh, said the force was "purely defensive."
        """);
    Source s = a.source("Olga Marsh");
    assertEquals(Optional.of("The deputy chief of the general staff"), s.description());
    assertEquals(Source.Kind.PERSON, s.kind());
  }

  @Test
  void appositionAfterAnInvertedVerbBecomesTheDescription() {
    Attributed a = Attributed.paragraphs("""
        "Nobody expected this," said Hans Weber, the director of the institute.
        """);
    assertEquals(Optional.of("the director of the institute"), a.source("Hans Weber").description());
  }

  @Test
  void titleBeforeTheNameIsNotPartOfIt() {
    Attributed a = Attributed.paragraphs("""
        "The talks failed," Russian President Ivan Sorokin said.
        """);
    Source s = a.source("Ivan Sorokin");
    assertEquals(Optional.of("Russian President"), s.description());
    assertEquals(Optional.of(Source.Gender.MALE), s.gender());
  }

  @Test
  void aCapitalOrCountrySpeakingIsItsGovernmentNotAPerson() {
    Attributed a = Attributed.paragraphs("""
        Moscow denied the report, saying it was "a fabrication."

        But Paris has insisted that "the evidence is clear."
        """);
    assertEquals(Source.Kind.ORGANIZATION, a.source("Moscow").kind());
    assertEquals(Source.Kind.ORGANIZATION, a.source("Paris").kind());
    a.assertSpeaker("Paris", "the evidence is clear.");
  }

  @Test
  void coordinatedSpeakersAreOneGroupSource() {
    Attributed a = Attributed.paragraphs("""
        G7 leaders and NATO publicly urged the government to avoid "a war of aggression" in the region.
        """);
    Source s = a.source("G7 leaders and NATO");
    assertEquals(Source.Kind.GROUP, s.kind());
  }

  @Test
  void anonymousAndOrganisationPhrasesGetTheirKinds() {
    Attributed a = Attributed.paragraphs("""
        "The border stays closed," a senior official said.

        "All roads are open," the Transport Ministry said.

        "This is only the start," many analysts said.
        """);
    assertEquals(Source.Kind.UNNAMED, a.source("senior official").kind());
    assertEquals(Source.Kind.ORGANIZATION, a.source("Transport Ministry").kind());
    assertEquals(Source.Kind.GROUP, a.source("many analysts").kind());
  }

  @Test
  void definitePhraseResolvesToTheOrganisationNamedBefore() {
    Attributed a = Attributed.paragraphs("""
        "All roads are open," the Transport Ministry said.

        "Repairs start Monday," the ministry added.
        """);
    assertEquals(1, a.sources().size());
    a.assertSpeaker("Transport Ministry", "Repairs start Monday,");
  }

  @Test
  void personSpokenToIsNeverTheSpeaker() {
    Attributed a = Attributed.paragraphs("""
        Maria Lopez told Radio Liberty this week that her son "has been hiding for three years."
        """);
    a.assertSpeaker("Maria Lopez", "has been hiding for three years.");
    assertTrue(a.sources().stream().noneMatch(s -> s.name().contains("Radio Liberty")));
  }
}
