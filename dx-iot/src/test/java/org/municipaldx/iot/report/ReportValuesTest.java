package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.InvalidValues;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Limit;

/** The invariants and derived figures of the report's values: {@link Span}, {@link SpanSummary}, {@link QuantityRow}, {@link LocationPeriod}. */
class ReportValuesTest {
  private static final Instant T0 = Instant.parse("2024-06-03T00:00:00Z");
  private static final Limit UPPER_28 = Limit.builder().quantity(Quantity.AIR_TEMPERATURE).upper(new BigDecimal("28"))
      .judgement(Judgement.PER_READING).source("建築物における衛生的環境の確保に関する法律施行令 第2条第1号イ").build();

  private static Span span(long startMinute, long minutes) {
    return new Span("s1", UPPER_28, true, T0.plusSeconds(60 * startMinute), T0.plusSeconds(60 * (startMinute + minutes)),
        1, new BigDecimal("29.5"), Optional.empty());
  }

  private static QuantityRow row(long judged, long outOfRange) {
    return new QuantityRow(Quantity.AIR_TEMPERATURE, judged, Optional.empty(), Optional.empty(), BigDecimal.ZERO,
        List.of(UPPER_28), Optional.of(Judgement.PER_READING), judged, outOfRange, Optional.empty(), List.of());
  }

  private static void invalid(Runnable r, String type, String field, String rule) {
    InvalidValues.assertInvalid(r, type, field, rule);
  }

  @Test
  void aSpanEndsNoEarlierThanItStartsAndHoldsAReading() {
    assertThat(span(0, 0).duration()).isZero();
    assertThat(span(10, 25).duration()).isEqualTo(Duration.ofMinutes(25));
    invalid(() -> new Span("s1", UPPER_28, true, T0, T0.minusMillis(1), 1, BigDecimal.ONE, Optional.empty()),
        "Span", "end", "must not be before start " + T0);
    invalid(() -> new Span("s1", UPPER_28, true, T0, T0, 0, BigDecimal.ONE, Optional.empty()),
        "Span", "readings", "must be positive");
  }

  @Test
  void theSummaryOfSpansIsTheirCountLongestFirstAndLastStart() {
    // not in time order: the summary does not rely on it
    SpanSummary s = SpanSummary.of(List.of(span(30, 5), span(0, 20), span(60, 20), span(10, 1)));
    assertThat(s).isEqualTo(new SpanSummary(4, 0, Optional.of(Duration.ofMinutes(20)), Optional.of(T0),
        Optional.of(T0.plusSeconds(3600))));
    assertThat(SpanSummary.of(List.of())).isEqualTo(new SpanSummary(0, 0, Optional.empty(), Optional.empty(),
        Optional.empty()));
    assertThat(SpanSummary.of(List.of(span(5, 3))).longest()).hasValue(Duration.ofMinutes(3));
  }

  @Test
  void aSummaryCountsAndStartsAgree() {
    Optional<Duration> d = Optional.of(Duration.ofMinutes(1));
    Optional<Instant> t = Optional.of(T0);
    invalid(() -> new SpanSummary(-1, 0, Optional.empty(), Optional.empty(), Optional.empty()),
        "SpanSummary", "count", "must not be negative");
    invalid(() -> new SpanSummary(1, -1, d, t, t), "SpanSummary", "notListed", "must be from 0 to count 1");
    invalid(() -> new SpanSummary(1, 2, d, t, t), "SpanSummary", "notListed", "must be from 0 to count 1");
    assertThat(new SpanSummary(1, 1, d, t, t).notListed()).isEqualTo(1);
    String presence = "longest, firstStart and lastStart are present iff count > 0";
    invalid(() -> new SpanSummary(1, 0, Optional.empty(), t, t), "SpanSummary", "longest", presence);
    invalid(() -> new SpanSummary(1, 0, d, Optional.empty(), t), "SpanSummary", "longest", presence);
    invalid(() -> new SpanSummary(1, 0, d, t, Optional.empty()), "SpanSummary", "longest", presence);
    invalid(() -> new SpanSummary(0, 0, d, Optional.empty(), Optional.empty()), "SpanSummary", "longest", presence);
    invalid(() -> new SpanSummary(2, 0, d, t, Optional.of(T0.minusMillis(1))), "SpanSummary", "lastStart",
        "must not be before firstStart " + T0);
    assertThat(new SpanSummary(2, 0, d, t, t).lastStart()).hasValue(T0);
  }

