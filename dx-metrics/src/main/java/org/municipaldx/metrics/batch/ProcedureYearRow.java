package org.municipaldx.metrics.batch;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Set;
import org.immutables.value.Value;
import org.municipaldx.core.Department;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;

/**
 * One procedure in one fiscal year, as the batch path sees it: the department handling it, its
 * five-less categories, the minutes one case takes (or saves), and how many cases there were in
 * total and online.
 *
 * <p>Invariants: {@code 0 ≤ online ≤ total}, {@code minutesPerCase ≥ 0}, the department id follows
 * {@link Ids#MODEL_ID_PATTERN}. The counts are {@code long} like every count of the model; the
 * columnar table stores them in 32-bit columns and rejects larger values when it is built.
 * Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedureYearRow.class)
@JsonDeserialize(as = ImmutableProcedureYearRow.class)
public abstract class ProcedureYearRow {
  ProcedureYearRow() {}

  /** {@return the id of the department handling the procedure, e.g. {@code health-welfare}} */
  @NotNull
  @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}")
  public abstract String departmentId();

  /** {@return the fiscal year the counts belong to} */
  @NotNull
  public abstract FiscalYear fiscalYear();

  /** {@return the five-less categories of the procedure, possibly empty} */
  public abstract Set<FiveLess> fiveLess();

  /** {@return the minutes per case, e.g. 30 for {@code 30分×1,303件}} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long minutesPerCase();

  /** {@return the cases handled online in the fiscal year} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long online();

  /** {@return all cases in the fiscal year, online or not} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long total();

  /**
   * {@return the five-less mask: the OR of {@link FiveLess#bit()} over {@link #fiveLess()}, 0 to
   * 31}
   */
  public int fiveLessMask() {
    int mask = 0;
    for (FiveLess f : fiveLess()) {
      mask |= f.bit();
    }
    return mask;
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
    String t = "ProcedureYearRow";
    Checks.check(Ids.isModelId(departmentId()), t, "departmentId", departmentId(),
        "must match " + Ids.MODEL_ID_PATTERN);
    Checks.nonNegative(minutesPerCase(), t, "minutesPerCase");
    Checks.nonNegative(online(), t, "online");
    Checks.nonNegative(total(), t, "total");
    Checks.check(online() <= total(), t, "online", online(),
        "must not exceed total (" + total() + ")");
  }

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProcedureYearRow}. */
  public static class Builder extends ImmutableProcedureYearRow.Builder {}
}
