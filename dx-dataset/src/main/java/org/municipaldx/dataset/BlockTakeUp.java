package org.municipaldx.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.ProcedureTakeUp;

/**
 * An element of {@code take-up.json}: a block's online take-up as the source states it
 * (○手続き中○手続きがオンライン化済, ○件中○件がオンラインによる申請等). Immutable and thread-safe.
 *
 * @param block  the id of the {@link DepartmentBlock}
 * @param takeUp  the take-up, validated against dx-core's {@code ProcedureTakeUp} schema; its
 *     departmentId must be the block's
 */
public record BlockTakeUp(
    @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}") String block,
    @Valid ProcedureTakeUp takeUp) {
  /**
   * Validates the entry.
   *
   * @param block  the id of the {@link DepartmentBlock}
   * @param takeUp  the take-up, validated against dx-core's {@code ProcedureTakeUp} schema; its
   *     departmentId must be the block's
   * @throws IllegalArgumentException naming the field and the rule
   */
  public BlockTakeUp {
    Checks.id(block, "BlockTakeUp", "block");
    Checks.nonNull(takeUp, "BlockTakeUp", "takeUp");
  }
}
