package org.municipaldx.examples.dataset;

import org.municipaldx.dataset.*;
import org.municipaldx.examples.cli.BundledDataset;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.core.ReportingPeriod;
import org.municipaldx.core.estimate.EstimateKind;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.estimate.MeasuredEstimate;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.plan.KpiSeries;
import org.municipaldx.core.plan.WorkloadComparison;
import org.municipaldx.core.roadmap.RoadmapItem;
import org.municipaldx.core.standard.MigrationPhase;
import org.municipaldx.core.standard.MigrationPlan;

/**
 * The bundled Koriyama FY2023 dataset loads and holds the seed's figures. Every figure asserted here
 * was counted or summed by hand from the seed (seeds/000_51fc7b12d6f603a3.txt, the minutes of
 * 2023-02-14), not from the data files.
 */
class BundledDatasetTest {
  private static Dataset data;

  @BeforeAll
  static void load() {
    data = BundledDataset.load();
  }

  @Test
  void manifestNamesKoriyamaWithItsCheckedCode() {
    assertThat(data.manifest().municipality().code()).isEqualTo(MunicipalityCode.parse("07203"));
    assertThat(data.manifest().municipality().code().toString()).isEqualTo("072036");
    assertThat(data.manifest().municipality().japaneseName()).isEqualTo("郡山市");
    assertThat(data.manifest().fiscalYear()).isEqualTo(FiscalYear.of(2023));
  }

  @Test
  void seventeenDepartmentBlocksEachWithItsTakeUpForCalendar2022() {
    assertThat(data.blocks()).hasSize(17);
    assertThat(data.takeUps()).hasSize(17);
    assertThat(data.takeUps()).allSatisfy(t -> assertThat(t.takeUp().period()).isEqualTo(ReportingPeriod.calendarYear(2022)));
    assertThat(data.blocks()).extracting(DepartmentBlock::id).containsExactly("block-01", "block-02", "block-03", "block-04",
        "block-05", "block-06", "block-07", "block-08", "block-09", "block-10", "block-11", "block-12", "block-13",
        "block-14", "block-15", "block-16", "block-17");
  }

  /**
   * Sums by hand from the seed's 17 blocks: procedures 100+32+118+115+322+77+308+1,622+378+218+199+165+311+66+34+42+60
   * = 4,167; online procedures 21+6+31+39+23+16+1+70+31+14+33+5+6+8+3+2+2 = 311; applications = 1,423,627; online
   * applications 1,303+154+12,908+331,957+1,099+9,908+1,297+1,193+224+1,334+1,549+103+529+83,364+0+1+1 = 446,924.
   * The seed's headlines say 321手続 and 457,060件 (and 461,215件 on the five-less slide): the detail does NOT add up
   * to them (311 vs 321: 10 procedures short; 446,924 vs 457,060: 10,136 short; vs 461,215: 14,291 short). The data
   * keeps both as printed; the report states the differences.
   */
  @Test
  void takeUpTotalsAreTheHandSumsAndDifferFromTheHeadlines() {
    List<ProcedureTakeUp> t = data.takeUps().stream().map(BlockTakeUp::takeUp).collect(Collectors.toList());
    assertThat(t.stream().mapToLong(ProcedureTakeUp::procedures).sum()).isEqualTo(4_167L);
    assertThat(t.stream().mapToLong(ProcedureTakeUp::onlineProcedures).sum()).isEqualTo(311L);
    assertThat(t.stream().mapToLong(ProcedureTakeUp::applications).sum()).isEqualTo(1_423_627L);
    assertThat(t.stream().mapToLong(ProcedureTakeUp::onlineApplications).sum()).isEqualTo(446_924L);

    assertThat(data.headlineFigure("online-procedures").orElseThrow().value()).isEqualByComparingTo("321");
    assertThat(data.headlineFigure("online-applications").orElseThrow().value()).isEqualByComparingTo("457060");
    assertThat(data.headlineFigure("online-applications-cy2022").orElseThrow().value()).isEqualByComparingTo("461215");
    assertThat(data.headlineFigure("hours-saved").orElseThrow().value()).isEqualByComparingTo("217820");
    assertThat(data.headlineFigure("days-equivalent").orElseThrow().value()).isEqualByComparingTo("9075");
  }

