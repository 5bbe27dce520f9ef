package org.municipaldx.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Limit;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.spark.internal.ComplianceKernel;
import org.municipaldx.spark.internal.DayKernel;
import org.municipaldx.spark.internal.DayReadings;
import org.municipaldx.spark.internal.Rows;
import org.municipaldx.testsupport.TrialScale;

/**
 * The law the primitive day stage rests on (issue 15d): for any day of one location and quantity —
 * readings sharing instants across sensors, invalid and suspect readings, values on, inside and
 * outside the bounds, a limit in force or not, per reading or daily average, bounds finer than the
 * quantity's column scale, the 2022-04-01 amendment — {@link DayKernel} gives the same segment as
 * {@link ComplianceKernel#day}, the library's {@code ComplianceReport} of the day, and for an
 * impossible value or a bad sensor id the same exception; whether the readings come in time order
 * (as the sorted partitions give them) or in any order.
 */
class DayKernelProperties {
  static final Quantity[] QUANTITIES = {Quantity.AIR_TEMPERATURE, Quantity.CO2, Quantity.CO,
      Quantity.RELATIVE_HUMIDITY};
  static final LocalDate[] DAYS = {LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 1), LocalDate.of(2023, 1, 1)};
  static final String[] SENSORS = {"s-1", "s-2", "A:3", "s-10", "bad id"};

  /** A user's standard with bounds finer than the column scales and a per-reading CO2 limit with an end. */
  static final EnvironmentalStandard FINE = EnvironmentalStandard.builder().id("fine").japaneseName("細かい基準")
      .addLimits(limit(Quantity.AIR_TEMPERATURE, "17.005", "27.995", Judgement.PER_READING, null, null))
      .addLimits(limit(Quantity.CO2, null, "800.5", Judgement.PER_READING, null, LocalDate.of(2022, 4, 1)))
      .addLimits(limit(Quantity.CO2, "400", "1000", Judgement.DAILY_AVERAGE, LocalDate.of(2022, 4, 1), null))
      .addLimits(limit(Quantity.RELATIVE_HUMIDITY, "40.05", null, Judgement.DAILY_AVERAGE, null, null))
      .build();
  static final EnvironmentalStandard[] STANDARDS = {Standards.BUILDING_HYGIENE, Standards.SCHOOL, FINE};

  static Limit limit(Quantity q, String lower, String upper, Judgement j, LocalDate from, LocalDate until) {
    Limit.Builder b = Limit.builder();
    b.quantity(q).judgement(j).source("test");
    if (lower != null) {
      b.lower(new BigDecimal(lower));
    }
    if (upper != null) {
      b.upper(new BigDecimal(upper));
    }
    if (from != null) {
      b.effectiveFrom(from);
    }
    if (until != null) {
      b.effectiveUntil(until);
    }
    return b.build();
  }

  /** A value around the quantity's limits, at its column scale; now and then an impossible one. */
  static long value(Quantity q, int x) {
    return switch (q) {
      case AIR_TEMPERATURE -> 1690 + x;          // 16.90 … 28.10 °C, 17.005 and 27.995 in between
      case CO2 -> 390 + x * 6;                   // 390 … 1,062 ppm
      case CO -> x == 112 ? -1 : x / 2;          // 0 … 5.5 ppm; -0.1 impossible
      default -> x == 112 ? 1001 : 395 + x * 3;  // 39.5 … 72.8 %; 100.1 % impossible
    };
  }

  @Test
  void thePrimitiveDayEqualsTheLibrarysReportOfTheDay() {
    var api = Trials.api();
    // one reading: sensor (the last one's id is invalid, drawn rarely), minute slot (ties), value, quality
    var reading = api.integers(0, 40).flatMap(s -> api.integers(0, 24).flatMap(slot -> api.integers(0, 112)
        .flatMap(x -> api.integers(0, 9).map(k -> new int[] {s == 40 ? 4 : s % 4, slot, x, k}))));
    api.integers(0, STANDARDS.length - 1).flatMap(std -> api.integers(0, QUANTITIES.length - 1)
            .flatMap(q -> api.integers(0, DAYS.length - 1).flatMap(d -> api.integers(1, 60)
                .flatMap(size -> reading.immutableListsOfSize(size)).map(l -> new Object[] {std, q, d, l}))))
        .withLimits(TrialScale.trials(300), TrialScale.limits())
        .supplyTo(trial -> {
          EnvironmentalStandard standard = STANDARDS[(Integer) trial[0]];
          Quantity q = QUANTITIES[(Integer) trial[1]];
          LocalDate day = DAYS[(Integer) trial[2]];
          @SuppressWarnings("unchecked")
          List<int[]> drawn = new ArrayList<>((List<int[]>) trial[3]);
          long midnight = ComplianceKernel.micros(day.atStartOfDay(ComplianceReport.JAPAN).toInstant());
          for (boolean timeOrder : new boolean[] {true, false}) {
            if (timeOrder) {
              drawn.sort(Comparator.comparingInt(r -> r[1])); // stable: ties in drawn order, as after Spark's sort
            }
            DayReadings b = new DayReadings();
            for (int[] r : drawn) {
              // quality: 0–6 GOOD, 7–8 SUSPECT, 9 INVALID
              b.add(q.ordinal(), SENSORS[r[0]], midnight + r[1] * 3_540_000_000L, value(q, r[2]),
                  r[3] == 9 ? 2 : r[3] >= 7 ? 1 : 0);
            }
            Object expected;
            try {
              expected = SparkSessions.plain(Rows.segment(ComplianceKernel.day(standard, ComplianceReport.JAPAN, b)));
            } catch (RuntimeException e) {
              expected = e.getClass().getName() + ": " + e.getMessage();
            }
            Object actual;
            try {
              actual = SparkSessions.plain(Rows.segment(new DayKernel(standard, ComplianceReport.JAPAN).day(day, b)));
            } catch (RuntimeException e) {
              actual = e.getClass().getName() + ": " + e.getMessage();
            }
            assertThat(actual).as("%s %s %s, time order %s", standard.id(), q, day, timeOrder).isEqualTo(expected);
          }
        });
  }
}
