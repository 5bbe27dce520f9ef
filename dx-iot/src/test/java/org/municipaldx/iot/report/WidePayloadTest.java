package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.report.ComplianceJoinProperties.Acc;
import org.municipaldx.iot.report.ComplianceJoinProperties.R;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * Kept spans whose end, readings or worst value do not fit the slot's packed long (issue 16n: a slot of five longs,
 * the three packed where the end is under 2<sup>27</sup> ms after the start, the readings under 8,192 and the worst
 * value within ±2<sup>22</sup>) are kept exactly, alone and across joins (a part's wide payloads taken over with its
 * pool blocks, or kept again one by one).
 */
class WidePayloadTest {
  private static final long T0 = Instant.parse("2024-05-31T15:00:00Z").toEpochMilli(); // 2024-06-01 00:00 JST

  /**
   * Sensor 0 (10-minute interval): CO2 at 5,000 ppm, above the school standard's 1,500 per reading (worst value
   * 5,000,000: beyond ±2^22). Sensor 3 (no interval): in range, then 30 °C hourly for 72 hours (a span of 71 hours:
   * beyond 2^27 ms; cut after reading 4, a part closes it and keeps it in its own pool while the accumulator holds
   * sensor 0's wide span).
   * Sensor 1 (10-minute interval): 31 °C every minute for 9,000 minutes (9,000 readings: beyond 8,191). Sensor 2:
   * two short spans that fit, at 29 °C.
   */
  static List<R> readings() {
    List<R> rs = new ArrayList<>();
    rs.add(new R(2, Quantity.AIR_TEMPERATURE, T0, 29_000));
    rs.add(new R(2, Quantity.AIR_TEMPERATURE, T0 + 60_000, 22_000));
    rs.add(new R(0, Quantity.CO2, T0, 5_000_000));
    rs.add(new R(0, Quantity.CO2, T0 + 300_000, 400_000));
    rs.add(new R(3, Quantity.AIR_TEMPERATURE, T0, 22_000));
    for (int h = 1; h <= 72; h++) {
      rs.add(new R(3, Quantity.AIR_TEMPERATURE, T0 + h * 3_600_000L, 30_000));
    }
    rs.add(new R(3, Quantity.AIR_TEMPERATURE, T0 + 73 * 3_600_000L, 22_000));
    for (int m = 0; m < 9_000; m++) {
      rs.add(new R(1, Quantity.AIR_TEMPERATURE, T0 + m * 60_000L, 31_000));
    }
    rs.add(new R(1, Quantity.AIR_TEMPERATURE, T0 + 9_000 * 60_000L, 22_000));
    rs.add(new R(2, Quantity.AIR_TEMPERATURE, T0 + 9_001 * 60_000L, 29_500));
    rs.add(new R(2, Quantity.AIR_TEMPERATURE, T0 + 9_002 * 60_000L, 22_000));
    return rs;
  }

  static ComplianceAccumulator school(int cap) {
    return ComplianceAccumulator.create(Standards.SCHOOL, CompliancePeriod.Kind.MONTH, ComplianceJoinProperties.JST)
        .setMaxSpans(cap);
  }

  /** Rule: the spans listed are the readings' exactly: end, readings and worst value. */
  @Test
  void spansBeyondThePackedRangeAreKeptExactly() {
    Acc a = new Acc(school(100));
    readings().forEach(a::add);
    ComplianceTable t = a.acc.finish();
    List<Span> spans = new ArrayList<>();
    t.rows().forEach(r -> r.quantities().forEach(q -> spans.addAll(q.spans())));
    assertThat(spans).extracting(Span::sensorId, s -> Duration.between(s.start(), s.end()), Span::readings,
        s -> s.worst().stripTrailingZeros().toPlainString()).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("s0", Duration.ofMinutes(5), 1L, "5000"),
            org.assertj.core.groups.Tuple.tuple("s3", Duration.ofHours(71), 72L, "30"),
            org.assertj.core.groups.Tuple.tuple("s1", Duration.ofMinutes(9_000), 9_000L, "31"),
            org.assertj.core.groups.Tuple.tuple("s2", Duration.ofMinutes(1), 1L, "29"),
            org.assertj.core.groups.Tuple.tuple("s2", Duration.ofMinutes(1), 1L, "29.5"));
  }

  /**
   * Rule: joined at cuts before, inside and after the wide spans, into one part or two, with caps that take the
   * part's pool over (100) or keep its spans again one by one (1, 2), the table is the sequential one.
   */
  @Test
  void joinedWidePayloadsAreTheSequentialOnes() {
    List<R> rs = readings();
    for (int cap : new int[] {1, 2, 100}) {
      Acc sequential = new Acc(school(cap));
      rs.forEach(sequential::add);
      ComplianceTable expected = sequential.acc.finish();
      for (int cut : new int[] {0, 3, 4, 50, 77, 5_000, rs.size() - 2}) {
        for (int parts : new int[] {1, 2}) {
          Acc g = ComplianceJoinProperties.readThenJoin(new Acc(school(cap)), rs, cut, parts);
          assertThat(g.acc.finish()).as("cap %d, cut %d, %d part(s)", cap, cut, parts).isEqualTo(expected);
        }
      }
    }
  }
}
