package org.municipaldx.examples.output;

import java.util.List;

/**
 * {@code dx validate --format json}: the result of validating a dataset directory. Immutable.
 *
 * @param directory  the directory validated
 * @param valid  whether it has no problem
 * @param counts  what it holds, when valid
 * @param problems  every problem found, each with its file, location and rule
 */
public record ValidateOutput(String directory, boolean valid, java.util.Optional<Counts> counts, List<Problem> problems) {

  /**
   * What a valid dataset holds.
   *
   * @param departments  departments
   * @param blocks  department blocks
   * @param initiatives  initiatives
   * @param kpiSeries  five-less KPI series
   * @param roadmapItems  roadmap items
   */
  public record Counts(long departments, long blocks, long initiatives, long kpiSeries, long roadmapItems) {}

  /**
   * One problem.
   *
   * @param file  the file, relative to the dataset directory
   * @param location  where in the file: a JSON pointer ({@code /3/takeUp}), or a line and column
   * @param rule  the rule broken, naming the value
   */
  public record Problem(String file, String location, String rule) {}
}
