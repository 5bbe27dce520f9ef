package org.municipaldx.core.roadmap;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.internal.Checks;

/**
 * A roadmap milestone (e.g. 目標達成 in FY2025, or ★2023年2月6日 a service start) and its status.
 * When both a date and a fiscal year are given, the date must fall in the fiscal year.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
public abstract class Milestone {
  Milestone() {}

  /** {@return what is to be reached, e.g. 目標達成 or a service start, not blank} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String description();

  /** {@return the target fiscal year (★目標年度), if given; a milestone has this, a date, or both} */
  public abstract Optional<FiscalYear> fiscalYear();

  /** {@return the target date, if given; it falls in {@link #fiscalYear()} when both are given} */
  public abstract Optional<LocalDate> date();

  /** {@return whether the milestone was met; {@link MilestoneStatus#SCHEDULED} unless stated} */
  @NotNull
  @Value.Default
  public MilestoneStatus status() {
    return MilestoneStatus.SCHEDULED;
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
    Checks.notBlank(description(), "Milestone", "description");
    Checks.check(fiscalYear().isPresent() || date().isPresent(), "Milestone", "fiscalYear/date", description(),
        "a milestone needs a fiscal year or a date");
    if (fiscalYear().isPresent() && date().isPresent()) {
      Checks.check(fiscalYear().get().contains(date().get()), "Milestone", "date", date().get(),
          "must fall in fiscal year " + fiscalYear().get());
    }
  }

  /** {@return the fiscal year, given or derived from the date} */
  public FiscalYear effectiveFiscalYear() {
    return fiscalYear().orElseGet(() -> FiscalYear.containing(date().orElseThrow()));
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Milestone}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Milestone}. */
  public static class Builder extends ImmutableMilestone.Builder {}
}
