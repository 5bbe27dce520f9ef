package org.municipaldx.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.municipaldx.core.InvalidValueException;

/** Test assertion shared by dx-iot's value tests: a construction refused with its type, field and rule. */
public final class InvalidValues {
  private InvalidValues() {
  }

  /** Asserts that {@code r} throws an {@link InvalidValueException} naming exactly this type, field and rule. */
  public static void assertInvalid(Runnable r, String type, String field, String rule) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.type()).isEqualTo(type);
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }
}
