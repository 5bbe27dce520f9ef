package org.municipaldx.iot;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * Where a sensor is: a facility (e.g. 本庁舎), optionally a floor (e.g. 3F) and a room or zone, and
 * optionally coordinates. Compliance is reported per location. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocation.class)
@JsonDeserialize(as = ImmutableLocation.class)
public abstract class Location {
  Location() {}

  /**
   * A part of the {@link #key()}: not blank and without {@code /} (the key's separator), as a pattern that Java and
   * JSON Schema read alike.
   */
  static final String KEY_PART = "^[^/]*[^" + Text.WHITESPACE + "/][^/]*$";

  /** {@return the facility, e.g. 本庁舎; never blank, no {@code /}} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  @Pattern(regexp = KEY_PART, message = "{org.municipaldx.KeyPart.message}")
  public abstract String facility();

  /** {@return the floor as written, e.g. 3F, B1; never blank, no {@code /}} */
  public abstract Optional<@Pattern(regexp = KEY_PART, message = "{org.municipaldx.KeyPart.message}") String> floor();

  /** {@return the room or zone, e.g. 市民課窓口} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> zone();

  /** {@return the position, if known} */
  public abstract Optional<Coordinates> coordinates();

  /**
   * {@return {@code facility/floor/zone} with an absent part left empty, e.g. {@code 本庁舎/3F/会議室1},
   * {@code 本庁舎//3F} (zone 3F, no floor) and {@code 本庁舎/3F/} (floor 3F, no zone) — always three
   * parts, so two different locations never share a key}
   */
  @JsonIgnore
  public String key() {
    return facility() + '/' + floor().orElse("") + '/' + zone().orElse("");
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
    Checks.notBlank(facility(), "Location", "facility");
    floor().ifPresent(f -> Checks.notBlank(f, "Location", "floor"));
    zone().ifPresent(z -> Checks.notBlank(z, "Location", "zone"));
    Checks.check(!facility().contains("/"), "Location", "facility", facility(), "must not contain '/'");
    floor().ifPresent(f -> Checks.check(!f.contains("/"), "Location", "floor", f, "must not contain '/'"));
  }

  /**
   * {@return a location naming only the facility, never null}
   *
   * @param facility  the facility, not blank
   */
  public static Location of(String facility) {
    return builder().facility(facility).build();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Location}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}. */
  public static class Builder extends ImmutableLocation.Builder {}
}
