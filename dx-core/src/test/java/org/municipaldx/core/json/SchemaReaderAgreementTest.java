package org.municipaldx.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.ChannelVolume;
import org.municipaldx.core.Department;
import org.municipaldx.core.Municipality;
import org.municipaldx.core.Procedure;
import org.municipaldx.core.ProcedureTakeUp;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.plan.DxPlan;
import org.municipaldx.core.plan.KpiSeries;
import org.municipaldx.core.plan.WorkloadComparison;
import org.municipaldx.core.plan.WorkloadSurvey;
import org.municipaldx.core.roadmap.RoadmapItem;
import org.municipaldx.core.standard.MigrationPlan;
import org.municipaldx.testsupport.SchemaAgreement;

/**
 * Issue 14 part 6: for every dx-core type, the shipped schema and the strict reader ({@link DxJson#read})
 * accept exactly the same documents — valid documents written from random model values, and their
 * mutants (see {@link SchemaAgreement}).
 */
class SchemaReaderAgreementTest {
  private static final int TRIALS = 100;
  /**
   * The estimates' rules JSON Schema cannot state, left to the reader: saved hours must equal before − after
   * (a difference of two fields); the first factor's unit must be 分 or 時間 and no other factor's may be (a rule
   * between a list's elements); hours must be a whole number of minutes (a multiple of 1/60, which no finite
   * decimal {@code multipleOf} states).
   */
  private static final String[] ESTIMATE_RULES = {"must equal beforeHours", "the first factor must be a duration",
      "only the first factor may be a duration", "must be a whole number of minutes"};

  /**
   * Every rule on one field is in the schema (issue 14 part 6: blank optional texts, optional ids, non-negative
   * optional numbers, factor units and prefixes, dates only as texts); a mutant only the reader rejects must
   * break one of {@code rulesBetweenFields}, each named at its test with why JSON Schema cannot state it.
   */
  private static <T> void agree(Class<T> type, Trials<? extends T> values, String... rulesBetweenFields) {
    SchemaAgreement.Tally tally = SchemaAgreement.agree(type, values, TRIALS, rulesBetweenFields);
    assertThat(tally.disagreements).as(type.getSimpleName() + ": " + tally).isEmpty();
    assertThat(tally.valid).as(tally.toString()).isGreaterThan(TRIALS / 3);
    assertThat(tally.bothRejected).as(tally.toString()).isGreaterThan(TRIALS);
  }

  @Test
  void municipality() {
    agree(Municipality.class, ModelTrials.municipalities());
  }

  @Test
  void department() {
    agree(Department.class, ModelTrials.departments());
  }

  @Test
  void procedure() {
    agree(Procedure.class, ModelTrials.procedures());
  }

  @Test
  void channelVolume() {
    // online applications must not exceed the total: two fields compared
    agree(ChannelVolume.class, ModelTrials.channelVolumes(), "must not exceed");
  }

  @Test
  void procedureTakeUp() {
    // online must not exceed the total (two fields compared); an inference needs the department it explains
    // (one field's presence depends on another's)
    agree(ProcedureTakeUp.class, ModelTrials.takeUps(), "must not exceed", "needs a departmentId");
  }

  @Test
  void savingsEstimate() {
    agree(SavingsEstimate.class, ModelTrials.estimates(), ESTIMATE_RULES);
  }

  @Test
  void initiative() {
    agree(Initiative.class, ModelTrials.initiatives(), ESTIMATE_RULES);
  }

  @Test
  void dxPlan() {
    agree(DxPlan.class, ModelTrials.plans());
  }

  @Test
  void kpiSeries() {
    // each point's month depends on the series' frequency (a field of the parent)
    agree(KpiSeries.class, ModelTrials.kpis(), "a monthly series needs a month");
  }

  @Test
  void workloadSurvey() {
    agree(WorkloadSurvey.class, ModelTrials.surveys());
  }

  @Test
  void workloadComparison() {
    // the comparison's department must equal the baseline's: two values compared
    agree(WorkloadComparison.class, ModelTrials.comparisons(), "must be the baseline's department");
  }

  @Test
  void roadmapItem() {
    // a milestone needs one of two fields, and a date in its fiscal year: a rule between fields
    agree(RoadmapItem.class, ModelTrials.roadmapItems(), "a milestone needs a fiscal year or a date");
  }

