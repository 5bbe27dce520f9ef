package org.municipaldx.iot.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.iot.Quantity;

/**
 * The rules of {@link ColumnarAggregate}, with figures worked out by hand: its shape is fixed and
 * checked (positive sensors and buckets, a bounded number of cells); a bucket is [origin + k·width,
 * origin + (k+1)·width), the window's first and last buckets included and the ones next to them not;
 * the latest reading is the one with the largest time, of equal times the largest value; merging
 * needs the same shape.
 */
class ColumnarAggregateRulesTest {
  static final Instant T0 = Instant.parse("2024-06-03T00:00:00Z");
  static final long S0 = T0.getEpochSecond();
  static final Bucketing HOURLY = new Bucketing(T0, Duration.ofHours(1));
  static final Set<Quantity> TEMP = EnumSet.of(Quantity.AIR_TEMPERATURE);
  static final Set<Quantity> TEMP_CO2 = EnumSet.of(Quantity.AIR_TEMPERATURE, Quantity.CO2);

  /** Sensors and buckets are positive; the cells (sensors × quantities × buckets) fit one array. */
  @Test
  void theShapeIsPositiveAndBounded() {
    assertThat(new ColumnarAggregate(1, TEMP, HOURLY, 0, 1).outsideWindow()).isZero();
    assertThatThrownBy(() -> new ColumnarAggregate(0, TEMP, HOURLY, 0, 1)).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sensors"));
    assertThatThrownBy(() -> new ColumnarAggregate(1, TEMP, HOURLY, 0, 0)).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("buckets"));
    assertThatThrownBy(() -> new ColumnarAggregate(1, EnumSet.noneOf(Quantity.class), HOURLY, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantities");
    // 46,341 sensors × 2 quantities × 23,171 buckets = 2,147,534,622 > Integer.MAX_VALUE − 8 = 2,147,483,639
    assertThatThrownBy(() -> new ColumnarAggregate(46_341, TEMP_CO2, HOURLY, 0, 23_171))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ColumnarAggregate: 46341 sensors × 2 quantities × 23171 buckets = 2147534622 cells is too many for"
            + " one aggregate");
  }

