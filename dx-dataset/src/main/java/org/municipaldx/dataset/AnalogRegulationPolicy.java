package org.municipaldx.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.municipaldx.core.internal.Checks;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The file {@code analog-regulation.json}: a municipality's policy for the bulk review of analog
 * regulations (アナログ規制の一括点検・見直し方針) — the national manual it follows, the national
 * deadline, the regulation types it reviews and its aims. Immutable and thread-safe.
 *
 * @param title  the policy's title
 * @param department  the section in charge as printed, e.g. 行政マネジメント課
 * @param manual  the national manual, e.g. 地方公共団体におけるアナログ規制の点検・見直しマニュアル
 * @param manualPublished  when the Digital Agency published it
 * @param nationalDeadline  the month by which the state aims to review laws (目途)
 * @param types  the regulation types reviewed, numbered as printed (①目視 …)
 * @param aims  the statements of the policy's summary (要旨)
 * @param notes  other statements
 */
public record AnalogRegulationPolicy(
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String title,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String department,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String manual,
    YearMonth manualPublished,
    YearMonth nationalDeadline,
    List<@Valid RegulationTypeEntry> types,
    List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> aims,
    List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> notes) {
  private static final String T = "AnalogRegulationPolicy";

  /**
   * Validates the policy.
   *
   * @param title  the policy's title
   * @param department  the section in charge as printed, e.g. 行政マネジメント課
   * @param manual  the national manual, e.g. 地方公共団体におけるアナログ規制の点検・見直しマニュアル
   * @param manualPublished  when the Digital Agency published it
   * @param nationalDeadline  the month by which the state aims to review laws (目途)
   * @param types  the regulation types reviewed, numbered as printed (①目視 …)
   * @param aims  the statements of the policy's summary (要旨)
   * @param notes  other statements
   * @throws IllegalArgumentException naming the field and the rule
   */
  public AnalogRegulationPolicy {
    Checks.notBlank(Checks.nonNull(title, T, "title"), T, "title");
    Checks.notBlank(Checks.nonNull(department, T, "department"), T, "department");
    Checks.notBlank(Checks.nonNull(manual, T, "manual"), T, "manual");
    Checks.nonNull(manualPublished, T, "manualPublished");
    Checks.nonNull(nationalDeadline, T, "nationalDeadline");
    Checks.check(manualPublished.isBefore(nationalDeadline), T, "nationalDeadline", nationalDeadline,
        "must come after manualPublished " + manualPublished);
    types = Checks.list(types, T, "types");
    Set<Integer> numbers = new HashSet<>();
    for (RegulationTypeEntry e : types) {
      Checks.check(numbers.add(e.number()), T, "types.number", e.number(), "must be unique");
    }
    aims = Checks.strings(aims, T, "aims");
    notes = Checks.strings(notes, T, "notes");
  }

  /**
   * A regulation type as the policy numbers it (①目視). The name is as printed; dx-regulation's
   * {@code RegulationType.parse} reads it.
   *
   * @param number  the number, 1 or more
   * @param name  the type as printed
   */
  public record RegulationTypeEntry(
      @Min(value = 1, message = "{org.municipaldx.OneOrMore.message}") int number,
      @NotBlank(message = "{org.municipaldx.NotBlank.message}") String name) {
    /**
     * Validates the entry.
     *
     * @param number  the number, 1 or more
     * @param name  the type as printed
     * @throws IllegalArgumentException naming the field and the rule
     */
    public RegulationTypeEntry {
      Checks.check(number >= 1, "RegulationTypeEntry", "number", number, "must be 1 or more");
      Checks.notBlank(Checks.nonNull(name, "RegulationTypeEntry", "name"), "RegulationTypeEntry", "name");
    }
  }
}
