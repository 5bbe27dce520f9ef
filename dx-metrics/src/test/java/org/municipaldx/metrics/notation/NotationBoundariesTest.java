package org.municipaldx.metrics.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Boundaries of the notation reader found untested by mutation testing (issue 13 part 4): blank notes,
 * the label's length and line, spaces after 約, a note or a label, whole factors written with
 * decimals, where a sum's text ends.
 */
class NotationBoundariesTest {

  @Test
  void aBlankNoteIsNotANoteSoNothingIsASum() {
    // rule: a note is closed and not blank; "( )" after a term ends the text before ＋
    AuditReport r = NotationAudit.audit("1,200時間( )＋1,300時間=2,500時間");
    assertThat(r.sums()).isEmpty();
    assertThat(r.formulas()).isEmpty();
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void aLabelHasAtMost100CharactersOnOneLine() {
    // rule: the label in parentheses before a formula is at most NotationReader.MAX_LABEL_LENGTH (100)
    // characters and on the formula's line
    String hundred = "あ".repeat(100);
    assertThat(NotationAudit.audit("(" + hundred + ")10分×2件=20分").formulas().get(0).formula().label()).contains(hundred);
    assertThat(NotationAudit.audit("(" + hundred + "あ)10分×2件=20分").formulas().get(0).formula().label()).isEmpty();
    assertThat(NotationAudit.audit("(全\n体)10分×2件=20分").formulas().get(0).formula().label()).isEmpty();
    assertThat(NotationAudit.audit("\n(全体)10分×2件=20分").formulas().get(0).formula().label()).contains("全体");
    assertThat(FormulaNotation.parse("(全体) 10分×2件=20分").label()).contains("全体");
  }

  @Test
  void spacesMayFollowApproximatelyAndANote() {
    FormulaFinding approx = NotationAudit.audit("30分×2件=約 60分").formulas().get(0);
    assertThat(approx.text()).isEqualTo("30分×2件=約 60分");
    assertThat(approx.statedMinutes().getAsLong()).isEqualTo(60L);
    assertThat(approx.formula().approximate()).isTrue();
    FormulaFinding noted = NotationAudit.audit("30分(注) ×2件=60分").formulas().get(0);
    assertThat(noted.text()).isEqualTo("30分(注) ×2件=60分");
    assertThat(noted.exactMinutes()).isEqualTo(60L);
  }

  @Test
  void aWholeFactorWrittenWithZeroDecimalsIsWhole() {
    // rule: factors are whole; 2.0 is whole, 1.5 is not
    assertThat(NotationAudit.audit("30分×2.0件=60分").formulas().get(0).exactMinutes()).isEqualTo(60L);
    assertThat(NotationAudit.audit("30分×1.5件=45分").formulas()).isEmpty();
  }

  @Test
  void aSumEndsAtItsLastFigure() {
    // rule: the sum's text ends after its last term or its stated total, not after the spaces that follow
    SumFinding open = NotationAudit.audit("1,200時間＋1,300時間 です").sums().get(0);
    assertThat(open.text()).isEqualTo("1,200時間＋1,300時間");
    assertThat(open.statedTotal()).isEmpty();
    SumFinding noted = NotationAudit.audit("1,200時間(注) ＋1,300時間=2,500時間").sums().get(0);
    assertThat(noted.terms()).hasSize(2);
    assertThat(noted.statedTotal()).contains(new BigDecimal("2500"));
    SumFinding approx = NotationAudit.audit("1,200時間＋1,300時間=約2,500時間").sums().get(0);
    assertThat(approx.text()).isEqualTo("1,200時間＋1,300時間=約2,500時間");
    assertThat(approx.statedTotal()).contains(new BigDecimal("2500"));
  }

  @Test
  void aSumMayStartWithADecimal() {
    // rule: a figure starts at a digit not preceded by a digit, ',' or '.'; 1.5時間 is one term
    SumFinding s = NotationAudit.audit("1.5時間＋2.5時間=4時間").sums().get(0);
    assertThat(s.text()).isEqualTo("1.5時間＋2.5時間=4時間");
    assertThat(s.terms()).hasSize(2);
    assertThat(s.consistent()).isTrue();
  }

  @Test
  void anXFollowedByAWordWithoutANumberIsText() {
    // rule: x multiplies only before a number (or a prefixed number); 30分x約件 is neither formula nor problem
    AuditReport r = NotationAudit.audit("30分x約件");
    assertThat(r.formulas()).isEmpty();
    assertThat(r.problems()).isEmpty();
  }
}
