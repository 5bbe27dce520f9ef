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

  // ---- record helpers (issue 12: dx-dataset's records use these instead of a copy of this class)

  /** {@return {@code value}} @throws IllegalArgumentException {@code Type.field: must be present} if it is null */
  public static <T> T nonNull(T value, String type, String field) {
    check(value != null, type, field, null, "must be present");
    return value;
  }

  /** {@return {@code value}} @throws IllegalArgumentException unless it is a non-blank model id ({@link org.municipaldx.core.Ids#MODEL_ID_PATTERN}) */
  public static String id(String value, String type, String field) {
    nonNull(value, type, field);
    check(!value.isBlank(), type, field, value, "must not be blank");
    check(org.municipaldx.core.Ids.isModelId(value), type, field, value,
        "must match " + org.municipaldx.core.Ids.MODEL_ID_PATTERN);
    return value;
  }

  /** {@return an unmodifiable copy, empty for null} @throws IllegalArgumentException if an element is null */
  public static <T> java.util.List<T> list(java.util.List<T> values, String type, String field) {
    if (values == null) {
      return java.util.List.of();
    }
    for (T v : values) {
      check(v != null, type, field, null, "elements must not be null");
    }
    return java.util.List.copyOf(values);
  }

  /** {@return an unmodifiable copy, empty for null} @throws IllegalArgumentException if an element is blank */
  public static java.util.List<String> strings(java.util.List<String> values, String type, String field) {
    if (values == null) {
      return java.util.List.of();
    }
    noBlanks(values, type, field);
    return java.util.List.copyOf(values);
  }

  /** {@return {@code value}, or empty for null} */
  public static <T> java.util.Optional<T> optional(java.util.Optional<T> value) {
    return value == null ? java.util.Optional.empty() : value;
  }

  /** {@return {@code value}, or empty for null} @throws IllegalArgumentException if it holds a blank string */
  public static java.util.Optional<String> optionalNotBlank(java.util.Optional<String> value, String type, String field) {
    java.util.Optional<String> v = optional(value);
    v.ifPresent(s -> check(!s.isBlank(), type, field, s, "must not be blank"));
    return v;
  }
}
