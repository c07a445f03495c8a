package org.copydesk.core;

import java.util.List;

/** Invariant checks shared by the value types; each failure names the field it is about. */
final class Checks {

  private Checks() {}

  static void span(String field, int start, int end) {
    if (start < 0) {
      throw new IllegalArgumentException(field + ".start must be >= 0, was " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException(field + ".end (" + end + ") must be >= start (" + start + ")");
    }
  }

  static void nonBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  static void ordered(String field, List<Excerpt> excerpts) {
    for (int i = 1; i < excerpts.size(); i++) {
      if (excerpts.get(i).start() < excerpts.get(i - 1).end()) {
        throw new IllegalArgumentException(field + " must be ordered and must not overlap: " + field + "[" + (i - 1)
            + "] ends at " + excerpts.get(i - 1).end() + ", " + field + "[" + i + "] starts at "
            + excerpts.get(i).start());
      }
    }
  }
}
