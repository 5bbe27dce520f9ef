package org.municipaldx.iot;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;

/**
 * One measured value of one quantity by one sensor at one instant.
 *
 * <p>The value is a {@link BigDecimal} kept exactly at the sensor's resolution: a Cayenne LPP
 * temperature of raw 272 is {@code 27.2}, a humidity of raw 91 is {@code 45.5}; no binary
 * floating point is involved. The value must be physically possible for the quantity
 * ({@link Quantity#check(BigDecimal)}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReading.class)
@JsonDeserialize(as = ImmutableReading.class)
public abstract class Reading {
  Reading() {}

  /** {@return the id of the sensor that measured it} */
  @NotNull
  @Pattern(regexp = Ids.DEVICE_ID_PATTERN, message = "{org.municipaldx.DeviceId.message}")
  public abstract String sensorId();

  /** {@return what was measured, never null} */
  @NotNull
  public abstract Quantity quantity();

  /** {@return the value in {@link Quantity#unit()}, exactly at the sensor's resolution} */
  @NotNull
  public abstract BigDecimal value();

  /** {@return when it was observed, never null} */
  @NotNull
  public abstract Instant observedAt();

  /** {@return the quality flag, {@link Quality#GOOD} unless set} */
  @Value.Default
  public Quality quality() {
    return Quality.GOOD;
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
    Checks.check(Sensor.isValidId(sensorId()), "Reading", "sensorId", sensorId(), "must match " + Ids.DEVICE_ID_PATTERN);
    try {
      quantity().check(value());
    } catch (IllegalArgumentException e) {
      throw Checks.invalid("Reading", "value", Checks.plain(value()),
          "must be possible for " + quantity() + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@return a reading of good quality, never null}
   *
   * @param sensorId  the sensor id, not null
   * @param quantity  the quantity, not null
   * @param value  the value, not null
   * @param observedAt  the instant, not null
   */
  public static Reading of(String sensorId, Quantity quantity, BigDecimal value, Instant observedAt) {
    return builder().sensorId(sensorId).quantity(quantity).value(value).observedAt(observedAt).build();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Reading}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reading}. */
  public static class Builder extends ImmutableReading.Builder {}
}
