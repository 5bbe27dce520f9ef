package org.municipaldx.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.plan.KpiGranularity;
import org.municipaldx.core.plan.KpiPoint;
import org.municipaldx.core.plan.KpiSeries;
import org.municipaldx.core.roadmap.RoadmapAction;
import org.municipaldx.core.roadmap.RoadmapItem;
import org.municipaldx.examples.dataset.BlockInitiative;
import org.municipaldx.examples.dataset.BlockTakeUp;
import org.municipaldx.examples.dataset.BlockWorkload;
import org.municipaldx.examples.dataset.Dataset;
import org.municipaldx.examples.dataset.DepartmentBlock;
import org.municipaldx.examples.dataset.HeadlineFigure;
import org.municipaldx.metrics.DayBasis;
import org.municipaldx.metrics.Evaluation;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.Rate;
import org.municipaldx.metrics.Rational;
import org.municipaldx.metrics.Rollup;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.metrics.SavingsRollups;
import org.municipaldx.metrics.TakeUp;
import org.municipaldx.metrics.Total;
import org.municipaldx.metrics.WorkloadChange;
import org.municipaldx.metrics.notation.FormulaNotation;

/**
 * Computes a {@link Report} from a {@link Dataset}: every figure is recomputed from the detail with
 * dx-metrics, nothing is copied from the headline figures, and each headline figure is reconciled
 * against the detail with the difference stated.
 */
public final class ReportBuilder {
  /** Printed percentages: one decimal, half-up. */
  static final RoundingPolicy PERCENT = Percent.POLICY;
  private static final String CITIZEN = "citizen";
  private static final String STAFF = "staff";

  private final Dataset data;
  private final RoundingPolicy policy;

  private ReportBuilder(Dataset data, RoundingPolicy policy) {
    this.data = data;
    this.policy = policy;
  }

  /**
   * @param data  a loaded dataset, not null
   * @param policy  how hours are printed, not null
   * @return the report, never null
   */
  public static Report build(Dataset data, RoundingPolicy policy) {
    return new ReportBuilder(data, policy).build();
  }

  String hours(long minutes) {
    return Figures.group(policy.hours(minutes));
  }

