package org.municipaldx.procurement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/**
 * One bid (入札) or quotation: who, how much (whole yen, as bid, usually before consumption tax),
 * through which channel (電子入札 or 紙入札) and when. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBid.class)
@JsonDeserialize(as = ImmutableBid.class)
public abstract class Bid {
  Bid() {}

  /** {@return the bidder, never null} */
  @NotNull
  @Valid
  public abstract Supplier bidder();

  /** {@return the amount in whole yen, zero or more} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long amountYen();

  /** {@return how the bid was submitted, never null} */
  @NotNull
  public abstract Channel channel();

  /** {@return when the bid was submitted, never null} */
  @NotNull
  public abstract Instant submittedAt();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.nonNegative(amountYen(), "Bid", "amountYen");
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Bid}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Bid}. */
  public static class Builder extends ImmutableBid.Builder {}
}
