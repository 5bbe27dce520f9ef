package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.internal.KanjiNumerals;
import org.municipaldx.testsupport.TrialScale;
import org.municipaldx.core.json.ModelTrials;

class FiscalYearProperties {

  @Test
  void parseOfToStringIsIdentity() {
    ModelTrials.API.integers(1873, 9998).withLimits(TrialScale.trials(1000), TrialScale.limits()).supplyTo(year -> {
      FiscalYear fy = FiscalYear.of(year);
      assertThat(FiscalYear.parse(fy.toString())).isEqualTo(fy);
      assertThat(FiscalYear.parse(fy.toJapaneseEraString())).isEqualTo(fy);
    });
  }

  @Test
  void everyPrintedFormParsesBack() {
    // toString, the era form with Arabic and with kanji numerals, FY, 年度, full-width: all read back
    ModelTrials.API.integers(FiscalYear.MIN_YEAR, FiscalYear.MAX_YEAR).withLimits(TrialScale.trials(1000), TrialScale.limits()).supplyTo(year -> {
      FiscalYear fy = FiscalYear.of(year);
      for (String form : List.of(fy.toString(), fy.toJapaneseEraString(), fy.toKanjiEraString(),
          "FY" + year, year + "年度", Normalizer.normalize(fy.toString(), Normalizer.Form.NFKC),
          toFullWidth(fy.toJapaneseEraString()), year + "（" + fy.toKanjiEraString().replace("年度", "") + "）年度")) {
        assertThat(FiscalYear.parse(form)).as(form).isEqualTo(fy);
      }
    });
  }

  @Test
  void anEraCountedPastItsEndNamesTheYearItCountsTo() {
    // every era E and every count n up to ERA_OVERRUN_YEARS past E's last year: E n 年度 is FY(start(E) + n - 1)
    ModelTrials.API.choose(List.of(new Object[] {"大正", 1912, 1926}, new Object[] {"昭和", 1926, 1989},
        new Object[] {"平成", 1989, 2019})).and(ModelTrials.API.integers(1, 200)).withLimits(TrialScale.trials(500), TrialScale.limits()).supplyTo((era, n) -> {
          String name = (String) era[0];
          int start = (Integer) era[1];
          int end = (Integer) era[2];
          int western = start + n - 1;
          String arabic = name + n + "年度";
          String kanji = name + (n == 1 ? "元" : KanjiNumerals.format(n)) + "年度";
          if (western <= end + FiscalYear.ERA_OVERRUN_YEARS) {
            assertThat(FiscalYear.parse(arabic)).as(arabic).isEqualTo(FiscalYear.of(western));
            assertThat(FiscalYear.parse(kanji)).as(kanji).isEqualTo(FiscalYear.of(western));
          } else {
            assertThatThrownBy(() -> FiscalYear.parse(arabic)).as(arabic).hasMessageContaining("too far past");
            assertThatThrownBy(() -> FiscalYear.parse(kanji)).as(kanji).hasMessageContaining("too far past");
          }
        });
  }

  private static String toFullWidth(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> sb.appendCodePoint(c >= '0' && c <= '9' ? c - '0' + '０' : c));
    return sb.toString();
  }

  @Test
  void everyDateIsInExactlyTheFiscalYearContainingIt() {
    ModelTrials.API.longs(LocalDate.of(1874, 4, 1).toEpochDay(), LocalDate.of(2999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay).withLimits(TrialScale.trials(1000), TrialScale.limits()).supplyTo(date -> {
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
    ModelTrials.API.integers(1873, 9998).and(ModelTrials.API.integers(1873, 9998)).withLimits(TrialScale.trials(1000), TrialScale.limits()).supplyTo((a, b) -> {
      FiscalYear x = FiscalYear.of(a);
      FiscalYear y = FiscalYear.of(b);
      assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(x.startDate().compareTo(y.startDate())));
      assertThat(x.isBefore(y)).isEqualTo(x.endDate().isBefore(y.startDate()));
    });
  }

  @Test
  void reportingPeriodsRoundTrip() {
    ModelTrials.API.integers(1873, 9998).and(ModelTrials.API.booleans()).withLimits(TrialScale.trials(1000), TrialScale.limits()).supplyTo((year, fiscal) -> {
      ReportingPeriod p = fiscal ? ReportingPeriod.fiscalYear(FiscalYear.of(year)) : ReportingPeriod.calendarYear(year);
      assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
    });
  }
}
