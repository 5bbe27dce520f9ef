package org.municipaldx.iot.lpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * An LPP field's value check (issue 13, the D4 class of bug): a value with a huge exponent is rejected
 * at once with an {@link IllegalArgumentException} whose message quotes it in scientific notation,
 * never expanded into its digits; before, {@code 1E+99999} took 62 s to divide by the step,
 * {@code 1E+999999999} threw {@link ArithmeticException}, and a message built with
 * {@code toPlainString()} could need a billion characters.
 */
class LppValueRobustnessTest {

  private static void rejectedWithin1s(String value, String message) {
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
        assertThatThrownBy(() -> LppValue.of(1, LppType.TEMPERATURE, new BigDecimal(value)))
            .isInstanceOf(org.municipaldx.core.InvalidValueException.class)
            // message: the LppType.Field rule ("value must be …"), quoted once, under LppValue.values[0]
            .hasMessage("LppValue.values[0]: of TEMPERATURE on channel 1: " + message.substring("value ".length())));
  }

  @Test
  void hugeExponentsAreRejectedQuicklyAndQuotedShort() {
    // rule: a temperature is a multiple of 0.1 °C from -3276.8 to 3276.7 (2 bytes signed)
    rejectedWithin1s("1e999999999", "value must be from -3276.8 to 3276.7 (was '1E+999999999')");
    rejectedWithin1s("-1e999999999", "value must be from -3276.8 to 3276.7 (was '-1E+999999999')");
    rejectedWithin1s("1e99999", "value must be from -3276.8 to 3276.7 (was '1E+99999')");
    rejectedWithin1s("1e-999999999", "value must be a multiple of 0.1 °C (was '1E-999999999')");
    rejectedWithin1s("3e-99999", "value must be a multiple of 0.1 °C (was '3E-99999')");
  }

  @Test
  void theRangeEndsAreIncludedAndOneStepBeyondIsNot() {
    // rule: from value(minRaw) to value(maxRaw) inclusive
    assertThat(LppValue.of(1, LppType.TEMPERATURE, new BigDecimal("3276.7")).values())
        .containsExactly(new BigDecimal("3276.7"));
    assertThat(LppValue.of(1, LppType.TEMPERATURE, new BigDecimal("-3276.8")).values())
        .containsExactly(new BigDecimal("-3276.8"));
    rejectedWithin1s("3276.8", "value must be from -3276.8 to 3276.7 (was '3276.8')");
    rejectedWithin1s("-3276.9", "value must be from -3276.8 to 3276.7 (was '-3276.9')");
  }

  @Test
  void trailingZerosAndZeroAreMultiplesOfTheStep() {
    // rule: a multiple of the step whatever its scale: 25.500 and 0.000 are multiples of 0.1,
    // 25.05 is not; values are kept at the step's scale
    assertThat(LppValue.of(1, LppType.TEMPERATURE, new BigDecimal("25.500")).values())
        .containsExactly(new BigDecimal("25.5"));
    assertThat(LppValue.of(1, LppType.TEMPERATURE, new BigDecimal("0.000")).values())
        .containsExactly(new BigDecimal("0.0"));
    assertThat(LppValue.of(1, LppType.TEMPERATURE, new BigDecimal("3E+3")).values())
        .containsExactly(new BigDecimal("3000.0"));
    rejectedWithin1s("25.05", "value must be a multiple of 0.1 °C (was '25.05')");
    assertThatThrownBy(() -> LppValue.of(1, LppType.RELATIVE_HUMIDITY, new BigDecimal("45.30")))
        .hasMessageEndingWith(": must be a multiple of 0.5 % (was '45.30')");
    assertThat(LppValue.of(1, LppType.RELATIVE_HUMIDITY, new BigDecimal("45.50")).values())
        .containsExactly(new BigDecimal("45.5"));
  }
}
