package org.municipaldx.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.internal.Checks;

/**
 * A workload survey result (業務量調査): a department's total working hours in a fiscal year.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkloadSurvey.class)
@JsonDeserialize(as = ImmutableWorkloadSurvey.class)
public abstract class WorkloadSurvey {
  WorkloadSurvey() {}

  /** {@return the department's id, if known} */
  public abstract Optional<String> departmentId();

  /** {@return why the department was inferred, if it was} */
  public abstract Optional<String> departmentInference();

  /** {@return the fiscal year surveyed} */
  @NotNull
  public abstract FiscalYear fiscalYear();

  /** {@return the surveyed hours, zero or more} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long hours();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.nonNegative(hours(), "WorkloadSurvey", "hours");
    Checks.check(departmentInference().isEmpty() || departmentId().isPresent(), "WorkloadSurvey",
        "departmentInference", departmentInference().orElse(null), "needs a departmentId to explain");
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code WorkloadSurvey}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkloadSurvey}. */
  public static class Builder extends ImmutableWorkloadSurvey.Builder {}
}
