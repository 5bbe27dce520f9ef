package org.municipaldx.examples.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.municipaldx.core.FiveLess;
import org.municipaldx.dataset.report.DatasetReport;
import org.municipaldx.dataset.report.ReconciliationRule;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.Rational;
import org.municipaldx.metrics.WorkloadChange;

/**
 * The display view of the library's typed {@link DatasetReport}: the same figures as the text, HTML and
 * workbook renderers print them (grouped digits, percentages with {@code %}, △ for a decrease, fiscal
 * years with their era, Japanese labels). Built by {@link #of(DatasetReport)}; the JSON output is the
 * typed model itself, not this view. Hours are given exactly ({@code …Minutes}) and as printed under the
 * report's rounding policy ({@code …Hours}).
 *
 * @param title  the dataset's title
 * @param municipality  the municipality's Japanese name
 * @param municipalityCode  its six-digit code
 * @param fiscalYear  the fiscal year, e.g. 2023（令和5）年度
 * @param source  where the figures come from
 * @param rounding  the rounding policy of printed hours
 * @param departments  one row per department block, in source order
 * @param totals  the sum of the rows
 * @param reconciliation  each headline figure against the sum of the detail
 * @param initiatives  initiatives ranked by hours saved
 * @param fiveLess  saved time by five-less category
 * @param workload  workload surveys, baseline → comparison
 * @param roadmap  roadmap actions by fiscal year
 * @param cashlessRatio  the monthly cashless payment ratio series, if the dataset has one
 * @param audit  the dataset's formula estimates checked against their stated figures
 * @param notes  how the figures were computed
 */
