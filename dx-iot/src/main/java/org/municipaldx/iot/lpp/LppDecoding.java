package org.municipaldx.iot.lpp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a lenient decode: the records decoded before the first fault, and the fault if
 * there was one. Never silent: {@link #isComplete()} is false whenever part of the payload was not
 * decoded. Immutable and thread-safe.
 *
 * @param values  the records decoded, in payload order, never null
 * @param fault  the fault that stopped decoding, if any
 */
public record LppDecoding(List<LppValue> values, Optional<LppFormatException> fault) {
  /**
   * Copies the list.
   *
   * @param values  the records decoded, in payload order, never null
   * @param fault  the fault that stopped decoding, if any
   */
  public LppDecoding {
    values = List.copyOf(Objects.requireNonNull(values, "values"));
    Objects.requireNonNull(fault, "fault");
  }

  /** {@return whether the whole payload was decoded} */
  public boolean isComplete() {
    return fault.isEmpty();
  }
}
