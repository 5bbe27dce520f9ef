package org.municipaldx.survey;

import org.municipaldx.core.Labelled;

/**
 * A value of one of the survey's code lists: its code as the file writes it ({@code 2-1},
 * {@code ○}; for lists without codes, the label itself) and its labels.
 */
public interface SurveyCode extends Labelled {
  /** {@return the code as the published file writes it, e.g. {@code 2-1}; the label for lists without codes} */
  String code();
}
