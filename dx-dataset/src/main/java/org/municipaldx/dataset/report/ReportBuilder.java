package org.municipaldx.dataset.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.core.estimate.EstimateKind;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.plan.KpiGranularity;
import org.municipaldx.core.plan.KpiPoint;
import org.municipaldx.core.roadmap.RoadmapAction;
import org.municipaldx.core.roadmap.RoadmapItem;
import org.municipaldx.dataset.BlockInitiative;
import org.municipaldx.dataset.BlockTakeUp;
import org.municipaldx.dataset.BlockWorkload;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.dataset.DepartmentBlock;
import org.municipaldx.dataset.HeadlineFigure;
import org.municipaldx.metrics.DayBasis;
import org.municipaldx.metrics.Evaluation;
import org.municipaldx.metrics.Rate;
import org.municipaldx.metrics.Rational;
import org.municipaldx.metrics.Rollup;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.metrics.SavingsRollups;
import org.municipaldx.metrics.TakeUp;
import org.municipaldx.metrics.Total;
import org.municipaldx.metrics.WorkloadChange;
import org.municipaldx.metrics.notation.FormulaCheck;
import org.municipaldx.metrics.notation.FormulaNotation;

/**
 * Computes the {@link DatasetReport} of a {@link Dataset}: every figure is recomputed from the detail
 * with dx-metrics, nothing is copied from the headline figures, and each headline figure is reconciled
 * against the detail with the difference stated ({@link #reconcile}); the dataset's formulas are
 * checked by the library's rules ({@link #audit}, {@link FormulaCheck}).
 *
 * <pre>{@code
 * Dataset data = DatasetLoader.load(Path.of("my-city-fy2024"));
 * DatasetReport report = ReportBuilder.build(data, RoundingPolicy.DEFAULT);
 * report.reconciliation().stream().filter(r -> !r.matches()).forEach(System.out::println);
 * }</pre>
 */
