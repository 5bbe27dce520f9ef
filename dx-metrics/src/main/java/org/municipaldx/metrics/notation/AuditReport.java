package org.municipaldx.metrics.notation;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * What {@link NotationAudit} found in a text: every product formula and every sum, in text order,
 * what could not be read, and which stated figures a rounding policy does not explain.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditReport {
  AuditReport() {}

  /** {@return the policy the consistency of each formula is judged by, never null} */
  public abstract RoundingPolicy policy();

  /** {@return the product formulas, in text order} */
  public abstract List<FormulaFinding> formulas();

  /** {@return the sums, in text order} */
  public abstract List<SumFinding> sums();

  /** {@return what started like a formula but could not be read} */
  public abstract List<AuditProblem> problems();

  /** {@return the formulas whose stated minutes or hours {@link #policy()} does not explain} */
  public List<FormulaFinding> inconsistentFormulas() {
    return formulas().stream().filter(f -> !f.consistentWith(policy())).collect(Collectors.toList());
  }

  /** {@return the formulas whose stated minutes are not the exact product} */
  public List<FormulaFinding> wrongMinutes() {
    return formulas().stream().filter(f -> !f.minutesConsistent()).collect(Collectors.toList());
  }

  /** {@return the sums whose stated total is not the sum of their terms} */
  public List<SumFinding> inconsistentSums() {
    return sums().stream().filter(s -> !s.consistent()).collect(Collectors.toList());
  }

  /**
   * {@return those under which every formula's stated figures are consistent; empty when no single
   * policy explains the text}
   *
   * @param candidates  the policies to try, not null
   */
  public List<RoundingPolicy> explainingPolicies(List<RoundingPolicy> candidates) {
    return candidates.stream().filter(p -> formulas().stream().allMatch(f -> f.consistentWith(p)))
        .collect(Collectors.toList());
  }

  /**
   * {@return how many formulas it does not explain}
   *
   * @param policy  a policy, not null
   */
  public long inconsistencyCount(RoundingPolicy policy) {
    return formulas().stream().filter(f -> !f.consistentWith(policy)).count();
  }

  /**
   * {@return a plain-text summary: counts, each inconsistency with its line, stated and expected
   * figures, and which of {@link RoundingPolicy#standardCandidates()} explain everything}
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(formulas().size()).append(" formulas, ").append(sums().size()).append(" sums, ")
        .append(problems().size()).append(" unreadable; policy ").append(policy()).append('\n');
    for (FormulaFinding f : inconsistentFormulas()) {
      sb.append("line ").append(f.line()).append(": ").append(f.text()).append(" — exact ")
          .append(Figures.group(f.exactMinutes())).append("分 = ").append(Figures.exact(f.exactHours())).append("時間");
      if (!f.minutesConsistent()) {
        sb.append(", stated minutes wrong");
      }
      if (!f.hoursConsistentWith(policy())) {
        sb.append(", expected ").append(Figures.group(f.expectedHours(policy()))).append("時間, whole-hour modes giving the stated figure: ")
            .append(f.wholeHourModes().isEmpty() ? "none" : f.wholeHourModes());
      }
      sb.append('\n');
    }
    for (SumFinding s : inconsistentSums()) {
      sb.append("line ").append(s.line()).append(": ").append(s.text()).append(" — terms add up to ")
          .append(Figures.group(s.exactMinutes())).append("分\n");
    }
    for (AuditProblem p : problems()) {
      sb.append("line ").append(p.line()).append(", column ").append(p.column()).append(": ").append(p.message()).append('\n');
    }
    List<RoundingPolicy> all = explainingPolicies(RoundingPolicy.standardCandidates());
    sb.append("policies explaining every stated figure: ").append(all.isEmpty() ? "none" : all).append('\n');
    return sb.toString();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code AuditReport}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AuditReport}. */
  public static class Builder extends ImmutableAuditReport.Builder {}
}
