package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.report.ComplianceJoinProperties.Acc;
import org.municipaldx.iot.report.ComplianceJoinProperties.R;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.testsupport.TrialScale;

/**
 * Issue 16l: {@link ComplianceAccumulator#finish()} finds each cell's kept spans in one pass over the span pool in
 * slot order (each slot names its cell) instead of walking each cell's list, and {@link ComplianceAccumulator#join}
 * closes the spans open at the cut before it links the part's kept spans, so that each sensor's spans reach its cell
 * in time order. The laws: the table of readings cut at every position into a prefix and one or two joined parts,
 * where <em>every location has one sensor</em>, is the sequential table (at span caps 0–3 and none, so that joins
 * keep a part's spans again and leave its slots in no list), and no cell's kept spans need a sort — the first part's
 * held first spans, kept after its own when it is adopted (cut 0), are visited first — except where a capped cell's
 * held first span replaces the part's last kept one in its slot (cut 0, a cap). The readings are those of
 * {@link ComplianceJoinProperties} (steps of 0 to 180 minutes, now and then back in time, across JST days).
 */
class KeptSpanPassProperties {

  /** An accumulator whose sensors 0–3 each have a location of their own. */
  static Acc own(ComplianceAccumulator acc) {
    return new Acc(acc, 1);
  }

  static ComplianceAccumulator create(int cap) {
    return ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY,
        ComplianceJoinProperties.JST).setMaxSpans(cap);
  }

  @Test
  void cellsOfOneSensorJoinedAtEveryCutAreTheSequentialTableAndNeedNoSort() {
    Trials.api().integers(0, 1 << 16).immutableLists().and(Trials.api().choose(0, 1, 2, 3, Integer.MAX_VALUE))
        .withLimits(TrialScale.trials(120), TrialScale.limits()).supplyTo((codes, cap) -> {
          List<R> rs = ComplianceJoinProperties.readings(codes);
          Acc sequential = own(create(cap));
          for (R r : rs) {
            sequential.add(r);
          }
          ComplianceTable expected = sequential.acc.finish();
          assertThat(sequential.acc.unorderedKeptCells()).as("sequential").isZero();
          for (int cut = 0; cut <= rs.size(); cut++) {
            for (int parts : new int[] {1, 2}) {
              Acc g = ComplianceJoinProperties.readThenJoin(own(create(cap)), rs, cut, parts);
              assertThat(g.acc.finish()).as("cut at %d, %d part(s)", cut, parts).isEqualTo(expected);
              if (cut > 0 || cap == Integer.MAX_VALUE) {
                assertThat(g.acc.unorderedKeptCells()).as("cells sorted, cut at %d, %d part(s)", cut, parts)
                    .isZero();
              }
            }
          }
        });
  }

  /**
   * The pass is not vacuous: one sensor's spans kept in a part, the part joined after a prefix with an open span, are
   * all listed, in time order, without a sort; and a cell of two sensors whose spans interleave is found out of order
   * and sorted (by start, then sensor id).
   */
  @Test
  void aJoinedCellOfOneSensorIsInOrderAndOneOfTwoInterleavedSensorsIsSorted() {
    long t0 = java.time.Instant.parse("2024-06-01T00:00:00Z").toEpochMilli();
    long m = 60_000;
    List<R> rs = new ArrayList<>();
    // sensor 0: out (30 °C), in, out, in, out ... every 5 minutes; the cut falls inside an out-of-range run
    long[] values = {30_000, 31_000, 20_000, 30_000, 20_000, 29_000, 29_500, 20_000, 30_000, 20_000};
    for (int i = 0; i < values.length; i++) {
      rs.add(new R(0, org.municipaldx.iot.Quantity.AIR_TEMPERATURE, t0 + i * 5 * m, values[i]));
    }
    Acc sequential = own(create(Integer.MAX_VALUE));
    rs.forEach(sequential::add);
    ComplianceTable expected = sequential.acc.finish();
    Acc g = own(create(Integer.MAX_VALUE));
    for (int i = 0; i < 6; i++) {
      g.add(rs.get(i));
    }
    ComplianceJoinProperties.addPart(g, rs, 6, rs.size());
    ComplianceTable joined = g.acc.finish();
    assertThat(joined).isEqualTo(expected);
    List<Span> spans = joined.rows().get(0).quantities().get(0).spans();
    assertThat(spans).extracting(s -> s.start().toEpochMilli())
        .containsExactly(t0, t0 + 15 * m, t0 + 25 * m, t0 + 40 * m);
    assertThat(g.acc.unorderedKeptCells()).isZero();

    // two sensors in one room: sensor 1's spans close first but start later than sensor 0's
    ComplianceAccumulator two = create(Integer.MAX_VALUE);
    Location room = Location.builder().facility("本庁舎").zone("室").build();
    int a = two.sensor("a", room, Optional.of(Duration.ofMinutes(10)));
    int b = two.sensor("b", room, Optional.of(Duration.ofMinutes(10)));
    two.add(a, org.municipaldx.iot.Quantity.AIR_TEMPERATURE, t0, 30_000);
    two.add(b, org.municipaldx.iot.Quantity.AIR_TEMPERATURE, t0 + m, 30_000);
    two.add(b, org.municipaldx.iot.Quantity.AIR_TEMPERATURE, t0 + 2 * m, 20_000); // b's span closes first
    two.add(a, org.municipaldx.iot.Quantity.AIR_TEMPERATURE, t0 + 3 * m, 20_000);
    ComplianceTable t = two.finish();
    assertThat(two.unorderedKeptCells()).isEqualTo(1);
    assertThat(t.rows().get(0).quantities().get(0).spans()).extracting(Span::sensorId).containsExactly("a", "b");
  }

  /**
   * Spans of two sensors that start at the same instant are in order when the lower sensor id's comes first in the
   * pool (it closed first), and out of order when the other's closed first: the pass breaks a tie of starts by the
   * sensor's rank by id, as the listing does.
   */
  @Test
  void spansStartingTogetherAreInOrderByTheSensorsId() {
    long t0 = java.time.Instant.parse("2024-06-01T00:00:00Z").toEpochMilli();
    long m = 60_000;
    for (boolean aFirst : new boolean[] {true, false}) {
      ComplianceAccumulator acc = create(Integer.MAX_VALUE);
      Location room = Location.builder().facility("本庁舎").zone("室").build();
      int a = acc.sensor("a", room, Optional.of(Duration.ofMinutes(10)));
      int b = acc.sensor("b", room, Optional.of(Duration.ofMinutes(10)));
      acc.add(a, org.municipaldx.iot.Quantity.AIR_TEMPERATURE, t0, 30_000);
      acc.add(b, org.municipaldx.iot.Quantity.AIR_TEMPERATURE, t0, 30_000);
      int first = aFirst ? a : b;
      int second = aFirst ? b : a;
      acc.add(first, org.municipaldx.iot.Quantity.AIR_TEMPERATURE, t0 + m, 20_000); // closes first
      acc.add(second, org.municipaldx.iot.Quantity.AIR_TEMPERATURE, t0 + 2 * m, 20_000);
      ComplianceTable t = acc.finish();
      assertThat(acc.unorderedKeptCells()).as("a's span closed first: %s", aFirst).isEqualTo(aFirst ? 0 : 1);
      assertThat(t.rows().get(0).quantities().get(0).spans()).extracting(Span::sensorId).containsExactly("a", "b");
    }
  }
}
