package org.municipaldx.procurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.internal.Text;

/**
 * A Peppol participant identifier as {@code <scheme>:<value>}, e.g. {@code 0188:7000012050002}:
 * the scheme a four-digit ISO/IEC 6523 ICD / Peppol EAS code, the value the identifier in that
 * scheme.
 *
 * <p>In the Japanese Peppol network (JP PINT, the Peppol BIS Standard Invoice for Japan) the seller
 * and buyer electronic addresses (ibt-034, ibt-049) carry scheme identifier {@code 0188} with the
 * 13-digit 法人番号 as value (docs.peppol.eu/poac/jp/pint-jp, semantic model ibt-034 and ibt-034-1,
 * example value 1234567890123 with scheme 0188). For scheme {@value #JAPAN_CORPORATE_NUMBER} the
 * value must therefore be a valid {@link CorporateNumber}; other schemes are checked for shape only
 * (no whitespace, no colon-only value).
 *
 * <p>{@link #parse} accepts half- or full-width text and an optional {@code iso6523-actorid-upis::}
 * prefix; {@link #toString()} prints {@code scheme:value} and {@code parse(toString())} is the
 * identity. JSON: that string. Immutable and thread-safe.
 */
public final class PeppolParticipantId implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The ICD / EAS code of the Japanese 法人番号 (Corporate Number), used by JP PINT. */
  public static final String JAPAN_CORPORATE_NUMBER = "0188";

  /** The Peppol participant identifier scheme that may precede the identifier. */
  public static final String IDENTIFIER_SCHEME = "iso6523-actorid-upis::";

  /** The value of {@link #scheme()}. */
  private final String scheme;
  /** The value of {@link #value()}. */
  private final String value;

  private PeppolParticipantId(String scheme, String value) {
    this.scheme = scheme;
    this.value = value;
  }

  /**
   * Parses {@code scheme:value}.
   *
   * @param text  the identifier, not null
   * @return the identifier, never null
   * @throws IllegalArgumentException if the scheme is not four digits, the value is empty or has
   *     whitespace, or a {@code 0188} value is not a valid 法人番号
   */
  @JsonCreator
  public static PeppolParticipantId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip();
    if (s.startsWith(IDENTIFIER_SCHEME)) {
      s = s.substring(IDENTIFIER_SCHEME.length());
    }
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw Checks.invalid("PeppolParticipantId", "", text, "cannot be parsed: expected <4-digit scheme>:<value>, e.g. 0188:<法人番号>");
    }
    return of(s.substring(0, colon), s.substring(colon + 1));
  }

  /**
   * {@return the identifier, never null}
   *
   * @param scheme  the four-digit ICD / EAS code, half- or full-width, not null
   * @param value  the identifier in that scheme, half- or full-width (stored NFKC-normalised), not null
   * @throws IllegalArgumentException as {@link #parse}
   */
  public static PeppolParticipantId of(String scheme, String value) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(value, "value");
    // the same normalisation as parse, so that parse(toString()) gives this identifier back
    scheme = Text.nfkc(scheme);
    value = Text.nfkc(value);
    if (!scheme.matches("[0-9]{4}")) {
      throw Checks.invalid("PeppolParticipantId", "scheme", scheme, "must be a four-digit ICD code such as 0188");
    }
    if (value.isEmpty() || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw Checks.invalid("PeppolParticipantId", "value", value, "must be non-empty without whitespace");
    }
    if (scheme.equals(JAPAN_CORPORATE_NUMBER)) {
      try {
        CorporateNumber.parse(value);
      } catch (IllegalArgumentException e) {
        throw Checks.invalid("PeppolParticipantId", "value", value,
            "scheme 0188 (JP PINT) needs a valid 13-digit 法人番号: " + e.getMessage(), e);
      }
    }
    return new PeppolParticipantId(scheme, value);
  }

  /**
   * {@return the JP PINT identifier {@code 0188:<number>}, never null}
   *
   * @param number  the corporate number, not null
   */
  public static PeppolParticipantId ofCorporateNumber(CorporateNumber number) {
    return new PeppolParticipantId(JAPAN_CORPORATE_NUMBER, number.value());
  }

  /** {@return the four-digit scheme code, e.g. 0188} */
  public String scheme() {
    return scheme;
  }

  /** {@return the identifier within the scheme} */
  public String value() {
    return value;
  }

  /** {@return the 法人番号 when the scheme is 0188, else empty} */
  public Optional<CorporateNumber> corporateNumber() {
    return scheme.equals(JAPAN_CORPORATE_NUMBER) ? Optional.of(CorporateNumber.parse(value)) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PeppolParticipantId)) {
      return false;
    }
    PeppolParticipantId other = (PeppolParticipantId) o;
    return scheme.equals(other.scheme) && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return scheme.hashCode() * 31 + value.hashCode();
  }

  /** {@return {@code scheme:value}; {@link #parse} reads it back} */
  @JsonValue
  @Override
  public String toString() {
    return scheme + ":" + value;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a scheme or value the factory rejects is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> of(scheme, value));
  }
}
