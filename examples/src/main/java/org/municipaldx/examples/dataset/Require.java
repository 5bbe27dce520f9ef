package org.municipaldx.examples.dataset;

import java.util.List;
import java.util.Optional;
import org.municipaldx.core.Ids;

/** Validation helpers for the dataset records: every failure names the type, the field, the value and the rule. */
final class Require {
  private Require() {}

  static <T> T nonNull(T value, String type, String field) {
    if (value == null) {
      throw new IllegalArgumentException(type + "." + field + ": must be present (was 'null')");
    }
    return value;
  }

  static String notBlank(String value, String type, String field) {
    nonNull(value, type, field);
    check(!value.isBlank(), type, field, value, "must not be blank");
    return value;
  }

  static Optional<String> optionalNotBlank(Optional<String> value, String type, String field) {
    Optional<String> v = value == null ? Optional.empty() : value;
    v.ifPresent(s -> check(!s.isBlank(), type, field, s, "must not be blank"));
    return v;
  }

  static <T> Optional<T> optional(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  static List<String> strings(List<String> values, String type, String field) {
    if (values == null) {
      return List.of();
    }
    for (String v : values) {
      check(v != null && !v.isBlank(), type, field, v, "elements must not be blank");
    }
    return List.copyOf(values);
  }

  static <T> List<T> list(List<T> values, String type, String field) {
    if (values == null) {
      return List.of();
    }
    for (T v : values) {
      check(v != null, type, field, null, "elements must not be null");
    }
    return List.copyOf(values);
  }

  static void check(boolean condition, String type, String field, Object value, String rule) {
    if (!condition) {
      throw new IllegalArgumentException(type + "." + field + ": " + rule + " (was '" + value + "')");
    }
  }

  static String id(String value, String type, String field) {
    notBlank(value, type, field);
    check(value.matches(org.municipaldx.core.Ids.MODEL_ID_PATTERN), type, field, value,
        "must match " + org.municipaldx.core.Ids.MODEL_ID_PATTERN);
    return value;
  }
}
