package org.municipaldx.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.ReportingPeriod;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.core.plan.FiscalYearRange;
import org.municipaldx.testsupport.SchemaAgreement;

/**
 * Issue 14 part 6: dx-dataset's JSON types have schemas in its jar ({@link DxSchemas#schema}), and the strict reader
 * ({@link DxJson#read}) and the schema accept exactly the same documents: valid documents written from random values,
 * and their mutants (see {@link SchemaAgreement}). There is no list of gaps: every disagreement fails. The rules
 * named for each type are the reader's rules that JSON Schema cannot state, each between two fields or elements
 * (why is said at each); every rule on one field is a Bean Validation constraint on the record's accessor and so in
 * the schema.
 *
 * <p>The dx-core values inside a dataset record (a block's {@code ProcedureTakeUp} and {@code Initiative}, the
 * manifest's {@code Municipality}) are taken from the bundled Koriyama dataset, the records around them are random;
 * dx-core's own {@code SchemaReaderAgreementTest} generates those values at random.
 */
class SchemaReaderAgreementTest {
  private static final int TRIALS = 150;
  private static final TrialsApi API = Trials.api();
  private static final Path KORIYAMA = Path.of("../examples/src/main/resources/org/municipaldx/examples/data/koriyama-fy2023");
  private static final Path SAMPLE = KORIYAMA.resolve("procurement-sample.json");

  private static <T> void agree(Class<T> type, Trials<? extends T> values, String... rulesBetweenFields) {
    SchemaAgreement.Tally tally = SchemaAgreement.agree(type, values, TRIALS, rulesBetweenFields);
    System.out.println("SchemaReaderAgreementTest " + type.getSimpleName() + ": " + tally);
    assertThat(tally.disagreements).as(type.getSimpleName() + ": " + tally).isEmpty();
    assertThat(tally.valid).as(type.getSimpleName() + ": " + tally).isGreaterThan(TRIALS / 2);
    assertThat(tally.bothRejected).as(type.getSimpleName() + ": " + tally).isGreaterThan(tally.valid);
  }

  private static Dataset koriyama() {
    Assumptions.assumeTrue(Files.isDirectory(KORIYAMA), "the bundled dataset is beside this module in the checkout: " + KORIYAMA);
    return DatasetLoader.load(KORIYAMA);
  }

  // ---------------------------------------------------------------- generators

  static Trials<String> ids() {
    return API.choose("block-01", "a", "online-procedures", "x9", "0-a", "v1-e-bidding", "koriyama-fy2023");
  }

  /** Texts that are not blank (white space at either end is allowed: only a blank text is refused). */
  static Trials<String> texts() {
    return API.choose("市民課", "産業観光部", " 資産税課 ", "Research before introduction", "約12,000時間", "x", "\u3000全角の空白\u3000",
        "二行の\n説明");
  }

  static Trials<Optional<String>> optionalTexts() {
    return texts().optionals();
  }

  static Trials<List<String>> notes() {
    return API.integers(0, 3).flatMap(n -> texts().immutableListsOfSize(n)).map(List::copyOf);
  }

  static Trials<FiscalYear> fiscalYears() {
    return API.integers(FiscalYear.MIN_YEAR, FiscalYear.MAX_YEAR).map(FiscalYear::of);
  }

  static Trials<YearMonth> months() {
    return API.integers(1900, 2100).flatMap(y -> API.integers(1, 12).map(m -> YearMonth.of(y, m)));
  }

  static Trials<BigDecimal> nonNegativeDecimals() {
    return API.longs(0, 1_000_000_000_000L).flatMap(n -> API.integers(0, 3).map(scale -> BigDecimal.valueOf(n, scale)));
  }

  static Trials<DepartmentBlock> blocks() {
    // a department stated (by a heading, or not), inferred (with the reason), or unknown: the only valid combinations
    Trials<List<Optional<String>>> department = API.integers(0, 3).flatMap(shape -> texts().flatMap(a -> texts().map(b ->
        List.of(shape == 0 ? Optional.<String>empty() : Optional.of("dept-" + a.strip().length()),
            shape == 2 ? Optional.of(b) : Optional.<String>empty(),
            shape == 3 ? Optional.of(a) : Optional.<String>empty()))));
    return ids().flatMap(id -> API.integers(1, Integer.MAX_VALUE).flatMap(order -> department.flatMap(d -> notes()
        .flatMap(sections -> notes().map(notes -> new DepartmentBlock(id, order, d.get(0), d.get(1), d.get(2), sections, notes))))));
  }

