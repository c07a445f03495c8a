package org.copydesk.parser.internal.quote;

/** Reported speech without quotation marks: the words from {@code start} to {@code end}, attributed by a cue. */
record Reported(ParagraphText paragraph, Cue cue, int start, int end) {}
