package org.copydesk.parser.internal.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the machine dates of markup ({@code datePublished}, {@code article:published_time}, {@code <time datetime>})
 * as ISO-8601: date, time and offset when the page gives all three ({@code 2025-09-04T12:50:36+00:00}), date and time
 * without an offset when it gives none, or the date alone.
 */
final class Dates {

  /** A date and an optional time and offset, in the loose forms pages write: "T" or a space, "+0000" or "+00:00". */
  private static final Pattern MACHINE_DATE = Pattern.compile(
      "\\s*(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
          + "(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}| ?UTC| ?GMT)?)?.*", Pattern.CASE_INSENSITIVE);

  private Dates() {}

  /** {@code value} as ISO-8601, or empty when it is no machine date. */
  static Optional<String> iso(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = MACHINE_DATE.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return Optional.of(date.toString());
      }
      LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      String zone = m.group(7);
      if (zone == null) {
        return Optional.of(time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
      }
      zone = zone.strip().toUpperCase();
      if (zone.equals("UTC") || zone.equals("GMT")) {
        zone = "Z";
      } else if (!zone.equals("Z")) {
        zone = zone.length() == 3 ? zone + ":00" : zone.substring(0, 3) + ":" + zone.substring(zone.length() - 2);
      }
      return Optional.of(OffsetDateTime.parse(time + (time.getSecond() == 0 ? ":00" : "") + zone)
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
