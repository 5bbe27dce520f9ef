package org.municipaldx.dataset;

import org.municipaldx.core.internal.Checks;
import java.util.Optional;
import org.municipaldx.core.plan.WorkloadComparison;

/**
 * A row of {@code workload.csv}: a block's workload survey comparison (業務量調査結果) with the
 * headings as printed. A printed heading whose year and era disagree (the source's
 * {@code 2022(令和3)年度}) is kept as printed; the comparison then records the fiscal year the era
 * and its neighbours name and explains the choice in its notes. Immutable and thread-safe.
 *
 * @param block  the id of the {@link DepartmentBlock}
 * @param comparison  the comparison (its surveys carry the block's departmentId)
 * @param printedBaselineHeading  the baseline's heading as printed, e.g. 2020(令和2)年度, if kept
 * @param printedComparisonHeading  the comparison's heading as printed, if kept
 * @param line  the CSV line the row was read from (1-based, the header is line 1)
 */
public record BlockWorkload(String block, WorkloadComparison comparison, Optional<String> printedBaselineHeading,
    Optional<String> printedComparisonHeading, int line) {
  /**
   * Validates the entry.
   *
   * @param block  the id of the {@link DepartmentBlock}
   * @param comparison  the comparison (its surveys carry the block's departmentId)
   * @param printedBaselineHeading  the baseline's heading as printed, e.g. 2020(令和2)年度, if kept
   * @param printedComparisonHeading  the comparison's heading as printed, if kept
   * @param line  the CSV line the row was read from (1-based, the header is line 1)
   * @throws IllegalArgumentException naming the field and the rule
   */
  public BlockWorkload {
    Checks.id(block, "BlockWorkload", "block");
    Checks.nonNull(comparison, "BlockWorkload", "comparison");
    printedBaselineHeading = Checks.optionalNotBlank(printedBaselineHeading, "BlockWorkload", "printedBaselineHeading");
    printedComparisonHeading = Checks.optionalNotBlank(printedComparisonHeading, "BlockWorkload", "printedComparisonHeading");
    Checks.check(line >= 2, "BlockWorkload", "line", line, "must be 2 or more (line 1 is the header)");
  }
}
