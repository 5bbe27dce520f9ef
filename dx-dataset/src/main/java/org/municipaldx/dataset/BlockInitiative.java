package org.municipaldx.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;
import java.util.List;
import org.municipaldx.core.initiative.Initiative;

/**
 * An element of {@code initiatives.json}: an initiative (取組) in its block and the section of the
 * source it appears in. Immutable and thread-safe.
 *
 * @param block  the id of the {@link DepartmentBlock}
 * @param section  the source's section heading, e.g. 行政事務の効率化（アナログ規制の解消）
 * @param initiative  the initiative, validated against dx-core's {@code Initiative} schema; its
 *     departmentId must be the block's
 * @param notes  notes on how the row was encoded (e.g. a remark printed next to a formula)
 */
public record BlockInitiative(
    @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}") String block,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String section,
    @Valid Initiative initiative,
    List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> notes) {
  /**
   * Validates the entry.
   *
   * @param block  the id of the {@link DepartmentBlock}
   * @param section  the source's section heading, e.g. 行政事務の効率化（アナログ規制の解消）
   * @param initiative  the initiative, validated against dx-core's {@code Initiative} schema; its
   *     departmentId must be the block's
   * @param notes  notes on how the row was encoded (e.g. a remark printed next to a formula)
   * @throws IllegalArgumentException naming the field and the rule
   */
  public BlockInitiative {
    Checks.id(block, "BlockInitiative", "block");
    Checks.notBlank(Checks.nonNull(section, "BlockInitiative", "section"), "BlockInitiative", "section");
    Checks.nonNull(initiative, "BlockInitiative", "initiative");
    notes = Checks.strings(notes, "BlockInitiative", "notes");
  }
}
