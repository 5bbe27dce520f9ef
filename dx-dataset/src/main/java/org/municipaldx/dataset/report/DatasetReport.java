package org.municipaldx.dataset.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.Municipality;
import org.municipaldx.core.estimate.EstimateKind;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.InitiativeStatus;
import org.municipaldx.core.internal.Checks;

/**
 * The report of one dataset, computed by {@link ReportBuilder}: every figure is a number recomputed
 * from the detail, with its {@link Provenance}. Minutes are exact ({@code long}); hours are exact
 * minutes / 60 rounded under {@link #hoursRounding()}; percentages are rounded under
 * {@link #percentRounding()}; differences are exact. Nothing here is display text but names, titles
 * and labels. Immutable and thread-safe; serialised as JSON with {@code DxJson.mapper()} (the
 * {@code dx report --format json} contract, whose JSON Schema ships in this jar:
 * {@link ReportSchemas#schema(Class)}).
 *
 * @param datasetId  the dataset's id ({@code dataset.json})
 * @param title  the dataset's title
 * @param municipality  the municipality
 * @param fiscalYear  the dataset's fiscal year
 * @param source  where the dataset's figures come from
 * @param hoursRounding  the rounding policy of every {@code …Hours} figure, e.g. {@code HALF_UP/1}
 * @param percentRounding  the rounding policy of every {@code …Percent} figure
 * @param departments  one row per department block, in source order
 * @param totals  the sum of the rows
 * @param reconciliation  each headline figure against the detail
 * @param initiatives  the initiatives with a counted saving, ranked by it
 * @param beneficiaries  saved time by beneficiary (whose time is saved)
 * @param fiveLess  saved time by five-less category
 * @param workload  workload surveys, baseline → comparison
 * @param roadmap  roadmap actions by fiscal year
 * @param cashlessRatio  the monthly cashless payment ratio series, if the dataset has one (else empty)
 * @param audit  the dataset's formula estimates checked against their stated figures
 * @param notes  how the figures were computed
 */