  @Test
  void departmentsAreNamedOnlyWhereTheSeedNamesThemAndInferencesSayWhy() {
    Map<String, DepartmentBlock> byId = data.blocks().stream().collect(Collectors.toMap(DepartmentBlock::id, b -> b));
    // headings in the seed: ## 産業観光部, ## 建設部, 選挙管理委員会事務局, 農業委員会事務局
    assertThat(data.label(byId.get("block-11"))).isEqualTo("産業観光部");
    assertThat(data.label(byId.get("block-12"))).isEqualTo("建設部");
    assertThat(data.label(byId.get("block-16"))).isEqualTo("選挙管理委員会事務局");
    assertThat(data.label(byId.get("block-17"))).isEqualTo("農業委員会事務局");
    // inferred from department names the seed prints in parentheses on the five-less slide
    assertThat(data.label(byId.get("block-08"))).isEqualTo("保健福祉部（推定）");
    assertThat(byId.get("block-08").departmentInference().orElseThrow()).contains("手話奉仕員養成講座(保健福祉部)");
    assertThat(data.label(byId.get("block-09"))).isEqualTo("こども部（推定）");
    assertThat(byId.get("block-09").departmentInference().orElseThrow()).contains("健康教室(こども部)");
    // the other eleven blocks stay unknown
    List<DepartmentBlock> unknown = data.blocks().stream().filter(b -> b.departmentId().isEmpty()).collect(Collectors.toList());
    assertThat(unknown).extracting(DepartmentBlock::order).containsExactly(1, 2, 3, 4, 5, 6, 7, 10, 13, 14, 15);
    assertThat(data.label(byId.get("block-03"))).isEqualTo("部局名不明（ブロック3）");
    assertThat(byId.get("block-04").sectionsMentioned()).containsExactly("資産税課");
    assertThat(byId.get("block-05").sectionsMentioned()).containsExactly("市民課");
  }

  @Test
  void modelObjectsCarryTheirBlocksDepartment() {
    for (BlockInitiative i : data.initiatives()) {
      assertThat(i.initiative().departmentId()).isEqualTo(data.block(i.block()).orElseThrow().departmentId());
    }
    for (BlockTakeUp t : data.takeUps()) {
      assertThat(t.takeUp().departmentInference()).isEqualTo(data.block(t.block()).orElseThrow().departmentInference());
    }
  }

  /**
   * Counted by hand: 17 行政手続きオンライン formulas plus 29 other formulas = 46 formula estimates; lump sums: RPA
   * 5,342時間, 電子契約 約2,000時間 and 約1,850時間, 保育所入所 1,200+1,300=2,500時間 (4); measured: 320時間 (1);
   * pending: 転出届 検証中 (1); none (—): 文書管理システム, ローコードツール, 財務会計システム (3). 55 estimates in 51 initiatives (4+5+8+4+4+2+2+4+6+1+1+1+4+2+1+1+1 per block).
   */
  @Test
  void estimateKindsAsCountedInTheSeed() {
    List<SavingsEstimate> all = data.initiatives().stream().flatMap(i -> i.initiative().estimates().stream())
        .collect(Collectors.toList());
    Map<EstimateKind, Long> kinds = all.stream().collect(Collectors.groupingBy(SavingsEstimate::kind, Collectors.counting()));
    assertThat(kinds).containsOnly(Map.entry(EstimateKind.FORMULA, 46L), Map.entry(EstimateKind.LUMP_SUM, 4L),
        Map.entry(EstimateKind.MEASURED, 1L), Map.entry(EstimateKind.PENDING, 1L), Map.entry(EstimateKind.NONE, 3L));
    assertThat(data.initiatives()).hasSize(51);
  }

  /** Every formula's exact minutes is the product of its factors (recomputed here with BigInteger). */
  @Test
  void everyFormulasExactMinutesIsTheProductOfItsFactors() {
    List<FormulaEstimate> formulas = formulas();
    assertThat(formulas).hasSize(46);
    for (FormulaEstimate f : formulas) {
      BigInteger product = BigInteger.valueOf(f.duration().durationUnit().orElseThrow().minutes());
      for (Factor factor : f.factors()) {
        product = product.multiply(BigInteger.valueOf(factor.value()));
      }
      assertThat(BigInteger.valueOf(f.exactMinutes())).as(f.factors().toString()).isEqualTo(product);
    }
  }

