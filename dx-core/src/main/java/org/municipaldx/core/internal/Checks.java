package org.municipaldx.core.internal;

import java.util.Collection;
import java.util.Objects;
import org.municipaldx.core.InvalidValueException;

/**
 * The one validation helper behind every factory, builder and {@code @Value.Check} of the model:
 * each failure names the type, the field, the value and the rule.
 *
 * <p>Not API: exported only to the library's own modules.
 */
public final class Checks {
  private Checks() {}

  /**
   * Fails with an {@link InvalidValueException} ({@code Type.field: rule (was 'value')}) unless
   * {@code condition} holds.
   */
  public static void check(boolean condition, String type, String field, Object value, String rule) {
    if (!condition) {
      throw invalid(type, field, value, rule);
    }
  }

  /**
   * {@return the exception for a value that breaks a rule, to throw: {@code Type.field: rule (was 'value')},
   * or with an empty field {@code Type 'value': rule} for a text parsed as a whole}
   */
  public static InvalidValueException invalid(String type, String field, Object value, String rule) {
    return new InvalidValueException(type, field, value, rule);
  }

  /** {@return as {@link #invalid(String, String, Object, String)}, keeping the cause} */
  public static InvalidValueException invalid(String type, String field, Object value, String rule, Throwable cause) {
    return new InvalidValueException(type, field, value, rule, cause);
  }

  public static String message(String type, String field, Object value, String rule) {
    return type + "." + field + ": " + rule + " (was '" + value + "')";
  }

  /**
   * A decimal for a message: plain ({@code 1234.5}) when that is short, else scientific
   * ({@code 1E+999999999}), so that a message never expands an outside value's exponent into a
   * billion digits (issue 13, D4).
   */
  public static String plain(java.math.BigDecimal value) {
    if (value == null) {
      return "null";
    }
    long plainLength = (long) value.precision() + Math.abs((long) value.scale()) + 2;
    return plainLength <= 2L * org.municipaldx.core.InputLimits.MAX_NUMBER_LENGTH ? value.toPlainString() : value.toString();
  }

  /**
   * Outside text for a message: itself when short, else its first 60 characters and its length, so that
   * a message about a megabyte of input is not a megabyte long.
   */
  public static String quote(CharSequence text) {
    if (text.length() <= 120) {
      return text.toString();
    }
    return text.subSequence(0, 60) + "…(" + text.length() + " characters)";
  }

  public static long nonNegative(long value, String type, String field) {
    check(value >= 0, type, field, value, "must be zero or more");
    return value;
  }

  public static int positive(int value, String type, String field) {
    check(value > 0, type, field, value, "must be positive");
    return value;
  }

  public static String notBlank(String value, String type, String field) {
    Objects.requireNonNull(value, () -> type + "." + field + ": must not be null");
    check(!value.isBlank(), type, field, value, "must not be blank");
    return value;
  }

  public static void noBlanks(Collection<String> values, String type, String field) {
    for (String v : values) {
      check(v != null && !v.isBlank(), type, field, v, "elements must not be blank");
    }
  }
}
