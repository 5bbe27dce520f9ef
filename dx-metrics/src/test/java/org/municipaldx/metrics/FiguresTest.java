package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/**
 * The printed figures of the source (grouping, △ for a decrease, exact or truncated with …) and their
 * parser: edge cases that mutation testing showed untested (issue 13).
 */
class FiguresTest {

  @Test
  void groupsOfThreeDigitsFromTheRightWithNoLeadingSeparator() {
    // rule: a comma before every group of three integer digits counted from the right, never first;
    // the sign before the digits, the fraction as it is after trailing zeros are dropped
    assertThat(Figures.group(0)).isEqualTo("0");
    assertThat(Figures.group(999)).isEqualTo("999");
    assertThat(Figures.group(1_000)).isEqualTo("1,000");
    assertThat(Figures.group(123_456)).isEqualTo("123,456");
    assertThat(Figures.group(-1_234_567)).isEqualTo("-1,234,567");
    assertThat(Figures.group(new BigDecimal("1234.50"))).isEqualTo("1,234.5");
    assertThat(Figures.group(new BigDecimal("-0.25"))).isEqualTo("-0.25");
    assertThat(Figures.group(new BigDecimal("1E+4"))).isEqualTo("10,000");
  }

  @Test
  void asWrittenKeepsTheTrailingZerosOfTheScale() {
    // rule: groupAsWritten prints the scale as given (9.0 stays 9.0, issue 13 D8); a negative scale
    // is printed as a whole number
    assertThat(Figures.groupAsWritten(new BigDecimal("1234.50"))).isEqualTo("1,234.50");
    assertThat(Figures.groupAsWritten(new BigDecimal("9.0"))).isEqualTo("9.0");
    assertThat(Figures.groupAsWritten(new BigDecimal("1E+3"))).isEqualTo("1,000");
    assertThat(Figures.groupAsWritten(new BigDecimal("-1500"))).isEqualTo("-1,500");
  }

  @Test
  void aTriangleMarksOnlyADecrease() {
    // rule: the source writes a decrease as △ and the magnitude; zero and increases have no mark
    assertThat(Figures.triangle(new BigDecimal("-1234.5"))).isEqualTo("△1,234.5");
    assertThat(Figures.triangle(BigDecimal.ZERO)).isEqualTo("0");
    assertThat(Figures.triangle(new BigDecimal("5"))).isEqualTo("5");
  }

  @Test
  void anExactFigureWithoutAFiniteDecimalIsTruncatedToTwoPlacesAndMarked() {
    // rule: a rational with a finite decimal is printed whole; else its first two decimals, cut
    // towards zero, then …
    assertThat(Figures.exact(Units.hours(20))).isEqualTo("0.33…");
    assertThat(Figures.exact(Units.hours(50))).isEqualTo("0.83…");
    assertThat(Figures.exact(Rational.of(-2, 3))).isEqualTo("-0.66…");
    assertThat(Figures.exact(Units.hours(90))).isEqualTo("1.5");
  }

  @Test
  void parsingAcceptsEveryMinusMarkAndBothNumberShapes() {
    // rule: △, ▲, - and − mark a negative figure; digits are grouped by three or not at all
    assertThat(Figures.parse("▲1,000")).isEqualTo(new BigDecimal("-1000"));
    assertThat(Figures.parse("−5")).isEqualTo(new BigDecimal("-5"));
    assertThat(Figures.parse("-5.25")).isEqualTo(new BigDecimal("-5.25"));
    assertThat(Figures.parse(" 1234567 ")).isEqualTo(new BigDecimal("1234567"));
    assertThat(Figures.parse("123,456.0")).isEqualTo(new BigDecimal("123456.0"));
    for (String bad : new String[] {"", "△", "1,2345", "12,34", "1.", ".5", "1,000.", "+5"}) {
      assertThatThrownBy(() -> Figures.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("cannot be parsed: expected e.g. 7,387, △7,387 or 165,978.5");
    }
  }

  @Test
  void aFigureHasAtMostOneHundredCharactersBesidesSeparators() {
    // rule: InputLimits.MAX_NUMBER_LENGTH = 100 characters after the sign, commas not counted
    String hundred = "1".repeat(100);
    assertThat(Figures.parse(hundred)).isEqualTo(new BigDecimal(hundred));
    assertThat(Figures.parse("△" + hundred)).isEqualTo(new BigDecimal(hundred).negate());
    StringBuilder grouped = new StringBuilder("1");
    for (int i = 0; i < 33; i++) {
      grouped.append(",000");
    }
    // 100 digits and 33 commas
    assertThat(Figures.parse(grouped)).isEqualTo(BigDecimal.TEN.pow(99));
    assertThatThrownBy(() -> Figures.parse(hundred + "1")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a figure has at most 100 characters besides separators");
  }
}
