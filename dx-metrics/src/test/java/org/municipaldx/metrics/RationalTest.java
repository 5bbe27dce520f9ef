package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/**
 * {@link Rational}'s arithmetic stated figure by figure: lowest terms with a positive denominator,
 * each operation exact, division by zero refused (issue 13 part 4: mutation testing).
 */
class RationalTest {

  @Test
  void valuesAreKeptInLowestTermsWithAPositiveDenominator() {
    // rule: numerator / denominator reduced by their gcd; the sign is on the numerator
    Rational r = Rational.of(-136_840, -60);
    assertThat(r.numerator()).isEqualTo(BigInteger.valueOf(6842));
    assertThat(r.denominator()).isEqualTo(BigInteger.valueOf(3));
    assertThat(Rational.of(4, -6).numerator()).isEqualTo(BigInteger.valueOf(-2));
    assertThat(Rational.of(4, -6).denominator()).isEqualTo(BigInteger.valueOf(3));
    assertThat(Rational.of(7, 1).denominator()).isEqualTo(BigInteger.ONE);
    assertThat(Rational.of(0, 9).denominator()).isEqualTo(BigInteger.ONE);
    assertThat(Rational.of(12).numerator()).isEqualTo(BigInteger.valueOf(12));
  }

  @Test
  void aZeroDenominatorIsRefusedNamingIt() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Rational.of(BigInteger.TWO, BigInteger.ZERO));
    assertThat(e.type()).isEqualTo("Rational");
    assertThat(e.field()).isEqualTo("denominator");
    assertThat(e.value()).isEqualTo("2/0");
    assertThat(e.rule()).isEqualTo("must not be zero");
  }

  @Test
  void signumAndIsInteger() {
    assertThat(Rational.of(-1, 3).signum()).isEqualTo(-1);
    assertThat(Rational.ZERO.signum()).isZero();
    assertThat(Rational.of(1, 3).signum()).isEqualTo(1);
    assertThat(Rational.of(6, 3).isInteger()).isTrue();
    assertThat(Rational.of(6, 4).isInteger()).isFalse();
  }

  @Test
  void arithmeticIsExact() {
    // 1/3 − 1/2 = −1/6; 2/3 × 9/4 = 3/2; (3/4) ÷ (−3/8) = −2; −(5/7) = −5/7
    assertThat(Rational.of(1, 3).minus(Rational.of(1, 2))).isEqualTo(Rational.of(-1, 6));
    assertThat(Rational.of(2, 3).times(Rational.of(9, 4))).isEqualTo(Rational.of(3, 2));
    assertThat(Rational.of(3, 4).dividedBy(Rational.of(-3, 8))).isEqualTo(Rational.of(-2));
    assertThat(Rational.of(5, 7).negate()).isEqualTo(Rational.of(-5, 7));
    assertThat(Rational.of(5, 7).negate().denominator()).isEqualTo(BigInteger.valueOf(7));
    assertThat(Rational.of(1, 6).plus(Rational.of(1, 3))).isEqualTo(Rational.of(1, 2));
  }

  @Test
  void divisionByZeroIsAnArithmeticError() {
    ArithmeticException e = catchThrowableOfType(ArithmeticException.class, () -> Rational.of(3, 4).dividedBy(Rational.ZERO));
    assertThat(e).hasMessage("Rational: division of 3/4 by zero");
  }

  @Test
  void decimalsAreReadExactlyWhateverTheirScale() {
    // rule: 1.25 = 5/4; 1E+3 (negative scale) = 1000; 7 = 7
    assertThat(Rational.of(new BigDecimal("1.25"))).isEqualTo(Rational.of(5, 4));
    assertThat(Rational.of(new BigDecimal("1E+3"))).isEqualTo(Rational.of(1000));
    assertThat(Rational.of(new BigDecimal("7"))).isEqualTo(Rational.of(7));
    assertThat(Rational.of(5, 4).toBigDecimalExact()).contains(new BigDecimal("1.25"));
  }

  @Test
  void terminatesWithinCountsDecimals() {
    // 1/8 = 0.125: three decimals, not two; an integer terminates within 0
    assertThat(Rational.of(1, 8).terminatesWithin(3)).isTrue();
    assertThat(Rational.of(1, 8).terminatesWithin(2)).isFalse();
    assertThat(Rational.of(5).terminatesWithin(0)).isTrue();
  }

  @Test
  void roundUsesScaleAndMode() {
    // 2/3 = 0.666…: HALF_UP to 2 decimals 0.67, FLOOR 0.66; −2/3 CEILING to 1 decimal −0.6
    assertThat(Rational.of(2, 3).round(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0.67"));
    assertThat(Rational.of(2, 3).round(2, RoundingMode.FLOOR)).isEqualTo(new BigDecimal("0.66"));
    assertThat(Rational.of(-2, 3).round(1, RoundingMode.CEILING)).isEqualTo(new BigDecimal("-0.6"));
  }

  @Test
  void compareToOrdersByValue() {
    assertThat(Rational.of(-1, 2).compareTo(Rational.of(-1, 3))).isNegative();
    assertThat(Rational.of(2, 4).compareTo(Rational.of(1, 2))).isZero();
    assertThat(Rational.of(7, 3).compareTo(Rational.of(2))).isPositive();
  }

  @Test
  void parseReadsIntegersAndFractionsAndBoundsTheLength() {
    assertThat(Rational.parse("6842/3")).isEqualTo(Rational.of(6842, 3));
    assertThat(Rational.parse("-12")).isEqualTo(Rational.of(-12));
    assertThat(Rational.parse("4/6")).isEqualTo(Rational.of(2, 3));
    InvalidValueException bad = catchThrowableOfType(InvalidValueException.class, () -> Rational.parse("1.5"));
    assertThat(bad.type()).isEqualTo("Rational");
    assertThat(bad.rule()).isEqualTo("cannot be parsed: expected n or n/d");
    InvalidValueException zero = catchThrowableOfType(InvalidValueException.class, () -> Rational.parse("1/0"));
    assertThat(zero.field()).isEqualTo("denominator");
  }

  @Test
  void equalValuesHashEqually() {
    assertThat(Rational.of(2, 4).hashCode()).isEqualTo(Rational.of(1, 2).hashCode());
    assertThat(Rational.of(1, 2).hashCode()).isNotEqualTo(Rational.of(2, 1).hashCode());
  }
}