public record DatasetReport(
    String datasetId,
    String title,
    Municipality municipality,
    FiscalYear fiscalYear,
    String source,
    String hoursRounding,
    String percentRounding,
    List<DepartmentRow> departments,
    DepartmentRow totals,
    List<Reconciliation> reconciliation,
    List<RankedInitiative> initiatives,
    List<BeneficiaryRow> beneficiaries,
    FiveLessBreakdown fiveLess,
    List<WorkloadRow> workload,
    List<RoadmapYear> roadmap,
    List<MonthValue> cashlessRatio,
    AuditSummary audit,
    List<String> notes) {

  private static final String T = "DatasetReport";

  /**
   * Validates and copies the parts.
   *
   * @param datasetId  the dataset's id ({@code dataset.json})
   * @param title  the dataset's title
   * @param municipality  the municipality
   * @param fiscalYear  the dataset's fiscal year
   * @param source  where the dataset's figures come from
   * @param hoursRounding  the rounding policy of every {@code …Hours} figure, e.g. {@code
   *     HALF_UP/1}
   * @param percentRounding  the rounding policy of every {@code …Percent} figure
   * @param departments  one row per department block, in source order
   * @param totals  the sum of the rows
   * @param reconciliation  each headline figure against the detail
   * @param initiatives  the initiatives with a counted saving, ranked by it
   * @param beneficiaries  saved time by beneficiary (whose time is saved)
   * @param fiveLess  saved time by five-less category
   * @param workload  workload surveys, baseline → comparison
   * @param roadmap  roadmap actions by fiscal year
   * @param cashlessRatio  the monthly cashless payment ratio series, if the dataset has one (else
   *     empty)
   * @param audit  the dataset's formula estimates checked against their stated figures
   * @param notes  how the figures were computed
   * @throws IllegalArgumentException if a part is missing
   */
  public DatasetReport {
    Checks.id(datasetId, T, "datasetId");
    Checks.nonNull(title, T, "title");
    Checks.nonNull(municipality, T, "municipality");
    Checks.nonNull(fiscalYear, T, "fiscalYear");
    Checks.nonNull(source, T, "source");
    Checks.nonNull(hoursRounding, T, "hoursRounding");
    Checks.nonNull(percentRounding, T, "percentRounding");
    departments = Checks.list(departments, T, "departments");
    Checks.nonNull(totals, T, "totals");
    reconciliation = Checks.list(reconciliation, T, "reconciliation");
    initiatives = Checks.list(initiatives, T, "initiatives");
    beneficiaries = Checks.list(beneficiaries, T, "beneficiaries");
    Checks.nonNull(fiveLess, T, "fiveLess");
    workload = Checks.list(workload, T, "workload");
    roadmap = Checks.list(roadmap, T, "roadmap");
    cashlessRatio = Checks.list(cashlessRatio, T, "cashlessRatio");
    Checks.nonNull(audit, T, "audit");
    notes = Checks.strings(notes, T, "notes");
  }

  /**
   * A department block's row (or the totals).
   *
   * @param block  the block id, or {@code total}
   * @param label  the department's name, with （推定） when inferred, or a label saying it is unknown
   * @param departmentId  the department's id, if the block names one
   * @param takeUpStated  whether the dataset states the block's take-up (else its counts are 0)
   * @param procedures  procedures handled
   * @param onlineProcedures  of which online
   * @param procedureTakeUpPercent  online / all procedures in percent, empty for a zero denominator
   * @param applications  applications in the period
   * @param onlineApplications  of which online
   * @param applicationTakeUpPercent  online / all applications in percent, empty for a zero denominator
   * @param citizenMinutes  exact minutes saved by the block's 市民サービスの向上 (vision 1) initiatives
   * @param citizenHours  the same in hours
   * @param staffMinutes  exact minutes saved by its other initiatives
   * @param staffHours  the same in hours
   * @param notEstimated  the initiatives' estimates with no figure (pending or none)
   * @param provenance  where the row comes from
   */
  public record DepartmentRow(String block, String label, Optional<String> departmentId, boolean takeUpStated,
      long procedures, long onlineProcedures, Optional<BigDecimal> procedureTakeUpPercent, long applications,
      long onlineApplications, Optional<BigDecimal> applicationTakeUpPercent, long citizenMinutes,
      BigDecimal citizenHours, long staffMinutes, BigDecimal staffHours, int notEstimated, Provenance provenance) {
    /**
     * Validates the parts.
     *
     * @param block  the block id, or {@code total}
     * @param label  the department's name, with （推定） when inferred, or a label saying it is unknown
     * @param departmentId  the department's id, if the block names one
     * @param takeUpStated  whether the dataset states the block's take-up (else its counts are 0)
     * @param procedures  procedures handled
     * @param onlineProcedures  of which online
     * @param procedureTakeUpPercent  online / all procedures in percent, empty for a zero
     *     denominator
     * @param applications  applications in the period
     * @param onlineApplications  of which online
     * @param applicationTakeUpPercent  online / all applications in percent, empty for a zero
     *     denominator
     * @param citizenMinutes  exact minutes saved by the block's 市民サービスの向上 (vision 1) initiatives
     * @param citizenHours  the same in hours
     * @param staffMinutes  exact minutes saved by its other initiatives
     * @param staffHours  the same in hours
     * @param notEstimated  the initiatives' estimates with no figure (pending or none)
     * @param provenance  where the row comes from
     * @throws IllegalArgumentException if a part is missing
     */
    public DepartmentRow {
      Checks.nonNull(block, "DepartmentRow", "block");
      Checks.nonNull(label, "DepartmentRow", "label");
      departmentId = Checks.optional(departmentId);
      procedureTakeUpPercent = Checks.optional(procedureTakeUpPercent);
      applicationTakeUpPercent = Checks.optional(applicationTakeUpPercent);
      Checks.nonNull(citizenHours, "DepartmentRow", "citizenHours");
      Checks.nonNull(staffHours, "DepartmentRow", "staffHours");
      Checks.nonNull(provenance, "DepartmentRow", "provenance");
    }
  }

  /**
   * A headline figure against the detail.
   *
   * @param headlineId  the headline figure's id
   * @param label  what it is
   * @param unit  the unit of the stated and computed figures, e.g. 時間
   * @param stated  the figure as stated
   * @param computed  the figure computed from the detail, empty when no rule applies
   * @param difference  computed − stated, exact, empty when no rule applies
   * @param matches  whether they agree
   * @param rule  how the computed figure is obtained
   * @param rounding  the rounding of the computed figure, if it is rounded
   * @param provenance  where the stated figure is
   */
  public record Reconciliation(String headlineId, String label, String unit, BigDecimal stated,
      Optional<BigDecimal> computed, Optional<BigDecimal> difference, boolean matches, ReconciliationRule rule,
      Optional<String> rounding, Provenance provenance) {
    /**
     * Validates the parts.
     *
     * @param headlineId  the headline figure's id
     * @param label  what it is
     * @param unit  the unit of the stated and computed figures, e.g. 時間
     * @param stated  the figure as stated
     * @param computed  the figure computed from the detail, empty when no rule applies
     * @param difference  computed − stated, exact, empty when no rule applies
     * @param matches  whether they agree
     * @param rule  how the computed figure is obtained
     * @param rounding  the rounding of the computed figure, if it is rounded
     * @param provenance  where the stated figure is
     * @throws IllegalArgumentException if a part is missing
     */
    public Reconciliation {
      Checks.nonNull(headlineId, "Reconciliation", "headlineId");
      Checks.nonNull(label, "Reconciliation", "label");
      Checks.nonNull(unit, "Reconciliation", "unit");
      Checks.nonNull(stated, "Reconciliation", "stated");
      computed = Checks.optional(computed);
      difference = Checks.optional(difference);
      Checks.check(computed.isPresent() == difference.isPresent(), "Reconciliation", "difference", difference,
          "must be present exactly when the computed figure is");
      Checks.nonNull(rule, "Reconciliation", "rule");
      rounding = Checks.optional(rounding);
      Checks.nonNull(provenance, "Reconciliation", "provenance");
    }
  }

  /**
   * An initiative and its counted saving.
   *
   * @param rank  1 for the largest saving
   * @param id  the initiative's id
   * @param title  its title
   * @param block  its department block's id
   * @param department  its block's label
   * @param beneficiary  whose time is saved
   * @param status  継続 / 新規 / 拡充
   * @param minutes  exact minutes counted
   * @param hours  the same in hours
   * @param kinds  how the counted figures were obtained (formula, lump sum …)
   * @param repost  whether it is a repost (【再掲】)
   * @param provenance  where the initiative is
   */
  public record RankedInitiative(int rank, String id, String title, String block, String department,
      Beneficiary beneficiary, InitiativeStatus status, long minutes, BigDecimal hours, List<EstimateKind> kinds,
      boolean repost, Provenance provenance) {
    /**
     * Validates the parts.
     *
     * @param rank  1 for the largest saving
     * @param id  the initiative's id
     * @param title  its title
     * @param block  its department block's id
     * @param department  its block's label
     * @param beneficiary  whose time is saved
     * @param status  継続 / 新規 / 拡充
     * @param minutes  exact minutes counted
     * @param hours  the same in hours
     * @param kinds  how the counted figures were obtained (formula, lump sum …)
     * @param repost  whether it is a repost (【再掲】)
     * @param provenance  where the initiative is
     * @throws IllegalArgumentException if a part is missing
     */
    public RankedInitiative {
      Checks.nonNull(id, "RankedInitiative", "id");
      Checks.nonNull(beneficiary, "RankedInitiative", "beneficiary");
      Checks.nonNull(status, "RankedInitiative", "status");
      Checks.nonNull(hours, "RankedInitiative", "hours");
      kinds = Checks.list(kinds, "RankedInitiative", "kinds");
      Checks.nonNull(provenance, "RankedInitiative", "provenance");
    }
  }

  /**
   * Saved time for one beneficiary.
   *
   * @param beneficiary  whose time is saved
   * @param minutes  exact minutes, each saving once
   * @param hours  the same in hours
   * @param items  the number of savings with a figure counted
   */
  public record BeneficiaryRow(Beneficiary beneficiary, long minutes, BigDecimal hours, int items) {
    /**
     * Validates the parts.
     *
     * @param beneficiary  whose time is saved
     * @param minutes  exact minutes, each saving once
     * @param hours  the same in hours
     * @param items  the number of savings with a figure counted
     * @throws IllegalArgumentException if a part is missing
     */
    public BeneficiaryRow {
      Checks.nonNull(beneficiary, "BeneficiaryRow", "beneficiary");
      Checks.nonNull(hours, "BeneficiaryRow", "hours");
    }
  }

  /**
   * Saved time per five-less category. A saving tagged with several categories counts in each of
   * their rows and once in the total.
   *
   * @param rows  one row per category, in the categories' order
   * @param untagged  saved time with no five-less tag (its category is empty)
   * @param totalMinutes  the grand total, each saving counted once
   * @param totalHours  the same in hours
   */
  public record FiveLessBreakdown(List<FiveLessRow> rows, FiveLessRow untagged, long totalMinutes, BigDecimal totalHours) {
    /**
     * Validates the parts.
     *
     * @param rows  one row per category, in the categories' order
     * @param untagged  saved time with no five-less tag (its category is empty)
     * @param totalMinutes  the grand total, each saving counted once
     * @param totalHours  the same in hours
     * @throws IllegalArgumentException if a part is missing
     */
    public FiveLessBreakdown {
      rows = Checks.list(rows, "FiveLessBreakdown", "rows");
      Checks.nonNull(untagged, "FiveLessBreakdown", "untagged");
      Checks.nonNull(totalHours, "FiveLessBreakdown", "totalHours");
    }
  }

  /**
   * The time saved by one five-less category, or by the savings with no five-less tag.
   *
   * @param category  the category, empty for savings with no five-less tag
   * @param minutes  exact minutes
   * @param hours  the same in hours
   * @param items  the number of savings counted
   */
  public record FiveLessRow(Optional<FiveLess> category, long minutes, BigDecimal hours, int items) {
    /**
     * Validates the parts.
     *
     * @param category  the category, empty for savings with no five-less tag
     * @param minutes  exact minutes
     * @param hours  the same in hours
     * @param items  the number of savings counted
     * @throws IllegalArgumentException if a part is missing
     */
    public FiveLessRow {
      category = Checks.optional(category);
      Checks.nonNull(hours, "FiveLessRow", "hours");
    }
  }

  /**
   * A workload comparison of one block.
   *
   * @param block  the block id
   * @param department  the block's label
   * @param baseline  the baseline fiscal year
   * @param baselineHours  surveyed hours
   * @param comparison  the comparison fiscal year
   * @param comparisonHours  surveyed hours
   * @param changeHours  comparison − baseline (negative: a decrease, printed △ in the source)
   * @param percentChange  the relative change in percent, empty for a zero baseline
   * @param statedChangeHours  the difference as the source states it, if stated
   * @param statedConsistent  whether the stated difference equals the computed one, if stated
   * @param provenance  where the row is ({@code workload.csv}, line)
   */
  public record WorkloadRow(String block, String department, FiscalYear baseline, long baselineHours,
      FiscalYear comparison, long comparisonHours, long changeHours, Optional<BigDecimal> percentChange,
      Optional<Long> statedChangeHours, Optional<Boolean> statedConsistent, Provenance provenance) {
    /**
     * Validates the parts.
     *
     * @param block  the block id
     * @param department  the block's label
     * @param baseline  the baseline fiscal year
     * @param baselineHours  surveyed hours
     * @param comparison  the comparison fiscal year
     * @param comparisonHours  surveyed hours
     * @param changeHours  comparison − baseline (negative: a decrease, printed △ in the source)
     * @param percentChange  the relative change in percent, empty for a zero baseline
     * @param statedChangeHours  the difference as the source states it, if stated
     * @param statedConsistent  whether the stated difference equals the computed one, if stated
     * @param provenance  where the row is ({@code workload.csv}, line)
     * @throws IllegalArgumentException if a part is missing
     */
    public WorkloadRow {
      Checks.nonNull(baseline, "WorkloadRow", "baseline");
      Checks.nonNull(comparison, "WorkloadRow", "comparison");
      percentChange = Checks.optional(percentChange);
      statedChangeHours = Checks.optional(statedChangeHours);
      statedConsistent = Checks.optional(statedConsistent);
      Checks.nonNull(provenance, "WorkloadRow", "provenance");
    }
  }

  /**
   * One fiscal year of the roadmaps: every item's actions in that year and their budgets.
   *
   * @param fiscalYear  the fiscal year
   * @param actions  the roadmap's actions in that year
   * @param budgetYen  the stated budgets of that year in yen
   */
  public record RoadmapYear(FiscalYear fiscalYear, List<RoadmapEntry> actions, long budgetYen) {
    /**
     * Validates the parts.
     *
     * @param fiscalYear  the fiscal year
     * @param actions  the roadmap's actions in that year
     * @param budgetYen  the stated budgets of that year in yen
     * @throws IllegalArgumentException if a part is missing
     */
    public RoadmapYear {
      Checks.nonNull(fiscalYear, "RoadmapYear", "fiscalYear");
      actions = Checks.list(actions, "RoadmapYear", "actions");
    }
  }

  /**
   * One action of a roadmap item in a fiscal year.
   *
   * @param itemId  the roadmap item's id
   * @param item  the roadmap item's title
   * @param track  the track, e.g. インフラ, if any
   * @param text  the action
   * @param budgetYen  its stated budget in yen, if stated
   * @param target  whether the item's target (★) is this year
   */
  public record RoadmapEntry(String itemId, String item, Optional<String> track, String text,
      Optional<Long> budgetYen, boolean target) {
    /**
     * Validates the parts.
     *
     * @param itemId  the roadmap item's id
     * @param item  the roadmap item's title
     * @param track  the track, e.g. インフラ, if any
     * @param text  the action
     * @param budgetYen  its stated budget in yen, if stated
     * @param target  whether the item's target (★) is this year
     * @throws IllegalArgumentException if a part is missing
     */
    public RoadmapEntry {
      Checks.nonNull(itemId, "RoadmapEntry", "itemId");
      track = Checks.optional(track);
      budgetYen = Checks.optional(budgetYen);
    }
  }

  /**
   * A KPI series' value for one month.
   *
   * @param month  the month
   * @param value  the stated value
   */
  public record MonthValue(YearMonth month, BigDecimal value) {
    /**
     * Validates the parts.
     *
     * @param month  the month
     * @param value  the stated value
     * @throws IllegalArgumentException if a part is missing
     */
    public MonthValue {
      Checks.nonNull(month, "MonthValue", "month");
      Checks.nonNull(value, "MonthValue", "value");
    }
  }

  /**
   * The formula audit's summary: how many formula estimates there are and which disagree with their stated figures.
   *
   * @param formulas  formula estimates in the dataset
   * @param inconsistent  of which the stated figures disagree with the exact ones under the policy
   * @param findings  one per inconsistent formula, ordered by initiative id
   */
  public record AuditSummary(int formulas, int inconsistent, List<AuditFinding> findings) {
    /**
     * Validates the parts.
     *
     * @param formulas  formula estimates in the dataset
     * @param inconsistent  of which the stated figures disagree with the exact ones under the
     *     policy
     * @param findings  one per inconsistent formula, ordered by initiative id
     * @throws IllegalArgumentException if a part is missing
     */
    public AuditSummary {
      findings = Checks.list(findings, "AuditSummary", "findings");
    }
  }

  /**
   * A formula estimate whose stated figures the library's rules ({@code FormulaCheck}) do not reproduce.
   *
   * @param initiativeId  the initiative the formula belongs to
   * @param formula  the formula in the source notation, with its stated figures
   * @param exactMinutes  the exact product
   * @param statedMinutes  the stated minutes, if stated
   * @param minutesConsistent  whether the stated minutes (if any) equal the exact product
   * @param statedHours  the stated hours, if stated
   * @param expectedHours  the exact hours as the report's policy prints them
   * @param hoursConsistent  whether the policy prints the exact hours as the stated hours
   * @param provenance  where the formula is
   */
  public record AuditFinding(String initiativeId, String formula, long exactMinutes, Optional<Long> statedMinutes,
      boolean minutesConsistent, Optional<BigDecimal> statedHours, BigDecimal expectedHours, boolean hoursConsistent,
      Provenance provenance) {
    /**
     * Validates the parts.
     *
     * @param initiativeId  the initiative the formula belongs to
     * @param formula  the formula in the source notation, with its stated figures
     * @param exactMinutes  the exact product
     * @param statedMinutes  the stated minutes, if stated
     * @param minutesConsistent  whether the stated minutes (if any) equal the exact product
     * @param statedHours  the stated hours, if stated
     * @param expectedHours  the exact hours as the report's policy prints them
     * @param hoursConsistent  whether the policy prints the exact hours as the stated hours
     * @param provenance  where the formula is
     * @throws IllegalArgumentException if a part is missing
     */
    public AuditFinding {
      Checks.nonNull(initiativeId, "AuditFinding", "initiativeId");
      Checks.nonNull(formula, "AuditFinding", "formula");
      statedMinutes = Checks.optional(statedMinutes);
      statedHours = Checks.optional(statedHours);
      Checks.nonNull(expectedHours, "AuditFinding", "expectedHours");
      Checks.nonNull(provenance, "AuditFinding", "provenance");
    }
  }
}
