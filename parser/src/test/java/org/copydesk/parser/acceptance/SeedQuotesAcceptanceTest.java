package org.copydesk.parser.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.copydesk.core.Aside;
import org.copydesk.core.Block;
import org.copydesk.core.Disclaimer;
import org.copydesk.core.MediaEmbed;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Span;
import org.copydesk.parser.internal.quote.QuoteAttributor;

/**
 * The quote stage alone on the seed gives every quote, speaker and source of the golden file. The blocks are built
 * from the golden's line numbers (body paragraphs, the duplicated paragraph, the pseudonym disclaimer, media and the
 * promo), so the test does not depend on the structure stage.
 */
class SeedQuotesAcceptanceTest extends SeedQuoteFacts {

  private static final JsonNode GOLDEN = SeedFixture.GOLDEN;

  @Override
  void parse() {
    int duplicateLine = GOLDEN.get("paragraphs").get("optionalDuplicate").get("line").asInt();
    int duplicateOfLine = GOLDEN.get("paragraphs").get("optionalDuplicate").get("duplicateOfLine").asInt();
    TreeMap<Integer, Block> byFirstLine = new TreeMap<>();
    GOLDEN.get("paragraphs").get("lines").forEach(n -> byFirstLine.put(n.asInt(), paragraph(n.asInt())));
    byFirstLine.put(duplicateLine, paragraph(duplicateLine));
    byFirstLine.put(14, Disclaimer.builder().text(SeedFixture.lineText(14)).span(SeedFixture.line(14))
        .kind(Disclaimer.Kind.PSEUDONYMS).build());
    for (JsonNode media : GOLDEN.get("media")) {
      Span span = linesOf(media);
      byFirstLine.put(media.get("lines").get(0).asInt(), MediaEmbed.builder().text(span.slice(SeedFixture.TEXT))
          .span(span)
          .kind("video".equals(media.get("kind").asText()) ? MediaEmbed.Kind.VIDEO : MediaEmbed.Kind.IMAGE).build());
    }
    for (JsonNode aside : GOLDEN.get("asides")) {
      Span span = linesOf(aside);
      byFirstLine.put(aside.get("lines").get(0).asInt(), Aside.builder().text(span.slice(SeedFixture.TEXT))
          .span(span).kind(Aside.Kind.PROMO).build());
    }
    blocks = new ArrayList<>(byFirstLine.values());
    int duplicate = blockOfLine(duplicateLine);
    Paragraph copy = (Paragraph) blocks.get(duplicate);
    blocks.set(duplicate, Paragraph.builder().from(copy).duplicateOf(blockOfLine(duplicateOfLine)).build());
    blocks = List.copyOf(blocks);
    List<Integer> notices = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Disclaimer d && d.kind() == Disclaimer.Kind.PSEUDONYMS) {
        notices.add(i);
      }
    }
    result = new QuoteAttributor().attribute(SeedFixture.TEXT, blocks, notices);
  }

  private static Span linesOf(JsonNode item) {
    JsonNode lines = item.get("lines");
    return Span.of(SeedFixture.line(lines.get(0).asInt()).start(),
        SeedFixture.line(lines.get(lines.size() - 1).asInt()).end());
  }

  private static Paragraph paragraph(int line) {
    return Paragraph.of(SeedFixture.lineText(line), SeedFixture.line(line));
  }
}
