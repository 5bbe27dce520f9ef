package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

class FiscalYearProperties {

  @Property
  void parseOfToStringIsIdentity(@ForAll @IntRange(min = 1873, max = 9998) int year) {
    FiscalYear fy = FiscalYear.of(year);
    assertThat(FiscalYear.parse(fy.toString())).isEqualTo(fy);
    assertThat(FiscalYear.parse(fy.toJapaneseEraString())).isEqualTo(fy);
  }

  @Property
  void everyDateIsInExactlyTheFiscalYearContainingIt(@ForAll @DateRange(min = "1874-04-01", max = "2999-12-31") LocalDate date) {
    FiscalYear fy = FiscalYear.containing(date);
    assertThat(fy.contains(date)).isTrue();
    assertThat(fy.previous().contains(date)).isFalse();
    assertThat(fy.next().contains(date)).isFalse();
    assertThat(fy.startDate()).isBeforeOrEqualTo(date);
    assertThat(fy.endDate()).isAfterOrEqualTo(date);
  }

  @Property
  void orderingFollowsStartDates(@ForAll @IntRange(min = 1873, max = 9998) int a, @ForAll @IntRange(min = 1873, max = 9998) int b) {
    FiscalYear x = FiscalYear.of(a);
    FiscalYear y = FiscalYear.of(b);
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(x.startDate().compareTo(y.startDate())));
    assertThat(x.isBefore(y)).isEqualTo(x.endDate().isBefore(y.startDate()));
  }

  @Property
  void reportingPeriodsRoundTrip(@ForAll @IntRange(min = 1873, max = 9998) int year, @ForAll boolean fiscal) {
    ReportingPeriod p = fiscal ? ReportingPeriod.fiscalYear(FiscalYear.of(year)) : ReportingPeriod.calendarYear(year);
    assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
  }
}
