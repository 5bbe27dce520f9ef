package org.municipaldx.iot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Objects;
import org.municipaldx.core.InputLimits;
import org.municipaldx.core.internal.Checks;

/**
 * A WGS 84 position in decimal degrees, kept exactly as given.
 *
 * <p>{@link #toString()} prints {@code 37.4006,140.3597} and {@link #parse(CharSequence)} reads it
 * back. This class is immutable and thread-safe.
 */
public final class Coordinates {
  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final BigDecimal LAT_MAX = new BigDecimal(90);
  private static final BigDecimal LON_MAX = new BigDecimal(180);

  // the ranges as constraints too, so that the generated JSON Schema states them (issue 14): on the fields, which the
  // schema describes for this hand-written class (its accessors are not getters by JavaBeans' names)
  @DecimalMin("-90")
  @DecimalMax("90")
  private final BigDecimal latitude;
  @DecimalMin("-180")
  @DecimalMax("180")
  private final BigDecimal longitude;

  private Coordinates(BigDecimal latitude, BigDecimal longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /**
   * {@return the position, never null}
   *
   * @param latitude  degrees north, from -90 to 90, not null
   * @param longitude  degrees east, from -180 to 180, not null
   * @throws IllegalArgumentException if a value is out of range
   */
  @JsonCreator
  public static Coordinates of(@JsonProperty("latitude") BigDecimal latitude,
      @JsonProperty("longitude") BigDecimal longitude) {
    Objects.requireNonNull(latitude, "Coordinates.latitude: must not be null");
    Objects.requireNonNull(longitude, "Coordinates.longitude: must not be null");
    if (latitude.abs().compareTo(LAT_MAX) > 0) {
      throw Checks.invalid("Coordinates", "latitude", latitude, "must be from -90 to 90");
    }
    if (longitude.abs().compareTo(LON_MAX) > 0) {
      throw Checks.invalid("Coordinates", "longitude", longitude, "must be from -180 to 180");
    }
    // a negative scale (1E+1) prints as a whole number; keep it as one so that parse(toString()) is equal (issue 13, D8)
    return new Coordinates(latitude.scale() < 0 ? latitude.setScale(0) : latitude,
        longitude.scale() < 0 ? longitude.setScale(0) : longitude);
  }

  /**
   * {@return the position, never null}
   *
   * @param text  {@code latitude,longitude} in plain decimal degrees ({@code 37.4006,140.3597}; no
   *     exponent), each number at most {@link InputLimits#MAX_NUMBER_LENGTH} characters, not null
   * @throws IllegalArgumentException if the text is not two decimal numbers in range
   */
  public static Coordinates parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.toString().split(",", -1);
    if (parts.length != 2) {
      throw Checks.invalid("Coordinates", "", Checks.quote(text), "cannot be parsed: expected latitude,longitude");
    }
    String lat = parts[0].strip();
    String lon = parts[1].strip();
    // checked before BigDecimal reads the digits, which takes time quadratic in their number (issue 13, D6)
    if (lat.length() > InputLimits.MAX_NUMBER_LENGTH || lon.length() > InputLimits.MAX_NUMBER_LENGTH) {
      throw Checks.invalid("Coordinates", "", Checks.quote(text), "cannot be parsed: each number has at most "
          + InputLimits.MAX_NUMBER_LENGTH + " characters (InputLimits.MAX_NUMBER_LENGTH)");
    }
    if (!DECIMAL.matcher(lat).matches() || !DECIMAL.matcher(lon).matches()) {
      throw new IllegalArgumentException("Coordinates '" + text + "' cannot be parsed: expected two plain decimal degrees"
          + " (e.g. 37.4006,140.3597; no exponent)");
    }
    return of(new BigDecimal(lat), new BigDecimal(lon));
  }

  /** {@return degrees north, never null} */
  @JsonProperty("latitude")
  public BigDecimal latitude() {
    return latitude;
  }

  /** {@return degrees east, never null} */
  @JsonProperty("longitude")
  public BigDecimal longitude() {
    return longitude;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Coordinates && ((Coordinates) o).latitude.equals(latitude)
        && ((Coordinates) o).longitude.equals(longitude);
  }

  @Override
  public int hashCode() {
    return 31 * latitude.hashCode() + longitude.hashCode();
  }

  /** {@return e.g. {@code 37.4006,140.3597}; {@link #parse} reads it back} */
  @Override
  public String toString() {
    return latitude.toPlainString() + "," + longitude.toPlainString();
  }
}
