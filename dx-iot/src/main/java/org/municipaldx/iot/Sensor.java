package org.municipaldx.iot;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.municipaldx.core.Department;
import org.municipaldx.core.Ids;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * A sensor installed at a location, owned by a municipality (and optionally one of its
 * departments), reporting some quantities over a network at a nominal interval.
 *
 * <p>The {@link #reportingInterval()} is what {@link org.municipaldx.iot.aggregate gap detection}
 * compares silences against. {@link #deviceId()} is the id the network server uses (e.g. The Things
 * Stack's {@code end_device_ids.device_id}), when it differs from {@link #id()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSensor.class)
@JsonDeserialize(as = ImmutableSensor.class)
public abstract class Sensor {
  Sensor() {}

  /**
   * Whether a text follows {@link Ids#DEVICE_ID_PATTERN}; the same rule as the regular expression, checked
   * without one because every reading checks its sensor id.
   *
   * @param id  the text, not null
   * @return whether it is a valid sensor id
   */
  public static boolean isValidId(String id) {
    if (id.isEmpty() || !idChar(id.charAt(0)) || !Character.isLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      if (!idChar(id.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean idChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == ':' || c == '-';
  }

  /** {@return the stable id, e.g. {@code hall-3f-01}} */
  @NotNull
  @Pattern(regexp = Ids.DEVICE_ID_PATTERN, message = "{org.municipaldx.DeviceId.message}")
  public abstract String id();

  /** {@return the kind of instrument, never null} */
  @NotNull
  public abstract SensorKind kind();

  /** {@return the quantities this sensor reports, never empty} */
  @NotEmpty
  public abstract Set<Quantity> quantities();

  /** {@return the network it reports over, never null} */
  @NotNull
  public abstract Network network();

  /** {@return where it is installed, never null} */
  @NotNull
  @Valid
  public abstract Location location();

  /** {@return the owning municipality, never null} */
  @NotNull
  public abstract MunicipalityCode owner();

  /** {@return the id of the owning department ({@link Ids#MODEL_ID_PATTERN}), if assigned} */
  public abstract Optional<@Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}") String> department();

  /** {@return the nominal interval between reports, positive} */
  @NotNull
  public abstract Duration reportingInterval();

  /** {@return the network server's device id, if it differs from {@link #id()}} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> deviceId();

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    Checks.check(isValidId(id()), "Sensor", "id", id(), "must match " + Ids.DEVICE_ID_PATTERN);
    Checks.check(!quantities().isEmpty(), "Sensor", "quantities", quantities(), "must name at least one quantity");
    Checks.check(!reportingInterval().isNegative() && !reportingInterval().isZero(), "Sensor",
        "reportingInterval", reportingInterval(), "must be positive");
    department().ifPresent(d -> Checks.check(Ids.isModelId(d), "Sensor", "department", d,
        "must match " + Ids.MODEL_ID_PATTERN));
    deviceId().ifPresent(d -> Checks.notBlank(d, "Sensor", "deviceId"));
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Sensor}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sensor}. */
  public static class Builder extends ImmutableSensor.Builder {}
}
