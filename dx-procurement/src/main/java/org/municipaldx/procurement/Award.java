package org.municipaldx.procurement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/**
 * The award (落札決定 or 契約の相手方の決定): the chosen supplier, the date and the awarded amount in
 * whole yen. The contract amount may differ (for instance by consumption tax). Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAward.class)
@JsonDeserialize(as = ImmutableAward.class)
public abstract class Award {
  Award() {}

  /** {@return the supplier awarded, never null} */
  @NotNull
  @Valid
  public abstract Supplier supplier();

  /** {@return the award date, never null} */
  @NotNull
  public abstract LocalDate date();

  /** {@return the awarded amount in whole yen, zero or more} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long amountYen();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.nonNegative(amountYen(), "Award", "amountYen");
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Award}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Award}. */
  public static class Builder extends ImmutableAward.Builder {}
}
