package org.municipaldx.dataset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A digital tool the municipality introduced (デジタルツール等の活用), with its licences and devices
 * as stated. Immutable and thread-safe.
 *
 * @param id  the stable id
 * @param category  the kind of tool as printed, e.g. ローコードツール
 * @param product  the product, e.g. kintone
 * @param licences  the number of licences, if stated
 * @param devices  the number of devices (e.g. cameras), if stated
 * @param capability  what it can do (できること)
 * @param exampleUse  the expected use (想定活用例)
 * @param notes  other statements, e.g. ※ライセンス共有可
 */
public record DigitalTool(
    @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}") String id,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String category,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String product,
    Optional<@PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}") Integer> licences,
    Optional<@PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}") Integer> devices,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String capability,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String exampleUse,
    List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> notes) {
  private static final String T = "DigitalTool";

  /**
   * Validates the tool.
   *
   * @param id  the stable id
   * @param category  the kind of tool as printed, e.g. ローコードツール
   * @param product  the product, e.g. kintone
   * @param licences  the number of licences, if stated
   * @param devices  the number of devices (e.g. cameras), if stated
   * @param capability  what it can do (できること)
   * @param exampleUse  the expected use (想定活用例)
   * @param notes  other statements, e.g. ※ライセンス共有可
   * @throws IllegalArgumentException naming the field and the rule
   */
  public DigitalTool {
    Checks.id(id, T, "id");
    Checks.notBlank(Checks.nonNull(category, T, "category"), T, "category");
    Checks.notBlank(Checks.nonNull(product, T, "product"), T, "product");
    licences = Checks.optional(licences);
    devices = Checks.optional(devices);
    licences.ifPresent(n -> Checks.check(n >= 0, T, "licences", n, "must be zero or more"));
    devices.ifPresent(n -> Checks.check(n >= 0, T, "devices", n, "must be zero or more"));
    Checks.notBlank(Checks.nonNull(capability, T, "capability"), T, "capability");
    Checks.notBlank(Checks.nonNull(exampleUse, T, "exampleUse"), T, "exampleUse");
    notes = Checks.strings(notes, T, "notes");
  }
}
