package org.municipaldx.iot.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Network;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.Sensor;
import org.municipaldx.iot.SensorKind;

class AggregateTest {
  private static final Instant T0 = Instant.parse("2023-02-14T00:00:00Z");
  private static final Bucketing HOURLY = new Bucketing(T0, Duration.ofHours(1));

  private static Reading t(String sensor, String value, long minutes) {
    return Reading.of(sensor, Quantity.AIR_TEMPERATURE, new BigDecimal(value), T0.plusSeconds(minutes * 60));
  }

  @Test
  void summarisesPerSensorQuantityAndBucketExactly() {
    ReadingAggregator agg = new ReadingAggregator(HOURLY).acceptAll(List.of(
        t("a", "20.1", 0), t("a", "20.2", 10), t("a", "20.4", 50), t("a", "25.0", 60), t("b", "19.9", 5)));
    Summary first = agg.summary(new SeriesKey("a", Quantity.AIR_TEMPERATURE, 0));
    assertThat(first.count()).isEqualTo(3);
    assertThat(first.sum()).isEqualByComparingTo("60.7"); // no binary drift: 20.1 + 20.2 + 20.4
    assertThat(first.min()).contains(new BigDecimal("20.1"));
    assertThat(first.max()).contains(new BigDecimal("20.4"));
    assertThat(first.mean(3, RoundingMode.HALF_EVEN)).contains(new BigDecimal("20.233"));
    assertThat(agg.summary(new SeriesKey("a", Quantity.AIR_TEMPERATURE, 1)).count()).isEqualTo(1);
    assertThat(agg.summaries()).hasSize(3);
    assertThat(agg.latest("a", Quantity.AIR_TEMPERATURE)).get().extracting(Reading::value)
        .isEqualTo(new BigDecimal("25.0"));
    assertThat(agg.latest("a", Quantity.CO2)).isEmpty();
  }

  @Test
  void invalidReadingsAreCountedNotAggregated() {
    Reading bad = Reading.builder().sensorId("a").quantity(Quantity.AIR_TEMPERATURE).value(new BigDecimal("85.0"))
        .observedAt(T0).quality(Quality.INVALID).build();
    ReadingAggregator agg = new ReadingAggregator(HOURLY).accept(bad).accept(t("a", "20.0", 1));
    assertThat(agg.invalidCount()).isEqualTo(1);
    assertThat(agg.summary(new SeriesKey("a", Quantity.AIR_TEMPERATURE, 0)).count()).isEqualTo(1);
  }

  @Test
  void columnsDoNotTakeAnInvalidReadingThatTheObjectPathWouldLeaveOut() {
    Reading bad = Reading.builder().sensorId("a").quantity(Quantity.AIR_TEMPERATURE).value(new BigDecimal("85.0"))
        .observedAt(T0).quality(Quality.INVALID).build();
    ReadingColumns.Builder b = ReadingColumns.builder(2).add(0, t("a", "20.0", 1));
    assertThatThrownBy(() -> b.add(0, bad))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INVALID");
    // the builder is unchanged: the columnar aggregate equals the object path, which skips the invalid reading
    ColumnarAggregate agg = new ColumnarAggregate(1, EnumSet.of(Quantity.AIR_TEMPERATURE), HOURLY, 0, 1)
        .accumulate(b.build());
    ReadingAggregator objects = new ReadingAggregator(HOURLY).accept(bad).accept(t("a", "20.0", 1));
    assertThat(agg.summary(0, Quantity.AIR_TEMPERATURE, 0))
        .isEqualTo(objects.summary(new SeriesKey("a", Quantity.AIR_TEMPERATURE, 0)));
    assertThat(agg.summary(0, Quantity.AIR_TEMPERATURE, 0).max()).contains(new BigDecimal("20.00"));
  }

