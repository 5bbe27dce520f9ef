package org.municipaldx.examples.output;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.municipaldx.regulation.RegulationType;
import org.municipaldx.regulation.review.ReviewState;

/**
 * {@code dx regulations --format json}: the progress of an analog-regulation inventory. Immutable.
 *
 * @param asOf  the date of the progress
 * @param items  the regulation items
 * @param typeAssignments  item × type assignments (an item can have several types)
 * @param byState  items by review state (constant names, every state present)
 * @param byType  type assignments by regulation type (constant names, every type present)
 * @param cells  the counts by type × state × department
 * @param decided  the items whose review decided a course
 * @param revised  the items revised
 * @param pastTarget  the ids of items past their target date
 */
public record RegulationsOutput(LocalDate asOf, long items, long typeAssignments, Map<ReviewState, Long> byState,
    Map<RegulationType, Long> byType, List<Cell> cells, Percentage decided, Percentage revised, List<String> pastTarget) {

  /**
   * One cell of the progress table.
   *
   * @param type  the regulation type (constant name)
   * @param typeJapaneseName  display string: the type's Japanese name
   * @param state  the review state (constant name)
   * @param department  the department id
   * @param count  the type assignments in this cell
   */
  public record Cell(RegulationType type, String typeJapaneseName, ReviewState state, String department, long count) {}
}
