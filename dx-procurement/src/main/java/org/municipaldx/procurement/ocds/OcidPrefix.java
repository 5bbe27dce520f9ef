package org.municipaldx.procurement.ocds;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Objects;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.internal.Text;

/**
 * An OCDS ocid prefix: {@code ocds-} followed by six lower-case letters or digits, e.g. the form
 * {@code ocds-xxxxxx}. Prefixes are registered with the Open Contracting Partnership by each
 * publisher (OCDS 1.1.5 documentation, "Open Contracting Identifier"); this library has none of
 * its own, so a publisher passes its registered prefix.
 *
 * <p>{@link #parse} accepts the prefix with or without the trailing hyphen; {@link #toString()}
 * prints it without, and {@code parse(toString())} is the identity. An ocid is
 * {@code prefix-processId} ({@link #ocid}). Immutable and thread-safe.
 */
public final class OcidPrefix implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The shape of a registered prefix. */
  public static final String PATTERN = "ocds-[a-z0-9]{6}";

  /** The registered prefix, matching {@link #PATTERN} ({@link #toString()}). */
  private final String prefix;

  private OcidPrefix(String prefix) {
    this.prefix = prefix;
  }

  /**
   * {@return the prefix, never null}
   *
   * @param text  the prefix, e.g. {@code ocds-xxxxxx} or {@code ocds-xxxxxx-}, not null
   * @throws IllegalArgumentException if the text does not have the shape {@value #PATTERN}
   */
  @JsonCreator
  public static OcidPrefix parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip();
    if (s.endsWith("-")) {
      s = s.substring(0, s.length() - 1);
    }
    if (!s.matches(PATTERN)) {
      throw Checks.invalid("OcidPrefix", "", text, "cannot be parsed: must match " + PATTERN + " (a prefix registered with OCDS)");
    }
    return new OcidPrefix(s);
  }

  /**
   * {@return {@code prefix-processId}, never null}
   *
   * @param processId  the contracting process's id, not blank
   */
  public String ocid(String processId) {
    Objects.requireNonNull(processId, "processId");
    if (processId.isBlank()) {
      throw Checks.invalid("OcidPrefix", "ocid", processId, "processId must not be blank");
    }
    return prefix + "-" + processId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OcidPrefix && ((OcidPrefix) o).prefix.equals(prefix);
  }

  @Override
  public int hashCode() {
    return prefix.hashCode();
  }

  /** {@return the prefix without trailing hyphen; {@link #parse} reads it back} */
  @JsonValue
  @Override
  public String toString() {
    return prefix;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a prefix the parser rejects is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> parse(prefix));
  }
}
