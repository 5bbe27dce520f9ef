package org.municipaldx.iot.standard;

import org.municipaldx.testsupport.TrialScale;
import static org.municipaldx.iot.IotTrials.API;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.IotTrials;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;

class ComplianceProperties {
  // FY2021–FY2022, across the 2022-04-01 amendment
  static final Instant FROM = LocalDate.of(2021, 4, 1).atStartOfDay(ComplianceReport.JAPAN).toInstant();
  static final long SECONDS = 2L * 365 * 86_400;

  static Trials<List<Reading>> readings() {
    Trials<Reading> temp = API.longs(0, SECONDS - 1).flatMap(s -> API.integers(100, 320)
        .map(raw -> Reading.of("s1", Quantity.AIR_TEMPERATURE, BigDecimal.valueOf(raw, 1), FROM.plusSeconds(s))));
    Trials<Reading> co = API.longs(0, SECONDS - 1).flatMap(s -> API.integers(0, 150)
        .map(raw -> Reading.of("s1", Quantity.CO, BigDecimal.valueOf(raw, 1), FROM.plusSeconds(s))));
    return IotTrials.listsUpTo(API.alternate(temp, co), 150);
  }

  @Test
  void perReadingExceedancesAccountForEveryReadingOutsideTheLimit() {
    readings().and(API.longs()).withLimits(TrialScale.trials(150), TrialScale.limits()).supplyTo(ComplianceProperties::perReadingExceedances);
  }

  private static void perReadingExceedances(List<Reading> rs, long seed) {
    for (FiscalYear fy : List.of(FiscalYear.of(2021), FiscalYear.of(2022))) {
      ComplianceReport rep = ComplianceReport.of(Standards.BUILDING_HYGIENE, Location.of("本庁舎"),
          CompliancePeriod.fiscalYear(fy), ComplianceReport.JAPAN, rs);
      rep.quantity(Quantity.AIR_TEMPERATURE).ifPresent(t -> {
        long outside = t.exceedances().stream().mapToLong(Exceedance::readings).sum();
        assertThat(t.judged() - t.withinRange()).isEqualTo(outside);
        assertThat(t.judged()).isEqualTo(t.count());
      });
      rep.quantity(Quantity.CO).ifPresent(c -> {
        assertThat(c.judged() - c.withinRange()).isEqualTo(c.exceedances().size());
        assertThat(c.exceedances()).allSatisfy(e -> assertThat(e.day()).isPresent());
      });
      List<Reading> shuffled = new ArrayList<>(rs);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(ComplianceReport.of(Standards.BUILDING_HYGIENE, Location.of("本庁舎"),
          CompliancePeriod.fiscalYear(fy), ComplianceReport.JAPAN, shuffled)).isEqualTo(rep);
    }
  }
}