  private Report build() {
    List<Initiative> initiatives = data.initiatives().stream().map(BlockInitiative::initiative).collect(Collectors.toList());
    Map<String, String> blockOf = new HashMap<>();
    data.initiatives().forEach(bi -> blockOf.put(bi.initiative().id(), bi.block()));
    // one roll-up by (block, citizen-or-staff): reposts and breakdowns are counted once, by dx-metrics' rule
    Rollup<String> byBlock = SavingsRollups.by(initiatives,
        i -> Set.of(blockOf.get(i.id()) + "|" + (i.vision().orElse(0) == 1 ? CITIZEN : STAFF)));

    List<Report.DepartmentRow> rows = new ArrayList<>();
    TakeUp allTakeUp = TakeUp.NONE;
    long procs = 0, onlineProcs = 0, apps = 0, onlineApps = 0, citizen = 0, staff = 0;
    int omitted = 0;
    for (DepartmentBlock b : data.blocks()) {
      Optional<ProcedureTakeUp> t = data.takeUp(b.id()).map(BlockTakeUp::takeUp);
      TakeUp tu = t.map(TakeUp::of).orElse(TakeUp.NONE);
      Total c = byBlock.row(b.id() + "|" + CITIZEN);
      Total s = byBlock.row(b.id() + "|" + STAFF);
      rows.add(new Report.DepartmentRow(b.id(), data.label(b),
          t.map(ProcedureTakeUp::procedures).orElse(0L), t.map(ProcedureTakeUp::onlineProcedures).orElse(0L),
          percent(tu.procedures()), t.map(ProcedureTakeUp::applications).orElse(0L),
          t.map(ProcedureTakeUp::onlineApplications).orElse(0L), percent(tu.applications()),
          c.minutes(), hours(c.minutes()), s.minutes(), hours(s.minutes()), c.omittedCount() + s.omittedCount()));
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
    Report.DepartmentRow totals = new Report.DepartmentRow("total", "合計", procs, onlineProcs,
        percent(allTakeUp.procedures()), apps, onlineApps, percent(allTakeUp.applications()),
        citizen, hours(citizen), staff, hours(staff), omitted);

    return new Report(
        data.manifest().title(),
        data.manifest().municipality().japaneseName(),
        data.manifest().municipality().code().value(),
        data.manifest().fiscalYear().toString(),
        data.manifest().source(),
        policy.toString(),
        rows,
        totals,
        reconcile(totals),
        ranked(initiatives, blockOf),
        fiveLess(initiatives),
        workload(),
        roadmap(),
        cashless(),
        audit(initiatives),
        List.of(
            "Take-up is Σ online / Σ all over the blocks (never a mean of ratios); a zero denominator is 'undefined'.",
            "Citizen hours: the counted estimates of each block's 市民サービスの向上 (vision 1) initiatives; staff hours: its other initiatives.",
            "An estimate that breaks another down (e.g. 住民票 within 全体) and a repost's copy of an estimate are counted once.",
            "Hours are exact minutes / 60, printed under " + policy + ".",
            "A saving with several five-less tags counts in each tag's row and once in the five-less total."));
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

  private Report.Reconciliation compare(HeadlineFigure h, BigDecimal computed, String unit, String rule) {
    BigDecimal diff = computed.subtract(h.value());
    return new Report.Reconciliation(h.id(), h.label(), Figures.group(h.value()) + h.unit(),
        Figures.group(computed) + unit, (diff.signum() > 0 ? "+" : "") + Figures.triangle(diff) + unit,
        diff.signum() == 0, rule);
  }

  /**
   * Reconciles each headline figure, recognised by its id (see DATASET.md): {@code online-procedures*},
   * {@code online-applications*}, {@code procedures-total*}, {@code hours-saved*}, {@code days-equivalent*}.
   */
  private List<Report.Reconciliation> reconcile(Report.DepartmentRow totals) {
    List<Report.Reconciliation> out = new ArrayList<>();
    long appMinutes = onlineApplicationMinutes();
    Optional<HeadlineFigure> statedHours = data.headlineFigures().stream().filter(x -> x.id().startsWith("hours-saved")).findFirst();
    for (HeadlineFigure h : data.headlineFigures()) {
      String id = h.id();
      if (id.startsWith("online-procedures")) {
        out.add(compare(h, BigDecimal.valueOf(totals.onlineProcedures()), h.unit(), "Σ online procedures over the department blocks"));
      } else if (id.startsWith("online-applications")) {
        out.add(compare(h, BigDecimal.valueOf(totals.onlineApplications()), h.unit(), "Σ online applications over the department blocks"));
      } else if (id.startsWith("procedures-total")) {
        out.add(compare(h, BigDecimal.valueOf(totals.procedures()), h.unit(),
            "Σ procedures over the department blocks (the blocks may not cover every procedure)"));
      } else if (id.startsWith("hours-saved")) {
        out.add(compare(h, policy.hours(appMinutes), h.unit(),
            "Σ of each block's formula for its online applications (e.g. 30分×online件), exact minutes / 60 under " + policy));
        out.add(compare(h, policy.hours(totals.citizenMinutes()), h.unit(),
            "Σ of every 市民サービスの向上 (vision 1) estimate, exact minutes / 60 under " + policy));
      } else if (id.startsWith("days-equivalent")) {
        statedHours.ifPresent(sh -> out.add(compare(h,
            Rational.of(sh.value()).dividedBy(DayBasis.CALENDAR.hoursPerDay()).round(0, RoundingMode.FLOOR), h.unit(),
            "the stated " + Figures.group(sh.value()) + sh.unit() + " / 24 (calendar days), floored")));
        out.add(compare(h, DayBasis.CALENDAR.days(appMinutes).round(0, RoundingMode.FLOOR), h.unit(),
            "Σ of each block's online-application formula / 24 h (calendar days), floored"));
      } else {
        out.add(new Report.Reconciliation(h.id(), h.label(), Figures.group(h.value()) + h.unit(), "n/a", "n/a", false,
            "no rule reconciles a headline figure with this id; see DATASET.md"));
      }
    }
    return out;
  }

  private List<Report.RankedInitiative> ranked(List<Initiative> initiatives, Map<String, String> blockOf) {
    Map<String, Long> minutes = new LinkedHashMap<>();
    Map<String, Set<String>> kinds = new LinkedHashMap<>();
    for (Evaluation e : SavingsRollups.evaluations(initiatives)) {
      String id = e.itemId().substring(0, e.itemId().indexOf('#'));
      if (e.minutes().isPresent()) {
        minutes.merge(id, e.minutes().getAsLong(), Math::addExact);
        kinds.computeIfAbsent(id, k -> new java.util.LinkedHashSet<>()).add(e.kind().englishName());
      }
    }
    Map<String, Initiative> byId = initiatives.stream().collect(Collectors.toMap(Initiative::id, i -> i));
    List<Map.Entry<String, Long>> order = new ArrayList<>(minutes.entrySet());
    order.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Report.RankedInitiative> out = new ArrayList<>();
    int rank = 0;
    for (Map.Entry<String, Long> e : order) {
      Initiative i = byId.get(e.getKey());
      String label = data.block(blockOf.get(i.id())).map(data::label).orElse("");
      out.add(new Report.RankedInitiative(++rank, i.id(), i.title(), label, i.beneficiary().japaneseName(),
          i.status().japaneseName(), e.getValue(), hours(e.getValue()), String.join(", ", kinds.get(i.id())),
          i.repostOf().isPresent()));
    }
    return out;
  }

  private Report.FiveLessBreakdown fiveLess(List<Initiative> initiatives) {
    Rollup<FiveLess> r = SavingsRollups.byFiveLess(initiatives);
    List<Report.FiveLessRow> rows = new ArrayList<>();
    for (FiveLess f : FiveLess.values()) {
      Total t = r.row(f);
      rows.add(new Report.FiveLessRow(f.japaneseName(), f.englishName(), t.minutes(), hours(t.minutes()),
          t.contributions().size()));
    }
    Total u = r.unassigned();
    return new Report.FiveLessBreakdown(rows, new Report.FiveLessRow("（5レスの記載なし）", "no five-less tag",
        u.minutes(), hours(u.minutes()), u.contributions().size()), r.grandTotal().minutes(),
        hours(r.grandTotal().minutes()));
  }

  private List<Report.WorkloadRow> workload() {
    List<Report.WorkloadRow> out = new ArrayList<>();
    for (BlockWorkload w : data.workloads()) {
      WorkloadChange ch = WorkloadChange.of(w.comparison());
      String label = data.block(w.block()).map(data::label).orElse(w.block());
      Optional<Boolean> consistent = WorkloadChange.statedChangeConsistent(w.comparison());
      out.add(new Report.WorkloadRow(label, w.comparison().baseline().fiscalYear().toString(),
          w.comparison().baseline().hours(), w.comparison().comparison().fiscalYear().toString(),
          w.comparison().comparison().hours(), ch.formatDifference(), ch.formatPercentChange(PERCENT),
          w.comparison().statedChangeHours().isPresent()
              ? Figures.triangle(BigDecimal.valueOf(w.comparison().statedChangeHours().getAsLong())) + "時間" : null,
          consistent.orElse(null)));
    }
    return out;
  }

  private List<Report.RoadmapYear> roadmap() {
    Map<FiscalYear, List<Report.RoadmapEntry>> byYear = new TreeMap<>();
    for (RoadmapItem item : data.roadmap()) {
      for (RoadmapAction a : item.actions()) {
        byYear.computeIfAbsent(a.fiscalYear(), k -> new ArrayList<>()).add(new Report.RoadmapEntry(item.title(),
            a.track().orElse(""), a.text(), a.budgetYen().isPresent() ? a.budgetYen().getAsLong() : null,
            item.targetFiscalYear().map(a.fiscalYear()::equals).orElse(false)));
      }
    }
    List<Report.RoadmapYear> out = new ArrayList<>();
    byYear.forEach((fy, actions) -> out.add(new Report.RoadmapYear(fy.toString(), actions,
        actions.stream().filter(a -> a.budgetYen() != null).mapToLong(Report.RoadmapEntry::budgetYen)
            .reduce(0L, Math::addExact))));
    return out;
  }

  private Map<YearMonth, BigDecimal> cashless() {
    Map<YearMonth, BigDecimal> out = new LinkedHashMap<>();
    data.kpis().stream()
        .filter(k -> k.fiveLess().filter(FiveLess.CASHLESS::equals).isPresent() && k.granularity() == KpiGranularity.MONTH)
        .findFirst()
        .map(KpiSeries::points)
        .ifPresent(points -> {
          for (KpiPoint p : points) {
            out.put(p.month().orElseThrow(), p.value());
          }
        });
    return out;
  }

  private Report.AuditSummary audit(List<Initiative> initiatives) {
    int formulas = 0;
    List<String> findings = new ArrayList<>();
    for (Initiative i : initiatives) {
      for (SavingsEstimate e : i.estimates()) {
        if (!(e instanceof FormulaEstimate)) {
          continue;
        }
        FormulaEstimate f = (FormulaEstimate) e;
        formulas++;
        long exact = f.exactMinutes();
        Rational exactHours = Rational.of(exact, 60);
        List<String> problems = new ArrayList<>();
        if (f.statedMinutes().isPresent() && f.statedMinutes().getAsLong() != exact) {
          problems.add("stated " + Figures.group(f.statedMinutes().getAsLong()) + "分, exact " + Figures.group(exact) + "分");
        }
        if (f.statedHours().isPresent() && !policy.explains(exactHours, f.statedHours().get())) {
          problems.add("stated " + Figures.group(f.statedHours().get()) + "時間, exact " + Figures.exact(exactHours)
              + "時間, " + policy + " gives " + Figures.group(policy.apply(exactHours)) + "時間");
        }
        if (!problems.isEmpty()) {
          findings.add(i.id() + ": " + FormulaNotation.renderStated(f) + " — " + String.join("; ", problems));
        }
      }
    }
    findings.sort(Comparator.naturalOrder());
    return new Report.AuditSummary(formulas, findings.size(), findings);
  }

  /** @return e.g. {@code 21%} (one decimal, half-up), or {@code undefined} for a zero denominator */
  static String percent(Rate r) {
    return r.percent(PERCENT).map(p -> Figures.group(p) + "%").orElse("undefined");
  }
}
