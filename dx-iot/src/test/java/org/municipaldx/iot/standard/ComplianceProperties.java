package org.municipaldx.iot.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;

class ComplianceProperties {
  // FY2021–FY2022, across the 2022-04-01 amendment
  static final Instant FROM = LocalDate.of(2021, 4, 1).atStartOfDay(ComplianceReport.JAPAN).toInstant();
  static final long SECONDS = 2L * 365 * 86_400;

  @Provide
  Arbitrary<List<Reading>> readings() {
    Arbitrary<Reading> temp = Combinators.combine(Arbitraries.longs().between(0, SECONDS - 1),
        Arbitraries.integers().between(100, 320))
        .as((s, raw) -> Reading.of("s1", Quantity.AIR_TEMPERATURE, BigDecimal.valueOf(raw, 1), FROM.plusSeconds(s)));
    Arbitrary<Reading> co = Combinators.combine(Arbitraries.longs().between(0, SECONDS - 1),
        Arbitraries.integers().between(0, 150))
        .as((s, raw) -> Reading.of("s1", Quantity.CO, BigDecimal.valueOf(raw, 1), FROM.plusSeconds(s)));
    return Arbitraries.oneOf(temp, co).list().ofMaxSize(150);
  }

  @Property(tries = 150)
  void perReadingExceedancesAccountForEveryReadingOutsideTheLimit(@ForAll("readings") List<Reading> rs,
      @ForAll long seed) {
    for (FiscalYear fy : List.of(FiscalYear.of(2021), FiscalYear.of(2022))) {
      ComplianceReport rep = ComplianceReport.of(Standards.BUILDING_HYGIENE, Location.of("本庁舎"),
          ReportPeriod.fiscalYear(fy), ComplianceReport.JAPAN, rs);
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
          ReportPeriod.fiscalYear(fy), ComplianceReport.JAPAN, shuffled)).isEqualTo(rep);
    }
  }
}