public final class ReportBuilder {
  /** The rounding of every percentage of a report: to 0.1, half-up. */
  public static final RoundingPolicy PERCENT = RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH);
  private static final String CITIZEN = "citizen";
  private static final String STAFF = "staff";

  private final Dataset data;
  private final RoundingPolicy policy;
  private final List<Initiative> initiatives;
  private final Map<String, String> blockOf = new HashMap<>();
  private final Map<String, Integer> initiativeIndex = new HashMap<>();

  private ReportBuilder(Dataset data, RoundingPolicy policy) {
    this.data = Objects.requireNonNull(data, "data");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.initiatives = data.initiatives().stream().map(BlockInitiative::initiative).collect(Collectors.toList());
    for (int i = 0; i < data.initiatives().size(); i++) {
      BlockInitiative bi = data.initiatives().get(i);
      blockOf.put(bi.initiative().id(), bi.block());
      initiativeIndex.put(bi.initiative().id(), i);
    }
  }

  /**
   * {@return the report, never null}
   *
   * @param data  a loaded dataset, not null
   * @param policy  how hours are rounded, not null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public static DatasetReport build(Dataset data, RoundingPolicy policy) {
    return new ReportBuilder(data, policy).build();
  }

  /**
   * Reconciles each headline figure of the dataset with the detail, recognised by its id prefix:
   * {@code online-procedures}, {@code online-applications}, {@code procedures-total}, {@code hours-saved}
   * (two ways), {@code days-equivalent} (two ways); a figure with another id is listed with rule
   * {@link ReconciliationRule#NONE}. Differences are stated, nothing is forced to agree.
   *
   * @param data  a loaded dataset, not null
   * @param policy  how computed hours are rounded, not null
   * @return one entry per headline figure and rule, in the headline figures' order, never null
   */
  public static List<DatasetReport.Reconciliation> reconcile(Dataset data, RoundingPolicy policy) {
    ReportBuilder b = new ReportBuilder(data, policy);
    return b.reconcile(b.departments().get(b.data.blocks().size()));
  }

  /**
   * Checks every formula estimate of the dataset's initiatives by the library's rules
   * ({@link FormulaCheck}): stated minutes equal the exact product, stated hours are what
   * {@code policy} prints for the exact hours.
   *
   * @param data  a loaded dataset, not null
   * @param policy  the rounding policy the stated hours should follow, not null
   * @return the count of formulas and the inconsistent ones, never null
   */
  public static DatasetReport.AuditSummary audit(Dataset data, RoundingPolicy policy) {
    return new ReportBuilder(data, policy).audit();
  }

  private BigDecimal hours(long minutes) {
    return policy.hours(minutes);
  }

  private static Optional<BigDecimal> percent(Rate r) {
    return r.percent(PERCENT);
  }

  private DatasetReport build() {
    List<DatasetReport.DepartmentRow> rows = departments();
    DatasetReport.DepartmentRow totals = rows.remove(rows.size() - 1);
    return new DatasetReport(
        data.manifest().id(),
        data.manifest().title(),
        data.manifest().municipality(),
        data.manifest().fiscalYear(),
        data.manifest().source(),
        policy.toString(),
        PERCENT.toString(),
        rows,
        totals,
        reconcile(totals),
        ranked(),
        beneficiaries(),
        fiveLess(),
        workload(),
        roadmap(),
        cashless(),
        audit(),
        List.of(
            "Take-up is Σ online / Σ all over the blocks (never a mean of ratios); a zero denominator has no take-up.",
            "Citizen hours: the counted estimates of each block's 市民サービスの向上 (vision 1) initiatives; staff hours: its other initiatives.",
            "An estimate that breaks another down (e.g. 住民票 within 全体) and a repost's copy of an estimate are counted once.",
            "Hours are exact minutes / 60 rounded under " + policy + "; percentages are rounded under " + PERCENT + ".",
            "A saving with several five-less tags counts in each tag's row and once in the five-less total."));
  }

  /** The block rows, then the totals row last. */
  private List<DatasetReport.DepartmentRow> departments() {
    // one roll-up by (block, citizen-or-staff): reposts and breakdowns are counted once, by dx-metrics' rule
    Rollup<String> byBlock = SavingsRollups.by(initiatives,
        i -> Set.of(blockOf.get(i.id()) + "|" + (i.vision().orElse(0) == 1 ? CITIZEN : STAFF)));
    List<DatasetReport.DepartmentRow> rows = new ArrayList<>();
    TakeUp allTakeUp = TakeUp.NONE;
    long procs = 0;
    long onlineProcs = 0;
    long apps = 0;
    long onlineApps = 0;
    long citizen = 0;
    long staff = 0;
    int omitted = 0;
    for (DepartmentBlock b : data.blocks()) {
      Optional<BlockTakeUp> bt = data.takeUp(b.id());
      Optional<ProcedureTakeUp> t = bt.map(BlockTakeUp::takeUp);
      TakeUp tu = t.map(TakeUp::of).orElse(TakeUp.NONE);
      Total c = byBlock.row(b.id() + "|" + CITIZEN);
      Total s = byBlock.row(b.id() + "|" + STAFF);
      String hoursRule = "hours: Σ of the block's counted estimates in initiatives.json, exact minutes / 60 under " + policy;
      Provenance p = bt.isPresent()
          ? Provenance.at("take-up.json", "/" + data.takeUps().indexOf(bt.get()) + "/takeUp",
              "counts as stated; take-up = online / all under " + PERCENT + "; " + hoursRule)
          : Provenance.computed("no take-up stated for the block (counts 0); " + hoursRule);
      rows.add(new DatasetReport.DepartmentRow(b.id(), data.label(b), b.departmentId(), t.isPresent(),
          t.map(ProcedureTakeUp::procedures).orElse(0L), t.map(ProcedureTakeUp::onlineProcedures).orElse(0L),
          percent(tu.procedures()), t.map(ProcedureTakeUp::applications).orElse(0L),
          t.map(ProcedureTakeUp::onlineApplications).orElse(0L), percent(tu.applications()),
          c.minutes(), hours(c.minutes()), s.minutes(), hours(s.minutes()), c.omittedCount() + s.omittedCount(), p));
      if (t.isPresent()) {
        allTakeUp = allTakeUp.plus(tu);
        procs = Math.addExact(procs, t.get().procedures());
        onlineProcs = Math.addExact(onlineProcs, t.get().onlineProcedures());
        apps = Math.addExact(apps, t.get().applications());
        onlineApps = Math.addExact(onlineApps, t.get().onlineApplications());
      }
      citizen = Math.addExact(citizen, c.minutes());
      staff = Math.addExact(staff, s.minutes());
      omitted += c.omittedCount() + s.omittedCount();
    }
    rows.add(new DatasetReport.DepartmentRow("total", "合計", Optional.empty(), !data.takeUps().isEmpty(), procs,
        onlineProcs, percent(allTakeUp.procedures()), apps, onlineApps, percent(allTakeUp.applications()),
        citizen, hours(citizen), staff, hours(staff), omitted,
        Provenance.computed("Σ of the block rows; take-up = Σ online / Σ all")));
    return rows;
  }

  /**
   * Minutes saved by the blocks' online applications: per block, the formula estimate of one of its
   * initiatives that counts exactly the block's online applications in 件 (e.g. 30分×1,303件).
   */
  private long onlineApplicationMinutes() {
    long sum = 0;
    for (DepartmentBlock b : data.blocks()) {
      Optional<ProcedureTakeUp> t = data.takeUp(b.id()).map(BlockTakeUp::takeUp);
      if (t.isEmpty()) {
        continue;
      }
      long online = t.get().onlineApplications();
      Optional<FormulaEstimate> formula = data.initiativesOf(b.id()).stream()
          .flatMap(bi -> bi.initiative().estimates().stream())
          .filter(e -> e instanceof FormulaEstimate)
          .map(e -> (FormulaEstimate) e)
          .filter(f -> f.counts().stream().anyMatch(c -> c.value() == online && c.unit().equals("件")))
          .findFirst();
      if (formula.isPresent()) {
        sum = Math.addExact(sum, formula.get().exactMinutes());
      }
    }
    return sum;
  }

  private DatasetReport.Reconciliation compare(HeadlineFigure h, BigDecimal computed, ReconciliationRule rule,
      Optional<String> rounding) {
    BigDecimal diff = computed.subtract(h.value());
    return new DatasetReport.Reconciliation(h.id(), h.label(), h.unit(), h.value(), Optional.of(computed),
        Optional.of(diff), diff.signum() == 0, rule, rounding, stated(h));
  }

  private Provenance stated(HeadlineFigure h) {
    return Provenance.at("headline-figures.json", "/" + data.headlineFigures().indexOf(h),
        "stated" + (h.approximate() ? " (approximate)" : "") + ": " + h.source());
  }

  private List<DatasetReport.Reconciliation> reconcile(DatasetReport.DepartmentRow totals) {
    List<DatasetReport.Reconciliation> out = new ArrayList<>();
    long appMinutes = onlineApplicationMinutes();
    Optional<String> hoursRounding = Optional.of(policy.toString());
    Optional<String> floored = Optional.of("FLOOR to whole days");
    Optional<HeadlineFigure> statedHours = data.headlineFigures().stream().filter(x -> x.id().startsWith("hours-saved")).findFirst();
    for (HeadlineFigure h : data.headlineFigures()) {
      String id = h.id();
      if (id.startsWith("online-procedures")) {
        out.add(compare(h, BigDecimal.valueOf(totals.onlineProcedures()), ReconciliationRule.ONLINE_PROCEDURES, Optional.empty()));
      } else if (id.startsWith("online-applications")) {
        out.add(compare(h, BigDecimal.valueOf(totals.onlineApplications()), ReconciliationRule.ONLINE_APPLICATIONS, Optional.empty()));
      } else if (id.startsWith("procedures-total")) {
        out.add(compare(h, BigDecimal.valueOf(totals.procedures()), ReconciliationRule.PROCEDURES_TOTAL, Optional.empty()));
      } else if (id.startsWith("hours-saved")) {
        out.add(compare(h, hours(appMinutes), ReconciliationRule.HOURS_FROM_ONLINE_APPLICATION_FORMULAS, hoursRounding));
        out.add(compare(h, hours(totals.citizenMinutes()), ReconciliationRule.HOURS_FROM_CITIZEN_ESTIMATES, hoursRounding));
      } else if (id.startsWith("days-equivalent")) {
        statedHours.ifPresent(sh -> out.add(compare(h,
            Rational.of(sh.value()).dividedBy(DayBasis.CALENDAR.hoursPerDay()).round(0, RoundingMode.FLOOR),
            ReconciliationRule.DAYS_FROM_STATED_HOURS, floored)));
        out.add(compare(h, DayBasis.CALENDAR.days(appMinutes).round(0, RoundingMode.FLOOR),
            ReconciliationRule.DAYS_FROM_ONLINE_APPLICATION_FORMULAS, floored));
      } else {
        out.add(new DatasetReport.Reconciliation(h.id(), h.label(), h.unit(), h.value(), Optional.empty(),
            Optional.empty(), false, ReconciliationRule.NONE, Optional.empty(), stated(h)));
      }
    }
    return out;
  }

  private List<DatasetReport.RankedInitiative> ranked() {
    Map<String, Long> minutes = new LinkedHashMap<>();
    Map<String, Set<EstimateKind>> kinds = new LinkedHashMap<>();
    for (Evaluation e : SavingsRollups.evaluations(initiatives)) {
      String id = e.initiativeId().orElseThrow(); // SavingsRollups evaluates initiatives: the id is a field
      if (e.minutes().isPresent()) {
        minutes.merge(id, e.minutes().getAsLong(), Math::addExact);
        kinds.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(e.kind());
      }
    }
    Map<String, Initiative> byId = initiatives.stream().collect(Collectors.toMap(Initiative::id, i -> i));
    List<Map.Entry<String, Long>> order = new ArrayList<>(minutes.entrySet());
    order.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<DatasetReport.RankedInitiative> out = new ArrayList<>();
    int rank = 0;
    for (Map.Entry<String, Long> e : order) {
      Initiative i = byId.get(e.getKey());
      String block = blockOf.get(i.id());
      String label = data.block(block).map(data::label).orElse("");
      out.add(new DatasetReport.RankedInitiative(++rank, i.id(), i.title(), block, label, i.beneficiary(),
          i.status(), e.getValue(), hours(e.getValue()), List.copyOf(kinds.get(i.id())), i.repostOf().isPresent(),
          Provenance.at("initiatives.json", "/" + initiativeIndex.get(i.id()) + "/initiative",
              "Σ of the initiative's counted estimates, exact minutes / 60 under " + policy)));
    }
    return out;
  }

  private List<DatasetReport.BeneficiaryRow> beneficiaries() {
    Rollup<Beneficiary> r = SavingsRollups.byBeneficiary(initiatives);
    List<DatasetReport.BeneficiaryRow> out = new ArrayList<>();
    for (Beneficiary b : Beneficiary.values()) {
      Total t = r.row(b);
      out.add(new DatasetReport.BeneficiaryRow(b, t.minutes(), hours(t.minutes()), t.contributions().size()));
    }
    return out;
  }

  private DatasetReport.FiveLessBreakdown fiveLess() {
    Rollup<FiveLess> r = SavingsRollups.byFiveLess(initiatives);
    List<DatasetReport.FiveLessRow> rows = new ArrayList<>();
    for (FiveLess f : FiveLess.values()) {
      Total t = r.row(f);
      rows.add(new DatasetReport.FiveLessRow(Optional.of(f), t.minutes(), hours(t.minutes()), t.contributions().size()));
    }
    Total u = r.unassigned();
    return new DatasetReport.FiveLessBreakdown(rows, new DatasetReport.FiveLessRow(Optional.empty(), u.minutes(),
        hours(u.minutes()), u.contributions().size()), r.grandTotal().minutes(), hours(r.grandTotal().minutes()));
  }

  private List<DatasetReport.WorkloadRow> workload() {
    List<DatasetReport.WorkloadRow> out = new ArrayList<>();
    for (BlockWorkload w : data.workloads()) {
      WorkloadChange ch = WorkloadChange.of(w.comparison());
      String label = data.block(w.block()).map(data::label).orElse(w.block());
      long base = w.comparison().baseline().hours();
      long comp = w.comparison().comparison().hours();
      out.add(new DatasetReport.WorkloadRow(w.block(), label, w.comparison().baseline().fiscalYear(), base,
          w.comparison().comparison().fiscalYear(), comp, Math.subtractExact(comp, base), ch.percentChange(PERCENT),
          w.comparison().statedChangeHours().isPresent()
              ? Optional.of(w.comparison().statedChangeHours().getAsLong()) : Optional.empty(),
          WorkloadChange.statedChangeConsistent(w.comparison()),
          Provenance.at("workload.csv", "line " + w.line(),
              "hours as surveyed; change = comparison − baseline; percent under " + PERCENT)));
    }
    return out;
  }

  private List<DatasetReport.RoadmapYear> roadmap() {
    Map<FiscalYear, List<DatasetReport.RoadmapEntry>> byYear = new TreeMap<>();
    for (RoadmapItem item : data.roadmap()) {
      for (RoadmapAction a : item.actions()) {
        byYear.computeIfAbsent(a.fiscalYear(), k -> new ArrayList<>()).add(new DatasetReport.RoadmapEntry(item.id(),
            item.title(), a.track(), a.text(),
            a.budgetYen().isPresent() ? Optional.of(a.budgetYen().getAsLong()) : Optional.empty(),
            item.targetFiscalYear().map(a.fiscalYear()::equals).orElse(false)));
      }
    }
    List<DatasetReport.RoadmapYear> out = new ArrayList<>();
    byYear.forEach((fy, actions) -> out.add(new DatasetReport.RoadmapYear(fy, actions,
        actions.stream().filter(a -> a.budgetYen().isPresent()).mapToLong(a -> a.budgetYen().get())
            .reduce(0L, Math::addExact))));
    return out;
  }

  private List<DatasetReport.MonthValue> cashless() {
    List<DatasetReport.MonthValue> out = new ArrayList<>();
    data.kpis().stream()
        .filter(k -> k.fiveLess().filter(FiveLess.CASHLESS::equals).isPresent() && k.granularity() == KpiGranularity.MONTH)
        .findFirst()
        .ifPresent(k -> {
          for (KpiPoint p : k.points()) {
            out.add(new DatasetReport.MonthValue(p.month().orElseThrow(), p.value()));
          }
        });
    return out;
  }

  private DatasetReport.AuditSummary audit() {
    int formulas = 0;
    List<DatasetReport.AuditFinding> findings = new ArrayList<>();
    for (Initiative i : initiatives) {
      List<SavingsEstimate> estimates = i.estimates();
      for (int n = 0; n < estimates.size(); n++) {
        if (!(estimates.get(n) instanceof FormulaEstimate)) {
          continue;
        }
        FormulaEstimate f = (FormulaEstimate) estimates.get(n);
        formulas++;
        boolean minutesOk = FormulaCheck.minutesConsistent(f);
        boolean hoursOk = FormulaCheck.hoursConsistent(f, policy);
        if (!minutesOk || !hoursOk) {
          findings.add(new DatasetReport.AuditFinding(i.id(), FormulaNotation.renderStated(f), f.exactMinutes(),
              f.statedMinutes().isPresent() ? Optional.of(f.statedMinutes().getAsLong()) : Optional.empty(),
              minutesOk, f.statedHours(), policy.hours(f.exactMinutes()), hoursOk,
              Provenance.at("initiatives.json", "/" + initiativeIndex.get(i.id()) + "/initiative/estimates/" + n,
                  "stated figures checked by FormulaCheck under " + policy)));
        }
      }
    }
    findings.sort(Comparator.comparing(DatasetReport.AuditFinding::initiativeId)
        .thenComparing(DatasetReport.AuditFinding::formula));
    return new DatasetReport.AuditSummary(formulas, findings.size(), findings);
  }
}