  /**
   * Checked by hand: every minutes figure the seed prints after = equals the product (45 formulas print one; 議案書
   * 30時間×6回=180時間 prints hours only). Nine printed hours differ from minutes ÷ 60: 1,334 (80,000分 = 1,333⅓),
   * 875 (52,470分 = 874.5), 1,134 (68,000分 = 1,133⅓), 4,362 (261,710分 = 4,361⅚), 2,281 (136,840分 = 2,280⅔),
   * 236 (14,190分 = 236.5), 2,027 (121,600分 = 2,026⅔), 258 (15,470分 = 257⅚), 291 (17,500分 = 291⅔).
   */
  @Test
  void statedFiguresAreKeptAsPrinted() {
    List<FormulaEstimate> formulas = formulas();
    assertThat(formulas.stream().filter(f -> f.statedMinutes().isPresent())).hasSize(45)
        .allSatisfy(f -> assertThat(f.statedMinutes().getAsLong()).isEqualTo(f.exactMinutes()));
    List<String> hoursDifferent = formulas.stream()
        .filter(f -> f.statedHours().isPresent()
            && f.statedHours().get().multiply(BigDecimal.valueOf(60)).compareTo(BigDecimal.valueOf(f.exactMinutes())) != 0)
        .map(f -> f.statedHours().get().toPlainString())
        .collect(Collectors.toList());
    assertThat(hoursDifferent).containsExactlyInAnyOrder("1334", "875", "1134", "4362", "2281", "236", "2027", "258", "291");
  }

  @Test
  void specialEstimatesAreEncodedAsTheSeedStatesThem() {
    FormulaEstimate chonaikai = (FormulaEstimate) estimate("b05-neighbourhood-association-dx", 0);
    assertThat(chonaikai.factors().get(1).prefix()).hasValue("役員");
    assertThat(chonaikai.factors().get(1).toString()).isEqualTo("役員10名");
    FormulaEstimate remote = (FormulaEstimate) estimate("b03-remote-site-inspection", 0);
    assertThat(remote.factors().get(1).note()).hasValue("往復");
    FormulaEstimate bills = (FormulaEstimate) estimate("b03-digital-council-bills", 0);
    assertThat(bills.factors().get(1).note()).hasValue("定例会4回、追加提案臨時会等2回");
    assertThat(bills.exactMinutes()).isEqualTo(10_800L); // 30時間×6回 = 180時間
    LumpSumEstimate nursery = (LumpSumEstimate) estimate("b09-nursery-admission-ai-ocr", 0);
    assertThat(nursery.partsMinutes()).hasValue(150_000L); // 1,200時間＋1,300時間 = 2,500時間
    LumpSumEstimate rpa = (LumpSumEstimate) estimate("b02-rpa", 0);
    assertThat(rpa.hours()).isEqualByComparingTo("5342");
    MeasuredEstimate care = (MeasuredEstimate) estimate("b08-care-certification-dx", 0);
    assertThat(care.baselinePeriod()).hasValue(ReportingPeriod.calendarYear(2020));
    assertThat(care.comparisonPeriod()).hasValue(ReportingPeriod.calendarYear(2022));
    Initiative konbini = data.initiative("b05-convenience-store-certificates").orElseThrow();
    assertThat(konbini.estimates()).extracting(e -> e.label().orElse("")).containsExactly("全体", "住民票", "戸籍");
    assertThat(konbini.countedEstimates()).hasSize(1);
    assertThat(estimate("b05-online-procedures", 1).kind()).isEqualTo(EstimateKind.PENDING);
    assertThat(data.initiative("b03-e-bidding-staff").orElseThrow().repostOf()).hasValue("b03-e-bidding");
  }

  /** The eleven workload comparisons, 2020 → 2021, each stated change (△ = decrease) checked by hand. */
  @Test
  void elevenWorkloadComparisonsWithTheEraSlipNoted() {
    assertThat(data.workloads()).hasSize(11);
    assertThat(data.workloads()).extracting(BlockWorkload::block).containsExactly("block-01", "block-02", "block-03",
        "block-04", "block-05", "block-06", "block-07", "block-08", "block-09", "block-13", "block-14");
    assertThat(data.workloads()).extracting(w -> w.comparison().statedChangeHours().getAsLong())
        .containsExactly(-7_387L, -17_159L, -7_682L, 4_445L, 8_231L, 12_699L, 1_751L, 43_809L, 113_393L, -2_521L, 8_491L);
    assertThat(data.workloads()).allSatisfy(w -> {
      WorkloadComparison c = w.comparison();
      assertThat(c.changeHours()).isEqualTo(c.statedChangeHours().getAsLong());
      assertThat(c.baseline().fiscalYear()).isEqualTo(FiscalYear.of(2020));
      assertThat(c.comparison().fiscalYear()).isEqualTo(FiscalYear.of(2021));
    });
    BlockWorkload slip = data.workload("block-03").orElseThrow();
    assertThat(slip.printedComparisonHeading()).hasValue("2022(令和3)年度");
    assertThat(slip.comparison().notes()).singleElement().asString().contains("2022(令和3)年度");
    assertThat(data.workloads().stream().filter(w -> !w.comparison().notes().isEmpty())).hasSize(1);
  }

