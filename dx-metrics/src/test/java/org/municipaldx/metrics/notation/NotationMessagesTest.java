package org.municipaldx.metrics.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * The notation's error messages (the text or its excerpt, what was found), the letter x as a
 * multiplication sign before a prefixed number, and which policies explain an audit (issue 13 part 4:
 * mutation testing found these untested).
 */
class NotationMessagesTest {

  private static NotationParseException error(String text) {
    NotationParseException e = catchThrowableOfType(NotationParseException.class, () -> FormulaNotation.parse(text));
    assertThat(e).as("rejected: " + text).isNotNull();
    return e;
  }

  @Test
  void theEndOfTheTextIsNamedAsSuch() {
    NotationParseException e = error("30分×");
    assertThat(e.offset()).isEqualTo(4);
    assertThat(e).hasMessage("Formula '30分×' cannot be parsed at offset 4: expected a number after '×' (found end of text)");
  }

  @Test
  void whatWasFoundIsAtMostEightCharacters() {
    NotationParseException e = error("30分×10件=300分=5時間です。よろしくお願いします");
    assertThat(e.offset()).isEqualTo(16);
    assertThat(e.getMessage()).endsWith("(found 'です。よろしくお')");
  }

  @Test
  void aTextOf120CharactersIsQuotedWholeALongerOneByExcerpt() {
    // rule: up to 120 characters the message quotes the text; beyond, 40 characters either side of the
    // offset with … where the text was cut
    String whole = "30分×=" + "d".repeat(115);
    assertThat(whole).hasSize(120);
    assertThat(error(whole).getMessage()).startsWith("Formula '" + whole + "' cannot be parsed at offset 4");
    String longer = whole + "d";
    assertThat(error(longer).getMessage()).startsWith("Formula '30分×=" + "d".repeat(39) + "…' cannot be parsed at offset 4");
    String mid = "(" + "a".repeat(60) + ")30分×=" + "b".repeat(100);
    NotationParseException e = error(mid);
    assertThat(e.offset()).isEqualTo(66);
    assertThat(e.getMessage()).startsWith("Formula '…" + "a".repeat(35) + ")30分×=" + "b".repeat(39) + "…' cannot be parsed at offset 66");
    assertThat(e.getMessage()).endsWith("(found '=bbbbbbb')");
    // an offset within 40 characters of the end: no … after the excerpt
    String tail = "30分×" + "c".repeat(118) + "=";
    NotationParseException end = error(tail);
    assertThat(end.getMessage()).startsWith("Formula '…");
    assertThat(end.getMessage()).contains("=' cannot be parsed at offset");
  }

  @Test
  void anXBeforeAPrefixedNumberIsAMultiplication() {
    // rule: x (or X) multiplies when a number follows, also after a prefix word such as 約
    AuditReport r = NotationAudit.audit("30分x約1,303件=39,090分");
    assertThat(r.formulas()).singleElement().satisfies(f -> {
      assertThat(f.text()).isEqualTo("30分x約1,303件=39,090分");
      assertThat(f.exactMinutes()).isEqualTo(39_090L);
      assertThat(f.statedMinutes()).isEqualTo(OptionalLong.of(39_090));
    });
    // an x followed by a word and no number is text: no formula
    assertThat(NotationAudit.audit("30分x約件").formulas()).isEmpty();
  }

  @Test
  void onlyHalfUpAndCeilingExplain875HoursFor874AndAHalf() {
    // seed: 45分×1,166件=52,470分=875時間; 874.5 hours printed 875: HALF_UP and CEILING to whole hours
    AuditReport r = NotationAudit.audit("45分×1,166件=52,470分=875時間");
    List<RoundingPolicy> explaining = r.explainingPolicies(RoundingPolicy.standardCandidates());
    assertThat(explaining).containsExactly(RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.WHOLE),
        RoundingPolicy.of(RoundingMode.CEILING, RoundingPolicy.WHOLE));
    assertThat(r.formulas().get(0).explainedBy(RoundingPolicy.standardCandidates())).isEqualTo(explaining);
    assertThat(r.summary()).isEqualTo("1 formulas, 0 sums, 0 unreadable; policy HALF_UP/1 exact/0.1\n"
        + "line 1: 45分×1,166件=52,470分=875時間 — exact 52,470分 = 874.5時間, expected 874.5時間, whole-hour modes"
        + " giving the stated figure: [HALF_UP, CEILING]\n"
        + "policies explaining every stated figure: [HALF_UP/1, CEILING/1]\n");
  }
}
