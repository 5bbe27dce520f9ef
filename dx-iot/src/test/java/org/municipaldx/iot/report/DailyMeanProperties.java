package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.report.ComplianceJoinProperties.Acc;
import org.municipaldx.iot.report.ComplianceJoinProperties.R;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.testsupport.TrialScale;

/**
 * The days of a cell judged by the day's mean (CO2 under building hygiene, ≤ 1,000 ppm as a daily average), kept
 * in {@link ComplianceAccumulator}'s primitive day entries since issue 16i (each cell's days linked, the day met
 * last first): checked against a model computed independently here — per location and Asia/Tokyo day, the sum and
 * count of the readings, the first and last time, the sensor of the day's first reading accumulated — for readings
 * of three sensors (two share a room) whose clocks drift apart by days, so that the accumulator meets a cell's
 * days out of date order (a sensor a day or more behind the other), and for the same readings cut into a prefix
 * and parts joined ({@link ComplianceJoinProperties#assertEveryCutJoinsAs}) with monthly rows, where a cell's days
 * are merged day by day.
 */
class DailyMeanProperties {
  /** Readings: each code moves one sensor's own clock on by 0 minutes to two days and gives a CO2 value. */
  static List<R> readings(List<Integer> codes) {
    long[] clock = {Instant.parse("2024-05-30T14:40:00Z").toEpochMilli(),
        Instant.parse("2024-05-29T23:50:00Z").toEpochMilli(), Instant.parse("2024-05-31T14:59:00Z").toEpochMilli()};
    long[] steps = {0, 7, 30, 180, 600, 1440, 2880};
    List<R> out = new ArrayList<>();
    for (int code : codes) {
      int sensor = code % 3;
      clock[sensor] += steps[(code >>> 2) % steps.length] * 60_000L;
      long value = (600 + (code >>> 6) % 81 * 10) * 1000L; // 600–1,400 ppm by 10
      out.add(new R(sensor, Quantity.CO2, clock[sensor], value));
    }
    return out;
  }

  static ComplianceAccumulator monthly() {
    return ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.MONTH,
        ComplianceJoinProperties.JST);
  }

  /** The model's day: sum and count of the fixed-point values, first and last time, first sensor. */
  static final class Day {
    long sum;
    long count;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    final int sensor;

    Day(int sensor) {
      this.sensor = sensor;
    }
  }

  /**
   * Rule: each monthly CO2 row judges every day of the location in the month once (judged = the days), counts the
   * days whose mean is above 1,000 ppm (exactly: sum > 1,000 × count) and lists them as day spans from the day's
   * first to its last reading, with the day's readings, its mean rounded half-even and its first sensor.
   */
  @Test
  void theDaysOfEachLocationAreJudgedByTheirMean() {
    Trials.api().integers(0, 1 << 16).immutableLists().withLimits(TrialScale.trials(150), TrialScale.limits())
        .supplyTo(codes -> {
          List<R> rs = readings(codes);
          Acc acc = new Acc(monthly());
          Map<String, Day> model = new LinkedHashMap<>();
          for (R r : rs) {
            assertThat(acc.add(r)).isEqualTo(ComplianceAccumulator.Outcome.ADDED);
            LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(r.time()), ComplianceJoinProperties.JST);
            Day d = model.computeIfAbsent("室" + r.sensor() / 2 + "|" + date, k -> new Day(r.sensor()));
            d.sum += r.value();
            d.count++;
            d.first = Math.min(d.first, r.time());
            d.last = Math.max(d.last, r.time());
          }
          ComplianceTable table = acc.acc.finish();
          int days = 0;
          for (LocationPeriod row : table.rows()) {
            String room = row.location().key().substring(row.location().key().lastIndexOf('室'));
            List<String> expected = new ArrayList<>();
            long judged = 0;
            for (Map.Entry<String, Day> e : model.entrySet()) {
              LocalDate date = LocalDate.parse(e.getKey().substring(e.getKey().indexOf('|') + 1));
              if (!e.getKey().startsWith(room + "|") || !row.period().contains(date)) {
                continue;
              }
              judged++;
              Day d = e.getValue();
              if (d.sum > 1_000_000L * d.count) {
                BigDecimal mean = BigDecimal.valueOf(d.sum).divide(BigDecimal.valueOf(d.count), 0, RoundingMode.HALF_EVEN)
                    .movePointLeft(ComplianceAccumulator.SCALE);
                expected.add(describe("s" + d.sensor, d.first, d.last, d.count, mean, date));
              }
            }
            days += judged;
            List<QuantityRow> co2 = row.quantities().stream().filter(q -> q.quantity() == Quantity.CO2).toList();
            if (judged == 0) {
              assertThat(co2).as("%s", row.period()).allMatch(q -> q.judged() == 0);
              continue;
            }
            QuantityRow q = co2.get(0);
            assertThat(q.judged()).as("days judged, %s %s", room, row.period()).isEqualTo(judged);
            assertThat(q.outOfRange()).as("days out, %s %s", room, row.period()).isEqualTo(expected.size());
            List<String> actual = new ArrayList<>();
            for (Span s : q.spans()) {
              assertThat(s.day()).isPresent();
              actual.add(describe(s.sensorId(), s.start().toEpochMilli(), s.end().toEpochMilli(), s.readings(),
                  s.worst(), s.day().orElseThrow()));
            }
            // the table lists spans by start (then sensor): the model's days in date order are in that order too
            expected.sort(null);
            actual.sort(null);
            assertThat(actual).as("day spans, %s %s", room, row.period()).isEqualTo(expected);
          }
          assertThat(days).isEqualTo(model.size());
        });
  }

  private static String describe(String sensor, long first, long last, long count, BigDecimal mean, LocalDate day) {
    return day + " " + sensor + " " + Instant.ofEpochMilli(first) + "–" + Instant.ofEpochMilli(last) + " n=" + count
        + " mean=" + mean.stripTrailingZeros().toPlainString();
  }

  /**
   * Rule: the same readings cut at every position into a prefix and one or two parts, joined, give the table of
   * accumulating them in order (monthly rows: the parts' days of a cell merged into the days met before).
   */
  @Test
  void joiningPartsMergesTheDaysOfEachCell() {
    Trials.api().integers(0, 1 << 16).immutableLists().withLimits(TrialScale.trials(60), TrialScale.limits())
        .supplyTo(codes -> {
          List<R> rs = readings(codes);
          Acc sequential = new Acc(monthly());
          for (R r : rs) {
            sequential.add(r);
          }
          ComplianceJoinProperties.assertEveryCutJoinsAs(rs, spans -> monthly(), sequential.acc.finish(), null);
        });
  }
}
