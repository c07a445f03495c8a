package org.copydesk.parser.internal.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.Excerpt;
import org.copydesk.core.Source;
import org.copydesk.core.Source.Gender;

/**
 * The people, organisations and groups of one article as they are met in reading order: names merge with their
 * later short forms (full name, surname, first name), pronouns resolve to the latest mention of a fitting gender,
 * definite phrases ("the ministry") to the latest source they fit. Used by one attribution run; not thread-safe.
 */
final class SourceTable {

  /** How many recent mentions a pronoun or definite phrase looks back over. */
  private static final int LOOK_BACK = 60;

  /** A source under construction. */
  static final class Entity {
    Source.Kind kind;
    List<String> words;
    String name;
    Optional<String> description = Optional.empty();
    Optional<Gender> gender = Optional.empty();
    boolean titled;
    boolean spoke;
    boolean pseudonymous;
    boolean listed;
    final List<int[]> mentions = new ArrayList<>();

    Entity(Source.Kind kind, List<String> words, String name) {
      this.kind = kind;
      this.words = words;
      this.name = name;
    }

    int firstMention() {
      return mentions.stream().mapToInt(m -> m[0]).min().orElse(Integer.MAX_VALUE);
    }

    String lastWord() {
      return words.isEmpty() ? "" : words.get(words.size() - 1);
    }
  }

  private record Event(int position, Entity entity) {}

  private final List<Entity> entities = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final Map<List<String>, Entity> byWords = new HashMap<>();
  private final Map<String, Entity> byLastWord = new HashMap<>();
  private final Map<String, Entity> byFirstWord = new HashMap<>();
  private final Map<String, Entity> byText = new HashMap<>();
  private final List<Entity> organizations = new ArrayList<>();
  private final Set<String> speakerNames;

  /** {@code speakerNames} holds the name words that stand before or after a speech verb anywhere in the article. */
  SourceTable(Set<String> speakerNames) {
    this.speakerNames = speakerNames;
  }

  /** Records a name standing in the narrative, if it names a person, organisation or group met before or likely to speak. */
  void noteName(Reference r) {
    Entity e = findByName(r);
    boolean personLike = r.kind() == Source.Kind.PERSON && (r.titled() || r.gender().isPresent()
        || r.description().isPresent());
    boolean speaks = speakerNames.contains(r.words().get(r.words().size() - 1));
    if (e == null && (personLike || speaks)) {
      e = create(r);
    }
    if (e != null) {
      mention(e, r);
    }
  }

  /** Returns the source a speaker phrase stands for, recording the mention; null if a pronoun finds no antecedent. */
  Entity resolve(Reference r) {
    Entity e = switch (r.form()) {
      case NAME -> findByName(r);
      case PRONOUN -> antecedent(r);
      case DEFINITE -> definite(r);
      case PHRASE -> findByText(r);
    };
    if (e == null) {
      if (r.form() == Reference.Form.PRONOUN) {
        return null;
      }
      e = create(r);
    }
    mention(e, r);
    return e;
  }

  /** Returns the entities that spoke, in order of first mention. */
  List<Entity> speakers() {
    return entities.stream().filter(e -> e.spoke).sorted(Comparator.comparingInt(Entity::firstMention)).toList();
  }

  /** Builds the source for {@code e} with the given id. */
  static Source toSource(Entity e, String id, String input) {
    Source.Builder b = Source.builder().id(id).name(e.name).kind(e.kind).pseudonymous(e.pseudonymous)
        .description(e.description);
    if (e.kind == Source.Kind.PERSON) {
      b.gender(e.gender);
    }
    List<int[]> spans = new ArrayList<>(e.mentions);
    spans.sort(Comparator.comparingInt((int[] m) -> m[0]).thenComparingInt(m -> m[1]));
    int lastStart = -1;
    for (int[] m : spans) {
      if (m[0] != lastStart) {
        b.addMention(Excerpt.of(m[0], m[1], input.substring(m[0], m[1])));
        lastStart = m[0];
      }
    }
    return b.build();
  }

