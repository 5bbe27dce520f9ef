package org.municipaldx.core.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.domains.DomainContextBase;
import org.municipaldx.core.ChannelVolume;
import org.municipaldx.core.Department;
import org.municipaldx.core.DepartmentKind;
import org.municipaldx.core.DxTag;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.Municipality;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.Procedure;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.core.ReportingPeriod;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.estimate.MeasuredEstimate;
import org.municipaldx.core.estimate.NotEstimated;
import org.municipaldx.core.estimate.PendingEstimate;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.initiative.InitiativeStatus;
import org.municipaldx.core.plan.DxPlan;
import org.municipaldx.core.plan.FiscalYearRange;
import org.municipaldx.core.plan.KpiGranularity;
import org.municipaldx.core.plan.KpiPoint;
import org.municipaldx.core.plan.KpiSeries;
import org.municipaldx.core.plan.PlanValue;
import org.municipaldx.core.plan.Vision;
import org.municipaldx.core.plan.WorkloadComparison;
import org.municipaldx.core.plan.WorkloadSurvey;
import org.municipaldx.core.roadmap.Milestone;
import org.municipaldx.core.roadmap.MilestoneStatus;
import org.municipaldx.core.roadmap.RoadmapAction;
import org.municipaldx.core.roadmap.RoadmapItem;
import org.municipaldx.core.standard.MigrationGroup;
import org.municipaldx.core.standard.MigrationPhase;
import org.municipaldx.core.standard.MigrationPlan;
import org.municipaldx.core.standard.StandardOperation;

/** Generators of valid model values, for round-trip and schema properties. */
public class ModelArbitraries extends DomainContextBase {

