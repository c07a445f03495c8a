package org.copydesk.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which credits of the markup are people's names. */
class AuthorNamesTest {

  @Test
  void aPersonsNameIsAName() {
    assertEquals(List.of("Jane Doe"), Authors.split("Jane Doe"));
  }

  @Test
  void aTemplateKeyIsNoName() {
    assertEquals(List.of(), Authors.split("page.head.extra.author"));
  }

  @Test
  void aLoginJoinedByDotsOrUnderscoresIsNoName() {
    assertEquals(List.of(), Authors.split("jane.doe"));
    assertEquals(List.of(), Authors.split("jane_doe"));
  }

  @Test
  void initialsWithFullStopsStayPartOfAName() {
    assertEquals(List.of("J. R. Doe"), Authors.split("J. R. Doe"));
  }

  @Test
  void theSiteAdministrationsAccountsAreNoNames() {
    assertEquals(List.of(), Authors.split("admin"));
    assertEquals(List.of(), Authors.split("Webmaster"));
  }

  @Test
  void anAdministrationAccountAfterAWordIsNoName() {
    assertEquals(List.of(), Authors.split("Shop Admin"));
    assertEquals(List.of("Adam Admiral"), Authors.split("Adam Admiral"));
  }

  @Test
  void aLowerCaseLoginJoinedByHyphensIsNoNameButAHyphenatedNameIs() {
    assertEquals(List.of(), Authors.split("jane-doe42"));
    assertEquals(List.of("Mary-Jane Roe"), Authors.split("Mary-Jane Roe"));
  }

  @Test
  void aFormFieldsLabelWithItsRequiredMarkIsNoName() {
    assertEquals(List.of(), Authors.split("Name *"));
    assertEquals(List.of(), Authors.split("Your Name *"));
  }

  @Test
  void theFirstBlockAfterACreditLabelGivesTheNames() {
    assertEquals(List.of("Jane Doe", "John Roe"),
        Authors.fromBlocks(List.of("Written by:", "Jane Doe and John Roe", "Senior Writers", "Ann Poe")));
  }

  @Test
  void blocksWhoseFirstIsNoNameGiveNone() {
    assertEquals(List.of(), Authors.fromBlocks(List.of("March 3, 2024", "Jane Doe")));
    assertEquals(List.of(), Authors.fromBlocks(List.of("Last Updated:", "March 3, 2024")));
  }

  @Test
  void labelsThatIntroduceACreditAreCreditLabels() {
    assertEquals(true, Authors.isCreditLabel("Written by"));
    assertEquals(true, Authors.isCreditLabel("Author:"));
    assertEquals(false, Authors.isCreditLabel("Est. reading time"));
  }
}
