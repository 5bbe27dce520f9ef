package org.municipaldx.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.InputLocation;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.core.plan.FiscalYearRange;

/**
 * The invariants of dx-dataset's records and the dataset's look-ups, each rule with the exact error it
 * gives (type, field, value, rule) — found unchecked by mutation testing (PIT, issue 13 part 4).
 */
class DatasetRecordsTest {
  private static final Path SAMPLE = Path.of("src/test/resources/datasets/sample-city");

  private static void rejects(Runnable build, String type, String field, String value, String rule) {
    assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.type()).isEqualTo(type);
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.value()).isEqualTo(value);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  @Test
  void aHeadlineFigureIsZeroOrMore() {
    HeadlineFigure zero = new HeadlineFigure("h", "件数", BigDecimal.ZERO, "件", false, Optional.empty(), "p. 1",
        Optional.empty());
    assertThat(zero.value()).isZero();
    rejects(() -> new HeadlineFigure("h", "件数", new BigDecimal("-0.1"), "件", false, Optional.empty(), "p. 1",
        Optional.empty()), "HeadlineFigure", "value", "-0.1", "must be zero or more");
  }

  @Test
  void aHighlightHasAVisionOfOneOrMoreAndNoNegativeHours() {
    Highlight ok = new Highlight("h", 1, Highlight.Kind.MAIN, "書かない窓口", List.of(), Optional.of(BigDecimal.ZERO),
        false, Optional.empty(), List.of());
    assertThat(ok.hours()).contains(BigDecimal.ZERO);
    rejects(() -> new Highlight("h", 0, Highlight.Kind.MAIN, "書かない窓口", List.of(), Optional.empty(), false,
        Optional.empty(), List.of()), "Highlight", "vision", "0", "must be 1 or more");
    rejects(() -> new Highlight("h", 1, Highlight.Kind.NEW, "書かない窓口", List.of(), Optional.of(new BigDecimal("-1")),
        false, Optional.empty(), List.of()), "Highlight", "hours", "-1", "must be zero or more");
  }

  @Test
  void aHistoryEventIsDatedByAtMostOneOfFiscalYearMonthAndDate() {
    assertThat(new HistoryEvent("t", "2022年4月", Optional.empty(), Optional.of(YearMonth.of(2022, 4)), Optional.empty(),
        "開始", List.of()).month()).contains(YearMonth.of(2022, 4));
    assertThat(new HistoryEvent("t", "いつか", Optional.empty(), Optional.empty(), Optional.empty(), "開始", List.of())
        .date()).isEmpty();
    rejects(() -> new HistoryEvent("t", "令和4年度4月", Optional.of(FiscalYear.of(2022)), Optional.of(YearMonth.of(2022, 4)),
        Optional.empty(), "開始", List.of()), "HistoryEvent", "fiscalYear/month/date", "令和4年度4月", "at most one may be set");
    rejects(() -> new HistoryEvent("t", "4月1日", Optional.empty(), Optional.of(YearMonth.of(2022, 4)),
        Optional.of(LocalDate.of(2022, 4, 1)), "開始", List.of()), "HistoryEvent", "fiscalYear/month/date", "4月1日",
        "at most one may be set");
    rejects(() -> new HistoryEvent("t", "令和4年度", Optional.of(FiscalYear.of(2022)), Optional.empty(),
        Optional.of(LocalDate.of(2022, 4, 1)), "開始", List.of()), "HistoryEvent", "fiscalYear/month/date", "令和4年度",
        "at most one may be set");
  }

  @Test
  void aDigitalToolCountsZeroOrMoreAndToolIdsAreUnique() {
    DigitalTool none = new DigitalTool("chat", "チャット", "製品", Optional.of(0), Optional.of(0), "連絡", "庁内連絡", List.of());
    assertThat(none.licences()).contains(0);
    rejects(() -> new DigitalTool("chat", "チャット", "製品", Optional.of(-1), Optional.empty(), "連絡", "庁内連絡", List.of()),
        "DigitalTool", "licences", "-1", "must be zero or more");
    rejects(() -> new DigitalTool("chat", "チャット", "製品", Optional.empty(), Optional.of(-1), "連絡", "庁内連絡", List.of()),
        "DigitalTool", "devices", "-1", "must be zero or more");
    DigitalTool other = new DigitalTool("ai", "生成AI", "製品", Optional.empty(), Optional.empty(), "要約", "議事録", List.of());
    assertThat(new DigitalTools("課題", "解決", FiscalYearRange.of(2023, 2025), "契約", List.of(), List.of(none, other))
        .tools()).containsExactly(none, other);
    rejects(() -> new DigitalTools("課題", "解決", FiscalYearRange.of(2023, 2025), "契約", List.of(), List.of(none, none)),
        "DigitalTools", "tools.id", "chat", "must be unique");
  }

  @Test
  void theAnalogRegulationDeadlineComesAfterTheManualAndTypeNumbersAreUniqueFromOne() {
    AnalogRegulationPolicy.RegulationTypeEntry one = new AnalogRegulationPolicy.RegulationTypeEntry(1, "目視規制");
    AnalogRegulationPolicy.RegulationTypeEntry two = new AnalogRegulationPolicy.RegulationTypeEntry(2, "実地監査規制");
    AnalogRegulationPolicy ok = new AnalogRegulationPolicy("方針", "総務部", "マニュアル", YearMonth.of(2023, 1),
        YearMonth.of(2023, 2), List.of(one, two), List.of(), List.of());
    assertThat(ok.types()).containsExactly(one, two);
    rejects(() -> new AnalogRegulationPolicy("方針", "総務部", "マニュアル", YearMonth.of(2023, 2), YearMonth.of(2023, 2),
        List.of(), List.of(), List.of()), "AnalogRegulationPolicy", "nationalDeadline", "2023-02",
        "must come after manualPublished 2023-02");
    rejects(() -> new AnalogRegulationPolicy("方針", "総務部", "マニュアル", YearMonth.of(2023, 1), YearMonth.of(2023, 2),
        List.of(one, one), List.of(), List.of()), "AnalogRegulationPolicy", "types.number", "1", "must be unique");
    rejects(() -> new AnalogRegulationPolicy.RegulationTypeEntry(0, "目視規制"), "RegulationTypeEntry", "number", "0",
        "must be 1 or more");
  }

  @Test
  void aBlockStatesOrInfersItsDepartmentConsistently() {
    DepartmentBlock first = new DepartmentBlock("b1", 1, Optional.of("citizen"), Optional.of("担当課の記載から"),
        Optional.empty(), List.of(), List.of());
    assertThat(first.order()).isEqualTo(1);
    assertThat(first.unknownLabel()).isEqualTo("部局名不明（ブロック1）");
    rejects(() -> new DepartmentBlock("b0", 0, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()),
        "DepartmentBlock", "order", "0", "must be 1 or more");
    rejects(() -> new DepartmentBlock("b1", 1, Optional.empty(), Optional.of("推定"), Optional.empty(), List.of(),
        List.of()), "DepartmentBlock", "departmentInference", "推定", "needs a departmentId to explain");
    rejects(() -> new DepartmentBlock("b1", 1, Optional.empty(), Optional.empty(), Optional.of("市民部"), List.of(),
        List.of()), "DepartmentBlock", "heading", "市民部", "a heading naming the department needs its departmentId");
    rejects(() -> new DepartmentBlock("b1", 1, Optional.of("citizen"), Optional.of("推定"), Optional.of("市民部"),
        List.of(), List.of()), "DepartmentBlock", "departmentInference", "推定",
        "a department named by a heading is stated, not inferred");
  }

  @Test
  void aWorkloadRowIsOnLineTwoOrLater() {
    BlockWorkload w = DatasetLoader.load(SAMPLE).workloads().get(0);
    assertThat(w.line()).isEqualTo(2);
    rejects(() -> new BlockWorkload(w.block(), w.comparison(), Optional.empty(), Optional.empty(), 1), "BlockWorkload",
        "line", "1", "must be 2 or more (line 1 is the header)");
  }

  @Test
  void aDatasetErrorPrintsFileLocationAndRule() {
    assertThat(new DatasetError("blocks.json", "/2/id", "must be unique")).hasToString("blocks.json /2/id: must be unique");
    rejects(() -> new DatasetError("blocks.json", " ", "must be unique"), "DatasetError", "location", " ", "must not be blank");
  }

  @Test
  void aDatasetExceptionCountsItsErrorsAndIsLocatedByTheFirst() {
    DatasetException one = new DatasetException("city", List.of(new DatasetError("blocks.json", "/2/id", "must be unique")));
    assertThat(one).hasMessage("Dataset city has 1 error:\n  blocks.json /2/id: must be unique");
    assertThat(one.dataset()).isEqualTo("city");
    assertThat(one.where()).isEqualTo(InputLocation.of("city/blocks.json").atPointer("/2/id"));
    assertThat(one.why()).isEqualTo("must be unique");
    DatasetException two = new DatasetException("city", List.of(new DatasetError("workload.csv", "line 3", "bad"),
        new DatasetError("blocks.json", "/", "missing")));
    assertThat(two).hasMessage("Dataset city has 2 errors:\n  workload.csv line 3: bad\n  blocks.json /: missing");
    assertThat(two.where()).isEqualTo(InputLocation.of("city/workload.csv"));
    assertThat(two.errors()).hasSize(2);
    assertThatThrownBy(() -> new DatasetException("city", List.of())).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("DatasetException.errors: must not be empty (was '[]')");
  }

  @Test
  void theDatasetFindsItsPartsById() {
    Dataset d = DatasetLoader.load(SAMPLE);
    assertThat(d.department("citizen")).hasValueSatisfying(x -> assertThat(x.id()).isEqualTo("citizen"));
    assertThat(d.department("nowhere")).isEmpty();
    assertThat(d.block("block-02")).hasValueSatisfying(b -> assertThat(b.order()).isEqualTo(2));
    assertThat(d.block("block-99")).isEmpty();
    assertThat(d.takeUp("block-01")).hasValueSatisfying(t -> assertThat(t.block()).isEqualTo("block-01"));
    assertThat(d.takeUp("block-99")).isEmpty();
    assertThat(d.workload("block-01")).hasValueSatisfying(w -> assertThat(w.block()).isEqualTo("block-01"));
    assertThat(d.workload("block-99")).isEmpty();
    assertThat(d.initiativesOf("block-01")).isNotEmpty().allSatisfy(i -> assertThat(i.block()).isEqualTo("block-01"));
    assertThat(d.initiativesOf("block-99")).isEmpty();
    assertThat(d.initiative("online-procedures")).hasValueSatisfying(i -> assertThat(i.id()).isEqualTo("online-procedures"));
    assertThat(d.initiative("nothing")).isEmpty();
    assertThat(d.headlineFigures()).isNotEmpty();
    String firstFigure = d.headlineFigures().get(0).id();
    assertThat(d.headlineFigure(firstFigure)).containsSame(d.headlineFigures().get(0));
    assertThat(d.headlineFigure("nothing")).isEmpty();
    assertThat(d.kpi("nothing")).isEmpty();
  }

  /** A block's label: its department's name, marked （推定） when inferred, else 部局名不明（ブロックn）. */
  @Test
  void aBlockIsLabelledByItsDepartmentMarkedWhenInferred() {
    Dataset d = DatasetLoader.load(SAMPLE);
    assertThat(d.label(d.block("block-01").orElseThrow())).isEqualTo("市民部");
    assertThat(d.label(d.block("block-03").orElseThrow())).isEqualTo("部局名不明（ブロック3）");
    assertThat(d.label(new DepartmentBlock("b9", 9, Optional.of("citizen"), Optional.of("担当課の記載から"),
        Optional.empty(), List.of(), List.of()))).isEqualTo("市民部（推定）");
    assertThat(d.label(new DepartmentBlock("b8", 8, Optional.of("nowhere"), Optional.empty(), Optional.empty(),
        List.of(), List.of()))).isEqualTo("部局名不明（ブロック8）");
  }
}