  @Test
  void migrationPlan() {
    agree(MigrationPlan.class, ModelTrials.migrationPlans());
  }

  @Test
  void oneBadFieldGivesOneErrorNamingItsPointer() {
    String schema = DxSchemas.schema(Initiative.class);
    String json = "{\"id\":\"e-bidding\",\"fiscalYear\":2023,\"status\":\"CONTINUING\",\"title\":\"電子入札\","
        + "\"beneficiary\":\"BUSINESSES\",\"estimates\":[{\"kind\":\"formula\","
        + "\"factors\":[{\"value\":120,\"unit\":\"分\"},{\"value\":-5,\"unit\":\"者\"}]}]}";
    List<String> errors = SchemaAgreement.errors(schema, json);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("/estimates/0/factors/1/value: ");
    String badKind = json.replace("\"formula\"", "\"guess\"").replace("-5", "5");
    assertThat(SchemaAgreement.errors(schema, badKind)).hasSize(1).allMatch(e -> e.startsWith("/estimates/0/kind: "));
    String noKind = json.replace("\"kind\":\"formula\",", "").replace("-5", "5");
    assertThat(SchemaAgreement.errors(schema, noKind)).hasSize(1).allMatch(e -> e.startsWith("/estimates/0: "));
  }

  @Test
  void aFiscalYearIsANumberForTheReaderAsForTheSchema() {
    String json = "{\"id\":\"x\",\"fiscalYear\":\"令和5年度\",\"status\":\"NEW\",\"title\":\"t\",\"beneficiary\":\"STAFF\"}";
    assertThat(SchemaAgreement.errors(DxSchemas.schema(Initiative.class), json)).hasSize(1)
        .allMatch(e -> e.startsWith("/fiscalYear: "));
    DxJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(DxJsonException.class,
        () -> DxJson.read(json, Initiative.class));
    assertThat(e.pointer()).isEqualTo("/fiscalYear");
    Supplier<Initiative> number = () -> DxJson.read(json.replace("\"令和5年度\"", "2023"), Initiative.class);
    assertThat(number.get().fiscalYear().year()).isEqualTo(2023);
  }
  @Test
  void valuesOfAFixedTextFormAreReadOnlyInThatFormByTheReaderAsByTheSchema() {
    String procedure = "{\"id\":\"p\",\"name\":\"転入届\",\"onlineSince\":\"2023-04-01\"}";
    String municipality = "{\"code\":\"072036\",\"japaneseName\":\"郡山市\",\"prefecture\":\"FUKUSHIMA\"}";
    assertThat(DxJson.read(procedure, Procedure.class).onlineSince()).hasValue(java.time.LocalDate.of(2023, 4, 1));
    assertThat(DxJson.read(municipality, Municipality.class).code().value()).isEqualTo("072036");
    // each document: one error at the pointer for the schema, a DxJsonException at the same pointer for the reader
    java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
    refused.put(procedure.replace("\"2023-04-01\"", "[2023,4,1]"), "/onlineSince");   // jsr310's array form
    refused.put(procedure.replace("\"2023-04-01\"", "[]"), "/onlineSince");           // jsr310 read it as no date
    refused.put(procedure.replace("\"2023-04-01\"", "\" 2023-04-01\""), "/onlineSince"); // jsr310 trimmed it
    refused.put(municipality.replace("\"FUKUSHIMA\"", "\"FUKUSHIMA \""), "/prefecture"); // Jackson trimmed enum names
    refused.put(municipality.replace("\"072036\"", "\"07203\""), "/code");          // parse computes the check digit
    refused.put(municipality.replace("\"072036\"", "\"０７２０３６\""), "/code");     // parse folds full-width digits
    refused.forEach((json, pointer) -> {
      Class<?> type = json.contains("onlineSince") ? Procedure.class : Municipality.class;
      assertThat(SchemaAgreement.errors(DxSchemas.schema(type), json)).as(json).hasSize(1)
          .allMatch(e -> e.startsWith(pointer + ": "));
      DxJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(DxJsonException.class,
          () -> DxJson.read(json, type));
      assertThat(e).as(json).isNotNull();
      assertThat(e.pointer()).as(json).isEqualTo(pointer);
    });
    // in Java the parsers stay lenient
    assertThat(org.municipaldx.core.MunicipalityCode.parse("07203").value()).isEqualTo("072036");
  }
}
