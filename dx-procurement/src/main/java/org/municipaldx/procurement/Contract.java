package org.municipaldx.procurement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;

/**
 * The contract with the awarded supplier: its number, amount in whole yen, signing date, period
 * (工期 or 履行期間) and whether it was signed with electronic signatures (電子契約) or on paper.
 *
 * <p>The dates are in order: signed on or before the period starts, the period starting on or
 * before it ends. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContract.class)
@JsonDeserialize(as = ImmutableContract.class)
public abstract class Contract {
  Contract() {}

  /** {@return the contract number, matching {@value Ids#RECORD_ID_PATTERN}} */
  @NotNull
  @Pattern(regexp = Ids.RECORD_ID_PATTERN, message = "{org.municipaldx.RecordId.message}")
  public abstract String id();

  /** {@return the contract amount in whole yen, zero or more} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long amountYen();

  /** {@return the signing date, never null} */
  @NotNull
  public abstract LocalDate signedOn();

  /** {@return the first day of the contract period, never null} */
  @NotNull
  public abstract LocalDate periodStart();

  /** {@return the last day of the contract period, never null} */
  @NotNull
  public abstract LocalDate periodEnd();

  /** {@return electronic signature (電子契約) or paper (書面), never null} */
  @NotNull
  public abstract Channel signature();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    ContractingProcess.checkId(id(), "Contract", "id");
    Checks.nonNegative(amountYen(), "Contract", "amountYen");
    Checks.check(!periodStart().isBefore(signedOn()), "Contract", "periodStart", periodStart(),
        "must not be before signedOn " + signedOn());
    Checks.check(!periodEnd().isBefore(periodStart()), "Contract", "periodEnd", periodEnd(),
        "must not be before periodStart " + periodStart());
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Contract}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contract}. */
  public static class Builder extends ImmutableContract.Builder {}
}
