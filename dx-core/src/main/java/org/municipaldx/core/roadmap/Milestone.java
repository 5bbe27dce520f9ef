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

  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String description();

  public abstract Optional<FiscalYear> fiscalYear();

  public abstract Optional<LocalDate> date();

  @NotNull
  @Value.Default
  public MilestoneStatus status() {
    return MilestoneStatus.SCHEDULED;
  }

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

  /** @return the fiscal year, given or derived from the date */
  public FiscalYear effectiveFiscalYear() {
    return fiscalYear().orElseGet(() -> FiscalYear.containing(date().orElseThrow()));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Milestone}. */
  public static class Builder extends ImmutableMilestone.Builder {}
}