  /**
   * The window holds buckets firstBucket to firstBucket + buckets − 1: with window 1–2 (01:00 to
   * 03:00), readings at 00:59:59 and 03:00:00 are outside, 01:00:00 and 02:59:59 inside.
   */
  @Test
  void theWindowsEdgesAreExact() {
    ReadingColumns cols = ReadingColumns.builder(4)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 3599, 1000)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 3600, 2000)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 3 * 3600 - 1, 3000)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 3 * 3600, 4000)
        .build();
    ColumnarAggregate a = new ColumnarAggregate(1, TEMP, HOURLY, 1, 2).accumulate(cols);
    assertThat(a.outsideWindow()).isEqualTo(2);
    assertThat(a.count(0, Quantity.AIR_TEMPERATURE, 1)).isEqualTo(1);
    assertThat(a.count(0, Quantity.AIR_TEMPERATURE, 2)).isEqualTo(1);
    assertThat(a.summary(0, Quantity.AIR_TEMPERATURE, 1)).isEqualTo(Summary.of(1, new BigDecimal("20.00"),
        new BigDecimal("20.00"), new BigDecimal("20.00")));
    // the latest counts readings outside the window too
    assertThat(a.latestEpochSecond(0, Quantity.AIR_TEMPERATURE)).isEqualTo(OptionalLong.of(S0 + 3 * 3600));
    assertThat(a.latestValue(0, Quantity.AIR_TEMPERATURE)).hasValue(new BigDecimal("40.00"));
    // asking for a bucket outside the window, a sensor outside the shape or a quantity not aggregated is an error
    assertThatThrownBy(() -> a.count(0, Quantity.AIR_TEMPERATURE, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ColumnarAggregate: bucket 0 is outside the window 1 to 2");
    assertThatThrownBy(() -> a.summary(0, Quantity.AIR_TEMPERATURE, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ColumnarAggregate: bucket 3 is outside the window 1 to 2");
    assertThatThrownBy(() -> a.count(1, Quantity.AIR_TEMPERATURE, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> a.count(0, Quantity.CO2, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CO2 is not among");
    assertThatThrownBy(() -> a.latestValue(0, Quantity.CO2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.latestEpochSecond(1, Quantity.AIR_TEMPERATURE))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  /**
   * Each cell keeps count, exact sum, minimum and maximum; the latest is the largest time and, of
   * equal times, the larger value, whatever the order the rows come in; an empty cell is EMPTY.
   */
  @Test
  void cellsAndTheLatestReading() {
    ReadingColumns cols = ReadingColumns.builder(0)
        .add(1, Quantity.CO2, S0 + 100, 800)
        .add(1, Quantity.CO2, S0 + 200, 1200)
        .add(1, Quantity.CO2, S0 + 200, 900)   // same time, smaller: not the latest
        .add(1, Quantity.CO2, S0 + 50, 2000)   // earlier: not the latest
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 10, -150)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 20, 2550)
        .build();
    ColumnarAggregate a = new ColumnarAggregate(2, TEMP_CO2, HOURLY, 0, 2).accumulate(cols);
    assertThat(a.summary(1, Quantity.CO2, 0)).isEqualTo(Summary.of(4, new BigDecimal("4900"), new BigDecimal("800"),
        new BigDecimal("2000")));
    assertThat(a.summary(0, Quantity.AIR_TEMPERATURE, 0)).isEqualTo(Summary.of(2, new BigDecimal("24.00"),
        new BigDecimal("-1.50"), new BigDecimal("25.50")));
    assertThat(a.latestValue(1, Quantity.CO2)).hasValue(new BigDecimal("1200"));
    assertThat(a.latestEpochSecond(1, Quantity.CO2)).isEqualTo(OptionalLong.of(S0 + 200));
    assertThat(a.summary(0, Quantity.CO2, 0)).isEqualTo(Summary.EMPTY);
    assertThat(a.summary(1, Quantity.CO2, 1)).isEqualTo(Summary.EMPTY);
    assertThat(a.latestValue(0, Quantity.CO2)).isEmpty();
    assertThat(a.latestEpochSecond(0, Quantity.CO2)).isEmpty();
    // the same rows the other way round: the same latest
    ReadingColumns reversed = ReadingColumns.builder(4)
        .add(1, Quantity.CO2, S0 + 200, 900)
        .add(1, Quantity.CO2, S0 + 200, 1200)
        .build();
    assertThat(new ColumnarAggregate(2, TEMP_CO2, HOURLY, 0, 2).accumulate(reversed).latestValue(1, Quantity.CO2))
        .hasValue(new BigDecimal("1200"));
    SortedMap<SeriesKey, Summary> all = a.summaries(List.of("a", "b"));
    assertThat(all).containsOnlyKeys(new SeriesKey("a", Quantity.AIR_TEMPERATURE, 0), new SeriesKey("b", Quantity.CO2, 0));
    assertThatThrownBy(() -> a.summaries(List.of("a"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ColumnarAggregate.sensorIds: expected 2 ids (was 1)");
  }

  /** Rows from..to only: the rows before from and from to on are not aggregated. */
  @Test
  void aRangeOfRowsAggregatesThoseRowsOnly() {
    ReadingColumns cols = ReadingColumns.builder(4)
        .add(0, Quantity.AIR_TEMPERATURE, S0, 100)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 1, 200)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 2, 400)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 3, 800)
        .build();
    ColumnarAggregate a = new ColumnarAggregate(1, TEMP, HOURLY, 0, 1).accumulate(cols, 1, 3);
    assertThat(a.summary(0, Quantity.AIR_TEMPERATURE, 0).sum()).isEqualByComparingTo("6.00");
    assertThat(a.latestEpochSecond(0, Quantity.AIR_TEMPERATURE)).isEqualTo(OptionalLong.of(S0 + 2));
    assertThatThrownBy(() -> a.accumulate(cols, 3, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    // a row outside the shape is named, even when a row before it fits, and nothing is aggregated
    ReadingColumns co2 = ReadingColumns.builder(2)
        .add(0, Quantity.AIR_TEMPERATURE, S0, 100)
        .add(0, Quantity.CO2, S0, 100)
        .build();
    ColumnarAggregate b = new ColumnarAggregate(1, TEMP, HOURLY, 0, 1);
    assertThatThrownBy(() -> b.accumulate(co2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has sensor 0 and quantity CO2");
    assertThat(b.count(0, Quantity.AIR_TEMPERATURE, 0)).isZero();
    // a sensor index equal to the number of sensors is outside (indexes run from 0)
    ReadingColumns one = ReadingColumns.builder(1).add(1, Quantity.AIR_TEMPERATURE, S0, 100).build();
    assertThatThrownBy(() -> new ColumnarAggregate(1, TEMP, HOURLY, 0, 1).accumulate(one))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0 has sensor 1");
    // the rows that fit, taken alone, are aggregated
    assertThat(b.accumulate(co2, 0, 1).count(0, Quantity.AIR_TEMPERATURE, 0)).isEqualTo(1);
  }

  /** A sum beyond a long is an error, in one pass and in a merge. */
  @Test
  void sumsThatOverflowAreErrors() {
    ReadingColumns big = ReadingColumns.builder(2)
        .add(0, Quantity.AIR_TEMPERATURE, S0, Long.MAX_VALUE)
        .build();
    ColumnarAggregate a = new ColumnarAggregate(1, TEMP, HOURLY, 0, 1).accumulate(big);
    assertThatThrownBy(() -> new ColumnarAggregate(1, TEMP, HOURLY, 0, 1).accumulate(big).accumulate(big))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> a.merge(new ColumnarAggregate(1, TEMP, HOURLY, 0, 1).accumulate(big)))
        .isInstanceOf(ArithmeticException.class);
  }

  /**
   * Merging adds counts, sums and the rows outside, keeps the extreme minimum and maximum and the
   * later latest (of equal times the larger value; an empty series never replaces one); it needs
   * the same sensors, quantities, bucketing, first bucket and buckets.
   */
  @Test
  void mergingNeedsTheSameShapeAndCombinesEveryFigure() {
    ColumnarAggregate a = new ColumnarAggregate(2, TEMP, HOURLY, 0, 1).accumulate(ReadingColumns.builder(2)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 10, 500)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 7200, 100) // outside
        .build());
    ColumnarAggregate b = new ColumnarAggregate(2, TEMP, HOURLY, 0, 1).accumulate(ReadingColumns.builder(2)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 20, 300)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 7200, 700) // same time as a's latest, larger
        .add(1, Quantity.AIR_TEMPERATURE, S0 + 30, 900)
        .add(1, Quantity.AIR_TEMPERATURE, S0 - 1, 900) // outside
        .build());
    a.merge(b);
    assertThat(a.summary(0, Quantity.AIR_TEMPERATURE, 0)).isEqualTo(Summary.of(2, new BigDecimal("8.00"),
        new BigDecimal("3.00"), new BigDecimal("5.00")));
    assertThat(a.summary(1, Quantity.AIR_TEMPERATURE, 0)).isEqualTo(Summary.of(1, new BigDecimal("9.00"),
        new BigDecimal("9.00"), new BigDecimal("9.00")));
    assertThat(a.outsideWindow()).isEqualTo(3);
    assertThat(a.latestValue(0, Quantity.AIR_TEMPERATURE)).hasValue(new BigDecimal("7.00"));
    assertThat(a.latestEpochSecond(1, Quantity.AIR_TEMPERATURE)).isEqualTo(OptionalLong.of(S0 + 30));
    // of equal latest times the larger value stays, whichever side it is on
    ColumnarAggregate small = new ColumnarAggregate(2, TEMP, HOURLY, 0, 1).accumulate(ReadingColumns.builder(1)
        .add(0, Quantity.AIR_TEMPERATURE, S0 + 7200, 200).build());
    a.merge(small);
    assertThat(a.latestValue(0, Quantity.AIR_TEMPERATURE)).hasValue(new BigDecimal("7.00"));
    assertThat(a.outsideWindow()).isEqualTo(4);
    // an empty aggregate merged in changes nothing, and merged into an empty one gives the same figures
    ColumnarAggregate empty = new ColumnarAggregate(2, TEMP, HOURLY, 0, 1);
    a.merge(empty);
    assertThat(a.latestValue(0, Quantity.AIR_TEMPERATURE)).hasValue(new BigDecimal("7.00"));
    ColumnarAggregate c = new ColumnarAggregate(2, TEMP, HOURLY, 0, 1).merge(a);
    assertThat(c.summaries(List.of("x", "y"))).isEqualTo(a.summaries(List.of("x", "y")));
    assertThat(c.latestValue(0, Quantity.AIR_TEMPERATURE)).hasValue(new BigDecimal("7.00"));
    assertThat(c.outsideWindow()).isEqualTo(4);
    for (ColumnarAggregate other : List.of(
        new ColumnarAggregate(3, TEMP, HOURLY, 0, 1),
        new ColumnarAggregate(2, TEMP_CO2, HOURLY, 0, 1),
        new ColumnarAggregate(2, TEMP, new Bucketing(T0, Duration.ofMinutes(30)), 0, 1),
        new ColumnarAggregate(2, TEMP, HOURLY, 1, 1),
        new ColumnarAggregate(2, TEMP, HOURLY, 0, 2))) {
      assertThatThrownBy(() -> a.merge(other)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ColumnarAggregate.merge: shapes differ");
    }
  }

  /** The parallel kernel equals one pass for any number of partitions, more than rows included; 0 is refused. */
  @Test
  void theParallelKernelIsOnePass() {
    ReadingColumns.Builder bld = ReadingColumns.builder(10);
    for (int i = 0; i < 10; i++) {
      bld.add(i % 3, i % 2 == 0 ? Quantity.AIR_TEMPERATURE : Quantity.CO2, S0 + 600L * i, 100L * i);
    }
    ReadingColumns cols = bld.build();
    ColumnarAggregate one = new ColumnarAggregate(3, TEMP_CO2, HOURLY, 0, 2).accumulate(cols);
    for (int partitions : new int[] {1, 2, 3, 10, 17}) {
      ColumnarAggregate par = ColumnarAggregate.parallel(cols, 3, TEMP_CO2, HOURLY, 0, 2, partitions);
      assertThat(par.summaries(List.of("a", "b", "c"))).as("%d", partitions).isEqualTo(one.summaries(List.of("a", "b", "c")));
      assertThat(par.outsideWindow()).isEqualTo(one.outsideWindow());
    }
    // by hand: sensor 0 has rows 0, 3, 6, 9 (temperature at 0, 6; CO2 at 3, 9); rows 6 and 9 are in the second hour
    assertThat(one.summary(0, Quantity.AIR_TEMPERATURE, 1)).isEqualTo(Summary.of(1, new BigDecimal("6.00"),
        new BigDecimal("6.00"), new BigDecimal("6.00")));
    assertThat(one.summary(0, Quantity.CO2, 0).sum()).isEqualByComparingTo("300");
    assertThatThrownBy(() -> ColumnarAggregate.parallel(cols, 3, TEMP_CO2, HOURLY, 0, 2, 0))
        .isInstanceOf(InvalidValueException.class);
  }
}
