package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InputLimits;
import org.municipaldx.core.InvalidValueException;

/**
 * The edges of {@link RoundingPolicy}'s and {@link Rational}'s rules that the issue 13y PIT run found unchecked:
 * each limit at exactly its value (accepted) and one past it (refused with the limit's rule).
 */
class NumberLimitsEdgeCasesTest {
  private static final int MAX = InputLimits.MAX_NUMBER_LENGTH;

  private static InvalidValueException refused(Runnable r) {
    InvalidValueException e = catchThrowableOfType(r::run, InvalidValueException.class);
    assertThat(e).as("an InvalidValueException").isNotNull();
    return e;
  }

  @Test
  void exactDecimalsRunFromZeroToNine() {
    // RoundingPolicy 111 (both bounds), 171-181 (the accessors)
    RoundingPolicy p = RoundingPolicy.of(RoundingMode.FLOOR, new BigDecimal("0.5"));
    assertThat(p.mode()).isEqualTo(RoundingMode.FLOOR);
    assertThat(p.increment()).isEqualByComparingTo("0.5");
    assertThat(p.exactDecimals()).isEqualTo(OptionalInt.empty());
    assertThat(p.exactWithin(0).exactDecimals()).isEqualTo(OptionalInt.of(0));
    assertThat(p.exactWithin(9).exactDecimals()).isEqualTo(OptionalInt.of(9));
    for (int bad : new int[] {-1, 10}) {
      InvalidValueException e = refused(() -> p.exactWithin(bad));
      assertThat(e.field()).isEqualTo("exactDecimals");
      assertThat(e.value()).isEqualTo(Integer.toString(bad));
      assertThat(e.rule()).isEqualTo("must be from 0 to 9");
    }
  }

  @Test
  void exactWithinZeroDecimalsPrintsAnIntegerAsIs() {
    // RoundingPolicy 192 (exactDecimals >= 0 -> > 0): 3 is exact with 0 decimals; rounded to steps of 2 it would be 4
    RoundingPolicy p = RoundingPolicy.of(RoundingMode.HALF_UP, new BigDecimal("2")).exactWithin(0);
    assertThat(p.apply(Rational.of(3))).isEqualByComparingTo("3");
    assertThat(p.apply(Rational.of(7, 2))).isEqualByComparingTo("4");
  }

  @Test
  void aPolicysTextAndNumbersMayBeExactlyAsLongAsTheLimits() {
    // RoundingPolicy 127: a text of exactly 2 × MAX + 20 characters is read (and fails on its form, not its length)
    assertThat(refused(() -> RoundingPolicy.parse("x".repeat(2 * MAX + 20))).rule())
        .startsWith("cannot be parsed: expected MODE/increment");
    assertThat(refused(() -> RoundingPolicy.parse("x".repeat(2 * MAX + 21))).rule())
        .startsWith("cannot be parsed: numbers have at most " + MAX + " characters");
    // 142: an increment of exactly MAX characters is read, one more is refused
    assertThat(RoundingPolicy.parse("HALF_UP/" + "1".repeat(MAX)).increment()).isEqualByComparingTo("1".repeat(MAX));
    assertThat(refused(() -> RoundingPolicy.parse("HALF_UP/" + "1".repeat(MAX + 1))).rule())
        .startsWith("cannot be parsed: numbers have at most " + MAX + " characters");
    // 143: an exact-decimals number of exactly MAX characters passes the length rule and meets the 0-9 rule
    String longTenth = "0." + "0".repeat(MAX - 3) + "1";
    assertThat(longTenth).hasSize(MAX);
    InvalidValueException scale = refused(() -> RoundingPolicy.parse("HALF_UP/1 exact/" + longTenth));
    assertThat(scale.field()).isEqualTo("exactDecimals");
    assertThat(scale.rule()).isEqualTo("must be from 0 to 9");
    assertThat(refused(() -> RoundingPolicy.parse("HALF_UP/1 exact/0." + "0".repeat(MAX - 2) + "1")).rule())
        .startsWith("cannot be parsed: numbers have at most " + MAX + " characters");
  }

  @Test
  void aRationalsSlashFirstLeavesAnEmptyNumerator() {
    // Rational 120-121 (slash < 0 -> <= 0): a slash at index 0 is a slash; its denominator alone is measured
    assertThat(refused(() -> Rational.parse("/" + "1".repeat(MAX))).rule()).isEqualTo("cannot be parsed: expected n or n/d");
    assertThat(refused(() -> Rational.parse("/" + "1".repeat(MAX + 1))).rule())
        .startsWith("cannot be parsed: numerator and denominator have at most " + MAX + " characters each");
    assertThat(Rational.parse("1".repeat(MAX) + "/" + "3".repeat(MAX))).isNotNull();
  }

  @Test
  void aPolicyExactWithinZeroDecimalsPrintsExactOneAndReadsBack() {
    // RoundingPolicy 238 (exactDecimals < 0 -> <= 0): 0 decimals is a setting, printed as exact/1
    RoundingPolicy p = RoundingPolicy.of(RoundingMode.FLOOR, new BigDecimal("0.5")).exactWithin(0);
    assertThat(p).hasToString("FLOOR/0.5 exact/1");
    assertThat(RoundingPolicy.parse(p.toString())).isEqualTo(p);
    assertThat(RoundingPolicy.of(RoundingMode.FLOOR, new BigDecimal("0.5"))).hasToString("FLOOR/0.5");
  }

  @Test
  void sumsNeverCountMoreOnlineCasesThanCases() {
    // batch.Sums 31 (the online <= total rule removed): equal is allowed, one more is refused on the field online
    assertThat(new org.municipaldx.metrics.batch.Sums(0, 2, 2).online()).isEqualTo(2);
    InvalidValueException e = refused(() -> new org.municipaldx.metrics.batch.Sums(0, 3, 2));
    assertThat(e.type()).isEqualTo("Sums");
    assertThat(e.field()).isEqualTo("online");
    assertThat(e.rule()).isEqualTo("must not exceed total (2)");
  }
}
