package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.ModelTrials;

class FiscalYearProperties {

  @Test
  void parseOfToStringIsIdentity() {
    ModelTrials.API.integers(1873, 9998).withLimit(1000).supplyTo(year -> {
      FiscalYear fy = FiscalYear.of(year);
      assertThat(FiscalYear.parse(fy.toString())).isEqualTo(fy);
      assertThat(FiscalYear.parse(fy.toJapaneseEraString())).isEqualTo(fy);
    });
  }

  @Test
  void everyDateIsInExactlyTheFiscalYearContainingIt() {
    ModelTrials.API.longs(LocalDate.of(1874, 4, 1).toEpochDay(), LocalDate.of(2999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay).withLimit(1000).supplyTo(date -> {
          FiscalYear fy = FiscalYear.containing(date);
          assertThat(fy.contains(date)).isTrue();
          assertThat(fy.previous().contains(date)).isFalse();
          assertThat(fy.next().contains(date)).isFalse();
          assertThat(fy.startDate()).isBeforeOrEqualTo(date);
          assertThat(fy.endDate()).isAfterOrEqualTo(date);
        });
  }

  @Test
  void orderingFollowsStartDates() {
    ModelTrials.API.integers(1873, 9998).and(ModelTrials.API.integers(1873, 9998)).withLimit(1000).supplyTo((a, b) -> {
      FiscalYear x = FiscalYear.of(a);
      FiscalYear y = FiscalYear.of(b);
      assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(x.startDate().compareTo(y.startDate())));
      assertThat(x.isBefore(y)).isEqualTo(x.endDate().isBefore(y.startDate()));
    });
  }

  @Test
  void reportingPeriodsRoundTrip() {
    ModelTrials.API.integers(1873, 9998).and(ModelTrials.API.booleans()).withLimit(1000).supplyTo((year, fiscal) -> {
      ReportingPeriod p = fiscal ? ReportingPeriod.fiscalYear(FiscalYear.of(year)) : ReportingPeriod.calendarYear(year);
      assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
    });
  }
}
