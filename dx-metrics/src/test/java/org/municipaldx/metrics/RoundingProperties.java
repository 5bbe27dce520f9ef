package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.metrics.MetricsTrials.API;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

class RoundingProperties {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  /**
   * Reference: hours as a 40-digit BigDecimal (truncated), divided by the increment, rounded by
   * BigDecimal.setScale. Truncation cannot cross a rounding boundary: m/60 is either exact at 40
   * digits or at least 1/120 away from any multiple of 1/2.
   */
  static BigDecimal reference(long minutes, RoundingMode mode, BigDecimal increment) {
    BigDecimal hours = BigDecimal.valueOf(minutes).divide(SIXTY, 40, RoundingMode.DOWN);
    return hours.divide(increment).setScale(0, mode).multiply(increment);
  }

  @Test
  void rounding_agrees_with_big_decimal() {
    API.longs(-1_000_000_000_000_000L, 1_000_000_000_000_000L).and(MetricsTrials.modes()).and(MetricsTrials.increments())
        .withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo((minutes, mode, increment) -> {
          BigDecimal got = RoundingPolicy.of(mode, increment).hours(minutes);
          assertThat(got).isEqualByComparingTo(reference(minutes, mode, increment));
        });
  }

  @Test
  void small_values_agree_with_big_decimal() {
    API.longs(-200, 200).and(MetricsTrials.modes()).and(MetricsTrials.increments())
        .withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo((minutes, mode, increment) ->
            assertThat(RoundingPolicy.of(mode, increment).hours(minutes)).isEqualByComparingTo(reference(minutes, mode, increment)));
  }

  @Test
  void seed_policy_is_exact_within_one_decimal_else_whole() {
    API.longs(-10_000_000, 10_000_000).and(MetricsTrials.modes()).withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo((minutes, mode) -> {
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
    });
  }

  @Test
  void result_is_a_multiple_of_the_increment_within_one_increment() {
    API.longs(-100_000_000, 100_000_000).and(MetricsTrials.modes()).and(MetricsTrials.increments())
        .withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo((minutes, mode, increment) -> {
          BigDecimal got = RoundingPolicy.of(mode, increment).hours(minutes);
          assertThat(got.remainder(increment).signum()).isZero();
          Rational diff = Rational.of(got).minus(Units.hours(minutes));
          assertThat(diff.compareTo(Rational.of(increment))).isLessThan(0);
          assertThat(diff.compareTo(Rational.of(increment.negate()))).isGreaterThan(0);
        });
  }

  @Test
  void policy_to_string_parses_back() {
    MetricsTrials.modes().and(MetricsTrials.increments()).and(API.booleans()).withLimits(TrialScale.trials(100), TrialScale.limits())
        .supplyTo((mode, increment, exact) -> {
          RoundingPolicy p = RoundingPolicy.of(mode, increment);
          if (exact) {
            p = p.exactWithin(1);
          }
          assertThat(RoundingPolicy.parse(p.toString())).isEqualTo(p);
        });
  }

  @Test
  void rational_to_string_parses_back() {
    API.longs().and(API.longs(1, Long.MAX_VALUE)).withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo((n, d) -> {
      Rational r = Rational.of(n, d);
      assertThat(Rational.parse(r.toString())).isEqualTo(r);
    });
  }
}
