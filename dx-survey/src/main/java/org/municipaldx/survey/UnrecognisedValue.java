package org.municipaldx.survey;

import java.util.Objects;

/**
 * A value outside its column's code list, kept as written (and reported by the reader).
 *
 * @param column  the column, not null
 * @param text  the value as written, not null
 */
public record UnrecognisedValue(SurveyColumn column, String text) {
  /**
   * Checks the components.
   *
   * @param column  the column, not null
   * @param text  the value as written, not null
   */
  public UnrecognisedValue {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(text, "text");
  }
}
