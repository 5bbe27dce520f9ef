package org.municipaldx.examples.output;

import java.util.Map;
import org.municipaldx.core.FiveLess;

/**
 * {@code dx rollup --format json}: the roll-up of a procedure-stats file. Immutable.
 *
 * @param rows  the data rows read
 * @param byDepartment  the sums by department id (or the department's Japanese name when named so), in file order
 * @param byFiveLess  the sums by five-less category (constant name), every category present
 * @param total  the sums of every row
 */
public record RollupOutput(long rows, Map<String, Sums> byDepartment, Map<FiveLess, Sums> byFiveLess, Sums total) {

  /**
   * The sums of a group, exact integers, and its take-up.
   *
   * @param minutesOnline  Σ minutes per case × online cases
   * @param online  Σ online applications
   * @param total  Σ applications
   * @param takeUp  online / total as a percentage with its rounding
   */
  public record Sums(long minutesOnline, long online, long total, Percentage takeUp) {}
}
