package org.municipaldx.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/**
 * Two workload surveys of one department compared, as a municipality publishes them
 * (2020年度 205,132時間 → 2021年度 197,745時間, 比較増減 △7,387時間), keeping the stated change
 * as printed (negative for △) so that a slip in it can be reported, not hidden.
 *
 * <p>Invariants: same department; the baseline's fiscal year is before the comparison's.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkloadComparison.class)
@JsonDeserialize(as = ImmutableWorkloadComparison.class)
public abstract class WorkloadComparison {
  WorkloadComparison() {}

  /** {@return the earlier survey, e.g. 2020年度 205,132時間} */
  @NotNull
  @Valid
  public abstract WorkloadSurvey baseline();

  /** {@return the later survey of the same department, e.g. 2021年度 197,745時間} */
  @NotNull
  @Valid
  public abstract WorkloadSurvey comparison();

  /** {@return the change in hours as the source prints it (△ as a minus sign), if printed} */
  public abstract OptionalLong statedChangeHours();

  /** {@return notes on the source, e.g. a misprinted heading} */
  public abstract List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> notes();

  /** {@return comparison − baseline in hours, exact} */
  public long changeHours() {
    return Math.subtractExact(comparison().hours(), baseline().hours());
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
    Checks.check(baseline().departmentId().equals(comparison().departmentId()), "WorkloadComparison",
        "comparison.departmentId", comparison().departmentId().orElse(null),
        "must be the baseline's department " + baseline().departmentId().orElse("(unknown)"));
    Checks.check(baseline().fiscalYear().isBefore(comparison().fiscalYear()), "WorkloadComparison",
        "comparison.fiscalYear", comparison().fiscalYear(), "must come after the baseline's " + baseline().fiscalYear());
    Checks.noBlanks(notes(), "WorkloadComparison", "notes");
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code WorkloadComparison}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkloadComparison}. */
  public static class Builder extends ImmutableWorkloadComparison.Builder {}
}
