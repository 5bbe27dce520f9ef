package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.core.plan.WorkloadComparison;
import org.municipaldx.core.plan.WorkloadSurvey;

/**
 * {@link DayBasis} and {@link WorkloadChange} at their bounds, each figure stated (issue 13 part 4:
 * mutation testing).
 */
class DayBasisAndWorkloadRulesTest {

  @Test
  void aWorkingDayIsMoreThanZeroAndAtMost24Hours() {
    // rule: 0 < hours per day <= 24; 24h is the calendar day
    assertThat(DayBasis.working(new BigDecimal("24"))).isEqualTo(DayBasis.CALENDAR);
    assertThat(DayBasis.working(new BigDecimal("24")).minutesPerDay()).isEqualTo(1_440);
    assertThat(DayBasis.working(new BigDecimal("0.1")).minutesPerDay()).isEqualTo(6);
    for (String bad : new String[] {"0", "24.1"}) {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> DayBasis.working(new BigDecimal(bad)));
      assertThat(e.type()).isEqualTo("DayBasis");
      assertThat(e.field()).isEqualTo("hoursPerDay");
      assertThat(e.value()).isEqualTo(bad);
      assertThat(e.rule()).isEqualTo("must be more than 0 and at most 24");
    }
  }

  @Test
  void daysFromMinutesAndFromHoursAgree() {
    // 7.75-hour days: 930 minutes = 2 days; 15.5 hours = 2 days; hours per day 31/4
    DayBasis d = DayBasis.parse("7.75h");
    assertThat(d.hoursPerDay()).isEqualTo(Rational.of(31, 4));
    assertThat(d.days(930)).isEqualTo(Rational.of(2));
    assertThat(d.days(Rational.of(31, 2))).isEqualTo(Rational.of(2));
    assertThat(DayBasis.parse("8h").toString()).isEqualTo("8h");
    assertThat(DayBasis.CALENDAR.toString()).isEqualTo("24h");
    assertThat(DayBasis.parse("7.5h").hashCode()).isNotEqualTo(DayBasis.parse("8h").hashCode());
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> DayBasis.parse("7.75"));
    assertThat(e.rule()).isEqualTo("cannot be parsed: expected hours and 'h', e.g. 7.75h");
  }

  @Test
  void workloadHoursAreZeroOrMore() {
    InvalidValueException base = catchThrowableOfType(InvalidValueException.class,
        () -> WorkloadChange.of(new BigDecimal("-1"), BigDecimal.ONE));
    assertThat(base.field()).isEqualTo("baselineHours");
    assertThat(base.rule()).isEqualTo("must be zero or more");
    InvalidValueException comp = catchThrowableOfType(InvalidValueException.class,
        () -> WorkloadChange.of(BigDecimal.ONE, new BigDecimal("-0.5")));
    assertThat(comp.field()).isEqualTo("comparisonHours");
    WorkloadChange zero = WorkloadChange.of(BigDecimal.ZERO, BigDecimal.ZERO);
    assertThat(zero.difference()).isEqualByComparingTo("0");
    assertThat(zero.relativeChange()).isEmpty();
  }

  @Test
  void aWorkloadChangeKeepsBothFiguresAndPrintsThem() {
    // seed line 189: 205,132時間 → 197,745時間 (△7,387時間)
    WorkloadChange c = WorkloadChange.of(new BigDecimal("205132"), new BigDecimal("197745"));
    assertThat(c.baselineHours()).isEqualByComparingTo("205132");
    assertThat(c.comparisonHours()).isEqualByComparingTo("197745");
    assertThat(c.toString()).isEqualTo("205,132時間 → 197,745時間 (△7,387時間)");
    assertThat(c).isNotEqualTo(WorkloadChange.of(new BigDecimal("205132"), new BigDecimal("197746")));
    assertThat(c).isNotEqualTo(WorkloadChange.of(new BigDecimal("205133"), new BigDecimal("197745")));
  }

  @Test
  void aComparisonWithoutAStatedChangeHasNothingToCheck() {
    WorkloadComparison c = WorkloadComparison.builder()
        .baseline(WorkloadSurvey.builder().departmentId("somu").fiscalYear(FiscalYear.of(2020)).hours(100).build())
        .comparison(WorkloadSurvey.builder().departmentId("somu").fiscalYear(FiscalYear.of(2021)).hours(90).build())
        .build();
    assertThat(WorkloadChange.statedChangeConsistent(c)).isEmpty();
    assertThat(WorkloadChange.of(c)).isEqualTo(WorkloadChange.of(new BigDecimal("100"), new BigDecimal("90")));
  }
}
