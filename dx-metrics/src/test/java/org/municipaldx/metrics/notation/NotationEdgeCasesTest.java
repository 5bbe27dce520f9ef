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
  void aDigitRightAfterACommaOrAPointStartsNoFigure() {
    // rule: a figure starts at a digit not preceded by a digit, ',' or '.': the 5 of ".5分" or ",5分" continues a
    // number written without its first digits, so "5分×2件=1分" is no formula to check (issue 13m: NotationAudit 63)
    for (String text : new String[] {".5分×2件=1分", ",5分×2件=1分", "見込み.5分×2件=1分", "見込み,5時間＋1時間=2時間"}) {
      AuditReport r = NotationAudit.audit(text);
      assertThat(r.formulas()).as(text).isEmpty();
      assertThat(r.sums()).as(text).isEmpty();
    }
    // the same figures after a space are checked (and 5 × 2 is not 1)
    assertThat(NotationAudit.audit(" 5分×2件=1分").formulas()).singleElement()
        .satisfies(f -> assertThat(f.exactMinutes()).isEqualTo(10L));
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
  @Test
  void aCommaIsAThousandsSeparatorOnlyBeforeThreeDigits() {
    // "1, 23": the comma is followed by a space, so the number is 1 and the formula breaks at the comma (offset 5),
    // a located parse error, never the digits "1 23" handed to BigDecimal
    NotationParseException e = catchThrowableOfType(() -> FormulaNotation.parse("30分×1, 23件=690分"),
        NotationParseException.class);
    assertThat(e).isNotNull();
    assertThat(e.offset()).isEqualTo(5);
  }

  @Test
  void aNumberOfExactlyTheLengthLimitIsReadAndItsDecimalPointCounts() {
    // InputLimits.MAX_NUMBER_LENGTH = 100 characters, the decimal point counted (separators are not)
    String atLimit = "1." + "0".repeat(org.municipaldx.core.InputLimits.MAX_NUMBER_LENGTH - 2);
    assertThat(FormulaNotation.parse("30分×" + atLimit + "件=30分").factors().get(1).value()).isEqualTo(1L);
    String overByThePoint = "1." + "0".repeat(org.municipaldx.core.InputLimits.MAX_NUMBER_LENGTH - 1);
    NotationParseException e = catchThrowableOfType(() -> FormulaNotation.parse("30分×" + overByThePoint + "件=30分"),
        NotationParseException.class);
    assertThat(e.offset()).isEqualTo(4);
    assertThat(e.expected()).contains("a number of at most " + org.municipaldx.core.InputLimits.MAX_NUMBER_LENGTH + " characters");
  }

  @Test
  void aRepeatedUnitWordIsOneString() {
    // the reader returns the same String for a run of equal unit words (a 10 MB formula held a String per factor)
    java.util.List<org.municipaldx.core.estimate.Factor> f = FormulaNotation.parse("30分×2か所×3か所=180分").factors();
    assertThat(f).extracting(org.municipaldx.core.estimate.Factor::unit).containsExactly("分", "か所", "か所");
    assertThat(f.get(2).unit()).isSameAs(f.get(1).unit());
  }

  @Test
  void aNoteAfterSpacesBelongsToTheFactorBeforeIt() {
    // issue 13y, PIT survivor NotationReader 318 (factor's skipSpaces removed): spaces may stand between a factor
    // and its note, as between the note and the next operator
    var f = FormulaNotation.parse("30分 （往復）×2件=60分");
    assertThat(f.factors().get(0).note()).contains("往復");
    assertThat(f.factors().get(1).note()).isEmpty();
    assertThat(f.exactMinutes()).isEqualTo(60L);
    assertThat(FormulaNotation.parse("30分\u3000(往復) ×2件").factors().get(0).note()).contains("往復");
  }
}
