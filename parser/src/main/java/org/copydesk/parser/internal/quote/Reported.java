package org.copydesk.parser.internal.quote;

/**
 * Reported speech without quotation marks: the words from {@code start} to {@code end}, attributed by a cue. The
 * proposition reported starts at {@code contentStart}, before {@code start} when the cue stands inside it ("Back home,
 * Mr. Reed said, he found …").
 */
record Reported(ParagraphText paragraph, Cue cue, int start, int end, int contentStart) {}
