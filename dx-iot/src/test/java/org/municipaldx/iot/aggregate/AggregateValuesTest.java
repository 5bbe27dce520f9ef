package org.municipaldx.iot.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.InvalidValues;
import org.municipaldx.iot.Quantity;

/** The rules of the small aggregate values: {@link Gap}, {@link Bucketing}, {@link SeriesKey}. */
class AggregateValuesTest {
  private static final Instant T0 = Instant.parse("2024-06-03T00:00:00Z");

  private static void invalid(Runnable r, String type, String field, String rule) {
    InvalidValues.assertInvalid(r, type, field, rule);
  }

  @Test
  void aGapEndsAfterItStarts() {
    assertThat(new Gap("s1", T0, T0.plusMillis(1)).duration()).isEqualTo(Duration.ofMillis(1));
    invalid(() -> new Gap("s1", T0, T0), "Gap", "to", "must be after from " + T0);
    invalid(() -> new Gap("s1", T0, T0.minusSeconds(1)), "Gap", "to", "must be after from " + T0);
  }

  @Test
  void bucketsArePositiveWholeSecondsFromAWholeSecond() {
    invalid(() -> new Bucketing(T0, Duration.ZERO), "Bucketing", "width", "must be a positive whole number of seconds");
    invalid(() -> new Bucketing(T0, Duration.ofSeconds(-60)), "Bucketing", "width",
        "must be a positive whole number of seconds");
    invalid(() -> new Bucketing(T0, Duration.ofMillis(1500)), "Bucketing", "width",
        "must be a positive whole number of seconds");
    invalid(() -> new Bucketing(T0.plusMillis(1), Duration.ofSeconds(1)), "Bucketing", "origin", "must be a whole second");
    assertThat(new Bucketing(T0, Duration.ofSeconds(1)).widthSeconds()).isEqualTo(1);
  }

  @Test
  void aBucketIndexCountsWholeWidthsFromTheOriginDownwardsBeforeIt() {
    Bucketing hourly = Bucketing.from(LocalDate.of(2024, 6, 3), ZoneId.of("Asia/Tokyo"), Duration.ofHours(1));
    assertThat(hourly.origin()).isEqualTo(Instant.parse("2024-06-02T15:00:00Z"));
    assertThat(hourly.widthSeconds()).isEqualTo(3600);
    assertThat(hourly.index(Instant.parse("2024-06-02T15:00:00Z"))).isZero();
    assertThat(hourly.index(Instant.parse("2024-06-02T15:59:59Z"))).isZero();
    assertThat(hourly.index(Instant.parse("2024-06-02T16:00:00Z"))).isEqualTo(1);
    assertThat(hourly.index(Instant.parse("2024-06-02T14:59:59Z"))).isEqualTo(-1);
    assertThat(hourly.start(2)).isEqualTo(Instant.parse("2024-06-02T17:00:00Z"));
    assertThat(hourly.start(-1)).isEqualTo(Instant.parse("2024-06-02T14:00:00Z"));
  }

  @Test
  void seriesKeysSortBySensorThenQuantityThenBucket() {
    SeriesKey a = new SeriesKey("s1", Quantity.AIR_TEMPERATURE, 5);
    assertThat(a.compareTo(new SeriesKey("s1", Quantity.AIR_TEMPERATURE, 5))).isZero();
    assertThat(a.compareTo(new SeriesKey("s1", Quantity.AIR_TEMPERATURE, 6))).isNegative();
    assertThat(a.compareTo(new SeriesKey("s1", Quantity.RELATIVE_HUMIDITY, 0))).isNegative();
    assertThat(a.compareTo(new SeriesKey("s0", Quantity.CO2, 9))).isPositive();
  }
}
