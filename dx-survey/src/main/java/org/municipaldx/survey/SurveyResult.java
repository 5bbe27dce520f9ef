package org.municipaldx.survey;

import java.util.List;
import java.util.Objects;

/**
 * What {@link SurveyReader} read: the procedures in file order and the problems found.
 *
 * @param procedures  the procedures, not null
 * @param problems  the problems in file order, not null
 */
public record SurveyResult(List<SurveyProcedure> procedures, List<SurveyProblem> problems) {
  /**
   * Copies the lists.
   *
   * @param procedures  the procedures, not null
   * @param problems  the problems in file order, not null
   */
  public SurveyResult {
    procedures = List.copyOf(Objects.requireNonNull(procedures, "procedures"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }
}
