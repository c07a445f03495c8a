package org.copydesk.parser.internal.structure;

import java.util.List;
import org.copydesk.core.Block;
import org.copydesk.core.Paragraph;
import org.copydesk.core.Removal;

/** Reads test excerpts with the structure stage and picks out what the tests look at. */
final class Read {

  private static final StructureReader READER = new StructureReader();

  private Read() {}

  /** Returns the structure of {@code text}. */
  static Structure structure(String text) {
    return READER.read(text);
  }

  /** Returns the blocks of {@code structure} of the given kind. */
  static <T extends Block> List<T> blocks(Structure structure, Class<T> kind) {
    return structure.blocks().stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** Returns the texts of the paragraphs that do not repeat another block. */
  static List<String> body(Structure structure) {
    return blocks(structure, Paragraph.class).stream().filter(p -> !p.isDuplicate()).map(Block::text).toList();
  }

  /** Returns the reason {@code text} was removed for, or null when it was not removed as a whole. */
  static Removal.Reason removal(Structure structure, String text) {
    return structure.removed().stream().filter(r -> r.text().equals(text)).map(Removal::reason).findFirst()
        .orElse(null);
  }
}
