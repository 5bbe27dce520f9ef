package org.municipaldx.metrics.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Edge cases of the notation reader that mutation testing showed untested (issue 13). */
class NotationEdgeCasesTest {

  @Test
  void spacesAroundPlusAndEqualsBelongToTheSum() {
    AuditReport r = NotationAudit.audit("1,200時間 ＋ 1,300時間 = 2,500時間");
    assertThat(r.sums()).singleElement().satisfies(s -> {
      assertThat(s.terms()).hasSize(2);
      assertThat(s.statedTotal()).contains(new BigDecimal("2500"));
      assertThat(s.consistent()).isTrue();
      assertThat(s.text()).isEqualTo("1,200時間 ＋ 1,300時間 = 2,500時間");
    });
  }

  @Test
  void aFormulaAtOffsetZeroIsFoundAtLineOneColumnOne() {
    AuditReport r = NotationAudit.audit("30分×2件=60分=1時間");
    assertThat(r.formulas()).singleElement().satisfies(f -> {
      assertThat(f.offset()).isZero();
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.column()).isEqualTo(1);
      assertThat(f.exactMinutes()).isEqualTo(60L);
    });
  }

  @Test
  void aPointNotFollowedByADigitEndsTheNumber() {
    // "10." is the number 10 and a full stop: the formula ends before the stop
    NotationParseException e = catchThrowableOfType(() -> FormulaNotation.parse("30分×10.件"), NotationParseException.class);
    assertThat(e.offset()).isEqualTo(6);
    assertThat(e.expected()).isEqualTo("'×', '=' or the end of the formula");
    AuditReport r = NotationAudit.audit("30分×10.");
    assertThat(r.formulas()).singleElement().satisfies(f -> assertThat(f.exactMinutes()).isEqualTo(300L));
  }

  @Test
  void aSumTermWithoutAWordBeforeItHasNoLabelNotAnEmptyOne() {
    // a term's label is the run of word characters just before its number, or absent: never ""
    AuditReport r = NotationAudit.audit("計 1,200時間＋選考1,300時間=2,500時間");
    assertThat(r.sums()).singleElement().satisfies(s -> {
      assertThat(s.terms()).hasSize(2);
      assertThat(s.terms().get(0).label()).isEmpty();
      assertThat(s.terms().get(1).label()).contains("選考");
    });
  }

  @Test
  void theEnglishRenderingStartsWithTheFormulasLabelInParentheses() {
    // renderEnglish, like render, keeps the label (translated where it can be: 全体 is "total") before the first factor
    org.municipaldx.core.estimate.FormulaEstimate f = FormulaNotation.parse("(全体)30分×2件=60分");
    assertThat(f.label()).contains("全体");
    assertThat(FormulaNotation.renderEnglish(f, org.municipaldx.metrics.RoundingPolicy.DEFAULT)).isEqualTo("(total) 30 min × 2 cases = 60 min = 1 h");
  }
}