public record Report(
    String title,
    String municipality,
    String municipalityCode,
    String fiscalYear,
    String source,
    String rounding,
    List<DepartmentRow> departments,
    DepartmentRow totals,
    List<Reconciliation> reconciliation,
    List<RankedInitiative> initiatives,
    FiveLessBreakdown fiveLess,
    List<WorkloadRow> workload,
    List<RoadmapYear> roadmap,
    Map<YearMonth, BigDecimal> cashlessRatio,
    AuditSummary audit,
    List<String> notes) {

  /**
   * A department block's row.
   *
   * @param block  the block id (or {@code total})
   * @param label  the department's name, or a label saying it is unknown
   * @param procedures  procedures handled
   * @param onlineProcedures  of which online
   * @param procedureTakeUp  online / all procedures in percent, or {@code undefined}
   * @param applications  applications in the period
   * @param onlineApplications  of which online
   * @param applicationTakeUp  online / all applications in percent, or {@code undefined}
   * @param citizenMinutes  exact minutes saved by the block's 市民サービスの向上 (vision 1) initiatives
   * @param citizenHours  the same in hours, as printed
   * @param staffMinutes  exact minutes saved by its other initiatives (行政事務の効率化 …)
   * @param staffHours  the same in hours, as printed
   * @param notEstimated  initiatives' estimates with no figure (pending or none)
   */
  public record DepartmentRow(String block, String label, long procedures, long onlineProcedures,
      String procedureTakeUp, long applications, long onlineApplications, String applicationTakeUp,
      long citizenMinutes, String citizenHours, long staffMinutes, String staffHours, int notEstimated) {}

  /**
   * A headline figure against the detail.
   *
   * @param id  the headline figure's id
   * @param label  what it is
   * @param stated  the figure as printed, with its unit
   * @param computed  the sum of the detail, with its unit
   * @param difference  computed − stated, or {@code n/a}
   * @param matches  whether they agree
   * @param rule  how the computed figure is obtained
   */
  public record Reconciliation(String id, String label, String stated, String computed, String difference,
      boolean matches, String rule) {}

  /**
   * An initiative and its counted saving.
   *
   * @param rank  1 for the largest saving
   * @param id  the initiative's id
   * @param title  its title
   * @param department  its block's label
   * @param beneficiary  whose time is saved
   * @param status  継続 / 新規 / 拡充
   * @param minutes  exact minutes counted
   * @param hours  as printed
   * @param provenance  how the figure was obtained (formula, lump sum …)
   * @param repost  whether it is a repost (【再掲】)
   */
  public record RankedInitiative(int rank, String id, String title, String department, String beneficiary,
      String status, long minutes, String hours, String provenance, boolean repost) {}

  /**
   * Saved time per five-less category. A saving tagged with several categories counts in each of
   * their rows and once in the total.
   *
   * @param rows  category → row, in the categories' order
   * @param untagged  saved time with no five-less tag
   * @param totalMinutes  the grand total, each saving counted once
   * @param totalHours  as printed
   */
  public record FiveLessBreakdown(List<FiveLessRow> rows, FiveLessRow untagged, long totalMinutes, String totalHours) {}

  /**
   * @param category  the category (Japanese)
   * @param english  its English label
   * @param minutes  exact minutes
   * @param hours  as printed
   * @param items  the number of savings counted
   */
  public record FiveLessRow(String category, String english, long minutes, String hours, int items) {}

  /**
   * @param department  the block's label
   * @param baseline  e.g. 2020（令和2）年度
   * @param baselineHours  surveyed hours
   * @param comparison  e.g. 2021（令和3）年度
   * @param comparisonHours  surveyed hours
   * @param change  the difference printed with △ for a decrease, as the source does
   * @param percentChange  the relative change in percent, or {@code undefined}
   * @param statedChange  the difference as the source prints it, if printed
   * @param statedConsistent  whether the printed difference equals the computed one, if printed
   */
  public record WorkloadRow(String department, String baseline, long baselineHours, String comparison,
      long comparisonHours, String change, String percentChange, String statedChange, Boolean statedConsistent) {}

  /**
   * @param fiscalYear  e.g. 2023（令和5）年度
   * @param actions  the roadmap's actions in that year
   * @param budgetYen  the stated budgets of that year in yen
   */
  public record RoadmapYear(String fiscalYear, List<RoadmapEntry> actions, long budgetYen) {}

  /**
   * @param item  the roadmap item's title
   * @param track  the track, e.g. インフラ, or empty
   * @param text  the action
   * @param budgetYen  its stated budget in yen, or null
   * @param target  whether the item's target (★) is this year
   */
  public record RoadmapEntry(String item, String track, String text, Long budgetYen, boolean target) {}

  /**
   * @param formulas  formula estimates in the dataset
   * @param inconsistent  of which the stated figures disagree with the exact ones under the policy
   * @param findings  one line per inconsistent formula
   */
  public record AuditSummary(int formulas, int inconsistent, List<String> findings) {}

  /**
   * @param r  the typed report, not null
   * @return its display view, never null
   */
  public static Report of(DatasetReport r) {
    List<DepartmentRow> rows = r.departments().stream().map(Report::row).collect(Collectors.toList());
    List<Reconciliation> reconciliation = new ArrayList<>();
    for (DatasetReport.Reconciliation c : r.reconciliation()) {
      String rule = c.rule().description();
      if (c.rule() == ReconciliationRule.HOURS_FROM_CITIZEN_ESTIMATES
          || c.rule() == ReconciliationRule.HOURS_FROM_ONLINE_APPLICATION_FORMULAS) {
        rule += " under " + r.hoursRounding();
      }
      reconciliation.add(new Reconciliation(c.headlineId(), c.label(), Figures.group(c.stated()) + c.unit(),
          c.computed().map(x -> Figures.group(x) + c.unit()).orElse("n/a"),
          c.difference().map(d -> (d.signum() > 0 ? "+" : "") + Figures.triangle(d) + c.unit()).orElse("n/a"),
          c.matches(), rule));
    }
    List<RankedInitiative> ranked = r.initiatives().stream().map(i -> new RankedInitiative(i.rank(), i.id(),
        i.title(), i.department(), i.beneficiary().japaneseName(), i.status().japaneseName(), i.minutes(),
        Figures.group(i.hours()), i.kinds().stream().map(k -> k.englishName()).collect(Collectors.joining(", ")),
        i.repost())).collect(Collectors.toList());
    FiveLessBreakdown fiveLess = new FiveLessBreakdown(
        r.fiveLess().rows().stream().map(Report::fiveLessRow).collect(Collectors.toList()),
        fiveLessRow(r.fiveLess().untagged()), r.fiveLess().totalMinutes(), Figures.group(r.fiveLess().totalHours()));
    List<WorkloadRow> workload = r.workload().stream().map(w -> new WorkloadRow(w.department(),
        w.baseline().toString(), w.baselineHours(), w.comparison().toString(), w.comparisonHours(),
        WorkloadChange.of(BigDecimal.valueOf(w.baselineHours()), BigDecimal.valueOf(w.comparisonHours())).formatDifference(),
        w.percentChange().map(p -> Figures.triangle(p) + "%").orElse("—"),
        w.statedChangeHours().map(x -> Figures.triangle(BigDecimal.valueOf(x)) + "時間").orElse(null),
        w.statedConsistent().orElse(null))).collect(Collectors.toList());
    List<RoadmapYear> roadmap = r.roadmap().stream().map(y -> new RoadmapYear(y.fiscalYear().toString(),
        y.actions().stream().map(e -> new RoadmapEntry(e.item(), e.track().orElse(""), e.text(),
            e.budgetYen().orElse(null), e.target())).collect(Collectors.toList()), y.budgetYen()))
        .collect(Collectors.toList());
    Map<YearMonth, BigDecimal> cashless = new LinkedHashMap<>();
    r.cashlessRatio().forEach(m -> cashless.put(m.month(), m.value()));
    List<String> findings = new ArrayList<>();
    for (DatasetReport.AuditFinding f : r.audit().findings()) {
      List<String> problems = new ArrayList<>();
      if (!f.minutesConsistent()) {
        problems.add("stated " + Figures.group(f.statedMinutes().orElseThrow()) + "分, exact " + Figures.group(f.exactMinutes()) + "分");
      }
      if (!f.hoursConsistent()) {
        problems.add("stated " + Figures.group(f.statedHours().orElseThrow()) + "時間, exact "
            + Figures.exact(Rational.of(f.exactMinutes(), 60)) + "時間, " + r.hoursRounding() + " gives "
            + Figures.group(f.expectedHours()) + "時間");
      }
      findings.add(f.initiativeId() + ": " + f.formula() + " — " + String.join("; ", problems));
    }
    findings.sort(null);
    return new Report(r.title(), r.municipality().japaneseName(), r.municipality().code().value(),
        r.fiscalYear().toString(), r.source(), r.hoursRounding(), rows, row(r.totals()), reconciliation, ranked,
        fiveLess, workload, roadmap, cashless, new AuditSummary(r.audit().formulas(), r.audit().inconsistent(), findings),
        r.notes());
  }

  private static DepartmentRow row(DatasetReport.DepartmentRow d) {
    return new DepartmentRow(d.block(), d.label(), d.procedures(), d.onlineProcedures(),
        percent(d.procedureTakeUpPercent()), d.applications(), d.onlineApplications(),
        percent(d.applicationTakeUpPercent()), d.citizenMinutes(), Figures.group(d.citizenHours()), d.staffMinutes(),
        Figures.group(d.staffHours()), d.notEstimated());
  }

  private static FiveLessRow fiveLessRow(DatasetReport.FiveLessRow f) {
    return new FiveLessRow(f.category().map(FiveLess::japaneseName).orElse("（5レスの記載なし）"),
        f.category().map(FiveLess::englishName).orElse("no five-less tag"), f.minutes(), Figures.group(f.hours()),
        f.items());
  }

  /** @return e.g. {@code 21%}, or {@code undefined} when there is no percentage */
  static String percent(Optional<BigDecimal> percent) {
    return percent.map(p -> Figures.group(p) + "%").orElse("undefined");
  }
}