  private Entity create(Reference r) {
    String name = r.form() == Reference.Form.NAME ? String.join(" ", r.words()) : r.text();
    Entity e = new Entity(r.kind(), r.words(), name);
    entities.add(e);
    if (e.words.isEmpty()) {
      byText.putIfAbsent(r.text().toLowerCase(Locale.ROOT), e);
    }
    return e;
  }

  private void mention(Entity e, Reference r) {
    e.mentions.add(new int[] {r.start(), r.end()});
    events.add(new Event(r.start(), e));
    if (e.description.isEmpty()) {
      e.description = r.description();
    }
    if (e.gender.isEmpty() && e.kind == Source.Kind.PERSON) {
      e.gender = r.gender();
    }
    e.titled |= r.titled();
    if (r.form() == Reference.Form.NAME && r.words().size() > e.words.size() && e.kind == r.kind()) {
      e.words = r.words();
      e.name = String.join(" ", r.words());
    }
    index(e);
  }

  /** Full name, surname only, or first name only of a source met before; the latest such source wins. */
  private Entity findByName(Reference r) {
    List<String> words = r.words();
    Entity exact = byWords.get(words);
    if (exact != null) {
      return exact;
    }
    if (r.kind() == Source.Kind.ORGANIZATION) {
      for (int i = organizations.size() - 1; i >= 0 && organizations.size() - i <= LOOK_BACK; i--) {
        Entity e = organizations.get(i);
        if (Collections.indexOfSubList(e.words, words) >= 0 || Collections.indexOfSubList(words, e.words) >= 0) {
          return e;
        }
      }
      return null;
    }
    String last = words.get(words.size() - 1);
    Entity e = byLastWord.get(last);
    if (words.size() == 1) {
      return e != null ? e : byFirstWord.get(last);
    }
    if (e != null && (e.words.size() == 1 || e.words.get(0).equals(words.get(0)))) {
      return e;
    }
    return null;
  }

  private void index(Entity e) {
    if (e.words.isEmpty()) {
      return;
    }
    byWords.put(e.words, e);
    if (e.kind == Source.Kind.ORGANIZATION) {
      if (!e.listed) {
        e.listed = true;
        organizations.add(e);
      }
      return;
    }
    byLastWord.put(e.lastWord(), e);
    if (e.words.size() > 1) {
      byFirstWord.put(e.words.get(0), e);
    }
  }

  /** The latest person (or, for "they" and "it", group or organisation) mentioned before, of a fitting gender. */
  private Entity antecedent(Reference r) {
    Optional<Gender> wanted = r.gender();
    for (int i = events.size() - 1; i >= 0 && events.size() - i <= LOOK_BACK; i--) {
      Event ev = events.get(i);
      Entity e = ev.entity();
      if (ev.position() >= r.start()) {
        continue;
      }
      if (r.kind() == Source.Kind.PERSON) {
        if (e.kind == Source.Kind.PERSON && (e.gender.isEmpty() || wanted.isEmpty() || e.gender.equals(wanted))) {
          if (e.gender.isEmpty()) {
            e.gender = wanted;
          }
          return e;
        }
      } else if (e.spoke && (e.kind == r.kind() || e.kind == Source.Kind.ORGANIZATION
          || r.kind() == Source.Kind.GROUP && e.kind == Source.Kind.UNNAMED)) {
        return e;
      }
    }
    return null;
  }

  /** "the ministry", "the senator": the latest source whose name or description holds the head word. */
  private Entity definite(Reference r) {
    String head = r.head();
    for (int i = events.size() - 1; i >= 0 && events.size() - i <= LOOK_BACK; i--) {
      Entity e = events.get(i).entity();
      boolean fits = e.kind == Source.Kind.ORGANIZATION && r.kind() == Source.Kind.ORGANIZATION
          ? e.name.toLowerCase(Locale.ROOT).contains(head)
          : e.kind == Source.Kind.PERSON && r.kind() == Source.Kind.PERSON
              && e.description.map(d -> d.toLowerCase(Locale.ROOT).contains(head)).orElse(false);
      if (fits) {
        return e;
      }
    }
    return findByText(r);
  }

  private Entity findByText(Reference r) {
    return byText.get(r.text().toLowerCase(Locale.ROOT));
  }
}
