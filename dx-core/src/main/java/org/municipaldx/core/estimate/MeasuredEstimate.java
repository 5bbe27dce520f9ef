package org.municipaldx.core.estimate;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.municipaldx.core.ReportingPeriod;
import org.municipaldx.core.internal.Checks;

/**
 * A saving measured by comparing two periods, e.g. {@code 320時間（2020年と2022年の比較）}.
 *
 * <p>{@link #savedHours()} is required; the before and after hours are optional, but when both are
 * given the saving must equal before − after. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("measured")
@JsonSerialize(as = ImmutableMeasuredEstimate.class)
@JsonDeserialize(as = ImmutableMeasuredEstimate.class)
public abstract class MeasuredEstimate extends SavingsEstimate {
  MeasuredEstimate() {}

  /** {@return the hours saved (before − after), a whole number of minutes; negative means more time} */
  @NotNull
  public abstract BigDecimal savedHours();

  /** {@return the hours in the baseline period, if stated} */
  public abstract Optional<@PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}") BigDecimal> beforeHours();

  /** {@return the hours in the comparison period, if stated} */
  public abstract Optional<@PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}") BigDecimal> afterHours();

  /** {@return the baseline period, e.g. CY2020} */
  public abstract Optional<ReportingPeriod> baselinePeriod();

  /** {@return the comparison period, e.g. CY2022} */
  public abstract Optional<ReportingPeriod> comparisonPeriod();

  @Override
  public EstimateKind kind() {
    return EstimateKind.MEASURED;
  }

  @Override
  public OptionalLong minutes() {
    return OptionalLong.of(Hours.toMinutesExact(savedHours()));
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
    Checks.check(savedHours() != null, "MeasuredEstimate", "savedHours", null, "must not be null");
    try {
      Hours.toMinutesExact(savedHours());
    } catch (ArithmeticException e) {
      throw Checks.invalid("MeasuredEstimate", "savedHours", savedHours(),
          "must be a whole number of minutes that fits a long", e);
    }
    beforeHours().ifPresent(h -> Hours.checkWholeMinutes(h, "MeasuredEstimate", "beforeHours"));
    afterHours().ifPresent(h -> Hours.checkWholeMinutes(h, "MeasuredEstimate", "afterHours"));
    if (beforeHours().isPresent() && afterHours().isPresent()) {
      BigDecimal diff = beforeHours().get().subtract(afterHours().get());
      Checks.check(diff.compareTo(savedHours()) == 0, "MeasuredEstimate", "savedHours", savedHours(),
          "must equal beforeHours − afterHours = " + diff.toPlainString());
    }
    if (baselinePeriod().isPresent() && comparisonPeriod().isPresent()) {
      Checks.check(baselinePeriod().get().compareTo(comparisonPeriod().get()) < 0, "MeasuredEstimate",
          "comparisonPeriod", comparisonPeriod().get(), "must come after baselinePeriod " + baselinePeriod().get());
    }
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code MeasuredEstimate}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasuredEstimate}. */
  public static class Builder extends ImmutableMeasuredEstimate.Builder {}
}
