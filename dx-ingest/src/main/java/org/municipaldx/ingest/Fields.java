package org.municipaldx.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Field values as offices write them: whole numbers with full-width digits and thousands commas,
 * normalised names. Thread-safe (no state).
 */
public final class Fields {
  private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");

  private Fields() {}

  /**
   * {@return the number if the text is 1 to 18 ASCII digits and nothing else, else -1}
   *
   * @param text  a field, not null
   */
  public static long plainWhole(CharSequence text) {
    int n = text.length();
    if (n == 0 || n > 18) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      int d = text.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /**
   * Reads a whole number ≥ 0 as offices write it: NFKC-folded (full-width digits), trimmed,
   * optionally grouped by commas ({@code 1,303}).
   *
   * @param text  the field, not null
   * @return the number
   * @throws IllegalArgumentException if the field is empty, not such a number, or beyond
   *     {@link Long#MAX_VALUE}; the message quotes the field and states the rule
   */
  public static long whole(String text) {
    long plain = plainWhole(text);
    if (plain >= 0) {
      return plain;
    }
    String s = nfkc(text).strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("the value is empty; expected a whole number ≥ 0");
    }
    if (!WHOLE.matcher(s).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a whole number ≥ 0 (digits,"
          + " optionally grouped by commas as in 1,303)");
    }
    try {
      return Long.parseLong(s.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is too large (at most "
          + Long.MAX_VALUE + ")");
    }
  }

  /**
   * {@return the text in Unicode normalisation form NFKC (full-width digits and letters folded),
   * never null}
   *
   * @param text  text, not null
   */
  public static String nfkc(CharSequence text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** {@return the text's length after copying it into {@code into} as ASCII, or -1 (see {@link Record#ascii})} */
  static int ascii(String text, byte[] into) {
    int n = text.length();
    if (n > into.length) {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      into[i] = (byte) c;
    }
    return n;
  }
}
