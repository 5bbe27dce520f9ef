package org.municipaldx.core.json;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.municipaldx.core.ChannelVolume;
import org.municipaldx.core.Department;
import org.municipaldx.core.DepartmentKind;
import org.municipaldx.core.DxTag;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.Ids;
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

/**
 * dx-core's generators of valid model values (Americium {@link Trials}), in one place, for the
 * round-trip, schema and parse∘print properties. Americium shrinks a failing case and its
 * {@code TrialException} prints the case and the recipe that reproduces it
 * ({@code .withRecipe(recipe)} or {@code -Dtrials.recipeHash=…}).
 */
public final class ModelTrials {
  /** The one entry point to Americium's generators. */
  public static final TrialsApi API = Trials.api();

  private ModelTrials() {}

  // ---- building blocks, also used by the properties of this module

  /** Strings of {@code min} to {@code max} characters drawn from {@code chars}. */
  public static Trials<String> strings(String chars, int min, int max) {
    List<Character> alphabet = chars.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
    return API.integers(min, max).flatMap(n -> API.choose(alphabet).immutableListsOfSize(n))
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** Lists of at most {@code max} elements. */
  public static <T> Trials<List<T>> listsUpTo(Trials<T> elements, int max) {
    return API.integers(0, max).flatMap(n -> elements.immutableListsOfSize(n).map(l -> (List<T>) l));
  }

  /** Sets of at most {@code max} constants of an enum. */
  public static <E extends Enum<E>> Trials<Set<E>> enumSetsUpTo(Class<E> type, int max) {
    return listsUpTo(API.choose(type.getEnumConstants()), max).map(l -> {
      Set<E> s = EnumSet.noneOf(type);
      s.addAll(l);
      return s;
    });
  }

  static Trials<String> ids() {
    return strings("abcdefghijklmnopqrstuvwxyz0123456789", 1, 12).filter(s -> Ids.isModelId(s));
  }

  static Trials<String> text() {
    return strings("市民課郡山手続申請時間分件 ABCxyz・（）", 1, 15).filter(s -> !s.isBlank());
  }

  public static Trials<FiscalYear> fiscalYears() {
    return API.integers(1990, 2100).map(FiscalYear::of);
  }

  static Trials<ReportingPeriod> periods() {
    return API.integers(1990, 2100).flatMap(y -> API.booleans()
        .map(f -> f ? ReportingPeriod.fiscalYear(FiscalYear.of(y)) : ReportingPeriod.calendarYear(y)));
  }

  static Trials<BigDecimal> hours() {
    // whole minutes: tenths of an hour (6 minutes)
    return API.longs(0, 10_000_000).map(tenths -> BigDecimal.valueOf(tenths, 1));
  }

  // ---- model types

  public static Trials<Municipality> municipalities() {
    return API.integers(1, 47).flatMap(p -> API.integers(0, 999).flatMap(l -> text().flatMap(name -> text().optionals()
        .map(en -> {
          MunicipalityCode code = MunicipalityCode.parse(String.format("%02d%03d", p, l));
          Municipality.Builder b = Municipality.builder().code(code).japaneseName(name).prefecture(code.prefecture());
          en.ifPresent(b::englishName);
          return b.build();
        }))));
  }

  public static Trials<Department> departments() {
    return ids().flatMap(id -> text().flatMap(ja -> text().optionals().flatMap(en -> API.choose(DepartmentKind.values())
        .map(kind -> {
          Department.Builder b = Department.builder().id(id).japaneseName(ja).kind(kind);
          en.ifPresent(b::englishName);
          return b.build();
        }))));
  }

  public static Trials<Procedure> procedures() {
    return ids().flatMap(id -> text().flatMap(name -> ids().optionals().flatMap(dep -> API.integers(0, 20_000).optionals()
        .map(days -> {
          Procedure.Builder b = Procedure.builder().id(id).name(name);
          dep.ifPresent(b::departmentId);
          days.ifPresent(d -> b.onlineSince(LocalDate.of(2000, 1, 1).plusDays(d)));
          return b.build();
        }))));
  }

  public static Trials<ChannelVolume> channelVolumes() {
    return ids().flatMap(id -> periods().flatMap(p -> API.longs(0, 10_000_000).flatMap(total -> API.longs(0, total)
        .map(online -> ChannelVolume.builder().procedureId(id).period(p).totalApplications(total)
            .onlineApplications(online).build()))));
  }

  public static Trials<ProcedureTakeUp> takeUps() {
    return ids().optionals().flatMap(dep -> periods().flatMap(p -> API.longs(0, 5000).flatMap(procs ->
        API.longs(0, 10_000_000).flatMap(apps -> API.integers(0, 1000).flatMap(perMille -> listsUpTo(text(), 3)
            .map(examples -> {
              ProcedureTakeUp.Builder b = ProcedureTakeUp.builder().period(p).procedures(procs)
                  .onlineProcedures(procs * perMille / 1000).applications(apps)
                  .onlineApplications(apps * perMille / 1000).addAllExampleProcedures(examples);
              dep.ifPresent(d -> b.departmentId(d).departmentInference("inferred in a test"));
              return b.build();
            }))))));
  }

  static Trials<Factor> countFactors() {
    // at most 3,000: 600時間 × 3,000^4 = 36,000 × 8.1 × 10^13 = 2.9 × 10^18 minutes fits a long, so a
    // formula of a duration and four counts never overflows (100,000 did: the generator itself threw)
    return API.longs(0, 3_000).flatMap(v -> API.choose("件", "回", "人", "日", "か所", "施設", "者", "通", "名", "")
        .flatMap(unit -> API.choose("役員", "職員").optionals().flatMap(prefix -> API.choose("往復", "行政センター等", "全庁")
            .optionals().map(note -> {
              Factor.Builder b = Factor.builder().value(v).unit(unit);
              prefix.ifPresent(b::prefix);
              note.ifPresent(b::note);
              return b.build();
            }))));
  }

  public static Trials<FormulaEstimate> formulas() {
    Trials<Factor> duration = API.longs(0, 600).flatMap(v -> API.choose("分", "時間").map(u -> Factor.of(v, u)));
    return duration.flatMap(d -> listsUpTo(countFactors(), 4).flatMap(counts -> API.longs(0, 1_000_000).optionals()
        .flatMap(stated -> hours().optionals().flatMap(statedHours -> text().optionals().map(description -> {
          FormulaEstimate.Builder b = FormulaEstimate.builder().addFactors(d).addAllFactors(counts);
          stated.ifPresent(b::statedMinutes);
          statedHours.ifPresent(b::statedHours);
          description.ifPresent(b::description);
          return b.build();
        })))));
  }

  public static Trials<LumpSumEstimate> lumpSums() {
    Trials<LumpSumEstimate.Part> part = text().flatMap(label -> hours().map(h -> LumpSumEstimate.Part.of(label, h)));
    return hours().flatMap(h -> API.booleans().flatMap(approx -> API.choose("別途積算", "別途積み上げ").optionals()
        .flatMap(basis -> listsUpTo(part, 3).map(parts -> {
          LumpSumEstimate.Builder b = LumpSumEstimate.builder().hours(h).approximate(approx).addAllParts(parts);
          basis.ifPresent(b::basis);
          return b.build();
        }))));
  }

  public static Trials<MeasuredEstimate> measured() {
    return hours().flatMap(before -> hours().flatMap(after -> API.integers(2000, 2030)
        .map(year -> MeasuredEstimate.builder().beforeHours(before).afterHours(after)
            .savedHours(before.subtract(after)).baselinePeriod(ReportingPeriod.calendarYear(year))
            .comparisonPeriod(ReportingPeriod.calendarYear(year + 2)).build())));
  }

  public static Trials<SavingsEstimate> estimates() {
    Trials<SavingsEstimate> pending = text().optionals()
        .map(r -> r.isEmpty() ? PendingEstimate.builder().build() : PendingEstimate.builder().reason(r.get()).build());
    return API.alternate(formulas(), lumpSums(), measured(), pending, API.only(NotEstimated.of()));
  }

  public static Trials<Initiative> initiatives() {
    return ids().flatMap(id -> fiscalYears().flatMap(fy -> ids().optionals().flatMap(dep ->
        API.choose(InitiativeStatus.values()).flatMap(status -> API.integers(1, 3).optionals().flatMap(vision ->
            text().flatMap(title -> listsUpTo(text(), 3).flatMap(summary -> enumSetsUpTo(DxTag.class, 4)
                .flatMap(tags -> listsUpTo(estimates(), 3).map(estimates -> {
                  Initiative.Builder b = Initiative.builder().id(id).fiscalYear(fy).status(status).title(title)
                      .addAllSummary(summary).addAllTags(tags).beneficiary(Beneficiary.RESIDENTS).addAllEstimates(estimates);
                  dep.ifPresent(b::departmentId);
                  vision.ifPresent(b::vision);
                  return b.build();
                })))))))));
  }

  public static Trials<DxPlan> plans() {
    Trials<List<Vision>> visions = API.integers(0, 3).flatMap(n -> text().immutableListsOfSize(n).map(titles -> {
      List<Vision> out = new ArrayList<>();
      for (int i = 0; i < titles.size(); i++) {
        out.add(Vision.builder().number(i + 1).title(titles.get(i)).build());
      }
      return out;
    }));
    Trials<List<PlanValue>> values = API.integers(0, 5).flatMap(n -> text().immutableListsOfSize(n).map(titles -> {
      List<PlanValue> out = new ArrayList<>();
      for (int i = 0; i < titles.size(); i++) {
        out.add(PlanValue.builder().number(i + 1).title(titles.get(i)).addPrinciples(titles.get(i)).build());
      }
      return out;
    }));
    return text().flatMap(name -> text().flatMap(mission -> visions.flatMap(vs -> values.flatMap(vals ->
        API.integers(2000, 2030).flatMap(from -> API.integers(0, 5).map(len -> DxPlan.builder().name(name)
            .mission(mission).addAllVisions(vs).addAllValues(vals).period(FiscalYearRange.of(from, from + len))
            .adopted(YearMonth.of(from, 3)).addOrganisation(DxPlan.OrganisationRole.of(name, mission)).build()))))));
  }

  public static Trials<KpiSeries> kpis() {
    return ids().flatMap(id -> text().flatMap(indicator -> API.choose(FiveLess.values()).optionals().flatMap(fl ->
        API.integers(0, 12).flatMap(n -> API.integers(2015, 2030).map(year -> {
          KpiSeries.Builder b = KpiSeries.builder().id(id).indicator(indicator).unit("%").granularity(KpiGranularity.MONTH);
          fl.ifPresent(b::fiveLess);
          for (int i = 0; i < n; i++) {
            b.addPoints(KpiPoint.ofMonth(YearMonth.of(year, 1).plusMonths(i), BigDecimal.valueOf(100 + i * 7, 1)));
          }
          return b.build();
        })))));
  }

  public static Trials<WorkloadSurvey> surveys() {
    return ids().optionals().flatMap(dep -> fiscalYears().flatMap(fy -> API.longs(0, 2_000_000).map(h -> {
      WorkloadSurvey.Builder b = WorkloadSurvey.builder().fiscalYear(fy).hours(h);
      dep.ifPresent(b::departmentId);
      return b.build();
    })));
  }

  public static Trials<WorkloadComparison> comparisons() {
    return surveys().flatMap(before -> API.longs(0, 2_000_000).flatMap(afterHours -> API.booleans().map(stated -> {
      WorkloadSurvey.Builder after = WorkloadSurvey.builder().fiscalYear(before.fiscalYear().next()).hours(afterHours);
      before.departmentId().ifPresent(after::departmentId);
      WorkloadComparison.Builder b = WorkloadComparison.builder().baseline(before).comparison(after.build());
      if (stated) {
        b.statedChangeHours(afterHours - before.hours());
      }
      return b.build();
    })));
  }

  public static Trials<RoadmapItem> roadmapItems() {
    return ids().flatMap(id -> text().flatMap(title -> fiscalYears().flatMap(fy -> text().flatMap(action ->
        API.longs(0, 100_000).optionals().flatMap(budget -> API.choose(MilestoneStatus.values()).map(status -> {
          RoadmapAction.Builder a = RoadmapAction.builder().fiscalYear(fy).track("インフラ").text(action);
          budget.ifPresent(v -> a.budgetYen(RoadmapAction.thousandYen(v)));
          return RoadmapItem.builder().id(id).title(title).addFutureVision(title).targetFiscalYear(fy.next())
              .addBackground(RoadmapItem.BackgroundEvent.of("2020年", action)).addActions(a.build())
              .addMilestones(Milestone.builder().description("目標達成").fiscalYear(fy.next()).status(status).build())
              .addTags(DxTag.MOVELESS).build();
        }))))));
  }

  public static Trials<MigrationPlan> migrationPlans() {
    return enumSetsUpTo(StandardOperation.class, 20).map(ops -> {
      List<StandardOperation> list = new ArrayList<>(ops);
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

  /** Every top-level type, for properties over all of them. */
  public static Trials<Object> anyTopLevel() {
    return API.alternate(municipalities(), departments(), procedures(), channelVolumes(), takeUps(), estimates(),
        initiatives(), plans(), kpis(), surveys(), comparisons(), roadmapItems(), migrationPlans());
  }
}