  @Test
  void aRowJudgesNoMoreReadingsOutOfRangeThanItJudged() {
    assertThat(row(3, 3).complies()).hasValue(false);
    assertThat(row(3, 0).complies()).hasValue(true);
    assertThat(row(0, 0).complies()).isEmpty();
    invalid(() -> row(3, 4), "QuantityRow", "outOfRange", "must be from 0 to judged 3");
    invalid(() -> row(3, -1), "QuantityRow", "outOfRange", "must be from 0 to judged 3");
  }

  @Test
  void aRowsSpanSummaryCountsTheSpansItLists() {
    List<Span> spans = List.of(span(0, 5), span(10, 5));
    SpanSummary capped = new SpanSummary(5, 3, Optional.of(Duration.ofMinutes(9)), Optional.of(T0),
        Optional.of(T0.plusSeconds(6000)));
    QuantityRow r = new QuantityRow(Quantity.AIR_TEMPERATURE, 9, Optional.empty(), Optional.empty(), BigDecimal.ZERO,
        List.of(UPPER_28), Optional.of(Judgement.PER_READING), 9, 5, Optional.empty(), spans, capped);
    assertThat(r.spanSummary().notListed()).isEqualTo(3);
    SpanSummary wrong = new SpanSummary(5, 2, Optional.of(Duration.ofMinutes(9)), Optional.of(T0),
        Optional.of(T0.plusSeconds(6000)));
    invalid(() -> new QuantityRow(Quantity.AIR_TEMPERATURE, 9, Optional.empty(), Optional.empty(), BigDecimal.ZERO,
        List.of(UPPER_28), Optional.of(Judgement.PER_READING), 9, 5, Optional.empty(), spans, wrong),
        "QuantityRow", "spanSummary", "must count the 2 spans listed as count − notListed");
    // the short constructor summarises the spans it is given
    assertThat(new QuantityRow(Quantity.AIR_TEMPERATURE, 9, Optional.empty(), Optional.empty(), BigDecimal.ZERO,
        List.of(UPPER_28), Optional.of(Judgement.PER_READING), 9, 5, Optional.empty(), spans).spanSummary())
        .isEqualTo(SpanSummary.of(spans));
  }

  @Test
  void theMeanIsRoundedHalfEvenToTheScaleAsked() {
    QuantityRow r = new QuantityRow(Quantity.AIR_TEMPERATURE, 4, Optional.empty(), Optional.empty(),
        new BigDecimal("85.0"), List.of(), Optional.empty(), 0, 0, Optional.empty(), List.of());
    assertThat(r.mean(1)).hasValue(new BigDecimal("21.2")); // 21.25 → 21.2 (half even)
    assertThat(r.mean(3)).hasValue(new BigDecimal("21.250"));
    assertThat(new QuantityRow(Quantity.AIR_TEMPERATURE, 0, Optional.empty(), Optional.empty(), BigDecimal.ZERO,
        List.of(), Optional.empty(), 0, 0, Optional.empty(), List.of()).mean(1)).isEmpty();
  }

  @Test
  void aPlaceCompliesWhenEveryJudgedQuantityDoes() {
    LocationPeriod none = place(List.of(row(0, 0)));
    assertThat(none.complies()).isEmpty();
    assertThat(place(List.of(row(0, 0), row(2, 0))).complies()).hasValue(true);
    assertThat(place(List.of(row(2, 0), row(2, 1), row(0, 0))).complies()).hasValue(false);
    assertThat(place(List.of(row(2, 1), row(2, 0))).complies()).hasValue(false);
    assertThat(place(List.of(row(2, 1), row(5, 0))).readings()).isEqualTo(7);
    assertThat(place(List.of()).readings()).isZero();
  }

  @Test
  void aPlacesListsAreCopies() {
    List<String> sensors = new ArrayList<>(List.of("s1"));
    LocationPeriod p = new LocationPeriod(Location.of("本庁舎"), CompliancePeriod.month(YearMonth.of(2024, 6)), sensors,
        List.of(), Duration.ZERO, List.of(), Optional.empty());
    sensors.add("s2");
    assertThat(p.sensors()).containsExactly("s1");
    assertThatThrownBy(() -> p.quantities().add(row(0, 0))).isInstanceOf(UnsupportedOperationException.class);
  }

  private static LocationPeriod place(List<QuantityRow> rows) {
    return new LocationPeriod(Location.of("本庁舎"), CompliancePeriod.month(YearMonth.of(2024, 6)), List.of("s1"), rows,
        Duration.ofDays(30), List.of(), Optional.of(BigDecimal.ONE));
  }
}
