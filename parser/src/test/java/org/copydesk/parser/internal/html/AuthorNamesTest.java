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
}
