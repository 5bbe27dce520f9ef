package org.municipaldx.dataset;

import org.municipaldx.core.internal.Checks;
/**
 * One thing wrong with a dataset: the file, where in it (a JSON pointer such as
 * {@code /3/takeUp/onlineApplications}, a JSON line and column, or a CSV {@code line 4, column 5 (comparisonHours)}),
 * and the rule broken. Immutable and thread-safe.
 *
 * @param file  the file name relative to the dataset directory, e.g. {@code take-up.json}
 * @param location  where in the file; {@code /} for the whole document
 * @param rule  what is wrong, naming the value and the rule
 */
public record DatasetError(String file, String location, String rule) {
  /**
   * Validates the error.
   *
   * @param file  the file name relative to the dataset directory, e.g. {@code take-up.json}
   * @param location  where in the file; {@code /} for the whole document
   * @param rule  what is wrong, naming the value and the rule
   * @throws IllegalArgumentException if a part is blank
   */
  public DatasetError {
    Checks.notBlank(Checks.nonNull(file, "DatasetError", "file"), "DatasetError", "file");
    Checks.notBlank(Checks.nonNull(location, "DatasetError", "location"), "DatasetError", "location");
    Checks.notBlank(Checks.nonNull(rule, "DatasetError", "rule"), "DatasetError", "rule");
  }

  /** {@return {@code file location: rule}} */
  @Override
  public String toString() {
    return file + " " + location + ": " + rule;
  }
}
