package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * The accumulator's figures do not change as its arrays grow: 40 sensors (more than the 16 the
 * arrays start with) in 40 places over two Tokyo days make 80 cells and 5,760 kept spans (six blocks of
 * the span pool, whose index starts with four), each figure worked out by hand.
 */
class ComplianceAccumulatorGrowthTest {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");

  /**
   * Every sensor reads every 10 minutes from 2024-06-03 00:00 to 2024-06-04 23:50 (Tokyo), 30 °C
   * (above 28) then 20 °C, in turn: per place and day 144 readings, 72 out of range, 72 spans of one
   * reading and 10 minutes starting every 20 minutes from 00:00 to 23:40, 720 minutes out of range,
   * sum 72 × 30 + 72 × 20 = 3,600, no gap.
   */
  @Test
  void fortySensorsOverTwoDaysGiveTheSameFiguresInEveryCell() {
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    int sensors = 40;
    int[] index = new int[sensors];
    for (int s = sensors - 1; s >= 0; s--) { // registered in reverse id order
      index[s] = acc.sensor(String.format("s%02d", s), Location.builder().facility(String.format("館%02d", s)).build(),
          Optional.of(Duration.ofMinutes(10)));
    }
    long start = LocalDateTime.parse("2024-06-03T00:00").atZone(JST).toInstant().toEpochMilli();
    for (int i = 0; i < 288; i++) {
      for (int s = 0; s < sensors; s++) {
        int k = (s * 7 + i) % sensors; // the sensors in a different order at every time
        assertThat(acc.add(index[k], Quantity.AIR_TEMPERATURE, start + i * 600_000L, i % 2 == 0 ? 30_000 : 20_000))
            .isEqualTo(ComplianceAccumulator.Outcome.ADDED);
      }
    }
    ComplianceTable t = acc.finish();
    assertThat(t.readings()).isEqualTo(288L * sensors);
    assertThat(t.rows()).hasSize(2 * sensors);
    for (int r = 0; r < t.rows().size(); r++) {
      LocationPeriod p = t.rows().get(r);
      int s = r / 2;
      int day = r % 2;
      Instant dayStart = Instant.ofEpochMilli(start).plus(Duration.ofDays(day));
      assertThat(p.location().key()).isEqualTo(String.format("館%02d//", s));
      assertThat(p.sensors()).containsExactly(String.format("s%02d", s));
      assertThat(p.period().toString()).isEqualTo(day == 0 ? "2024-06-03" : "2024-06-04");
      assertThat(p.gaps()).isEmpty();
      assertThat(p.coverage()).hasValue(new BigDecimal("1.000000"));
      assertThat(p.observed()).isEqualTo(day == 0 ? Duration.ofHours(24) : Duration.ofMinutes(23 * 60 + 50));
      QuantityRow q = p.quantities().get(0);
      assertThat(p.quantities()).hasSize(1);
      assertThat(q.count()).isEqualTo(144);
      assertThat(q.judged()).isEqualTo(144);
      assertThat(q.outOfRange()).isEqualTo(72);
      assertThat(q.sum()).isEqualByComparingTo("3600");
      assertThat(q.min()).hasValue(new BigDecimal("20"));
      assertThat(q.max()).hasValue(new BigDecimal("30"));
      assertThat(q.timeOutOfRange()).hasValue(Duration.ofMinutes(720));
      assertThat(q.spans()).hasSize(72);
      for (int j = 0; j < 72; j++) {
        Span sp = q.spans().get(j);
        assertThat(sp.start()).isEqualTo(dayStart.plus(Duration.ofMinutes(20L * j)));
        assertThat(sp.end()).isEqualTo(dayStart.plus(Duration.ofMinutes(20L * j + 10)));
        assertThat(sp.sensorId()).isEqualTo(String.format("s%02d", s));
        assertThat(sp.readings()).isEqualTo(1);
        assertThat(sp.worst()).isEqualTo(new BigDecimal("30"));
        assertThat(sp.above()).isTrue();
      }
      assertThat(q.spanSummary()).isEqualTo(new SpanSummary(72, 0, Optional.of(Duration.ofMinutes(10)),
          Optional.of(dayStart), Optional.of(dayStart.plus(Duration.ofMinutes(20 * 71)))));
    }
  }
}
