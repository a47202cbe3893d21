package org.medsoc.platform.input;

import java.time.LocalDate;
import java.util.Optional;
import org.medsoc.kernel.input.Limits;

/**
 * What text and dates a request may carry, wherever they come in (a JSON body, a path, a query): no
 * control characters but tab and newline (a CRLF pair is taken as a newline), no half of a
 * surrogate pair, nothing longer than the longest text anyone writes here, and no date outside the
 * years a society's records can span.
 */
public final class TextInput {

  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

  private TextInput() {}

  /** CRLF pairs become newlines, as browsers send them from a text area. */
  public static String normalized(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
  }

  /** Why the text is refused, if it is. */
  public static Optional<String> refusal(String text) {
    if (text.length() > Limits.LETTER) {
      return Optional.of("must be at most " + Limits.LETTER + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n') {
        return Optional.of("must not contain control characters (found U+%04X)".formatted((int) c));
      }
      if (Character.isHighSurrogate(c)
          && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
        return Optional.of("must not contain half of a surrogate pair");
      }
      if (Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        return Optional.of("must not contain half of a surrogate pair");
      }
    }
    return Optional.empty();
  }

  /** Why the date is refused, if it is. */
  public static Optional<String> refusal(LocalDate date) {
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      return Optional.of("must be between " + EARLIEST_DATE + " and " + LATEST_DATE);
    }
    return Optional.empty();
  }
}
