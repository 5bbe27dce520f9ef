package org.municipaldx.survey;

import java.util.Objects;
import java.util.Optional;
import org.municipaldx.ingest.Location;
import org.municipaldx.ingest.Problem;

/**
 * A flaw of the survey file, located: where (line and column of the file), which procedure (its
 * 手続ID, empty for the header or a row without one), which survey column, and what is wrong.
 *
 * @param problem  the located problem of the ingestion toolkit, not null
 * @param procedureId  the row's 手続ID, empty if the problem is not in a row or the row has none; not null
 * @param column  the survey column, or null when the problem is with the whole row or file
 */
public record SurveyProblem(Problem problem, String procedureId, SurveyColumn column) {
  /**
   * Checks the components.
   *
   * @param problem  the located problem of the ingestion toolkit, not null
   * @param procedureId  the row's 手続ID, empty if the problem is not in a row or the row has none;
   *     not null
   * @param column  the survey column, or null when the problem is with the whole row or file
   */
  public SurveyProblem {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(procedureId, "procedureId");
  }

  /** {@return the line of the file, or 0 if not a text location} */
  public long line() {
    return problem.line();
  }

  /** {@return where, never null} */
  public Location location() {
    return problem.location();
  }

  /** {@return what is wrong, never null} */
  public String reason() {
    return problem.reason();
  }

  /** {@return the survey column, if the problem is with one} */
  public Optional<SurveyColumn> surveyColumn() {
    return Optional.ofNullable(column);
  }

  /** {@return e.g. {@code 手続ID 148 at survey.csv line 12, column 27 (AA, オンライン手続件数): ...}} */
  @Override
  public String toString() {
    return (procedureId.isEmpty() ? "" : "手続ID " + procedureId + " at ") + problem;
  }
}
