package org.municipaldx.metrics.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.municipaldx.core.estimate.DurationUnit;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.junit.jupiter.api.Test;
import org.municipaldx.metrics.MetricsTrials;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.testsupport.TrialScale;

class FormulaNotationProperties {

  @Test
  void parse_of_render_gives_back_the_formula_with_the_rendered_figures() {
    MetricsTrials.formulas().and(MetricsTrials.policies()).withLimits(TrialScale.trials(300), TrialScale.limits())
        .supplyTo(FormulaNotationProperties::parseOfRenderGivesBackTheFormula);
  }

  private static void parseOfRenderGivesBackTheFormula(FormulaEstimate f, RoundingPolicy policy) {
    String text = FormulaNotation.render(f, policy);
    FormulaEstimate back = FormulaNotation.parse(text);
    assertThat(back.factors()).isEqualTo(f.factors());
    assertThat(back.label()).isEqualTo(f.label());
    assertThat(back.approximate()).isEqualTo(f.approximate());
    assertThat(back.exactMinutes()).isEqualTo(f.exactMinutes());
    if (f.duration().durationUnit().orElseThrow() == DurationUnit.MINUTE) {
      assertThat(back.statedMinutes()).hasValue(f.exactMinutes());
    } else {
      assertThat(back.statedMinutes()).isEmpty();
    }
    assertThat(back.statedHours()).contains(policy.hours(f.exactMinutes()));
    assertThat(FormulaNotation.renderStated(back)).isEqualTo(text);
  }

  @Test
  void the_audit_finds_a_rendered_formula_in_surrounding_text() {
    MetricsTrials.formulas().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(FormulaNotationProperties::theAuditFindsARenderedFormula);
  }

  private static void theAuditFindsARenderedFormula(FormulaEstimate f) {
    RoundingPolicy policy = RoundingPolicy.seed(RoundingMode.HALF_UP);
    String text = "◆時間の短縮 " + FormulaNotation.render(f, policy) + "</li>\n次の行";
    AuditReport r = NotationAudit.audit(text, policy);
    if (f.factors().size() < 2) {
      assertThat(r.formulas()).isEmpty();
      return;
    }
    assertThat(r.formulas()).hasSize(1);
    FormulaFinding found = r.formulas().get(0);
    assertThat(found.formula().factors()).isEqualTo(f.factors());
    assertThat(found.offset()).isEqualTo(text.indexOf(' ') + 1 + f.label().map(l -> l.length() + 2).orElse(0));
    assertThat(found.consistentWith(policy)).isTrue();
    assertThat(r.problems()).isEmpty();
  }
}
