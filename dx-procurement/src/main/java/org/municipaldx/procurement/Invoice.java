package org.municipaldx.procurement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;

/**
 * An invoice (請求) under a contract: number, issue date, amount in whole yen, channel (電子請求 or
 * paper), the supplier's Peppol participant id when it came over Peppol (JP PINT), and the payment
 * date once paid (支払).
 *
 * <p>A Peppol id is only allowed on an electronic invoice; payment is not before issue.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInvoice.class)
@JsonDeserialize(as = ImmutableInvoice.class)
public abstract class Invoice {
  Invoice() {}

  /** {@return the invoice number, matching {@value Ids#RECORD_ID_PATTERN}} */
  @NotNull
  @Pattern(regexp = Ids.RECORD_ID_PATTERN, message = "{org.municipaldx.RecordId.message}")
  public abstract String id();

  /** {@return the issue date, never null} */
  @NotNull
  public abstract LocalDate issuedOn();

  /** {@return the amount in whole yen, zero or more} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long amountYen();

  /** {@return electronic (電子請求) or paper, never null} */
  @NotNull
  public abstract Channel channel();

  /** {@return the sender's Peppol participant id, e.g. {@code 0188:<法人番号>}, if sent over Peppol} */
  public abstract Optional<PeppolParticipantId> peppolId();

  /** {@return the payment date, if paid} */
  public abstract Optional<LocalDate> paidOn();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    ContractingProcess.checkId(id(), "Invoice", "id");
    Checks.nonNegative(amountYen(), "Invoice", "amountYen");
    peppolId().ifPresent(p -> Checks.check(channel() == Channel.ELECTRONIC, "Invoice", "peppolId", p,
        "only an electronic invoice can carry a Peppol id (channel was " + channel() + ")"));
    paidOn().ifPresent(d -> Checks.check(!d.isBefore(issuedOn()), "Invoice", "paidOn", d,
        "must not be before issuedOn " + issuedOn()));
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Invoice}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Invoice}. */
  public static class Builder extends ImmutableInvoice.Builder {}
}
