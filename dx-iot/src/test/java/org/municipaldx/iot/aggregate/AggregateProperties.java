package org.municipaldx.iot.aggregate;

import org.municipaldx.testsupport.TrialScale;
import static org.municipaldx.iot.IotTrials.API;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.IotTrials;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;

class AggregateProperties {
  static final List<String> SENSORS = List.of("s0", "s1", "s2", "s3");
  static final Set<Quantity> QUANTITIES = EnumSet.of(Quantity.AIR_TEMPERATURE, Quantity.RELATIVE_HUMIDITY, Quantity.CO2);
  static final Instant ORIGIN = Instant.parse("2023-04-01T00:00:00Z");
  static final Bucketing HOURLY = new Bucketing(ORIGIN, Duration.ofHours(1));

  static Trials<List<Reading>> readings() {
    Trials<Reading> one = API.choose(SENSORS).flatMap(s -> API.choose(Quantity.AIR_TEMPERATURE, Quantity.RELATIVE_HUMIDITY,
        Quantity.CO2).flatMap(q -> API.longs(0, 48 * 3600 - 1).flatMap(sec -> API.integers(0, 2000)
            .map(raw -> Reading.of(s, q, value(q, raw), ORIGIN.plusSeconds(sec))))));
    return IotTrials.listsUpTo(one, 200);
  }

  private static BigDecimal value(Quantity q, int raw) {
    switch (q) {
      case AIR_TEMPERATURE: return BigDecimal.valueOf(raw - 500, 1); // -50.0 to 150.0 °C, 0.1 steps
      case RELATIVE_HUMIDITY: return BigDecimal.valueOf(raw % 201 * 5, 1); // 0.0 to 100.0 %, 0.5 steps
      default: return BigDecimal.valueOf(raw * 3L); // ppm
    }
  }

  @Test
  void mergedPartialAggregatesEqualOnePass() {
    readings().and(API.integers(0, 200)).and(API.longs()).withLimits(TrialScale.trials(200), TrialScale.limits())
        .supplyTo((rs, cut, seed) -> mergedPartialAggregatesEqualOnePass(rs, cut, seed));
  }

  private static void mergedPartialAggregatesEqualOnePass(List<Reading> rs, int cut, long shuffleSeed) {
    int at = Math.min(cut, rs.size());
    ReadingAggregator whole = new ReadingAggregator(HOURLY).acceptAll(rs);
    ReadingAggregator left = new ReadingAggregator(HOURLY).acceptAll(rs.subList(0, at));
    ReadingAggregator right = new ReadingAggregator(HOURLY).acceptAll(rs.subList(at, rs.size()));
    ReadingAggregator merged = right.combine(left);
    assertThat(merged.summaries()).isEqualTo(whole.summaries());
    List<Reading> shuffled = new ArrayList<>(rs);
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    ReadingAggregator reordered = new ReadingAggregator(HOURLY).acceptAll(shuffled);
    assertThat(reordered.summaries()).isEqualTo(whole.summaries());
    for (String s : SENSORS) {
      for (Quantity q : QUANTITIES) {
        assertThat(merged.latest(s, q)).isEqualTo(whole.latest(s, q));
        assertThat(reordered.latest(s, q)).isEqualTo(whole.latest(s, q));
      }
    }
    assertThat(rs.parallelStream().collect(ReadingAggregator.collector(HOURLY)).summaries())
        .isEqualTo(whole.summaries());
  }

  @Test
  void columnarPathEqualsObjectPath() {
    readings().and(API.integers(1, 7)).withLimits(TrialScale.trials(200), TrialScale.limits())
        .supplyTo((rs, partitions) -> columnarPathEqualsObjectPath(rs, partitions));
  }

  private static void columnarPathEqualsObjectPath(List<Reading> rs, int partitions) {
    ReadingColumns.Builder b = ReadingColumns.builder(0);
    for (Reading r : rs) {
      b.add(SENSORS.indexOf(r.sensorId()), r);
    }
    ReadingColumns cols = b.build();
    ColumnarAggregate single = new ColumnarAggregate(SENSORS.size(), QUANTITIES, HOURLY, 0, 48).accumulate(cols);
    ColumnarAggregate parallel = ColumnarAggregate.parallel(cols, SENSORS.size(), QUANTITIES, HOURLY, 0, 48, partitions);
    ReadingAggregator objects = new ReadingAggregator(HOURLY).acceptAll(rs);
    assertThat(single.summaries(SENSORS)).isEqualTo(objects.summaries());
    assertThat(parallel.summaries(SENSORS)).isEqualTo(objects.summaries());
    assertThat(single.outsideWindow()).isZero();
    for (int i = 0; i < SENSORS.size(); i++) {
      int s = i;
      for (Quantity q : QUANTITIES) {
        assertThat(parallel.latestValue(s, q)).isEqualTo(single.latestValue(s, q));
        var expected = objects.latest(SENSORS.get(s), q);
        assertThat(single.latestValue(s, q).map(BigDecimal::stripTrailingZeros))
            .isEqualTo(expected.map(r -> r.value().stripTrailingZeros()));
        assertThat(single.latestEpochSecond(s, q).isPresent()).isEqualTo(expected.isPresent());
        expected.ifPresent(r -> assertThat(single.latestEpochSecond(s, q)).hasValue(r.observedAt().getEpochSecond()));
      }
    }
  }

  @Test
  void summaryMergeIsCommutativeAndAssociativeWithEmptyAsIdentity() {
    readings().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(AggregateProperties::summaryMergeLaws);
  }

  private static void summaryMergeLaws(List<Reading> rs) {
    List<Summary> parts = new ArrayList<>();
    for (Reading r : rs) {
      parts.add(Summary.of(r.value()));
    }
    Summary forward = parts.stream().reduce(Summary.EMPTY, Summary::merge);
    Collections.reverse(parts);
    Summary backward = parts.stream().reduce(Summary.EMPTY, Summary::merge);
    assertThat(backward).isEqualTo(forward);
    // associativity: any grouping of three consecutive parts gives the same summary
    int n = parts.size();
    Summary a = parts.subList(0, n / 3).stream().reduce(Summary.EMPTY, Summary::merge);
    Summary b = parts.subList(n / 3, 2 * n / 3).stream().reduce(Summary.EMPTY, Summary::merge);
    Summary c = parts.subList(2 * n / 3, n).stream().reduce(Summary.EMPTY, Summary::merge);
    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c))).isEqualTo(forward);
    assertThat(forward.merge(Summary.EMPTY)).isEqualTo(forward);
    assertThat(forward.count()).isEqualTo(rs.size());
    BigDecimal total = rs.stream().map(Reading::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(forward.sum()).isEqualByComparingTo(total);
  }
}
