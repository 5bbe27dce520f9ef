package org.municipaldx.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/**
 * A department's online take-up in aggregate, as a municipality reports it without per-procedure
 * detail: e.g. 21 of 100 procedures online, and 1,303 of 12,512 applications made online in
 * calendar 2022.
 *
 * <p>Invariants: all counts ≥ 0; online procedures ≤ procedures; online applications ≤
 * applications. The department may be unknown ({@link #departmentId()} empty) when the source does
 * not name it; {@link #departmentInference()} explains an inferred one. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedureTakeUp.class)
@JsonDeserialize(as = ImmutableProcedureTakeUp.class)
public abstract class ProcedureTakeUp {
  ProcedureTakeUp() {}

  /** {@return the department's id, if known} */
  public abstract Optional<String> departmentId();

  /** {@return why the department was inferred rather than stated, if it was} */
  public abstract Optional<String> departmentInference();

  /** {@return the period of the application counts} */
  @NotNull
  public abstract ReportingPeriod period();

  /** {@return the number of procedures the department handles} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long procedures();

  /** {@return how many of them can be done online} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long onlineProcedures();

  /** {@return the applications received in the period} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long applications();

  /** {@return how many of them were made online} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long onlineApplications();

  /** {@return names of online procedures the source lists as examples} */
  public abstract List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> exampleProcedures();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    String t = "ProcedureTakeUp";
    Checks.nonNegative(procedures(), t, "procedures");
    Checks.nonNegative(onlineProcedures(), t, "onlineProcedures");
    Checks.nonNegative(applications(), t, "applications");
    Checks.nonNegative(onlineApplications(), t, "onlineApplications");
    Checks.check(onlineProcedures() <= procedures(), t, "onlineProcedures", onlineProcedures(),
        "must not exceed procedures " + procedures());
    Checks.check(onlineApplications() <= applications(), t, "onlineApplications", onlineApplications(),
        "must not exceed applications " + applications());
    Checks.noBlanks(exampleProcedures(), t, "exampleProcedures");
    Checks.check(departmentInference().isEmpty() || departmentId().isPresent(), t, "departmentInference",
        departmentInference().orElse(null), "needs a departmentId to explain");
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code ProcedureTakeUp}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProcedureTakeUp}. */
  public static class Builder extends ImmutableProcedureTakeUp.Builder {}
}
