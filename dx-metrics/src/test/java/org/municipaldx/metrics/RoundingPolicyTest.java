package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class RoundingPolicyTest {
  private static final RoundingPolicy HALF_UP = RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.WHOLE);
  private static final RoundingPolicy HALF_EVEN = RoundingPolicy.of(RoundingMode.HALF_EVEN, RoundingPolicy.WHOLE);
  private static final RoundingPolicy FLOOR = RoundingPolicy.of(RoundingMode.FLOOR, RoundingPolicy.WHOLE);
  private static final RoundingPolicy CEILING = RoundingPolicy.of(RoundingMode.CEILING, RoundingPolicy.WHOLE);

  @Test
  void seed_45min_x_1166_is_874_5_hours_half_up_875_half_even_874() {
    // 45 × 1,166 = 52,470 min; 52,470 / 60 = 874.5 h exactly
    Rational h = Units.hours(52_470);
    assertThat(h).isEqualTo(Rational.of(1749, 2));
    assertThat(HALF_UP.apply(h)).isEqualByComparingTo("875");
    assertThat(HALF_EVEN.apply(h)).isEqualByComparingTo("874");
    assertThat(FLOOR.apply(h)).isEqualByComparingTo("874");
    assertThat(CEILING.apply(h)).isEqualByComparingTo("875");
    assertThat(RoundingPolicy.seed(RoundingMode.HALF_UP).apply(h)).isEqualByComparingTo("874.5");
  }

  @Test
  void seed_80000min_is_1333_33_hours_only_ceiling_prints_1334() {
    // 5 × 64 × 250 = 80,000 min; 80,000 / 60 = 1,333.33… h; the seed prints 1,334
    Rational h = Units.hours(80_000);
    assertThat(HALF_UP.apply(h)).isEqualByComparingTo("1333");
    assertThat(CEILING.apply(h)).isEqualByComparingTo("1334");
    assertThat(RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.HALF).apply(h)).isEqualByComparingTo("1333.5");
    assertThat(RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH).apply(h)).isEqualByComparingTo("1333.3");
    assertThat(RoundingPolicy.of(RoundingMode.CEILING, RoundingPolicy.TENTH).apply(h)).isEqualByComparingTo("1333.4");
  }

  @Test
  void seed_17500min_is_291_67_hours_the_seed_prints_291_floor() {
    // 5 × 3,500 = 17,500 min; 17,500 / 60 = 291.66… h
    Rational h = Units.hours(17_500);
    assertThat(FLOOR.apply(h)).isEqualByComparingTo("291");
    assertThat(HALF_UP.apply(h)).isEqualByComparingTo("292");
  }

  @Test
  void seed_policy_prints_one_decimal_exactly_651_5() {
    // 30 × 1,303 = 39,090 min = 651.5 h: the seed prints 651.5
    assertThat(RoundingPolicy.seed(RoundingMode.HALF_UP).hours(39_090)).isEqualTo(new BigDecimal("651.5"));
    assertThat(HALF_UP.hours(39_090)).isEqualTo(new BigDecimal("652"));
    // 0.25 h (15 min) has two decimals: rounded
    assertThat(RoundingPolicy.seed(RoundingMode.HALF_UP).hours(15)).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void results_have_no_trailing_zeros() {
    assertThat(RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH).hours(68_000 * 60L).toPlainString())
        .isEqualTo("68000");
  }

  @Test
  void negative_values_round_by_mode_direction() {
    Rational h = Rational.of(-7, 2); // −3.5
    assertThat(HALF_UP.apply(h)).isEqualByComparingTo("-4");
    assertThat(HALF_EVEN.apply(h)).isEqualByComparingTo("-4");
    assertThat(FLOOR.apply(h)).isEqualByComparingTo("-4");
    assertThat(CEILING.apply(h)).isEqualByComparingTo("-3");
  }

  @Test
  void to_string_and_parse() {
    assertThat(RoundingPolicy.DEFAULT).hasToString("HALF_UP/1");
    assertThat(RoundingPolicy.seed(RoundingMode.CEILING)).hasToString("CEILING/1 exact/0.1");
    assertThat(RoundingPolicy.parse("FLOOR/0.5")).isEqualTo(RoundingPolicy.of(RoundingMode.FLOOR, RoundingPolicy.HALF));
    assertThat(RoundingPolicy.parse("HALF_EVEN/1 exact/0.1")).isEqualTo(RoundingPolicy.seed(RoundingMode.HALF_EVEN));
    assertThat(RoundingPolicy.standardCandidates()).hasSize(16).doesNotHaveDuplicates();
  }

  @Test
  void rejects_bad_input_naming_it() {
    assertThatThrownBy(() -> RoundingPolicy.of(RoundingMode.UNNECESSARY, BigDecimal.ONE))
        .hasMessageContaining("UNNECESSARY");
    assertThatThrownBy(() -> RoundingPolicy.of(RoundingMode.HALF_UP, BigDecimal.ZERO))
        .hasMessageContaining("increment").hasMessageContaining("'0'");
    assertThatThrownBy(() -> RoundingPolicy.parse("NEAREST/1")).hasMessageContaining("unknown mode 'NEAREST'");
    assertThatThrownBy(() -> RoundingPolicy.parse("half up")).hasMessageContaining("'half up'");
    assertThatThrownBy(() -> RoundingPolicy.DEFAULT.exactWithin(10)).hasMessageContaining("'10'");
  }

  @Test
  void headline_217820_hours_are_9075_calendar_days_floored() {
    // seed: 217,820時間 (9,075日分に相当); 217,820 / 24 = 9,075.833…: 9,075 is FLOOR, half-up would give 9,076
    Rational days = DayBasis.CALENDAR.days(217_820L * 60);
    assertThat(days).isEqualTo(Rational.of(54_455, 6));
    assertThat(FLOOR.apply(days)).isEqualByComparingTo("9075");
    assertThat(HALF_UP.apply(days)).isEqualByComparingTo("9076");
  }

  @Test
  void working_days_use_the_configured_hours() {
    DayBasis d = DayBasis.working(new BigDecimal("7.75"));
    assertThat(d.minutesPerDay()).isEqualTo(465);
    // 217,820 h / 7.75 h = 28,105.806… working days
    assertThat(d.days(Rational.of(217_820))).isEqualTo(Rational.of(871_280, 31));
    assertThat(RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH).apply(d.days(217_820L * 60)))
        .isEqualByComparingTo("28105.8");
    assertThat(d).hasToString("7.75h");
    assertThat(DayBasis.parse("24h")).isEqualTo(DayBasis.CALENDAR);
    assertThatThrownBy(() -> DayBasis.working(new BigDecimal("25"))).hasMessageContaining("'25'");
    assertThatThrownBy(() -> DayBasis.working(new BigDecimal("7.001"))).hasMessageContaining("whole number of minutes");
    assertThatThrownBy(() -> DayBasis.parse("8 hours")).hasMessageContaining("'8 hours'");
  }

  @Test
  void rational_basics() {
    assertThat(Rational.of(136_840, 60)).isEqualTo(Rational.of(6842, 3)).hasToString("6842/3");
    assertThat(Rational.of(6, -4)).hasToString("-3/2");
    assertThat(Rational.parse("-3/2")).isEqualTo(Rational.of(-3, 2));
    assertThat(Rational.of(0, -5)).isEqualTo(Rational.ZERO);
    assertThat(Rational.of(new BigDecimal("165978.5"))).isEqualTo(Units.hours(9_958_710));
    assertThat(Rational.of(1, 3).plus(Rational.of(1, 6))).isEqualTo(Rational.of(1, 2));
    assertThat(Rational.of(1, 3).compareTo(Rational.of(33, 100))).isPositive();
    assertThat(Rational.of(1, 2).terminatesWithin(1)).isTrue();
    assertThat(Rational.of(1, 4).terminatesWithin(1)).isFalse();
    assertThat(Rational.of(1, 3).toBigDecimalExact()).isEmpty();
    assertThatThrownBy(() -> Rational.of(1, 0)).hasMessageContaining("1/0");
    assertThatThrownBy(() -> Rational.parse("1/x")).hasMessageContaining("'1/x'");
  }

  @Test
  void exact_figures_print_with_an_ellipsis_when_they_do_not_terminate() {
    assertThat(Figures.exact(Units.hours(80_000))).isEqualTo("1,333.33…");
    assertThat(Figures.exact(Units.hours(52_470))).isEqualTo("874.5");
    assertThat(Figures.group(new BigDecimal("9958710"))).isEqualTo("9,958,710");
    assertThat(Figures.triangle(new BigDecimal("-7387"))).isEqualTo("△7,387");
  }

  @Test
  void minutes_from_hours_are_exact() {
    assertThat(Units.minutes(new BigDecimal("0.5"))).isEqualTo(30);
    assertThatThrownBy(() -> Units.minutes(new BigDecimal("0.01"))).hasMessageContaining("'0.01'");
  }

  @Test
  void equals_contracts() {
    EqualsVerifier.forClass(Rational.class).withNonnullFields("numerator", "denominator").verify();
    // the factory strips trailing zeros from the increment, so equals() on it is numeric equality
    EqualsVerifier.forClass(RoundingPolicy.class).withNonnullFields("mode", "increment")
        .suppress(Warning.BIGDECIMAL_EQUALITY).verify();
    EqualsVerifier.forClass(DayBasis.class).verify();
  }
}