  static Trials<HeadlineFigure> headlineFigures() {
    Trials<Optional<ReportingPeriod>> periods =
        API.choose("FY2023", "CY2022", "FY1990", "CY2100").map(ReportingPeriod::parse).optionals();
    return ids().flatMap(id -> texts().flatMap(label -> nonNegativeDecimals().flatMap(value -> texts().flatMap(unit ->
        API.booleans().flatMap(approximate -> periods.flatMap(period -> texts().flatMap(source -> optionalTexts()
            .map(note -> new HeadlineFigure(id, label, value, unit, approximate, period, source, note)))))))));
  }

  static Trials<Highlight> highlights() {
    return ids().flatMap(id -> API.integers(1, 9).flatMap(vision -> API.choose(Highlight.Kind.values()).flatMap(kind ->
        texts().flatMap(title -> notes().flatMap(measures -> nonNegativeDecimals().optionals().flatMap(hours ->
            API.booleans().flatMap(approximate -> optionalTexts().flatMap(beneficiary -> notes().map(notes ->
                new Highlight(id, vision, kind, title, measures, hours, approximate, beneficiary, notes))))))))));
  }

  static Trials<HistoryEvent> historyEvents() {
    // at most one of fiscal year, month and date
    return ids().flatMap(topic -> texts().flatMap(when -> API.integers(0, 3).flatMap(dated -> fiscalYears().flatMap(fy ->
        months().flatMap(month -> API.integers(1, 28).flatMap(day -> texts().flatMap(text -> notes().map(notes ->
            new HistoryEvent(topic, when, dated == 1 ? Optional.of(fy) : Optional.empty(),
                dated == 2 ? Optional.of(month) : Optional.empty(),
                dated == 3 ? Optional.of(LocalDate.of(month.getYear(), month.getMonth(), day)) : Optional.empty(),
                text, notes)))))))));
  }

  static Trials<DigitalTool> digitalTools(int index) {
    Trials<Optional<Integer>> counts = API.integers(0, Integer.MAX_VALUE).optionals();
    return texts().flatMap(category -> texts().flatMap(product -> counts.flatMap(licences -> counts.flatMap(devices ->
        texts().flatMap(capability -> texts().flatMap(use -> notes().map(notes ->
            new DigitalTool("tool-" + index, category, product, licences, devices, capability, use, notes))))))));
  }

  static Trials<DigitalTools> toolProgrammes() {
    // tool ids are unique: tool-0, tool-1 …
    Trials<List<DigitalTool>> tools = API.integers(0, 3).flatMap(n -> {
      Trials<List<DigitalTool>> list = API.only(List.of());
      for (int i = 0; i < n; i++) {
        int index = i;
        list = list.flatMap(l -> digitalTools(index).map(t -> {
          List<DigitalTool> more = new ArrayList<>(l);
          more.add(t);
          return List.copyOf(more);
        }));
      }
      return list;
    });
    Trials<List<HistoryEvent>> events = API.integers(0, 2).flatMap(n -> historyEvents().immutableListsOfSize(n)).map(List::copyOf);
    return texts().flatMap(issue -> texts().flatMap(solution -> API.integers(FiscalYear.MIN_YEAR, FiscalYear.MAX_YEAR)
        .flatMap(from -> API.integers(from, FiscalYear.MAX_YEAR).flatMap(to -> texts().flatMap(contract ->
            events.flatMap(e -> tools.map(t -> new DigitalTools(issue, solution, FiscalYearRange.of(from, to), contract,
                e, t))))))));
  }

  static Trials<AnalogRegulationPolicy> analogRegulationPolicies() {
    // the deadline after the manual's publication; type numbers unique: 1, 2 … n
    Trials<List<AnalogRegulationPolicy.RegulationTypeEntry>> types = API.integers(0, 7).flatMap(n ->
        texts().immutableListsOfSize(n).map(names -> {
          List<AnalogRegulationPolicy.RegulationTypeEntry> entries = new ArrayList<>();
          for (int i = 0; i < names.size(); i++) {
            entries.add(new AnalogRegulationPolicy.RegulationTypeEntry(i + 1, names.get(i)));
          }
          return List.copyOf(entries);
        }));
    return texts().flatMap(title -> texts().flatMap(department -> texts().flatMap(manual -> months().flatMap(published ->
        API.integers(1, 120).flatMap(later -> types.flatMap(t -> notes().flatMap(aims -> notes().map(notes ->
            new AnalogRegulationPolicy(title, department, manual, published, published.plusMonths(later), t, aims,
                notes)))))))));
  }

