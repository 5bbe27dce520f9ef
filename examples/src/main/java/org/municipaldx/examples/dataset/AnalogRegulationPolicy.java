package org.municipaldx.examples.dataset;

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
public record AnalogRegulationPolicy(String title, String department, String manual, YearMonth manualPublished,
    YearMonth nationalDeadline, List<RegulationTypeEntry> types, List<String> aims, List<String> notes) {
  private static final String T = "AnalogRegulationPolicy";

  /** Validates the policy. @throws IllegalArgumentException naming the field and the rule */
  public AnalogRegulationPolicy {
    Require.notBlank(title, T, "title");
    Require.notBlank(department, T, "department");
    Require.notBlank(manual, T, "manual");
    Require.nonNull(manualPublished, T, "manualPublished");
    Require.nonNull(nationalDeadline, T, "nationalDeadline");
    Require.check(manualPublished.isBefore(nationalDeadline), T, "nationalDeadline", nationalDeadline,
        "must come after manualPublished " + manualPublished);
    types = Require.list(types, T, "types");
    Set<Integer> numbers = new HashSet<>();
    for (RegulationTypeEntry e : types) {
      Require.check(numbers.add(e.number()), T, "types.number", e.number(), "must be unique");
    }
    aims = Require.strings(aims, T, "aims");
    notes = Require.strings(notes, T, "notes");
  }

  /**
   * A regulation type as the policy numbers it (①目視). The name is as printed; dx-regulation's
   * {@code RegulationType.parse} reads it.
   *
   * @param number  the number, 1 or more
   * @param name  the type as printed
   */
  public record RegulationTypeEntry(int number, String name) {
    /** Validates the entry. @throws IllegalArgumentException naming the field and the rule */
    public RegulationTypeEntry {
      Require.check(number >= 1, "RegulationTypeEntry", "number", number, "must be 1 or more");
      Require.notBlank(name, "RegulationTypeEntry", "name");
    }
  }
}
