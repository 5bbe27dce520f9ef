package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.report.ComplianceJoinProperties.Acc;
import org.municipaldx.iot.report.ComplianceJoinProperties.R;

/**
 * The join of a part that keeps exceedance spans of its own (issue 13, issue 16i): a part keeps a span when one of
 * its series closes a span that its first reading did not open (that one is held for the join instead), i.e. a
 * series with a reading in range and then one out of range and then one in range again, all in the part. Such a
 * part's pool is adopted by the accumulator it is joined to ({@code adoptPool}) and its cells' kept spans linked
 * after the ones kept there, or kept one by one where the cap cuts them ({@code joinCell}). The random readings of
 * {@link ComplianceJoinProperties} reach this rarely (a PIT run found none of it covered); these readings reach it at
 * every cut that puts a whole in-out-in run of a series into a part, which {@link #theReadingsReachAPartWithKeptSpans}
 * checks, so that the law below is not vacuous.
 *
 * <p>Sensors 0 and 1 share a location (room 0), so their spans interleave in one cell, and sensor 1's first span
 * (from minute 5) closes after sensor 0's span from minute 10: the cell's kept spans are not linked in (start,
 * sensor) order, which the table then sorts, and under a cap a later span replaces the last kept one. Sensor 2
 * (room 1) appears only late in the stream with a clock behind the others; sensor 3 (room 1, no reporting
 * interval) shares its cell.
 */
class ComplianceKeptSpanJoinTest {
  private static final long T0 = Instant.parse("2024-06-01T01:00:00Z").toEpochMilli(); // 10:00 JST

  private static long at(int minutes) {
    return T0 + minutes * 60_000L;
  }

  private static R temp(int sensor, int minutes, int celsius) {
    return new R(sensor, Quantity.AIR_TEMPERATURE, at(minutes), celsius * 1000L);
  }

  private static R humidity(int sensor, int minutes, int percent) {
    return new R(sensor, Quantity.RELATIVE_HUMIDITY, at(minutes), percent * 1000L);
  }

  /** Readings with in-out-in runs per series, two sensors per location, one sensor whose spans start earlier. */
  static List<R> readings() {
    List<R> rs = new ArrayList<>();
    rs.add(temp(0, 0, 22));
    rs.add(temp(1, 5, 31)); // sensor 1: a span opened by its first reading, closed after sensor 0's next one
    rs.add(temp(0, 10, 30));
    rs.add(temp(1, 15, 29));
    rs.add(humidity(0, 16, 50));
    rs.add(temp(0, 20, 16)); // below: sensor 0's span from 10 closes, kept before sensor 1's from 5
    rs.add(humidity(0, 22, 75));
    rs.add(temp(1, 25, 22)); // sensor 1's span from 5 closes: room 0's kept spans are out of (start) order
    rs.add(temp(0, 30, 22));
    rs.add(humidity(0, 32, 50));
    rs.add(temp(1, 35, 22));
    rs.add(temp(0, 40, 29)); // above, twice (one span of two readings)
    rs.add(temp(0, 45, 30));
    rs.add(temp(1, 46, 17));
    rs.add(temp(0, 50, 22));
    rs.add(temp(1, 56, 22));
    rs.add(temp(2, -30, 22)); // sensor 2's clock is behind: its spans start before the ones kept above
    rs.add(temp(2, -20, 35));
    rs.add(temp(3, -19, 33)); // no interval: its span lasts to the next reading in range
    rs.add(temp(2, -10, 22));
    rs.add(temp(3, -5, 22));
    rs.add(temp(2, -2, 12));
    rs.add(temp(3, 0, 12));
    rs.add(temp(2, 8, 22));
    rs.add(temp(3, 9, 23));
    rs.add(temp(0, 60, 31)); // sensor 0 again: a span across the last cut
    rs.add(temp(1, 61, 31));
    rs.add(temp(0, 70, 32));
    rs.add(temp(0, 80, 22));
    rs.add(temp(1, 85, 22));
    rs.add(temp(1, 95, 10));
    rs.add(temp(1, 105, 22));
    return rs;
  }

