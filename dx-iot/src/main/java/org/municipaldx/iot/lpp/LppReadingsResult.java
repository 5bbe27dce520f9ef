package org.municipaldx.iot.lpp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.iot.Reading;

/**
 * The readings of a lenient conversion: those from the records decoded before the first fault, and
 * the fault if the payload was not decoded completely. Immutable and thread-safe.
 *
 * @param readings  the readings, never null
 * @param fault  the decoding fault, if any
 */
public record LppReadingsResult(List<Reading> readings, Optional<LppFormatException> fault) {
  /**
   * Copies the list.
   *
   * @param readings  the readings, never null
   * @param fault  the decoding fault, if any
   */
  public LppReadingsResult {
    readings = List.copyOf(Objects.requireNonNull(readings, "readings"));
    Objects.requireNonNull(fault, "fault");
  }

  /** {@return whether the whole payload was decoded} */
  public boolean isComplete() {
    return fault.isEmpty();
  }
}
