package org.municipaldx.metrics.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.municipaldx.core.estimate.DurationUnit;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.metrics.RoundingPolicy;

class FormulaNotationProperties {
  private static final List<String> UNITS = List.of("", "件", "回", "人", "名", "日", "か所", "ヶ所", "箇所", "施設", "者",
      "通", "会議", "町内会", "シナリオ", "分間", "時間帯");
  private static final List<String> WORDS = List.of("往復", "全庁", "定例会4回、臨時会2回", "市民課", "スマホ決済等", "A棟");
  private static final List<String> PREFIXES = List.of("役員", "職員", "委員");

  @Provide
  Arbitrary<FormulaEstimate> formulas() {
    Arbitrary<Factor> duration = Combinators.combine(
            Arbitraries.longs().between(0, 100_000),
            Arbitraries.of(DurationUnit.MINUTE, DurationUnit.HOUR),
            Arbitraries.of(WORDS).optional(0.2))
        .as((v, u, note) -> factor(v, u.japaneseName(), Optional.empty(), note));
    Arbitrary<Factor> count = Combinators.combine(
            Arbitraries.longs().between(0, 5_000_000),
            Arbitraries.of(UNITS),
            Arbitraries.of(PREFIXES).optional(0.15),
            Arbitraries.of(WORDS).optional(0.3))
        .as(FormulaNotationProperties::factor);
    return Combinators.combine(duration, count.list().ofMaxSize(4), Arbitraries.of("住民票", "全体", "戸籍").optional(0.2),
            Arbitraries.of(true, false))
        .as((d, counts, label, approx) -> {
          BigInteger p = BigInteger.valueOf(d.value() * d.durationUnit().orElseThrow().minutes());
          for (Factor c : counts) {
            p = p.multiply(BigInteger.valueOf(c.value()));
            if (p.bitLength() > 62) {
              return null; // dx-core rejects a formula whose running product overflows
            }
          }
          FormulaEstimate.Builder b = FormulaEstimate.builder().addFactors(d).addAllFactors(counts).approximate(approx);
          label.ifPresent(b::label);
          return b.build();
        })
        .filter(f -> f != null);
  }

  private static Factor factor(long value, String unit, Optional<String> prefix, Optional<String> note) {
    Factor.Builder b = Factor.builder().value(value).unit(unit);
    prefix.ifPresent(b::prefix);
    note.ifPresent(b::note);
    return b.build();
  }

  @Provide
  Arbitrary<RoundingPolicy> policies() {
    return Arbitraries.of(RoundingPolicy.standardCandidates());
  }

  @Property(tries = 300)
  void parse_of_render_gives_back_the_formula_with_the_rendered_figures(@ForAll("formulas") FormulaEstimate f,
      @ForAll("policies") RoundingPolicy policy) {
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

  @Property(tries = 200)
  void the_audit_finds_a_rendered_formula_in_surrounding_text(@ForAll("formulas") FormulaEstimate f) {
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
