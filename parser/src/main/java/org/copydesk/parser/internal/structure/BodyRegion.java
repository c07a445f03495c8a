package org.copydesk.parser.internal.structure;

/** The first and last line (indices into the page's lines) of the body; {@code first > last} when none. */
record BodyRegion(int first, int last) {

  static final BodyRegion NONE = new BodyRegion(0, -1);

  boolean contains(int index) {
    return index >= first && index <= last;
  }

  boolean isEmpty() {
    return first > last;
  }
}
