package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.ChannelVolume;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.core.ReportingPeriod;

/**
 * {@link Rate}, {@link Progress} and {@link TakeUp} at their bounds, each figure stated (issue 13 part
 * 4: mutation testing).
 */
class RateAndProgressRulesTest {
  private static final RoundingPolicy TENTH = RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH);

  @Test
  void aRatesPartsAreZeroOrMore() {
    // rule: numerator and denominator >= 0; 0/0 is the undefined rate
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Rate.of(1, -1));
    assertThat(e.field()).isEqualTo("denominator");
    assertThat(e.rule()).isEqualTo("must be zero or more");
    assertThat(Rate.of(0, 0)).isEqualTo(Rate.UNDEFINED);
    assertThat(Rate.of(0, 0).value()).isEmpty();
    assertThat(Rate.of(0, 5).value()).contains(Rational.ZERO);
    assertThat(Rate.of(3, 4).numerator()).isEqualTo(3);
    assertThat(Rate.of(3, 4).denominator()).isEqualTo(4);
  }

  @Test
  void aRateParsesOnlyWholeNumbersThatFitALong() {
    InvalidValueException big = catchThrowableOfType(InvalidValueException.class, () -> Rate.parse("1/99999999999999999999"));
    assertThat(big.type()).isEqualTo("Rate");
    assertThat(big.rule()).isEqualTo("cannot be parsed: numbers must fit a long");
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> Rate.parse("1/")).rule())
        .isEqualTo("cannot be parsed: expected n/d");
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> Rate.parse("/2")).rule())
        .isEqualTo("cannot be parsed: expected n/d");
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> Rate.parse("12")).rule())
        .isEqualTo("cannot be parsed: expected n/d");
  }

  @Test
  void aRateAddsCountsNotPercentages() {
    // 1/2 + 1/4 = 2/6 (33.3%), not the mean of 50% and 25%
    Rate sum = Rate.of(1, 2).plus(Rate.of(1, 4));
    assertThat(sum).isEqualTo(Rate.of(2, 6));
    assertThat(sum.format(TENTH)).isEqualTo("2/6 (33.3%)");
    assertThat(Rate.of(1_303, 12_512).format(TENTH)).isEqualTo("1,303/12,512 (10.4%)");
    assertThat(Rate.UNDEFINED.format(TENTH)).isEqualTo("0/0 (undefined)");
    assertThat(Rate.of(1, 2).hashCode()).isNotEqualTo(Rate.of(2, 1).hashCode());
  }

  @Test
  void progressTargetIsZeroOrMoreAndRemainingNeverNegative() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Progress.of(1, -1, FiscalYear.of(2025)));
    assertThat(e.field()).isEqualTo("target");
    assertThat(e.rule()).isEqualTo("must be zero or more");
    Progress over = Progress.of(5, 3, FiscalYear.of(2025));
    assertThat(over.remaining()).isZero();
    assertThat(over.requiredPerYear(FiscalYear.of(2030))).contains(Rational.ZERO);
    assertThat(over.achieved()).isEqualTo(5);
    assertThat(over.target()).isEqualTo(3);
    assertThat(over.deadline()).isEqualTo(FiscalYear.of(2025));
  }

  @Test
  void inTheDeadlineYearTheWholeRemainderIsDueThatYear() {
    // rule: years left = deadline − now + 1, so in the deadline's own year it is 1
    Progress p = Progress.of(321, 4_300, FiscalYear.of(2025));
    assertThat(p.requiredPerYear(FiscalYear.of(2025))).contains(Rational.of(3_979));
    assertThat(p.requiredPerYear(FiscalYear.of(2024))).contains(Rational.of(3_979, 2));
    assertThat(p.toString()).isEqualTo("321/4,300 by " + FiscalYear.of(2025));
  }

  @Test
  void aChannelVolumesTakeUpHasNoProcedureRate() {
    ChannelVolume v = ChannelVolume.builder().procedureId("sodai-gomi").period(ReportingPeriod.calendarYear(2022))
        .totalApplications(23_000).onlineApplications(1_297).build();
    TakeUp t = TakeUp.of(v);
    assertThat(t.procedures()).isEqualTo(Rate.UNDEFINED);
    assertThat(t.applications()).isEqualTo(Rate.of(1_297, 23_000));
    assertThat(t.plus(TakeUp.of(Rate.of(1, 2), Rate.of(3, 4))))
        .isEqualTo(TakeUp.of(Rate.of(1, 2), Rate.of(1_300, 23_004)));
    assertThat(t.toString()).isEqualTo("procedures 0/0, applications 1297/23000");
    assertThat(t.hashCode()).isNotEqualTo(TakeUp.of(Rate.of(1_297, 23_000), Rate.UNDEFINED).hashCode());
  }
}
