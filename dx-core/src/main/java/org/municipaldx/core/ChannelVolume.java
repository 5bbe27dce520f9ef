package org.municipaldx.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;

/**
 * How many applications a procedure received in a period, and how many of them online.
 * Invariant: {@code 0 ≤ onlineApplications ≤ totalApplications}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelVolume.class)
@JsonDeserialize(as = ImmutableChannelVolume.class)
public abstract class ChannelVolume {
  ChannelVolume() {}

  /** {@return the procedure's id} */
  @NotNull
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String procedureId();

  /** {@return the period counted} */
  @NotNull
  public abstract ReportingPeriod period();

  /** {@return all applications, zero or more} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long totalApplications();

  /** {@return applications made online, zero to {@link #totalApplications()}} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long onlineApplications();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(procedureId(), "ChannelVolume", "procedureId");
    Checks.nonNegative(totalApplications(), "ChannelVolume", "totalApplications");
    Checks.nonNegative(onlineApplications(), "ChannelVolume", "onlineApplications");
    Checks.check(onlineApplications() <= totalApplications(), "ChannelVolume", "onlineApplications",
        onlineApplications(), "must not exceed totalApplications " + totalApplications());
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code ChannelVolume}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChannelVolume}. */
  public static class Builder extends ImmutableChannelVolume.Builder {}
}
