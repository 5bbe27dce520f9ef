package org.municipaldx.metrics;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.estimate.MeasuredEstimate;
import org.municipaldx.core.estimate.NotEstimated;
import org.municipaldx.core.estimate.PendingEstimate;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.internal.Checks;

/**
 * Evaluates each kind of savings estimate to exact minutes with its provenance.
 *
 * <ul>
 *   <li>{@link FormulaEstimate}: the product of its factors in {@code long} minutes; an overflow is
 *       an {@link ArithmeticException} naming the factors. Stated minutes that differ from the product
 *       are a warning (the audit reports them); the figure is always the product.
 *   <li>{@link LumpSumEstimate}: its stated hours in minutes, approximate if 約; parts that do not add
 *       up to the total are a warning.
 *   <li>{@link MeasuredEstimate}: the saved hours (before − after) in minutes, possibly negative.
 *   <li>{@link PendingEstimate} (検証中) and {@link NotEstimated} (—): no figure, with the reason.
 * </ul>
 */
public final class Estimates {
  private Estimates() {}

  /**
   * {@return the evaluation, never null}
   *
   * @param itemId  the id of the item the estimate belongs to, not blank
   * @param estimate  the estimate, not null
   * @throws ArithmeticException if a formula's product overflows a {@code long} (the message names the factors)
   */
  public static Evaluation evaluate(String itemId, SavingsEstimate estimate) {
    return evaluate(itemId, Optional.empty(), estimate);
  }

  /** {@link #evaluate(String, SavingsEstimate)} of an initiative's estimate, carrying the initiative's id. */
  static Evaluation evaluate(String itemId, Optional<String> initiativeId, SavingsEstimate estimate) {
    Objects.requireNonNull(itemId, "itemId: must not be null");
    Objects.requireNonNull(estimate, "estimate: must not be null");
    if (itemId.isBlank()) {
      throw Checks.invalid("Evaluation", "itemId", itemId, "must not be blank");
    }
    Evaluation.Builder b = Evaluation.builder().itemId(itemId).estimate(estimate);
    initiativeId.ifPresent(b::initiativeId);
    if (estimate instanceof FormulaEstimate) {
      FormulaEstimate f = (FormulaEstimate) estimate;
      long m = product(f);
      b.minutes(m).approximate(f.approximate()).explanation(notation(f) + "=" + Figures.group(m) + "分");
      if (f.statedMinutes().isPresent() && f.statedMinutes().getAsLong() != m) {
        b.addWarnings("stated " + Figures.group(f.statedMinutes().getAsLong()) + "分 but the factors give "
            + Figures.group(m) + "分");
      }
    } else if (estimate instanceof LumpSumEstimate) {
      LumpSumEstimate l = (LumpSumEstimate) estimate;
      long m = Units.minutes(l.hours());
      b.minutes(m).approximate(l.approximate())
          .explanation((l.approximate() ? "約" : "") + Figures.group(l.hours()) + "時間"
              + l.basis().map(x -> "（" + x + "）").orElse(""));
      if (l.partsMinutes().isPresent() && l.partsMinutes().getAsLong() != m) {
        b.addWarnings("parts add up to " + Figures.group(Units.hours(l.partsMinutes().getAsLong()).round(2,
            java.math.RoundingMode.HALF_UP)) + "時間, not " + Figures.group(l.hours()) + "時間");
      }
    } else if (estimate instanceof MeasuredEstimate) {
      MeasuredEstimate me = (MeasuredEstimate) estimate;
      String periods = me.baselinePeriod().isPresent() && me.comparisonPeriod().isPresent()
          ? "（" + me.baselinePeriod().get() + "と" + me.comparisonPeriod().get() + "の比較）" : "（実測）";
      b.minutes(Units.minutes(me.savedHours())).explanation(Figures.group(me.savedHours()) + "時間" + periods);
    } else if (estimate instanceof PendingEstimate) {
      String reason = ((PendingEstimate) estimate).reason().orElse("検証中");
      b.explanation("検証中").missingReason(reason);
    } else if (estimate instanceof NotEstimated) {
      String reason = ((NotEstimated) estimate).reason().orElse("—");
      b.explanation("—").missingReason(reason);
    } else {
      throw new IllegalArgumentException("estimate: unknown kind " + estimate.getClass().getName()
          + " (was '" + estimate + "')");
    }
    return b.build();
  }

  /**
   * The exact product of a formula's factors in minutes. The model computes it: a
   * {@link FormulaEstimate} whose product overflows a {@code long} cannot be built (the error names
   * its factors), and a zero factor makes the product zero however large the others are.
   *
   * @param formula  the formula, not null
   * @return the exact product of its factors in minutes
   */
  public static long product(FormulaEstimate formula) {
    return formula.exactMinutes();
  }

  private static String notation(FormulaEstimate f) {
    return f.factors().stream()
        .map(x -> x.prefix().orElse("") + Figures.group(x.value()) + x.unit() + x.note().map(n -> "（" + n + "）").orElse(""))
        .collect(Collectors.joining("×"));
  }
}
