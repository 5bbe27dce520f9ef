package org.municipaldx.regulation.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an inventory CSV has any error: it lists every problem found, each with file, line
 * and column. Nothing of the file is applied.
 */
public class RegulationCsvException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<CsvProblem> problems;

  /**
   * @param problems  the problems, not empty
   */
  public RegulationCsvException(List<CsvProblem> problems) {
    super(problems.size() + (problems.size() == 1 ? " error" : " errors") + " in the CSV input; nothing was read:\n"
        + problems.stream().map(CsvProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** @return the problems, in file and line order, never empty */
  public List<CsvProblem> problems() {
    return problems;
  }
}
