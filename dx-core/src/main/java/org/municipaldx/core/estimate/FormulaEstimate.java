package org.municipaldx.core.estimate;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/**
 * A saving stated as a product: a duration per occurrence times counts, e.g.
 * {@code 40分×2（往復）×1人×5回×170件=68,000分=1,134時間}.
 *
 * <p>The first factor is the duration (unit 分 or 時間); every other factor is a count. The exact
 * saving is the product in minutes, computed with {@link Math#multiplyExact}: a formula whose
 * product overflows a {@code long} cannot be built, and the error names its factors.
 *
 * <p>{@link #statedMinutes()} and {@link #statedHours()} keep the figures the source printed after
 * {@code =}, unchecked: they may disagree with the factors, and dx-metrics' audit says when they do.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("formula")
@JsonSerialize(as = ImmutableFormulaEstimate.class)
@JsonDeserialize(as = ImmutableFormulaEstimate.class)
public abstract class FormulaEstimate extends SavingsEstimate {
  FormulaEstimate() {}

  /** {@return the factors, the first a duration (分 or 時間), the rest counts; never empty} */
  @NotEmpty(message = "{org.municipaldx.Formula.factors.message}")
  public abstract List<@Valid Factor> factors();

  /** {@return the minutes the source states after {@code =}, if any} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract OptionalLong statedMinutes();

  /** {@return the hours the source states after {@code =}, if any} */
  public abstract Optional<@PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}") BigDecimal> statedHours();

  /** {@return whether the source marks the figure as approximate (約)} */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  @Override
  public EstimateKind kind() {
    return EstimateKind.FORMULA;
  }

  /** {@return the exact product in minutes} */
  @Override
  public OptionalLong minutes() {
    return OptionalLong.of(exactMinutes());
  }

  /** {@return the exact product in minutes (never overflows: checked when built)} */
  @Value.Lazy
  public long exactMinutes() {
    return product(factors());
  }

  /** {@return the duration factor (the first)} */
  public Factor duration() {
    return factors().get(0);
  }

  /** {@return the count factors (all but the first)} */
  public List<Factor> counts() {
    return factors().subList(1, factors().size());
  }

  private static long product(List<Factor> factors) {
    // a zero factor makes the product zero, however large the others (no spurious overflow)
    for (Factor f : factors) {
      if (f.value() == 0) {
        return 0;
      }
    }
    Factor d = factors.get(0);
    long m = Math.multiplyExact(d.value(), (long) d.durationUnit().orElseThrow().minutes());
    for (int i = 1; i < factors.size(); i++) {
      m = Math.multiplyExact(m, factors.get(i).value());
    }
    return m;
  }

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.check(!factors().isEmpty(), "FormulaEstimate", "factors", factors(), "must have at least the duration factor");
    Factor first = factors().get(0);
    Checks.check(first.durationUnit().isPresent(), "FormulaEstimate", "factors[0].unit", first.unit(),
        "the first factor must be a duration in 分 or 時間");
    for (int i = 1; i < factors().size(); i++) {
      Factor f = factors().get(i);
      Checks.check(f.durationUnit().isEmpty(), "FormulaEstimate", "factors[" + i + "].unit", f.unit(),
          "only the first factor may be a duration (分 or 時間)");
    }
    statedMinutes().ifPresent(m -> Checks.nonNegative(m, "FormulaEstimate", "statedMinutes"));
    statedHours().ifPresent(h -> Checks.check(h.signum() >= 0, "FormulaEstimate", "statedHours", h, "must be zero or more"));
    // a stated figure is printed in plain decimals: 1e999999999 would print a billion digits (issue 13, D4)
    statedHours().ifPresent(h -> Checks.check(
        (long) h.precision() + Math.max(0L, -(long) h.scale()) <= org.municipaldx.core.InputLimits.MAX_NUMBER_LENGTH,
        "FormulaEstimate", "statedHours", h, "must have at most " + org.municipaldx.core.InputLimits.MAX_NUMBER_LENGTH
            + " digits when printed (InputLimits.MAX_NUMBER_LENGTH)"));
    try {
      product(factors());
    } catch (ArithmeticException e) {
      throw Checks.invalid("FormulaEstimate", "factors",
          factors().stream().map(Factor::toString).collect(Collectors.joining("×")),
          "the product overflows a long number of minutes", e);
    }
  }

  /**
   * {@return a formula with no stated figures}
   *
   * @param factors  the factors, the first a duration
   */
  public static FormulaEstimate of(Factor... factors) {
    return builder().addFactors(factors).build();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code FormulaEstimate}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FormulaEstimate}. */
  public static class Builder extends ImmutableFormulaEstimate.Builder {}
}
