package org.municipaldx.metrics;

import java.math.BigDecimal;
import java.util.Objects;
import org.municipaldx.core.InputLimits;
import org.municipaldx.core.internal.Checks;

/**
 * Prints figures as the source material does: thousands separators ({@code 9,958,710}), decimals
 * only when there are some ({@code 165,978.5}, {@code 1,134}), and optionally {@code △} for a
 * decrease ({@code △7,387}) with no sign for an increase ({@code 4,445}), the Japanese convention
 * in budget and survey tables.
 */
public final class Figures {
  /** The mark of a negative figure in Japanese tables. */
  public static final char DECREASE = '△';

  private Figures() {}

  /**
   * {@return e.g. {@code 68,000} or {@code -12}, never null}
   *
   * @param value  the figure
   */
  public static String group(long value) {
    return group(BigDecimal.valueOf(value));
  }

  /**
   * {@return the plain figure without trailing zeros and with separators, {@code -} for negatives,
   * never null}
   *
   * @param value  the figure, not null
   */
  public static String group(BigDecimal value) {
    Objects.requireNonNull(value, "value: must not be null");
    return groupPlain(RoundingPolicy.strip(value));
  }

  private static String groupPlain(BigDecimal v) {
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < intPart.length(); i++) {
      if (i > 0 && (intPart.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(intPart.charAt(i));
    }
    if (dot >= 0) {
      sb.append(plain, dot, plain.length());
    }
    return (v.signum() < 0 ? "-" : "") + sb;
  }

  /**
   * Prints a figure with separators and the decimals it was written with: {@code 9.0} stays
   * {@code 9.0} and {@code 651.50} stays {@code 651.50}, so that reading it back gives an equal
   * {@link BigDecimal}; a negative scale ({@code 1E+1}) prints as a whole number ({@code 10}).
   *
   * @param value  the figure, not null
   * @return e.g. {@code 1,303.50}, never null
   */
  public static String groupAsWritten(BigDecimal value) {
    Objects.requireNonNull(value, "value: must not be null");
    return groupPlain(value.scale() < 0 ? value.setScale(0) : value);
  }

  /**
   * {@return {@code △7,387} for −7387, {@code 4,445} for 4445, {@code 0} for zero, never null}
   *
   * @param value  the figure, not null
   */
  public static String triangle(BigDecimal value) {
    String g = group(value.abs());
    return value.signum() < 0 ? DECREASE + g : g;
  }

  /**
   * {@return the value with separators: exact if its decimal expansion terminates ({@code 874.5}),
   * else truncated to two decimals and marked {@code …} ({@code 1,333.33…}), never null}
   *
   * @param value  an exact value, not null
   */
  public static String exact(Rational value) {
    Objects.requireNonNull(value, "value: must not be null");
    return value.toBigDecimalExact().map(Figures::group)
        .orElseGet(() -> group(value.round(2, java.math.RoundingMode.DOWN)) + "…");
  }

  /**
   * Reads a figure as printed in Japanese tables: {@code △7,387}, {@code ▲7,387}, {@code -7,387},
   * {@code 4,445}, {@code １６５，９７８．５}; separators must group three digits. At most
   * {@link InputLimits#MAX_NUMBER_LENGTH} characters besides separators; linear in the text's length.
   *
   * @param text  the figure, not null
   * @return its value, never null
   * @throws IllegalArgumentException if the text is not such a figure
   */
  public static BigDecimal parse(CharSequence text) {
    Objects.requireNonNull(text, "text: must not be null");
    String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == DECREASE || s.charAt(0) == '▲' || s.charAt(0) == '-' || s.charAt(0) == '−')) {
      negative = true;
      s = s.substring(1);
    }
    // counted before the pattern is tried: longer numbers would make BigDecimal quadratic (issue 13, D6)
    long length = s.chars().filter(c -> c != ',').count();
    if (length > InputLimits.MAX_NUMBER_LENGTH) {
      throw Checks.invalid("Figure", "", Checks.quote(text), "cannot be parsed: a figure has at most "
          + InputLimits.MAX_NUMBER_LENGTH + " characters besides separators (InputLimits.MAX_NUMBER_LENGTH)");
    }
    if (!s.matches("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?")) {
      throw Checks.invalid("Figure", "", Checks.quote(text), "cannot be parsed: expected e.g. 7,387, △7,387 or 165,978.5");
    }
    BigDecimal v = new BigDecimal(s.replace(",", ""));
    return negative ? v.negate() : v;
  }
}