  // ---------------------------------------------------------------- properties

  @Test
  void departmentBlock() {
    // an inference or a heading needs a department id, and a department named by a heading is not inferred: three
    // optional fields that are valid alone and not together
    agree(DepartmentBlock.class, blocks(), "needs a departmentId to explain", "a heading naming the department needs its departmentId",
        "a department named by a heading is stated, not inferred");
  }

  @Test
  void headlineFigure() {
    agree(HeadlineFigure.class, headlineFigures());
  }

  @Test
  void highlight() {
    agree(Highlight.class, highlights());
  }

  @Test
  void historyEvent() {
    // at most one of fiscalYear, month and date: each is valid alone
    agree(HistoryEvent.class, historyEvents(), "at most one may be set");
  }

  @Test
  void digitalTools() {
    // tool ids unique across the list (between elements); a contract period's end not before its start (between
    // two fields); an event's single date (HistoryEvent)
    agree(DigitalTools.class, toolProgrammes(), "must be unique", "must not be before from", "at most one may be set");
  }

  @Test
  void analogRegulationPolicy() {
    // the national deadline after the manual's publication (between two fields); type numbers unique (between
    // elements)
    agree(AnalogRegulationPolicy.class, analogRegulationPolicies(), "must come after manualPublished", "must be unique");
  }

  @Test
  void datasetManifest() {
    Dataset koriyama = koriyama();
    agree(DatasetManifest.class, ids().flatMap(id -> texts().flatMap(title -> fiscalYears().flatMap(fy -> texts()
        .flatMap(source -> notes().map(notes -> new DatasetManifest(id, title, koriyama.manifest().municipality(), fy,
            source, notes)))))));
  }

  @Test
  void blockTakeUp() {
    Dataset koriyama = koriyama();
    // inside the take-up (dx-core's ProcedureTakeUp): online counts not above the totals, an inference only with a
    // department id
    agree(BlockTakeUp.class, ids().flatMap(block -> API.choose(koriyama.takeUps())
        .map(t -> new BlockTakeUp(block, t.takeUp()))), "must not exceed", "needs a departmentId");
  }

  @Test
  void blockInitiative() {
    Dataset koriyama = koriyama();
    // inside the initiative (dx-core's Initiative): its estimates' rules between fields and factors, as dx-core's test
    agree(BlockInitiative.class, ids().flatMap(block -> texts().flatMap(section -> notes().flatMap(notes ->
        API.choose(koriyama.initiatives()).map(i -> new BlockInitiative(block, section, i.initiative(), notes))))),
        "must equal beforeHours", "the first factor must be a duration", "only the first factor may be a duration",
        "must be a whole number of minutes", "must not exceed", "needs a departmentId");
  }

  @Test
  void procurementRecords() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SAMPLE), "the bundled dataset is beside this module in the checkout: " + SAMPLE);
    String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    assertThat(DxJson.read(sample, ProcurementRecords.class).processes()).isNotEmpty();
    // rules between fields (the winner one of the bidders, invoices within the contract, an award before a
    // contract) and value grammars (a corporate number's check digit, a Peppol id's scheme, an OCDS prefix) are the
    // reader's; every other mutant is judged alike
    SchemaAgreement.Tally tally = SchemaAgreement.check(DxSchemas.schema(ProcurementRecords.class),
        json -> DxJson.read(json, ProcurementRecords.class), Trials.api().only(sample), TRIALS,
        e -> SchemaAgreement.isRule(e, "must be one of the bidders", "invoices in total", "a contract needs an award first",
            "CorporateNumber", "PeppolParticipantId", "(a prefix registered with OCDS)", "check digit"));
    assertThat(tally.disagreements).as(tally.toString()).isEmpty();
    assertThat(tally.valid).as(tally.toString()).isGreaterThan(TRIALS / 2);
    assertThat(tally.bothRejected).as(tally.toString()).isGreaterThan(TRIALS);
  }
}
