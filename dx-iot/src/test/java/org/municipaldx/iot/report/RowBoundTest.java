package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.report.ComplianceJoinProperties.Acc;
import org.municipaldx.iot.report.ComplianceJoinProperties.R;
import org.municipaldx.iot.report.ComplianceJoinProperties.Sunk;

/**
 * The rows' shared bounds (issue 16n) at known readings: a part that reads spans of a row after an earlier part,
 * joined meanwhile, filled the row's kept list keeps none of those starting after the row's bound (the pool's slots
 * in use say so), keeps those starting before it, and the table and sink are the sequential read's.
 */
class RowBoundTest {
  private static final long T0 = Instant.parse("2024-06-01T01:00:00Z").toEpochMilli(); // 10:00 JST

  private static R temp(int sensor, int minutes, int celsius) {
    return new R(sensor, Quantity.AIR_TEMPERATURE, T0 + minutes * 60_000L, celsius * 1000L);
  }

  /** Sensor 0's readings (the first part): spans above 28 °C starting at minutes 0 and 20. */
  static List<R> first() {
    return List.of(temp(0, 0, 30), temp(0, 2, 22), temp(0, 20, 30), temp(0, 22, 22));
  }

  /**
   * Sensor 1's readings (the second part; sensors 0 and 1 share room 0, so the same row): in range first, then spans
   * starting at minutes 5, 45 and 65.
   */
  static List<R> second() {
    return List.of(temp(1, 4, 22), temp(1, 5, 30), temp(1, 7, 22), temp(1, 45, 30), temp(1, 47, 22), temp(1, 65, 31),
        temp(1, 67, 22));
  }

  /**
   * Rule: with a cap of 2, the first part's two spans (minutes 0 and 20) fill the row once it is joined; the second
   * part, made before that join and reading meanwhile, keeps its span at minute 5 (read before the join, and before
   * the bound anyway) and none of those at minutes 45 and 65 (after the bound of minute 20), where without the bound
   * it would keep two: one slot of its pool in use, two spans dropped. The joined table lists the spans at minutes
   * 0 and 5 and counts all five, as the sequential read; the sink gets all five in the sequential order.
   */
  @Test
  void aPartKeepsNoSpanStartingAfterTheBoundOfARowFilledByAnEarlierPart() {
    List<R> rs = new ArrayList<>(first());
    rs.addAll(second());
    List<Sunk> expectedSpans = new ArrayList<>();
    Acc sequential = new Acc(ComplianceJoinProperties.create(2, expectedSpans));
    rs.forEach(sequential::add);
    ComplianceTable expected = sequential.acc.finish();

    List<Sunk> spans = new ArrayList<>();
    Acc g = new Acc(ComplianceJoinProperties.create(2, spans));
    Acc p1 = new Acc(g.acc.newPart());
    Acc p2 = new Acc(g.acc.newPart());
    first().forEach(p1::add);
    List<R> later = second();
    for (R r : later.subList(0, 3)) {
      p2.add(r);
    }
    assertThat(p2.acc.pooledSpans()).as("the span at minute 5, before any bound").isEqualTo(1);
    assertThat(g.acc.join(p1.acc)).isTrue();
    for (R r : later.subList(3, later.size())) {
      p2.add(r);
    }
    assertThat(p2.acc.pooledSpans()).as("nothing kept after the bound of minute 20").isEqualTo(1);
    assertThat(p2.acc.droppedByBound()).isEqualTo(2);
    assertThat(g.acc.join(p2.acc)).isTrue();
    ComplianceTable t = g.acc.finish();
    assertThat(t).isEqualTo(expected);
    assertThat(spans).isEqualTo(expectedSpans).hasSize(5);
    QuantityRow q = t.rows().get(0).quantities().stream().filter(x -> x.quantity() == Quantity.AIR_TEMPERATURE)
        .findFirst().orElseThrow();
    assertThat(q.spans()).extracting(s -> s.start().toEpochMilli()).containsExactly(T0, T0 + 5 * 60_000L);
  }

  /**
   * Rule: a part does not publish: the second part's spans fill its own list (cap 1) but a third part, reading
   * before the second is joined, keeps its own earlier span; the accumulator's rows, filled by its own readings
   * before the parts were made, bound them from the start.
   */
  @Test
  void onlyTheAccumulatorsOwnSpansBoundTheParts() {
    Acc g = new Acc(ComplianceJoinProperties.createKeeping(1));
    Acc p2 = new Acc(g.acc.newPart());
    Acc p3 = new Acc(g.acc.newPart());
    second().forEach(p2::add); // keeps its span at minute 5, dropped nothing: nothing published
    first().forEach(p3::add);
    assertThat(p3.acc.pooledSpans()).as("span at minute 20: kept (p2 published no bound)").isEqualTo(1);
    assertThat(p3.acc.droppedByBound()).isZero();

    Acc h = new Acc(ComplianceJoinProperties.createKeeping(1));
    first().forEach(h::add); // the accumulator's own row: its one kept span starts at minute 0
    Acc q = new Acc(h.acc.newPart());
    second().forEach(q::add);
    assertThat(q.acc.pooledSpans()).as("every span of sensor 1 starts after minute 0").isZero();
    assertThat(q.acc.droppedByBound()).isEqualTo(3);
  }

  /**
   * Rule: the bound drops only spans starting strictly after it: with a cap of 1 the accumulator's row holds sensor
   * s1's span starting at minute 5 (the bound); a part's span of sensor s0 starting at minute 5 too comes first (by
   * sensor id) and is kept and listed, as in the sequential read; s0's later span at minute 9 is dropped.
   */
  @Test
  void aSpanStartingAtTheBoundIsKept() {
    List<R> own = List.of(temp(1, 0, 22), temp(1, 5, 30), temp(1, 6, 22));
    List<R> later = List.of(temp(0, 4, 22), temp(0, 5, 30), temp(0, 6, 22), temp(0, 9, 30), temp(0, 10, 22));
    Acc sequential = new Acc(ComplianceJoinProperties.createKeeping(1));
    own.forEach(sequential::add);
    later.forEach(sequential::add);
    ComplianceTable expected = sequential.acc.finish();
    Acc g = new Acc(ComplianceJoinProperties.createKeeping(1));
    own.forEach(g::add);
    Acc p = new Acc(g.acc.newPart());
    later.forEach(p::add);
    assertThat(p.acc.pooledSpans()).isEqualTo(1);
    assertThat(p.acc.droppedByBound()).isEqualTo(1);
    assertThat(g.acc.join(p.acc)).isTrue();
    ComplianceTable t = g.acc.finish();
    assertThat(t).isEqualTo(expected);
    QuantityRow q = t.rows().get(0).quantities().stream().filter(x -> x.quantity() == Quantity.AIR_TEMPERATURE)
        .findFirst().orElseThrow();
    assertThat(q.spans()).extracting(Span::sensorId).containsExactly("s0");
  }

  /** Rule: a part of another accumulator, with the same settings, read that one's bounds: it is not joined. */
  @Test
  void aPartOfAnotherAccumulatorIsRefused() {
    ComplianceAccumulator a = ComplianceJoinProperties.createKeeping(2);
    ComplianceAccumulator b = ComplianceJoinProperties.createKeeping(2);
    assertThatThrownBy(() -> a.join(b.newPart())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of this accumulator");
  }
}
