package org.municipaldx.dataset;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Text;
import org.municipaldx.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One department's block of the source (its 市民サービスの向上 and 行政事務の効率化 slides), in source
 * order. Most blocks lose their department's name in the source text: then {@link #departmentId()}
 * is empty, or set with {@link #departmentInference()} saying why. Sections (課) and facilities the
 * block mentions are kept as written, without guessing the department from them.
 * Immutable and thread-safe.
 *
 * @param id  the stable id, e.g. {@code block-03}
 * @param order  the position in the source, 1 or more
 * @param departmentId  the department's id, if the source names it or it is inferred
 * @param departmentInference  why the department was inferred, if it was; absent when stated
 * @param heading  the heading that names the department in the source, if any (e.g. 産業観光部)
 * @param sectionsMentioned  sections (課) the block's text mentions, e.g. 資産税課
 * @param notes  notes on the block
 */
public record DepartmentBlock(
    @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}") String id,
    @Min(value = 1, message = "{org.municipaldx.OneOrMore.message}") int order,
    Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> departmentId,
    Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> departmentInference,
    Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> heading,
    List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> sectionsMentioned,
    List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> notes) {
  private static final String T = "DepartmentBlock";

  /**
   * Validates the block.
   *
   * @param id  the stable id, e.g. {@code block-03}
   * @param order  the position in the source, 1 or more
   * @param departmentId  the department's id, if the source names it or it is inferred
   * @param departmentInference  why the department was inferred, if it was; absent when stated
   * @param heading  the heading that names the department in the source, if any (e.g. 産業観光部)
   * @param sectionsMentioned  sections (課) the block's text mentions, e.g. 資産税課
   * @param notes  notes on the block
   * @throws IllegalArgumentException naming the field and the rule
   */
  public DepartmentBlock {
    Checks.id(id, T, "id");
    Checks.check(order >= 1, T, "order", order, "must be 1 or more");
    departmentId = Checks.optionalNotBlank(departmentId, T, "departmentId");
    departmentInference = Checks.optionalNotBlank(departmentInference, T, "departmentInference");
    heading = Checks.optionalNotBlank(heading, T, "heading");
    Checks.check(departmentInference.isEmpty() || departmentId.isPresent(), T, "departmentInference",
        departmentInference.orElse(null), "needs a departmentId to explain");
    Checks.check(heading.isEmpty() || departmentId.isPresent(), T, "heading", heading.orElse(null),
        "a heading naming the department needs its departmentId");
    Checks.check(heading.isEmpty() || departmentInference.isEmpty(), T, "departmentInference",
        departmentInference.orElse(null), "a department named by a heading is stated, not inferred");
    sectionsMentioned = Checks.strings(sectionsMentioned, T, "sectionsMentioned");
    notes = Checks.strings(notes, T, "notes");
  }

  /** {@return the fallback label for reports when the department is unknown, e.g. 部局名不明（ブロック3）} */
  public String unknownLabel() {
    return "部局名不明（ブロック" + order + "）";
  }
}
