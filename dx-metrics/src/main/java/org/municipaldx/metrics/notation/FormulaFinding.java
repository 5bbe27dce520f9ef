package org.municipaldx.metrics.notation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.metrics.Rational;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.metrics.Units;

/**
 * A product formula found in a text by {@link NotationAudit}: where it is, what it states and what
 * its factors really give. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FormulaFinding {
  FormulaFinding() {}

  /** {@return the formula as written in the text, never null} */
  public abstract String text();

  /** {@return the 0-based character offset of the formula in the text} */
  public abstract int offset();

  /** {@return the 1-based line} */
  public abstract int line();

  /** {@return the 1-based column (in characters)} */
  public abstract int column();

  /** {@return the formula read, with the stated figures; its label is the parenthesised word before it, if any} */
  public abstract FormulaEstimate formula();

  /** {@return the exact product in minutes} */
  @Value.Derived
  public long exactMinutes() {
    return formula().exactMinutes();
  }

  /** {@return the exact hours, never null} */
  public Rational exactHours() {
    return Units.hours(exactMinutes());
  }

  /** {@return the minutes the text states, if it states them} */
  public OptionalLong statedMinutes() {
    return formula().statedMinutes();
  }

  /** {@return the hours the text states, if it states them} */
  public Optional<BigDecimal> statedHours() {
    return formula().statedHours();
  }

  /** {@return whether the stated minutes (if any) equal the exact product: minutes are never rounded} */
  public boolean minutesConsistent() {
    return FormulaCheck.minutesConsistent(formula());
  }

  /**
   * {@return whether {@code policy} prints the exact hours as the stated hours (true if none are
   * stated)}
   *
   * @param policy  the rounding policy, not null
   */
  public boolean hoursConsistentWith(RoundingPolicy policy) {
    return FormulaCheck.hoursConsistent(formula(), policy);
  }

  /**
   * {@return whether both the stated minutes and the stated hours are consistent under
   * {@code policy}}
   *
   * @param policy  the rounding policy, not null
   */
  public boolean consistentWith(RoundingPolicy policy) {
    return minutesConsistent() && hoursConsistentWith(policy);
  }

  /**
   * {@return the hours as {@code policy} prints them, never null}
   *
   * @param policy  the rounding policy, not null
   */
  public BigDecimal expectedHours(RoundingPolicy policy) {
    return policy.apply(exactHours());
  }

  /**
   * {@return those under which this formula's stated figures are consistent, in the given order,
   * never null}
   *
   * @param candidates  the policies to try, not null
   */
  public List<RoundingPolicy> explainedBy(List<RoundingPolicy> candidates) {
    return candidates.stream().filter(this::consistentWith).collect(Collectors.toList());
  }

  /**
   * {@return the modes among HALF_UP, HALF_EVEN, FLOOR and CEILING that, to whole hours, give the
   * stated hours; empty if none does or no hours are stated}
   */
  public List<RoundingMode> wholeHourModes() {
    if (statedHours().isEmpty()) {
      return List.of();
    }
    return List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING).stream()
        .filter(m -> RoundingPolicy.of(m, RoundingPolicy.WHOLE).explains(exactHours(), statedHours().get()))
        .collect(Collectors.toList());
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code FormulaFinding}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FormulaFinding}. */
  public static class Builder extends ImmutableFormulaFinding.Builder {}
}
