package org.municipaldx.iot.report;

import org.municipaldx.testsupport.TrialScale;
import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * The law of {@link ComplianceAccumulator#newPart()} and {@link ComplianceAccumulator#join} (issue 16):
 * readings cut at <em>every</em> position into a prefix accumulated here and a suffix accumulated into a
 * part (and the suffix cut again into two parts) give, once joined, the table and the sink calls (in
 * order) of accumulating them all in one accumulator; where {@code join} refuses (a sensor's reading in
 * the part earlier than its last one before), the suffix added reading by reading gives the sequential
 * result. The generated readings: four sensors (two share a location; one without a reporting interval),
 * temperature, humidity and CO2 around the building-hygiene limits, steps of 0 (equal times) to 20
 * minutes (past the 10-minute interval a span ends and a gap opens), hours that cross JST days, and now
 * and then a step back in time.
 */
class ComplianceJoinProperties {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");
  static final Quantity[] QS = {Quantity.AIR_TEMPERATURE, Quantity.RELATIVE_HUMIDITY, Quantity.CO2};

  /** One reading: sensor 0–3, quantity, time, fixed-point value. */
  record R(int sensor, Quantity quantity, long time, long value) {}

  /** A span as the sink received it. */
  record Sunk(String location, String period, Quantity quantity, Span span) {}

  static List<R> readings(List<Integer> codes) {
    List<R> out = new ArrayList<>();
    long t = Instant.parse("2024-05-31T14:40:00Z").toEpochMilli(); // 23:40 JST
    for (int code : codes) {
      int step = (code >>> 4) % 10;
      long minutes = step == 0 ? 0 : step <= 6 ? step * 2 : step == 7 ? 20 : step == 8 ? 180 : -7;
      t += minutes * 60_000;
      int sensor = code % 4;
      Quantity q = QS[(code >>> 2) % 3];
      int v = (code >>> 8) % 64;
      long value = q == Quantity.AIR_TEMPERATURE ? (15 + v % 16) * 1000L
          : q == Quantity.RELATIVE_HUMIDITY ? (30 + (v * 7) % 51) * 1000L : (400 + (v * 13) % 1001) * 1000L;
      out.add(new R(sensor, q, t, value));
    }
    return out;
  }

  /** An accumulator (or a part) and the sensors it registered on first use. */
  static final class Acc {
    final ComplianceAccumulator acc;
    final Map<Integer, Integer> index = new HashMap<>();
    /** How many sensors share a location: sensors 0-1 and 2-3 (2, the default), or each its own (1). */
    final int sensorsPerLocation;

    Acc(ComplianceAccumulator acc) {
      this(acc, 2);
    }

    Acc(ComplianceAccumulator acc, int sensorsPerLocation) {
      this.acc = acc;
      this.sensorsPerLocation = sensorsPerLocation;
    }

    ComplianceAccumulator.Outcome add(R r) {
      Integer i = index.get(r.sensor());
      if (i == null) {
        i = acc.sensor("s" + r.sensor(), Location.builder().facility("本庁舎").zone("室" + r.sensor() / sensorsPerLocation).build(),
            r.sensor() == 3 ? Optional.empty() : Optional.of(Duration.ofMinutes(10)));
        index.put(r.sensor(), i);
      }
      return acc.add(i, r.quantity(), r.time(), r.value());
    }
  }

  static ComplianceAccumulator create(int cap, List<Sunk> sink) {
    return ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST).setMaxSpans(cap)
        .setSpanSink((l, p, q, s) -> sink.add(new Sunk(l.key(), p.toString(), q, s)));
  }

  /** Adds the readings [from, to) to a new part and joins it; where it cannot be, adds them one by one. */
  static void addPart(Acc g, List<R> rs, int from, int to) {
    Acc p = new Acc(g.acc.newPart(), g.sensorsPerLocation);
    boolean ok = true;
    for (int i = from; i < to && ok; i++) {
      ok = p.add(rs.get(i)) == ComplianceAccumulator.Outcome.ADDED;
    }
    if (!ok || !g.acc.join(p.acc)) {
      for (int i = from; i < to; i++) {
        g.add(rs.get(i));
      }
    } else {
      for (int i = from; i < to; i++) {
        g.index.computeIfAbsent(rs.get(i).sensor(), s -> g.acc.sensorIndex("s" + s).orElseThrow());
      }
    }
  }

  /**
   * {@return g, given the readings [0, cut) one by one and the rest as one part or two (the second half of the rest)}
   */
  static Acc readThenJoin(Acc g, List<R> rs, int cut, int parts) {
    for (int i = 0; i < cut; i++) {
      g.add(rs.get(i));
    }
    int second = parts == 1 ? rs.size() : cut + (rs.size() - cut) / 2;
    addPart(g, rs, cut, second);
    if (second < rs.size()) {
      addPart(g, rs, second, rs.size());
    }
    return g;
  }

  /** {@return the table of the readings added one by one to {@code acc}, finished} */
  static ComplianceTable sequentialTable(List<R> rs, ComplianceAccumulator acc) {
    Acc sequential = new Acc(acc);
    for (R r : rs) {
      sequential.add(r);
    }
    return sequential.acc.finish();
  }

  @Test
  void joiningPartsCutAtEveryPositionIsAccumulatingInOrder() {
    Trials.api().integers(0, 1 << 16).immutableLists().and(Trials.api().choose(0, 1, 2, 3, Integer.MAX_VALUE))
        .withLimits(TrialScale.trials(120), TrialScale.limits()).supplyTo((codes, cap) -> {
          List<R> rs = readings(codes);
          List<Sunk> expectedSpans = new ArrayList<>();
          Acc sequential = new Acc(create(cap, expectedSpans));
          for (R r : rs) {
            sequential.add(r);
          }
          assertEveryCutJoinsAs(rs, spans -> create(cap, spans), sequential.acc.finish(), expectedSpans);
        });
  }

  /**
   * Cuts the readings at every position into a prefix added to a new accumulator ({@code make}, given the list its
   * sink fills) and a suffix joined as one part or two, and asserts the finished table is {@code expected} and,
   * where {@code expectedSpans} is not null, that the sink received those spans in that order.
   */
  static void assertEveryCutJoinsAs(List<R> rs, Function<List<Sunk>, ComplianceAccumulator> make,
      ComplianceTable expected, List<Sunk> expectedSpans) {
    for (int cut = 0; cut <= rs.size(); cut++) {
      for (int parts : new int[] {1, 2}) {
        List<Sunk> spans = new ArrayList<>();
        Acc g = readThenJoin(new Acc(make.apply(spans)), rs, cut, parts);
        assertThat(g.acc.finish()).as("cut at %d, %d part(s)", cut, parts).isEqualTo(expected);
        if (expectedSpans != null) {
          assertThat(spans).as("sink, cut at %d, %d part(s)", cut, parts).isEqualTo(expectedSpans);
        }
      }
    }
  }

  /**
   * The same law where the table keeps the spans itself (no sink): joining a part whose cells hold kept spans into
   * cells that already hold some (two sensors of one location, their spans interleaved in time) lists the spans the
   * sequential accumulation lists, in the same order.
   */
  @Test
  void joiningPartsWithKeptSpansIsAccumulatingInOrder() {
    Trials.api().integers(0, 1 << 16).immutableLists().and(Trials.api().choose(0, 1, 2, 3, Integer.MAX_VALUE))
        .withLimits(TrialScale.trials(120), TrialScale.limits()).supplyTo((codes, cap) -> {
          List<R> rs = readings(codes);
          Acc sequential = new Acc(createKeeping(cap));
          for (R r : rs) {
            sequential.add(r);
          }
          assertEveryCutJoinsAs(rs, spans -> createKeeping(cap), sequential.acc.finish(), null);
        });
  }

  static ComplianceAccumulator createKeeping(int cap) {
    return ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST).setMaxSpans(cap);
  }

  @Test
  void aPartWhoseSensorGoesBackInTimeIsNotJoinedAndNothingChanges() {
    List<Sunk> spans = new ArrayList<>();
    Acc g = new Acc(create(10, spans));
    long t = Instant.parse("2024-06-01T00:00:00Z").toEpochMilli();
    g.add(new R(0, Quantity.AIR_TEMPERATURE, t, 30_000));
    Acc p = new Acc(g.acc.newPart());
    p.add(new R(0, Quantity.AIR_TEMPERATURE, t - 60_000, 31_000));
    assertThat(g.acc.join(p.acc)).isFalse();
    assertThat(g.acc.readings()).isEqualTo(1);
    ComplianceTable table = g.acc.finish();
    assertThat(table.readings()).isEqualTo(1);
    assertThat(table.rows().get(0).quantities().get(0).max()).contains(new java.math.BigDecimal("30"));
  }
}
