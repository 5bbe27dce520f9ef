package org.municipaldx.metrics.notation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.municipaldx.core.InputLimits;

/**
 * The text limit's boundary (issue 13 part 4, survivors of {@code NotationAudit.audit} and
 * {@code FormulaNotation.parse}): a text of exactly {@link InputLimits#MAX_TEXT_LENGTH} characters is
 * still read; one character more is refused ({@code NotationRobustnessTest#d6_aTextLongerThanTheLimitIsRejected}).
 */
class NotationTextLimitTest {

  /** A formula followed by spaces up to exactly {@code length} characters. */
  private static String formulaPaddedTo(int length) {
    String formula = "10分×3件=30分";
    StringBuilder sb = new StringBuilder(length).append(formula);
    sb.append(" ".repeat(length - formula.length()));
    return sb.toString();
  }

  @Test
  void aTextOfExactlyTheLimitIsAudited() {
    // rule: NotationAudit.audit refuses a text longer than InputLimits.MAX_TEXT_LENGTH, not one of that length
    String text = formulaPaddedTo(InputLimits.MAX_TEXT_LENGTH);
    assertThat(text).hasSize(16 * 1024 * 1024);
    AuditReport r = NotationAudit.audit(text);
    assertThat(r.formulas()).singleElement().satisfies(f -> {
      assertThat(f.exactMinutes()).isEqualTo(30L);
      assertThat(f.offset()).isZero();
    });
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void aFormulaOfExactlyTheLimitIsParsed() {
    // rule: FormulaNotation.parse refuses a text longer than InputLimits.MAX_TEXT_LENGTH, not one of that
    // length; spaces around the formula are ignored
    assertThat(FormulaNotation.parse(formulaPaddedTo(InputLimits.MAX_TEXT_LENGTH)).exactMinutes()).isEqualTo(30L);
  }
}