  @Test
  void kpiSeriesHoldTheFiveLessProgress() {
    KpiSeries cashless = data.kpi("cashless-ratio").orElseThrow();
    assertThat(cashless.points()).hasSize(12);
    assertThat(cashless.points().get(2).value()).isEqualByComparingTo("20.4");
    assertThat(cashless.notes()).isNotEmpty(); // the month alignment is stated, not silent
    KpiSeries meetings = data.kpi("care-board-web-meetings").orElseThrow();
    // 32+30+35+30+30+36+34+32+32+34+32+32 = 389
    assertThat(meetings.points().stream().map(p -> p.value()).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("389");
    KpiSeries paper = data.kpi("printer-sheets").orElseThrow();
    assertThat(paper.points()).extracting(p -> p.value().longValueExact())
        .containsExactly(9_934_500L, 9_577_000L, 7_723_500L, 5_759_500L);
    assertThat(paper.points().get(3).partial()).isTrue();
    assertThat(data.kpi("system-count").orElseThrow().points()).extracting(p -> p.value().intValueExact()).containsExactly(18, 30);
    assertThat(data.kpi("online-applications").orElseThrow().points().get(0).value()).isEqualByComparingTo("461215");
  }

  @Test
  void historyPlanToolsAndAnalogRegulation() {
    List<HistoryEvent> online = data.history().stream().filter(e -> e.topic().equals("online-procedures")).collect(Collectors.toList());
    assertThat(online).extracting(e -> e.fiscalYear().orElseThrow().year()).containsExactly(2008, 2014, 2014, 2015, 2016, 2021, 2022);
    var plan = data.plan().orElseThrow();
    assertThat(plan.visions()).hasSize(3);
    assertThat(plan.values()).hasSize(5);
    assertThat(plan.period().from()).isEqualTo(FiscalYear.of(2022));
    assertThat(plan.period().to()).isEqualTo(FiscalYear.of(2025));
    assertThat(plan.adopted()).hasValue(java.time.YearMonth.of(2022, 3));
    assertThat(plan.revisions()).containsExactly(java.time.YearMonth.of(2023, 2));
    assertThat(plan.organisation()).hasSize(3);
    DigitalTools tools = data.tools().orElseThrow();
    assertThat(tools.tools()).extracting(DigitalTool::product, t -> t.licences().orElse(-1), t -> t.devices().orElse(0))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kintone", 5, 0), org.assertj.core.groups.Tuple.tuple("Tableau", 5, 0),
            org.assertj.core.groups.Tuple.tuple("THETA360", 9, 2), org.assertj.core.groups.Tuple.tuple("KDDI Location Analyzer", 1, 0));
    AnalogRegulationPolicy analog = data.analogRegulation().orElseThrow();
    assertThat(analog.types()).hasSize(7);
    assertThat(analog.nationalDeadline()).isEqualTo(java.time.YearMonth.of(2024, 6));
    assertThat(analog.manualPublished()).isEqualTo(java.time.YearMonth.of(2022, 11));
  }

  /** Roadmap budgets in 千円 from the seed: 1,845 + 6,716 + 14,892 + 1,194 + 733 + 4,658 = 30,038千円. */
  @Test
  void roadmapItemsAndBudgets() {
    assertThat(data.roadmap()).hasSize(7);
    assertThat(data.roadmap().stream().mapToLong(RoadmapItem::totalBudgetYen).sum()).isEqualTo(30_038_000L);
    assertThat(data.roadmap()).extracting(r -> r.targetFiscalYear().orElseThrow().year())
        .containsExactly(2025, 2023, 2023, 2024, 2025, 2025, 2024);
  }

  /** Koriyama's two groups: 9 operations and 11 operations, all 20 covered; the 第2グループ runs only from FY2026. */
  @Test
  void migrationPlanCoversTheTwentyOperations() {
    MigrationPlan plan = data.migrationPlan().orElseThrow();
    assertThat(plan.deadline()).isEqualTo(FiscalYear.of(2025));
    assertThat(plan.uncovered()).isEmpty();
    assertThat(plan.groups()).extracting(g -> g.operations().size()).containsExactly(0, 9, 11);
    assertThat(plan.specificMigrationSupport()).isEmpty();
    assertThat(plan.groups().get(2).phaseIn(FiscalYear.of(2025))).hasValue(MigrationPhase.BUILD);
    assertThat(plan.lateGroups()).extracting(g -> g.name()).containsExactly("第2グループ");
  }

  private static List<FormulaEstimate> formulas() {
    return data.initiatives().stream().flatMap(i -> i.initiative().estimates().stream())
        .filter(e -> e instanceof FormulaEstimate).map(e -> (FormulaEstimate) e).collect(Collectors.toList());
  }

  private static SavingsEstimate estimate(String initiativeId, int index) {
    return data.initiative(initiativeId).orElseThrow().estimates().get(index);
  }
}
