package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/**
 * {@link TimePerformance} (成果／時間) at its bounds: negative time refused, zero outcome or time,
 * the improvement's changes stated as exact fractions (issue 13 part 4: mutation testing).
 */
class TimePerformanceRulesTest {

  @Test
  void timeIsZeroOrMore() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> TimePerformance.of(Rational.of(1), Rational.of(-1, 2)));
    assertThat(e.type()).isEqualTo("TimePerformance");
    assertThat(e.field()).isEqualTo("time");
    assertThat(e.value()).isEqualTo("-1/2");
    assertThat(e.rule()).isEqualTo("must be zero or more");
    InvalidValueException outcome = catchThrowableOfType(InvalidValueException.class, () -> TimePerformance.of(-1, 1));
    assertThat(outcome.field()).isEqualTo("outcome");
    // zero is allowed for both
    assertThat(TimePerformance.of(0, 0).outcome()).isEqualTo(Rational.ZERO);
    assertThat(TimePerformance.of(0, 0).time()).isEqualTo(Rational.ZERO);
  }

  @Test
  void theValueIsOutcomePerTime() {
    // 1,303 cases in 651.5 hours: 1303 / (1303/2) = 2 cases an hour
    assertThat(TimePerformance.of(Rational.of(1_303), Rational.of(1_303, 2)).value()).contains(Rational.of(2));
    assertThat(TimePerformance.of(0, 5).value()).contains(Rational.ZERO);
    assertThat(TimePerformance.of(3, 4).toString()).isEqualTo("3 / 4");
  }

  @Test
  void changesAreRelativeToTheBeforeFigures() {
    // outcome 4 → 6 (+1/2) in time 10 → 5 (−1/2): performance 2/5 → 6/5, factor 3, change +2
    TimePerformance.Improvement i = TimePerformance.of(4, 10).to(TimePerformance.of(6, 5));
    assertThat(i.before()).isEqualTo(TimePerformance.of(4, 10));
    assertThat(i.after()).isEqualTo(TimePerformance.of(6, 5));
    assertThat(i.outcomeChange()).contains(Rational.of(1, 2));
    assertThat(i.timeChange()).contains(Rational.of(-1, 2));
    assertThat(i.factor()).contains(Rational.of(3));
    assertThat(i.performanceChange()).contains(Rational.of(2));
    assertThat(i.toString()).isEqualTo("4 / 10 → 6 / 5");
  }

  @Test
  void changesFromZeroAreUndefined() {
    // rule: a change relative to zero, or a factor with an undefined side, is empty
    TimePerformance.Improvement fromZeroTime = TimePerformance.of(1, 0).to(TimePerformance.of(1, 2));
    assertThat(fromZeroTime.timeChange()).isEmpty();
    assertThat(fromZeroTime.factor()).isEmpty();
    assertThat(fromZeroTime.performanceChange()).isEmpty();
    TimePerformance.Improvement toZeroTime = TimePerformance.of(1, 2).to(TimePerformance.of(1, 0));
    assertThat(toZeroTime.factor()).isEmpty();
    assertThat(toZeroTime.timeChange()).contains(Rational.of(-1));
    assertThat(TimePerformance.of(0, 2).to(TimePerformance.of(3, 2)).outcomeChange()).isEmpty();
  }

  @Test
  void hashesDependOnOrder() {
    assertThat(TimePerformance.of(1, 2).hashCode()).isNotEqualTo(TimePerformance.of(2, 1).hashCode());
    TimePerformance a = TimePerformance.of(1, 2);
    TimePerformance b = TimePerformance.of(2, 1);
    assertThat(a.to(b).hashCode()).isNotEqualTo(b.to(a).hashCode());
  }
}
