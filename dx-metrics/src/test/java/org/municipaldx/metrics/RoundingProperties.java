package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class RoundingProperties {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  @Provide
  Arbitrary<RoundingMode> modes() {
    return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING,
        RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN);
  }

  @Provide
  Arbitrary<BigDecimal> increments() {
    return Arbitraries.of(RoundingPolicy.WHOLE, RoundingPolicy.HALF, RoundingPolicy.TENTH);
  }

  /**
   * Reference: hours as a 40-digit BigDecimal (truncated), divided by the increment, rounded by
   * BigDecimal.setScale. Truncation cannot cross a rounding boundary: m/60 is either exact at 40
   * digits or at least 1/120 away from any multiple of 1/2.
   */
  static BigDecimal reference(long minutes, RoundingMode mode, BigDecimal increment) {
    BigDecimal hours = BigDecimal.valueOf(minutes).divide(SIXTY, 40, RoundingMode.DOWN);
    return hours.divide(increment).setScale(0, mode).multiply(increment);
  }

  @Property(tries = 300)
  void rounding_agrees_with_big_decimal(@ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long minutes,
      @ForAll("modes") RoundingMode mode, @ForAll("increments") BigDecimal increment) {
    BigDecimal got = RoundingPolicy.of(mode, increment).hours(minutes);
    assertThat(got).isEqualByComparingTo(reference(minutes, mode, increment));
  }

  @Property(tries = 300)
  void small_values_agree_with_big_decimal(@ForAll @LongRange(min = -200, max = 200) long minutes,
      @ForAll("modes") RoundingMode mode, @ForAll("increments") BigDecimal increment) {
    assertThat(RoundingPolicy.of(mode, increment).hours(minutes)).isEqualByComparingTo(reference(minutes, mode, increment));
  }

  @Property(tries = 300)
  void seed_policy_is_exact_within_one_decimal_else_whole(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long minutes,
      @ForAll("modes") RoundingMode mode) {
    BigDecimal got = RoundingPolicy.seed(mode).hours(minutes);
    BigDecimal exact;
    try {
      exact = BigDecimal.valueOf(minutes).divide(SIXTY);
    } catch (ArithmeticException nonTerminating) {
      exact = null;
    }
    if (exact != null && exact.stripTrailingZeros().scale() <= 1) {
      assertThat(got).isEqualByComparingTo(exact);
    } else {
      assertThat(got).isEqualByComparingTo(reference(minutes, mode, BigDecimal.ONE));
    }
  }

  @Property(tries = 200)
  void result_is_a_multiple_of_the_increment_within_one_increment(@ForAll @LongRange(min = -100_000_000, max = 100_000_000) long minutes,
      @ForAll("modes") RoundingMode mode, @ForAll("increments") BigDecimal increment) {
    BigDecimal got = RoundingPolicy.of(mode, increment).hours(minutes);
    assertThat(got.remainder(increment).signum()).isZero();
    Rational diff = Rational.of(got).minus(Units.hours(minutes));
    assertThat(diff.compareTo(Rational.of(increment))).isLessThan(0);
    assertThat(diff.compareTo(Rational.of(increment.negate()))).isGreaterThan(0);
  }

  @Property(tries = 100)
  void policy_to_string_parses_back(@ForAll("modes") RoundingMode mode, @ForAll("increments") BigDecimal increment,
      @ForAll boolean exact) {
    RoundingPolicy p = RoundingPolicy.of(mode, increment);
    if (exact) {
      p = p.exactWithin(1);
    }
    assertThat(RoundingPolicy.parse(p.toString())).isEqualTo(p);
  }

  @Property(tries = 200)
  void rational_to_string_parses_back(@ForAll long n, @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long d) {
    Rational r = Rational.of(n, d);
    assertThat(Rational.parse(r.toString())).isEqualTo(r);
  }
}
