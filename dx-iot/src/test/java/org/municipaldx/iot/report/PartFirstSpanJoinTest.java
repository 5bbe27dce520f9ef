package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.report.ComplianceJoinProperties.Acc;
import org.municipaldx.iot.report.ComplianceJoinProperties.R;
import org.municipaldx.iot.report.ComplianceJoinProperties.Sunk;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * What a part knows of each series' first reading there (issue 16m): the first reading's sequence number (where it
 * falls among the part's readings, which orders the span it closes at the join among the spans the part closed) and
 * whether the span the part has open at its end was opened by that first reading (a span the accumulator before may
 * continue) or later (one it may not). The random readings of {@link ComplianceJoinProperties} reach these cases
 * rarely at a tenth of their trials (a PIT run of 16m's code let both kinds of fault through); these readings reach
 * them at a known cut, and every cut is checked against the sequential accumulation.
 */
class PartFirstSpanJoinTest {
  private static final long T0 = Instant.parse("2024-06-01T01:00:00Z").toEpochMilli(); // 10:00 JST

  private static R temp(int sensor, int minutes, int celsius) {
    return new R(sensor, Quantity.AIR_TEMPERATURE, T0 + minutes * 60_000L, celsius * 1000L);
  }

  /**
   * Sensors 0 and 1 (room 0, a 10-minute interval). Cut after the first reading: the part closes sensor 1's first
   * span (reading 3) before sensor 0's first reading there (reading 4) closes the span sensor 0 had open at the cut,
   * so the sink gets sensor 1's span first. Cut after reading 7: sensor 0 has a span open above (last out at minute
   * 12), its first reading in the part is in range (minute 14) and its last one opens a new span above (minute 16),
   * open at the part's end: that span did not start at the part's first reading and must not extend the one before.
   */
  static List<R> readings() {
    List<R> rs = new ArrayList<>();
    rs.add(temp(0, 0, 30)); // 1: sensor 0 above
    rs.add(temp(1, 1, 31)); // 2: sensor 1 above
    rs.add(temp(1, 2, 22)); // 3: sensor 1's span closes
    rs.add(temp(0, 3, 22)); // 4: sensor 0's span closes
    rs.add(temp(0, 8, 31)); // 5: sensor 0 above again
    rs.add(temp(1, 9, 16)); // 6: sensor 1 below
    rs.add(temp(0, 12, 32)); // 7: sensor 0 still above
    rs.add(temp(0, 14, 22)); // 8: in range, two minutes after the last reading above
    rs.add(temp(0, 16, 33)); // 9: above: a new span, open to the end
    rs.add(temp(1, 18, 22)); // 10: sensor 1's span below closes
    return rs;
  }

  /**
   * Rule: joining parts cut at every position gives the sequential table and the sink's spans in the sequential
   * order, with caps that keep none, one or all of a cell's spans; in particular where a part's first reading of a
   * series closes the span open before the cut after the part closed another series' span, and where a part's
   * series starts in range and ends with a span open.
   */
  @Test
  void everyCutOfFirstReadingsThatCloseOrOpenSpansJoinsAsTheSequentialRead() {
    List<R> rs = readings();
    for (int cap : new int[] {0, 1, Integer.MAX_VALUE}) {
      List<Sunk> expectedSpans = new ArrayList<>();
      Acc sequential = new Acc(ComplianceJoinProperties.create(cap, expectedSpans));
      for (R r : rs) {
        assertThat(sequential.add(r)).isEqualTo(ComplianceAccumulator.Outcome.ADDED);
      }
      ComplianceTable expected = sequential.acc.finish();
      ComplianceJoinProperties.assertEveryCutJoinsAs(rs, spans -> ComplianceJoinProperties.create(cap, spans),
          expected, expectedSpans);
      ComplianceJoinProperties.assertEveryCutJoinsAs(rs, spans -> ComplianceJoinProperties.createKeeping(cap),
          expected, null);
    }
  }

  /**
   * Rule (guard of the law above): the two cases are in the readings: at the cut after reading 1 the sink gets
   * sensor 1's span (from minute 1) before sensor 0's (from minute 0), and at the cut after reading 7 sensor 0's
   * span from minute 8 ends at minute 14 with 2 readings and another starts at minute 16.
   */
  @Test
  void theReadingsHoldBothCases() {
    List<Sunk> sunk = new ArrayList<>();
    Acc a = new Acc(ComplianceJoinProperties.create(Integer.MAX_VALUE, sunk));
    for (R r : readings()) {
      a.add(r);
    }
    a.acc.finish();
    assertThat(sunk.get(0).span().sensorId()).isEqualTo("s1");
    assertThat(sunk.get(1).span().sensorId()).isEqualTo("s0");
    Span fromEight = sunk.stream().map(Sunk::span)
        .filter(s -> s.sensorId().equals("s0") && s.start().equals(Instant.ofEpochMilli(T0 + 8 * 60_000L)))
        .findFirst().orElseThrow();
    assertThat(fromEight.readings()).isEqualTo(2);
    assertThat(fromEight.end()).isEqualTo(Instant.ofEpochMilli(T0 + 14 * 60_000L));
    assertThat(sunk.stream().map(Sunk::span).anyMatch(s -> s.sensorId().equals("s0")
        && s.start().equals(Instant.ofEpochMilli(T0 + 16 * 60_000L)))).isTrue();
  }

  /**
   * Rule: a part whose sensor is registered at another location, or with another reporting interval, than in the
   * accumulator it is joined to is not joined ({@code join} is false) and nothing changes: its readings can then be
   * added one by one, which says why.
   */
  @Test
  void aPartWhoseSensorIsElsewhereOrReportsAtAnotherIntervalIsNotJoined() {
    Location room0 = Location.builder().facility("本庁舎").zone("室0").build();
    Location room9 = Location.builder().facility("本庁舎").zone("室9").build();
    Optional<Duration> tenMinutes = Optional.of(Duration.ofMinutes(10));
    long t = T0;
    for (int elsewhere = 0; elsewhere < 2; elsewhere++) {
      ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY,
          ComplianceJoinProperties.JST);
      int s = acc.sensor("s0", room0, tenMinutes);
      acc.add(s, Quantity.AIR_TEMPERATURE, t, 22_000);
      ComplianceAccumulator part = acc.newPart();
      int ps = elsewhere == 0 ? part.sensor("s0", room9, tenMinutes)
          : part.sensor("s0", room0, Optional.of(Duration.ofMinutes(5)));
      part.add(ps, Quantity.AIR_TEMPERATURE, t + 600_000, 30_000);
      assertThat(acc.join(part)).as(elsewhere == 0 ? "another location" : "another interval").isFalse();
      assertThat(acc.readings()).isEqualTo(1);
      ComplianceTable table = acc.finish();
      assertThat(table.rows()).hasSize(1);
      assertThat(table.rows().get(0).location()).isEqualTo(room0);
      assertThat(table.rows().get(0).quantities().get(0).count()).isEqualTo(1);
    }
  }
}