  @Test
  void columnarRejectsValuesFinerThanItsScaleAndCountsRowsOutsideTheWindow() {
    assertThatThrownBy(() -> ReadingColumns.toUnscaled(Quantity.CO2, new BigDecimal("400.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 decimal place");
    assertThat(ReadingColumns.toUnscaled(Quantity.AIR_TEMPERATURE, new BigDecimal("27.2"))).isEqualTo(2720);
    ReadingColumns cols = ReadingColumns.builder(2)
        .add(0, Quantity.AIR_TEMPERATURE, T0.getEpochSecond(), 2720)
        .add(0, Quantity.AIR_TEMPERATURE, T0.getEpochSecond() + 7200, 2500)
        .add(0, Quantity.AIR_TEMPERATURE, T0.getEpochSecond() - 1, 2000)
        .build();
    ColumnarAggregate agg = new ColumnarAggregate(1, EnumSet.of(Quantity.AIR_TEMPERATURE), HOURLY, 0, 2).accumulate(cols);
    assertThat(agg.outsideWindow()).isEqualTo(2);
    assertThat(agg.summary(0, Quantity.AIR_TEMPERATURE, 0).sum()).isEqualByComparingTo("27.2");
    assertThat(agg.latestValue(0, Quantity.AIR_TEMPERATURE)).contains(new BigDecimal("25.00"));
    assertThatThrownBy(() -> new ColumnarAggregate(1, EnumSet.of(Quantity.CO2), HOURLY, 0, 2).accumulate(cols))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
    ReadingColumns mixed = ReadingColumns.builder(2)
        .add(0, Quantity.AIR_TEMPERATURE, T0.getEpochSecond(), 2720)
        .add(5, Quantity.AIR_TEMPERATURE, T0.getEpochSecond(), 2720)
        .build();
    ColumnarAggregate untouched = new ColumnarAggregate(1, EnumSet.of(Quantity.AIR_TEMPERATURE), HOURLY, 0, 2);
    assertThatThrownBy(() -> untouched.accumulate(mixed)).hasMessageContaining("row 1").hasMessageContaining("sensor 5");
    assertThat(untouched.count(0, Quantity.AIR_TEMPERATURE, 0)).isZero();
    assertThat(untouched.latestValue(0, Quantity.AIR_TEMPERATURE)).isEmpty();
  }

  @Test
  void gapsAreSilencesLongerThanTheInterval() {
    Sensor s = Sensor.builder().id("a").kind(SensorKind.THERMO_HYGROMETER).addQuantities(Quantity.AIR_TEMPERATURE)
        .network(Network.LORAWAN).location(Location.of("本庁舎")).owner(MunicipalityCode.parse("07203"))
        .reportingInterval(Duration.ofMinutes(10)).build();
    // readings at 0, 10, 20, 50, 60 minutes: silent from 20 to 50; window to 90: silent from 60 to 90
    List<Reading> rs = List.of(t("a", "20.0", 20), t("a", "20.0", 0), t("a", "20.0", 10), t("a", "20.0", 50),
        t("a", "20.0", 60), t("b", "20.0", 30));
    List<Gap> gaps = Gaps.find(s, rs, T0, T0.plusSeconds(90 * 60));
    assertThat(gaps).containsExactly(new Gap("a", T0.plusSeconds(1200), T0.plusSeconds(3000)),
        new Gap("a", T0.plusSeconds(3600), T0.plusSeconds(5400)));
    assertThat(gaps.get(0).duration()).isEqualTo(Duration.ofMinutes(30));

    ReadingColumns.Builder b = ReadingColumns.builder(8);
    for (Reading r : rs) {
      b.add(r.sensorId().equals("a") ? 0 : 1, r);
    }
    assertThat(Gaps.find(b.build(), 0, "a", Duration.ofMinutes(10), T0, T0.plusSeconds(90 * 60))).isEqualTo(gaps);
    // exactly one interval apart is not a gap
    assertThat(Gaps.find(s, List.of(t("a", "20.0", 0), t("a", "20.0", 10)), T0, T0.plusSeconds(20 * 60))).isEmpty();
  }

  @Test
  void bucketingFromLocalMidnight() {
    Bucketing daily = Bucketing.from(LocalDate.of(2023, 4, 1), java.time.ZoneId.of("Asia/Tokyo"), Duration.ofDays(1));
    assertThat(daily.origin()).isEqualTo(Instant.parse("2023-03-31T15:00:00Z"));
    assertThat(daily.index(Instant.parse("2023-03-31T14:59:59Z"))).isEqualTo(-1);
    assertThat(daily.index(Instant.parse("2023-04-01T15:00:00Z"))).isEqualTo(1);
    assertThat(daily.start(1)).isEqualTo(Instant.parse("2023-04-01T15:00:00Z"));
    assertThatThrownBy(() -> new Bucketing(T0, Duration.ofMillis(1500))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summaryEqualityIsByValue() {
    assertThat(Summary.of(new BigDecimal("27.2"))).isEqualTo(Summary.of(new BigDecimal("27.20")))
        .hasSameHashCodeAs(Summary.of(new BigDecimal("27.20")));
    assertThat(Summary.of(new BigDecimal("27.2"))).isNotEqualTo(Summary.of(new BigDecimal("27.3")));
    EqualsVerifier.forClass(Summary.class).suppress(nl.jqno.equalsverifier.Warning.NULL_FIELDS,
        nl.jqno.equalsverifier.Warning.BIGDECIMAL_EQUALITY).verify();
  }
}
