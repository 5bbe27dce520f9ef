package org.municipaldx.metrics.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InputLimits;
import org.municipaldx.core.estimate.FormulaEstimate;

/** The fuzz findings D5, D6 and D8 of issue 13 for the notation reader, the audit and the formula parser. */
class NotationRobustnessTest {
  /**
   * CPU time of the reading thread, so that a loaded machine does not fail the test: far above what the
   * linear readers need (under 0.1 s) and far below what the quadratic ones took (39 s to 101 s for
   * these inputs).
   */
  private static final Duration BOUND = Duration.ofSeconds(2);

  private static <T> T within(Duration bound, Supplier<T> work) {
    long start = cpuNanos();
    T result = work.get();
    assertThat(Duration.ofNanos(cpuNanos() - start)).isLessThan(bound);
    return result;
  }

  @Test
  void d5_aNoteAfterASumTermDoesNotEndTheSumSoTheWrongTotalIsReported() {
    AuditReport r = NotationAudit.audit("1,200時間（注）＋1,300時間=2,600時間");
    assertThat(r.sums()).singleElement().satisfies(s -> {
      assertThat(s.terms()).extracting(SumFinding.Term::value)
          .containsExactly(new BigDecimal("1200"), new BigDecimal("1300"));
      assertThat(s.statedTotal()).contains(new BigDecimal("2600"));
      assertThat(s.exactMinutes()).isEqualTo(150_000L); // 2,500時間, not the stated 2,600
      assertThat(s.consistent()).isFalse();
      assertThat(s.text()).isEqualTo("1,200時間（注）＋1,300時間=2,600時間");
    });
    assertThat(r.inconsistentSums()).hasSize(1);
    assertThat(NotationAudit.audit("1,200時間（注）＋1,300時間=2,500時間").inconsistentSums()).isEmpty();
  }

  @Test
  void d6_unclosedNotesAreReadInLinearTime() {
    AuditReport r = within(BOUND, () -> NotationAudit.audit("1分(".repeat(100_000)));
    assertThat(r.formulas()).isEmpty();
    assertThat(r.sums()).isEmpty();
  }

  @Test
  void d6_labelsBeforeManyFormulasAreFoundInLinearTime() {
    AuditReport r = within(BOUND, () -> NotationAudit.audit(")1分×2 ".repeat(100_000)));
    assertThat(r.formulas()).hasSize(100_000);
    assertThat(r.formulas().get(0).formula().exactMinutes()).isEqualTo(2L);
  }

  @Test
  void d6_aFactorLongerThanTheNumberLimitIsALocatedErrorFoundQuickly() {
    NotationParseException e = within(BOUND, () -> catchThrowableOfType(
        () -> FormulaNotation.parse("30分×1." + "0".repeat(100_000) + "件"), NotationParseException.class));
    assertThat(e.offset()).isEqualTo(4);
    assertThat(e.expected()).contains("at most " + InputLimits.MAX_NUMBER_LENGTH + " characters");
    assertThat(e.getMessage().length()).isLessThan(500);
  }

  @Test
  void d6_aHugeNumberInAnAuditedTextIsAProblemNotAFormula() {
    String text = "前文 " + "9".repeat(1_000_000) + "分×2件=2分 後文 10分×3件=30分";
    AuditReport r = within(BOUND, () -> NotationAudit.audit(text));
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.offset()).isEqualTo(3);
      assertThat(p.message()).contains("at most " + InputLimits.MAX_NUMBER_LENGTH + " characters");
    });
    assertThat(r.formulas()).extracting(FormulaFinding::exactMinutes).containsExactly(30L);
  }

  @Test
  void d6_aTextLongerThanTheLimitIsRejected() {
    StringBuilder sb = new StringBuilder(InputLimits.MAX_TEXT_LENGTH + 1);
    sb.setLength(InputLimits.MAX_TEXT_LENGTH + 1);
    IllegalArgumentException e = catchThrowableOfType(() -> NotationAudit.audit(sb), IllegalArgumentException.class);
    assertThat(e).hasMessageContaining(String.valueOf(InputLimits.MAX_TEXT_LENGTH));
    NotationParseException p = catchThrowableOfType(() -> FormulaNotation.parse(sb), NotationParseException.class);
    assertThat(p.offset()).isEqualTo(InputLimits.MAX_TEXT_LENGTH);
  }

  @Test
  void d8_statedHoursKeepTheirDecimalsThroughRenderAndParse() {
    FormulaEstimate f = FormulaNotation.parse("9時間=9.0時間");
    assertThat(f.statedHours()).contains(new BigDecimal("9.0"));
    String printed = FormulaNotation.renderStated(f);
    assertThat(printed).isEqualTo("9時間=9.0時間");
    assertThat(FormulaNotation.parse(printed)).isEqualTo(f);
    FormulaEstimate g = FormulaNotation.parse("30分×1,303件=39,090分=651.50時間");
    assertThat(FormulaNotation.renderStated(g)).isEqualTo("30分×1,303件=39,090分=651.50時間");
  }

  /**
   * The CPU time of the current thread (ThreadMXBean, called reflectively: the test sources compile
   * inside the library's module, which does not read java.management).
   */
  static long cpuNanos() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      return (long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime").invoke(bean);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