  private static ComplianceTable sequential(List<R> rs, int cap) {
    Acc a = new Acc(ComplianceJoinProperties.createKeeping(cap));
    for (R r : rs) {
      assertThat(a.add(r)).isEqualTo(ComplianceAccumulator.Outcome.ADDED);
    }
    return a.acc.finish();
  }

  /**
   * Rule: joining parts whose cells hold kept spans gives the table of accumulating in order (the spans listed, in
   * the same order, the same summaries), at every cut into one part or two, with caps that keep all the spans, cut
   * the part's list (kept one by one) or keep none.
   */
  @Test
  void joiningPartsThatKeepSpansIsAccumulatingInOrder() {
    List<R> rs = readings();
    for (int cap : new int[] {0, 1, 2, 3, 4, 5, 7, Integer.MAX_VALUE}) {
      ComplianceTable expected = sequential(rs, cap);
      ComplianceJoinProperties.assertEveryCutJoinsAs(rs, spans -> ComplianceJoinProperties.createKeeping(cap),
          expected, null);
    }
  }

  /**
   * Rule (guard of the law above): the readings reach the path it is about: at most cuts a part holds kept spans of
   * its own when it is joined, and the joined part's cells hold more than the cap lets through at cap 2.
   */
  @Test
  void theReadingsReachAPartWithKeptSpans() {
    List<R> rs = readings();
    int reaching = 0;
    for (int cut = 0; cut < rs.size(); cut++) {
      Acc g = new Acc(ComplianceJoinProperties.createKeeping(Integer.MAX_VALUE));
      for (int i = 0; i < cut; i++) {
        g.add(rs.get(i));
      }
      Acc p = new Acc(g.acc.newPart());
      for (int i = cut; i < rs.size(); i++) {
        assertThat(p.add(rs.get(i))).isEqualTo(ComplianceAccumulator.Outcome.ADDED);
      }
      if (p.acc.pooledSpans() > 0) {
        reaching++;
      }
      assertThat(g.acc.join(p.acc)).as("cut at %d", cut).isTrue();
    }
    assertThat(reaching).isGreaterThan(rs.size() / 2);
  }

  /**
   * Rule: the table lists a cell's spans by start, then sensor id, whatever order they were kept and joined in:
   * sensor 2's and 3's spans (room 1) start before the ones kept later of the same cell.
   */
  @Test
  void aJoinedCellListsItsSpansByStartThenSensor() {
    List<R> rs = readings();
    Acc g = new Acc(ComplianceJoinProperties.createKeeping(Integer.MAX_VALUE));
    int cut = 20;
    for (int i = 0; i < cut; i++) {
      g.add(rs.get(i));
    }
    Acc p = new Acc(g.acc.newPart());
    for (int i = cut; i < rs.size(); i++) {
      p.add(rs.get(i));
    }
    assertThat(g.acc.join(p.acc)).isTrue();
    ComplianceTable t = g.acc.finish();
    for (LocationPeriod row : t.rows()) {
      for (QuantityRow q : row.quantities()) {
        List<Span> spans = q.spans();
        for (int i = 1; i < spans.size(); i++) {
          Span a = spans.get(i - 1);
          Span b = spans.get(i);
          assertThat(a.start().isBefore(b.start())
              || a.start().equals(b.start()) && a.sensorId().compareTo(b.sensorId()) <= 0)
              .as("%s then %s", a, b).isTrue();
        }
      }
    }
    assertThat(t.rows().stream().mapToLong(r -> r.quantities().stream().mapToLong(q -> q.spans().size()).sum()).sum())
        .isEqualTo(13); // sensor 0: 4 temperature + 1 humidity, sensor 1: 4, sensors 2 and 3: 2 each
  }
}
