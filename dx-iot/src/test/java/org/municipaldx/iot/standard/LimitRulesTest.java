package org.municipaldx.iot.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.iot.Quantity;

/** The bounds, dates and invariants of a {@link Limit}. */
class LimitRulesTest {
  private static final String SOURCE = "建築物における衛生的環境の確保に関する法律施行令 第2条第1号イ";

  private static Limit.Builder temperature() {
    return (Limit.Builder) Limit.builder().quantity(Quantity.AIR_TEMPERATURE).judgement(Judgement.PER_READING)
        .source(SOURCE);
  }

  private static Limit between(String lower, String upper) {
    return temperature().lower(new BigDecimal(lower)).upper(new BigDecimal(upper)).build();
  }

  private static Limit dated(String from, String until) {
    Limit.Builder b = temperature();
    b.upper(new BigDecimal("28"));
    if (from != null) {
      b.effectiveFrom(LocalDate.parse(from));
    }
    if (until != null) {
      b.effectiveUntil(LocalDate.parse(until));
    }
    return b.build();
  }

  private static void invalid(Limit.Builder b, String field, String rule) {
    assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.type()).isEqualTo("Limit");
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  @Test
  void bothBoundsAreInclusive() {
    Limit l = between("17", "28");
    assertThat(l.within(new BigDecimal("17"))).isTrue();
    assertThat(l.within(new BigDecimal("16.9"))).isFalse();
    assertThat(l.within(new BigDecimal("28.0"))).isTrue();
    assertThat(l.within(new BigDecimal("28.1"))).isFalse();
  }

  @Test
  void aMissingBoundLimitsNothingOnItsSide() {
    Limit upperOnly = temperature().upper(new BigDecimal("28")).build();
    Limit lowerOnly = temperature().lower(new BigDecimal("17")).build();
    assertThat(upperOnly.within(new BigDecimal("-40"))).isTrue();
    assertThat(upperOnly.within(new BigDecimal("29"))).isFalse();
    assertThat(lowerOnly.within(new BigDecimal("60"))).isTrue();
    assertThat(lowerOnly.within(new BigDecimal("16"))).isFalse();
    assertThat(upperOnly.meanWithin(new BigDecimal("-400"), 3)).isTrue();
    assertThat(lowerOnly.meanWithin(new BigDecimal("600"), 3)).isTrue();
  }

  @Test
  void theMeanIsJudgedExactlyWithItsBoundsInclusive() {
    Limit l = between("17", "28");
    // two readings: the mean is within when 34 ≤ sum ≤ 56
    assertThat(l.meanWithin(new BigDecimal("34"), 2)).isTrue();
    assertThat(l.meanWithin(new BigDecimal("33.99"), 2)).isFalse();
    assertThat(l.meanWithin(new BigDecimal("56"), 2)).isTrue();
    assertThat(l.meanWithin(new BigDecimal("56.01"), 2)).isFalse();
    // a mean of 28.000…01 over three readings, which no finite decimal division would state
    assertThat(l.meanWithin(new BigDecimal("84.0000000000000000001"), 3)).isFalse();
  }

  @Test
  void theFirstDayIsInForceAndTheUntilDayIsNot() {
    Limit l = dated("2022-04-01", "2023-04-01");
    assertThat(l.inForceOn(LocalDate.parse("2022-03-31"))).isFalse();
    assertThat(l.inForceOn(LocalDate.parse("2022-04-01"))).isTrue();
    assertThat(l.inForceOn(LocalDate.parse("2023-03-31"))).isTrue();
    assertThat(l.inForceOn(LocalDate.parse("2023-04-01"))).isFalse();
    Limit open = dated(null, null);
    assertThat(open.inForceOn(LocalDate.parse("1900-01-01"))).isTrue();
    assertThat(open.inForceOn(LocalDate.parse("2999-01-01"))).isTrue();
  }

  @Test
  void limitsOverlapWhenTheyShareADay() {
    Limit fy2022 = dated("2022-04-01", "2023-04-01");
    Limit fromFy2023 = dated("2023-04-01", null);
    Limit untilFy2022 = dated(null, "2022-04-01");
    Limit lastDayOfFy2022 = dated("2023-03-31", "2023-04-01");
    Limit always = dated(null, null);
    assertThat(fy2022.overlaps(fromFy2023)).isFalse();
    assertThat(fromFy2023.overlaps(fy2022)).isFalse();
    assertThat(fy2022.overlaps(untilFy2022)).isFalse();
    assertThat(untilFy2022.overlaps(fy2022)).isFalse();
    assertThat(fy2022.overlaps(lastDayOfFy2022)).isTrue();
    assertThat(lastDayOfFy2022.overlaps(fy2022)).isTrue();
    assertThat(always.overlaps(fy2022)).isTrue();
    assertThat(fy2022.overlaps(always)).isTrue();
    assertThat(untilFy2022.overlaps(fromFy2023)).isFalse();
    assertThat(fromFy2023.overlaps(untilFy2022)).isFalse();
    assertThat(untilFy2022.overlaps(untilFy2022)).isTrue();
  }

  @Test
  void theBoundsAreDescribedAsJapaneseStandardsWriteThem() {
    assertThat(between("17", "28").describe()).isEqualTo("17°C以上28°C以下");
    assertThat(temperature().lower(new BigDecimal("17")).build().describe()).isEqualTo("17°C以上");
    assertThat(Limit.builder().quantity(Quantity.CO2).judgement(Judgement.PER_READING).source(SOURCE)
        .upper(new BigDecimal("1000")).build().describe()).isEqualTo("1000ppm以下");
  }

  @Test
  void aLimitHasAtLeastOneBound() {
    invalid(temperature(), "lower/upper", "at least one bound is required");
  }

  @Test
  void theLowerBoundDoesNotExceedTheUpper() {
    invalid((Limit.Builder) temperature().lower(new BigDecimal("28.1")).upper(new BigDecimal("28")), "lower",
        "must not exceed upper 28");
    assertThat(between("28", "28").within(new BigDecimal("28"))).isTrue();
  }

  @Test
  void theUntilDayComesAfterTheFirstDay() {
    invalid((Limit.Builder) temperature().upper(new BigDecimal("28")).effectiveFrom(LocalDate.parse("2023-04-01"))
        .effectiveUntil(LocalDate.parse("2023-04-01")), "effectiveUntil", "must be after effectiveFrom 2023-04-01");
    assertThat(dated("2023-04-01", "2023-04-02").inForceOn(LocalDate.parse("2023-04-01"))).isTrue();
  }

  @Test
  void theSourceIsNotBlank() {
    invalid((Limit.Builder) Limit.builder().quantity(Quantity.AIR_TEMPERATURE).judgement(Judgement.PER_READING)
        .upper(new BigDecimal("28")).source(" "), "source", "must not be blank");
  }
}
