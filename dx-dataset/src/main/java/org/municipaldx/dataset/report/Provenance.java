package org.municipaldx.dataset.report;

import java.util.Optional;
import org.municipaldx.core.internal.Checks;

/**
 * Where a figure of a report comes from: a place in a dataset file (the file and a JSON pointer or CSV
 * line) and how the figure was computed from it. Immutable and thread-safe.
 *
 * @param file  the dataset file the figure is read from, e.g. {@code take-up.json}; empty for a figure
 *     computed from several files
 * @param location  where in the file: a JSON pointer such as {@code /3/takeUp} or {@code line 4}; empty
 *     for the whole file or a computed figure
 * @param computation  how the figure is obtained, never blank
 */
public record Provenance(Optional<String> file, Optional<String> location, String computation) {
  /**
   * Validates the parts.
   *
   * @param file  the dataset file the figure is read from, e.g. {@code take-up.json}; empty for a
   *     figure computed from several files
   * @param location  where in the file: a JSON pointer such as {@code /3/takeUp} or {@code line
   *     4}; empty for the whole file or a computed figure
   * @param computation  how the figure is obtained, never blank
   * @throws IllegalArgumentException if a part is blank
   */
  public Provenance {
    file = Checks.optionalNotBlank(file, "Provenance", "file");
    location = Checks.optionalNotBlank(location, "Provenance", "location");
    Checks.notBlank(Checks.nonNull(computation, "Provenance", "computation"), "Provenance", "computation");
  }

  /**
   * {@return a provenance in one place of one file, never null}
   *
   * @param file  the file, not blank
   * @param location  the place in it, not blank
   * @param computation  how the figure is obtained, not blank
   */
  public static Provenance at(String file, String location, String computation) {
    return new Provenance(Optional.of(file), Optional.of(location), computation);
  }

  /**
   * {@return a provenance of a figure computed from several places, never null}
   *
   * @param computation  how the figure is computed, not blank
   */
  public static Provenance computed(String computation) {
    return new Provenance(Optional.empty(), Optional.empty(), computation);
  }
}