  static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(12)
        .filter(s -> s.matches(Department.ID_PATTERN));
  }

  static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("市民課郡山手続申請時間分件 ABCxyz・（）")
        .ofMinLength(1).ofMaxLength(15).filter(s -> !s.isBlank());
  }

  static Arbitrary<FiscalYear> fiscalYears() {
    return Arbitraries.integers().between(1990, 2100).map(FiscalYear::of);
  }

  static Arbitrary<ReportingPeriod> periods() {
    return Combinators.combine(Arbitraries.integers().between(1990, 2100), Arbitraries.of(true, false))
        .as((y, f) -> f ? ReportingPeriod.fiscalYear(FiscalYear.of(y)) : ReportingPeriod.calendarYear(y));
  }

  static Arbitrary<BigDecimal> hours() {
    // whole minutes: hours with up to one decimal of 0.5 steps or tenths of an hour (6 minutes)
    return Arbitraries.longs().between(0, 10_000_000).map(tenths -> BigDecimal.valueOf(tenths, 1));
  }

  Arbitrary<FiscalYear> fiscalYear() {
    return fiscalYears();
  }

  public Arbitrary<Municipality> municipalities() {
    return Combinators.combine(Arbitraries.integers().between(1, 47), Arbitraries.integers().between(0, 999), text(),
        text().injectNull(0.5)).as((p, l, name, en) -> {
          MunicipalityCode code = MunicipalityCode.parse(String.format("%02d%03d", p, l));
          Municipality.Builder b = Municipality.builder().code(code).japaneseName(name).prefecture(code.prefecture());
          if (en != null) {
            b.englishName(en);
          }
          return b.build();
        });
  }

  public Arbitrary<Department> departments() {
    return Builders.withBuilder(Department::builder)
        .use(ids()).in(Department.Builder::id)
        .use(text()).in(Department.Builder::japaneseName)
        .use(text()).withProbability(0.5).in(Department.Builder::englishName)
        .use(Arbitraries.of(DepartmentKind.class)).in(Department.Builder::kind)
        .build(Department.Builder::build);
  }

  public Arbitrary<Procedure> procedures() {
    return Builders.withBuilder(Procedure::builder)
        .use(ids()).in(Procedure.Builder::id)
        .use(text()).in(Procedure.Builder::name)
        .use(ids()).withProbability(0.5).in(Procedure.Builder::departmentId)
        .use(Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d))).withProbability(0.5)
        .in(Procedure.Builder::onlineSince)
        .build(Procedure.Builder::build);
  }

  public Arbitrary<ChannelVolume> channelVolumes() {
    return Combinators.combine(ids(), periods(), Arbitraries.longs().between(0, 10_000_000), Arbitraries.doubles().between(0, 1))
        .as((id, p, total, share) -> ChannelVolume.builder().procedureId(id).period(p).totalApplications(total)
            .onlineApplications((long) Math.floor(total * share)).build());
  }

  public Arbitrary<ProcedureTakeUp> takeUps() {
    return Combinators.combine(ids().injectNull(0.3), periods(), Arbitraries.longs().between(0, 5000),
            Arbitraries.longs().between(0, 10_000_000), Arbitraries.doubles().between(0, 1), text().list().ofMaxSize(3))
        .as((dep, p, procs, apps, share, examples) -> {
          ProcedureTakeUp.Builder b = ProcedureTakeUp.builder().period(p).procedures(procs)
              .onlineProcedures((long) Math.floor(procs * share)).applications(apps)
              .onlineApplications((long) Math.floor(apps * share)).addAllExampleProcedures(examples);
          if (dep != null) {
            b.departmentId(dep).departmentInference("inferred in a test");
          }
          return b.build();
        });
  }

  static Arbitrary<Factor> countFactors() {
    return Builders.withBuilder(Factor::builder)
        .use(Arbitraries.longs().between(0, 100_000)).in(Factor.Builder::value)
        .use(Arbitraries.of("件", "回", "人", "日", "か所", "施設", "者", "通", "名", "")).in(Factor.Builder::unit)
        .use(Arbitraries.of("役員", "職員")).withProbability(0.5).in(Factor.Builder::prefix)
        .use(Arbitraries.of("往復", "行政センター等", "全庁")).withProbability(0.5).in(Factor.Builder::note)
        .build(Factor.Builder::build);
  }

  public Arbitrary<FormulaEstimate> formulas() {
    Arbitrary<Factor> duration = Combinators.combine(Arbitraries.longs().between(0, 600), Arbitraries.of("分", "時間"))
        .as(Factor::of);
    return Combinators.combine(duration, countFactors().list().ofMaxSize(4), Arbitraries.longs().between(0, 1_000_000).injectNull(0.5),
            hours().injectNull(0.5), text().injectNull(0.5))
        .as((d, counts, stated, statedHours, description) -> {
          FormulaEstimate.Builder b = FormulaEstimate.builder().addFactors(d).addAllFactors(counts);
          if (stated != null) {
            b.statedMinutes(stated);
          }
          if (statedHours != null) {
            b.statedHours(statedHours);
          }
          if (description != null) {
            b.description(description);
          }
          return b.build();
        });
  }

  public Arbitrary<LumpSumEstimate> lumpSums() {
    return Combinators.combine(hours(), Arbitraries.of(true, false), Arbitraries.of("別途積算", "別途積み上げ").injectNull(0.3),
            Combinators.combine(text(), hours()).as(LumpSumEstimate.Part::of).list().ofMaxSize(3))
        .as((h, approx, basis, parts) -> {
          LumpSumEstimate.Builder b = LumpSumEstimate.builder().hours(h).approximate(approx).addAllParts(parts);
          if (basis != null) {
            b.basis(basis);
          }
          return b.build();
        });
  }

  public Arbitrary<MeasuredEstimate> measured() {
    return Combinators.combine(hours(), hours(), Arbitraries.integers().between(2000, 2030))
        .as((before, after, year) -> MeasuredEstimate.builder().beforeHours(before).afterHours(after)
            .savedHours(before.subtract(after)).baselinePeriod(ReportingPeriod.calendarYear(year))
            .comparisonPeriod(ReportingPeriod.calendarYear(year + 2)).build());
  }

  public Arbitrary<SavingsEstimate> estimates() {
    return Arbitraries.oneOf(formulas(), lumpSums(), measured(),
        text().injectNull(0.5).map(r -> r == null ? PendingEstimate.builder().build() : PendingEstimate.builder().reason(r).build()),
        Arbitraries.just(NotEstimated.of()));
  }

  public Arbitrary<Initiative> initiatives() {
    return Combinators.combine(ids(), fiscalYears(), ids().injectNull(0.3), Arbitraries.of(InitiativeStatus.class),
            Arbitraries.integers().between(1, 3).injectNull(0.3), text(), text().list().ofMaxSize(3),
            Arbitraries.of(DxTag.class).set().ofMaxSize(4))
        .as((id, fy, dep, status, vision, title, summary, tags) ->
            (java.util.function.Function<List<SavingsEstimate>, Initiative>) estimates -> {
              Initiative.Builder b = Initiative.builder().id(id).fiscalYear(fy).status(status).title(title)
                  .addAllSummary(summary).addAllTags(tags).beneficiary(Beneficiary.RESIDENTS).addAllEstimates(estimates);
              if (dep != null) {
                b.departmentId(dep);
              }
              if (vision != null) {
                b.vision(vision);
              }
              return b.build();
            })
        .flatMap(make -> estimates().list().ofMaxSize(3).map(make));
  }

  public Arbitrary<DxPlan> plans() {
    Arbitrary<List<Vision>> visions = Arbitraries.integers().between(0, 3).flatMap(n -> text().list().ofSize(n).map(titles -> {
      java.util.List<Vision> out = new java.util.ArrayList<>();
      for (int i = 0; i < titles.size(); i++) {
        out.add(Vision.builder().number(i + 1).title(titles.get(i)).build());
      }
      return out;
    }));
    Arbitrary<List<PlanValue>> values = Arbitraries.integers().between(0, 5).flatMap(n -> text().list().ofSize(n).map(titles -> {
      java.util.List<PlanValue> out = new java.util.ArrayList<>();
      for (int i = 0; i < titles.size(); i++) {
        out.add(PlanValue.builder().number(i + 1).title(titles.get(i)).addPrinciples(titles.get(i)).build());
      }
      return out;
    }));
    return Combinators.combine(text(), text(), visions, values, Arbitraries.integers().between(2000, 2030),
            Arbitraries.integers().between(0, 5))
        .as((name, mission, vs, vals, from, len) -> DxPlan.builder().name(name).mission(mission).addAllVisions(vs)
            .addAllValues(vals).period(FiscalYearRange.of(from, from + len)).adopted(YearMonth.of(from, 3))
            .addOrganisation(DxPlan.OrganisationRole.of(name, mission)).build());
  }

  public Arbitrary<KpiSeries> kpis() {
    return Combinators.combine(ids(), text(), Arbitraries.of(FiveLess.class).injectNull(0.2),
            Arbitraries.integers().between(0, 12), Arbitraries.integers().between(2015, 2030))
        .as((id, indicator, fl, n, year) -> {
          KpiSeries.Builder b = KpiSeries.builder().id(id).indicator(indicator).unit("%").granularity(KpiGranularity.MONTH);
          if (fl != null) {
            b.fiveLess(fl);
          }
          for (int i = 0; i < n; i++) {
            b.addPoints(KpiPoint.ofMonth(YearMonth.of(year, 1).plusMonths(i), BigDecimal.valueOf(100 + i * 7, 1)));
          }
          return b.build();
        });
  }

  public Arbitrary<WorkloadSurvey> surveys() {
    return Combinators.combine(ids().injectNull(0.3), fiscalYears(), Arbitraries.longs().between(0, 2_000_000))
        .as((dep, fy, h) -> {
          WorkloadSurvey.Builder b = WorkloadSurvey.builder().fiscalYear(fy).hours(h);
          if (dep != null) {
            b.departmentId(dep);
          }
          return b.build();
        });
  }

  public Arbitrary<WorkloadComparison> comparisons() {
    return Combinators.combine(surveys(), Arbitraries.longs().between(0, 2_000_000), Arbitraries.of(true, false))
        .as((before, afterHours, stated) -> {
          WorkloadSurvey.Builder after = WorkloadSurvey.builder().fiscalYear(before.fiscalYear().next()).hours(afterHours);
          before.departmentId().ifPresent(after::departmentId);
          WorkloadComparison.Builder b = WorkloadComparison.builder().baseline(before).comparison(after.build());
          if (stated) {
            b.statedChangeHours(afterHours - before.hours());
          }
          return b.build();
        });
  }

  public Arbitrary<RoadmapItem> roadmapItems() {
    return Combinators.combine(ids(), text(), fiscalYears(), text(), Arbitraries.longs().between(0, 100_000).injectNull(0.3),
            Arbitraries.of(MilestoneStatus.class))
        .as((id, title, fy, action, budget, status) -> {
          RoadmapAction.Builder a = RoadmapAction.builder().fiscalYear(fy).track("インフラ").text(action);
          if (budget != null) {
            a.budgetYen(RoadmapAction.thousandYen(budget));
          }
          return RoadmapItem.builder().id(id).title(title).addFutureVision(title).targetFiscalYear(fy.next())
              .addBackground(RoadmapItem.BackgroundEvent.of("2020年", action)).addActions(a.build())
              .addMilestones(Milestone.builder().description("目標達成").fiscalYear(fy.next()).status(status).build())
              .addTags(DxTag.MOVELESS).build();
        });
  }

  public Arbitrary<MigrationPlan> migrationPlans() {
    return Arbitraries.of(StandardOperation.class).set().ofMaxSize(20).map(ops -> {
      java.util.List<StandardOperation> list = new java.util.ArrayList<>(ops);
      int half = list.size() / 2;
      FiscalYear fy = FiscalYear.of(2023);
      return MigrationPlan.builder().deadline(FiscalYear.of(2025))
          .addGroups(MigrationGroup.builder().name("第1グループ").addAllOperations(list.subList(0, half))
              .addPhases(MigrationGroup.PhaseEntry.of(fy, MigrationPhase.FIT_AND_GAP),
                  MigrationGroup.PhaseEntry.of(fy.next(), MigrationPhase.BUILD),
                  MigrationGroup.PhaseEntry.of(fy.plusYears(2), MigrationPhase.OPERATION)).build())
          .addGroups(MigrationGroup.builder().name("第2グループ").addAllOperations(list.subList(half, list.size()))
              .addPhases(MigrationGroup.PhaseEntry.of(fy, MigrationPhase.FIT_AND_GAP)).build())
          .build();
    });
  }

  /** Every top-level type with its generator, for properties over all of them. */
  public static Arbitrary<Object> anyTopLevel() {
    ModelArbitraries m = new ModelArbitraries();
    return Arbitraries.oneOf(m.municipalities(), m.departments(), m.procedures(), m.channelVolumes(), m.takeUps(),
        m.estimates(), m.initiatives(), m.plans(), m.kpis(), m.surveys(), m.comparisons(), m.roadmapItems(),
        m.migrationPlans());
  }

}
