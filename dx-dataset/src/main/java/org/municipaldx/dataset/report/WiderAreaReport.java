package org.municipaldx.dataset.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.Municipality;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.metrics.Rate;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * Several municipalities' datasets side by side (a wider-area union such as こおりやま広域圏) and their
 * combined figures. The combined counts and minutes are the sums of the members'; combined take-up is
 * Σ online / Σ all over the members (never a mean of rates); combined hours are the summed exact minutes
 * / 60 rounded once (never a sum of rounded hours). Each member keeps its own reconciliation. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * WiderAreaReport area = WiderAreaReport.of(List.of(DatasetLoader.load(cityA), DatasetLoader.load(townB)),
 *     RoundingPolicy.DEFAULT);
 * long combinedOnline = area.combined().onlineApplications(); // Σ of the members'
 * }</pre>
 *
 * @param hoursRounding  the rounding policy of every {@code …Hours} figure
 * @param percentRounding  the rounding policy of every {@code …Percent} figure
 * @param members  each member's figures, in the order given
 * @param combined  the members' figures combined
 * @param reconciliation  each member's headline figures against its detail, in the members' order
 * @param notes  how the figures are combined
 */
public record WiderAreaReport(String hoursRounding, String percentRounding, List<AreaFigures> members,
    AreaFigures combined, List<MemberReconciliation> reconciliation, List<String> notes) {
  /** The {@link AreaFigures#datasetId()} of the combined figures. */
  public static final String COMBINED = "combined";

  /**
   * Validates and copies the parts.
   *
   * @param hoursRounding  the rounding policy of every {@code …Hours} figure
   * @param percentRounding  the rounding policy of every {@code …Percent} figure
   * @param members  each member's figures, in the order given
   * @param combined  the members' figures combined
   * @param reconciliation  each member's headline figures against its detail, in the members'
   *     order
   * @param notes  how the figures are combined
   * @throws IllegalArgumentException if a part is missing
   */
  public WiderAreaReport {
    Checks.nonNull(hoursRounding, "WiderAreaReport", "hoursRounding");
    Checks.nonNull(percentRounding, "WiderAreaReport", "percentRounding");
    members = Checks.list(members, "WiderAreaReport", "members");
    Checks.nonNull(combined, "WiderAreaReport", "combined");
    reconciliation = Checks.list(reconciliation, "WiderAreaReport", "reconciliation");
    notes = Checks.strings(notes, "WiderAreaReport", "notes");
  }

  /**
   * One municipality's figures, or the combined figures of all members.
   *
   * @param datasetId  the member's dataset id, or {@link WiderAreaReport#COMBINED}
   * @param municipality  the member's municipality; empty for the combined figures
   * @param fiscalYear  the member's fiscal year; for the combined figures, the members' common fiscal
   *     year, empty when they differ
   * @param procedures  procedures handled
   * @param onlineProcedures  of which online
   * @param procedureTakeUpPercent  online / all procedures in percent, empty for a zero denominator
   * @param applications  applications
   * @param onlineApplications  of which online
   * @param applicationTakeUpPercent  online / all applications in percent, empty for a zero denominator
   * @param savedMinutes  exact minutes saved, each saving once
   * @param savedHours  the same in hours
   * @param beneficiaries  saved time by beneficiary, one row per {@link Beneficiary}
   * @param fiveLess  saved time by five-less category, one row per {@link FiveLess}, then the untagged row
   * @param notEstimated  estimates with no figure (pending or none)
   */
  public record AreaFigures(String datasetId, Optional<Municipality> municipality, Optional<FiscalYear> fiscalYear,
      long procedures, long onlineProcedures, Optional<BigDecimal> procedureTakeUpPercent, long applications,
      long onlineApplications, Optional<BigDecimal> applicationTakeUpPercent, long savedMinutes,
      BigDecimal savedHours, List<DatasetReport.BeneficiaryRow> beneficiaries,
      List<DatasetReport.FiveLessRow> fiveLess, int notEstimated) {
    /**
     * Validates the parts.
     *
     * @param datasetId  the member's dataset id, or {@link WiderAreaReport#COMBINED}
     * @param municipality  the member's municipality; empty for the combined figures
     * @param fiscalYear  the member's fiscal year; for the combined figures, the members' common
     *     fiscal year, empty when they differ
     * @param procedures  procedures handled
     * @param onlineProcedures  of which online
     * @param procedureTakeUpPercent  online / all procedures in percent, empty for a zero
     *     denominator
     * @param applications  applications
     * @param onlineApplications  of which online
     * @param applicationTakeUpPercent  online / all applications in percent, empty for a zero
     *     denominator
     * @param savedMinutes  exact minutes saved, each saving once
     * @param savedHours  the same in hours
     * @param beneficiaries  saved time by beneficiary, one row per {@link Beneficiary}
     * @param fiveLess  saved time by five-less category, one row per {@link FiveLess}, then the
     *     untagged row
     * @param notEstimated  estimates with no figure (pending or none)
     * @throws IllegalArgumentException if a part is missing
     */
    public AreaFigures {
      Checks.nonNull(datasetId, "AreaFigures", "datasetId");
      municipality = Checks.optional(municipality);
      fiscalYear = Checks.optional(fiscalYear);
      procedureTakeUpPercent = Checks.optional(procedureTakeUpPercent);
      applicationTakeUpPercent = Checks.optional(applicationTakeUpPercent);
      Checks.nonNull(savedHours, "AreaFigures", "savedHours");
      beneficiaries = Checks.list(beneficiaries, "AreaFigures", "beneficiaries");
      fiveLess = Checks.list(fiveLess, "AreaFigures", "fiveLess");
    }
  }

  /**
   * A member's reconciliation.
   *
   * @param datasetId  the member's dataset id
   * @param municipality  the member's municipality
   * @param entries  its headline figures against its detail
   * @param matching  how many entries agree
   * @param differing  how many do not (including those no rule reconciles)
   */
  public record MemberReconciliation(String datasetId, Municipality municipality,
      List<DatasetReport.Reconciliation> entries, int matching, int differing) {
    /**
     * Validates the parts.
     *
     * @param datasetId  the member's dataset id
     * @param municipality  the member's municipality
     * @param entries  its headline figures against its detail
     * @param matching  how many entries agree
     * @param differing  how many do not (including those no rule reconciles)
     * @throws IllegalArgumentException if a part is missing
     */
    public MemberReconciliation {
      Checks.nonNull(datasetId, "MemberReconciliation", "datasetId");
      Checks.nonNull(municipality, "MemberReconciliation", "municipality");
      entries = Checks.list(entries, "MemberReconciliation", "entries");
    }
  }

  /**
   * {@return the wider-area report, never null}
   *
   * @param datasets  the members' datasets, at least one, no municipality twice for the same fiscal year
   * @param policy  how hours are rounded, not null
   * @throws IllegalArgumentException if there is no dataset or a municipality's fiscal year is given twice
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public static WiderAreaReport of(List<Dataset> datasets, RoundingPolicy policy) {
    Objects.requireNonNull(datasets, "datasets");
    Objects.requireNonNull(policy, "policy");
    return combine(datasets.stream().map(d -> ReportBuilder.build(d, policy)).collect(Collectors.toList()), policy);
  }

  /**
   * Combines members' reports, all built under {@code policy}.
   *
   * @param reports  the members' reports, at least one, no municipality twice for the same fiscal year
   * @param policy  the rounding policy the reports were built with, not null
   * @return the wider-area report, never null
   * @throws IllegalArgumentException if there is no report, a municipality's fiscal year is given twice or a
   *     report was built under another policy
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public static WiderAreaReport combine(List<DatasetReport> reports, RoundingPolicy policy) {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(policy, "policy");
    Checks.check(!reports.isEmpty(), "WiderAreaReport", "members", reports, "must not be empty");
    Set<String> seen = new HashSet<>();
    for (DatasetReport r : reports) {
      Checks.check(seen.add(r.municipality().code().value() + "/" + r.fiscalYear().year()), "WiderAreaReport", "members",
          r.municipality().code().value() + " " + r.fiscalYear().year(),
          "must not hold a municipality's fiscal year twice (its figures would be counted twice)");
      Checks.check(r.hoursRounding().equals(policy.toString()), "WiderAreaReport", "members", r.hoursRounding(),
          "must be built under the policy " + policy);
    }
    List<AreaFigures> members = new ArrayList<>();
    List<MemberReconciliation> reconciliation = new ArrayList<>();
    for (DatasetReport r : reports) {
      members.add(member(r));
      int matching = (int) r.reconciliation().stream().filter(DatasetReport.Reconciliation::matches).count();
      reconciliation.add(new MemberReconciliation(r.datasetId(), r.municipality(), r.reconciliation(), matching,
          r.reconciliation().size() - matching));
    }
    Set<FiscalYear> years = reports.stream().map(DatasetReport::fiscalYear).collect(Collectors.toSet());
    return new WiderAreaReport(policy.toString(), ReportBuilder.PERCENT.toString(), members,
        combined(members, years.size() == 1 ? Optional.of(years.iterator().next()) : Optional.empty(), policy),
        reconciliation,
        List.of("Combined counts and minutes are the sums of the members'; combined take-up is Σ online / Σ all over"
                + " the members, never a mean of their rates.",
            "Combined hours are the summed exact minutes / 60 rounded once under " + policy
                + ", so they may differ from the sum of the members' rounded hours.",
            "Each member's savings are counted by its own dataset's rules (reposts and breakdowns once); a saving"
                + " with several five-less tags counts in each tag's row.",
            years.size() == 1 ? "All members report the same fiscal year."
                : "The members report different fiscal years: the combined figures add different years."));
  }

  private static AreaFigures member(DatasetReport r) {
    DatasetReport.DepartmentRow t = r.totals();
    List<DatasetReport.FiveLessRow> fiveLess = new ArrayList<>(r.fiveLess().rows());
    fiveLess.add(r.fiveLess().untagged());
    return new AreaFigures(r.datasetId(), Optional.of(r.municipality()), Optional.of(r.fiscalYear()),
        t.procedures(), t.onlineProcedures(), t.procedureTakeUpPercent(), t.applications(), t.onlineApplications(),
        t.applicationTakeUpPercent(), r.fiveLess().totalMinutes(), r.fiveLess().totalHours(), r.beneficiaries(),
        fiveLess, t.notEstimated());
  }

  private static AreaFigures combined(List<AreaFigures> members, Optional<FiscalYear> year, RoundingPolicy policy) {
    long procs = 0;
    long onlineProcs = 0;
    long apps = 0;
    long onlineApps = 0;
    long saved = 0;
    int notEstimated = 0;
    Map<Beneficiary, long[]> byBeneficiary = new EnumMap<>(Beneficiary.class);
    Map<Optional<FiveLess>, long[]> byFiveLess = new java.util.LinkedHashMap<>();
    for (AreaFigures m : members) {
      procs = Math.addExact(procs, m.procedures());
      onlineProcs = Math.addExact(onlineProcs, m.onlineProcedures());
      apps = Math.addExact(apps, m.applications());
      onlineApps = Math.addExact(onlineApps, m.onlineApplications());
      saved = Math.addExact(saved, m.savedMinutes());
      notEstimated = Math.addExact(notEstimated, m.notEstimated());
      for (DatasetReport.BeneficiaryRow b : m.beneficiaries()) {
        long[] acc = byBeneficiary.computeIfAbsent(b.beneficiary(), k -> new long[2]);
        acc[0] = Math.addExact(acc[0], b.minutes());
        acc[1] = Math.addExact(acc[1], b.items());
      }
      for (DatasetReport.FiveLessRow f : m.fiveLess()) {
        long[] acc = byFiveLess.computeIfAbsent(f.category(), k -> new long[2]);
        acc[0] = Math.addExact(acc[0], f.minutes());
        acc[1] = Math.addExact(acc[1], f.items());
      }
    }
    List<DatasetReport.BeneficiaryRow> beneficiaries = new ArrayList<>();
    byBeneficiary.forEach((b, acc) -> beneficiaries.add(new DatasetReport.BeneficiaryRow(b, acc[0],
        policy.hours(acc[0]), Math.toIntExact(acc[1]))));
    List<DatasetReport.FiveLessRow> fiveLess = new ArrayList<>();
    byFiveLess.forEach((f, acc) -> fiveLess.add(new DatasetReport.FiveLessRow(f, acc[0], policy.hours(acc[0]),
        Math.toIntExact(acc[1]))));
    return new AreaFigures(COMBINED, Optional.empty(), year, procs, onlineProcs,
        Rate.of(onlineProcs, procs).percent(ReportBuilder.PERCENT), apps, onlineApps,
        Rate.of(onlineApps, apps).percent(ReportBuilder.PERCENT), saved, policy.hours(saved), beneficiaries,
        fiveLess, notEstimated);
  }
}
