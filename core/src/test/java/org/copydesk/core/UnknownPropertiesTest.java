package org.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Readers ignore fields they do not know, whatever mapper reads the model: newer JSON still reads. */
class UnknownPropertiesTest {

  private static final String NEWER = """
      {"schemaVersion":1,"headline":"Bridge Reopens","newField":[1,2],
       "byline":{"text":"By Ana Ruiz","authors":["Ana Ruiz"],"contributors":[],"span":{"start":15,"end":26,"extra":true},"role":"x"},
       "blocks":[{"type":"paragraph","text":"It reopened.","span":{"start":28,"end":40},"tone":"calm"}],
       "quotes":[],"sources":[{"id":"s1","name":"Ana Ruiz","kind":"person","pseudonymous":false,"mentions":[],"age":40}],
       "removed":[{"text":"Menu","reason":"navigation","span":{"start":0,"end":4},"weight":0.5}]}
      """;

  private static Article expected() {
    return Article.builder()
        .headline("Bridge Reopens")
        .byline(Byline.builder().text("By Ana Ruiz").addAuthor("Ana Ruiz").span(Span.of(15, 26)).build())
        .addBlock(Paragraph.of("It reopened.", Span.of(28, 40)))
        .addSource(Source.builder().id("s1").name("Ana Ruiz").kind(Source.Kind.PERSON).build())
        .addRemoved(Removal.of("Menu", Removal.Reason.NAVIGATION, Span.of(0, 4)))
        .build();
  }

  @Test
  void aPlainMapperThatFindsModulesIgnoresUnknownFieldsAtEveryLevel() throws IOException {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    assertEquals(expected(), plain.readValue(NEWER, Article.class));
  }
}
