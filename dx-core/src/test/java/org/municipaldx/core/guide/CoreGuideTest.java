package org.municipaldx.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.Department;
import org.municipaldx.core.DepartmentKind;
import org.municipaldx.core.DxTag;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.Ids;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.ReportingPeriod;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.initiative.InitiativeStatus;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.testsupport.GuideCode;

/** The code of {@code dx-core/README.md}, run, with what its comments say asserted. */
class CoreGuideTest {

  @Test
  void theGuidesExamplesWorkAsDocumented() {
    FiscalYear fy = FiscalYear.parse("令和五年度");                   // 2023（令和5）年度
    String printed = fy.toString();                                  // "2023（令和5）年度"
    String kanji = fy.toKanjiEraString();                            // "令和五年度"
    FiscalYear written = FiscalYear.parse("平成32年度");              // FY2020, as documents before 令和 wrote it
    String inForce = written.toString();                             // "2020（令和2）年度"
    ReportingPeriod counted = ReportingPeriod.parse("2022年");        // CY2022: counts per calendar year
    MunicipalityCode koriyama = MunicipalityCode.parse("07203");     // 072036: the check digit is added

    assertThat(fy).isEqualTo(FiscalYear.of(2023));
    assertThat(printed).isEqualTo("2023（令和5）年度");
    assertThat(kanji).isEqualTo("令和五年度");
    assertThat(written).isEqualTo(FiscalYear.of(2020));
    assertThat(inForce).isEqualTo("2020（令和2）年度");
    assertThat(counted).isEqualTo(ReportingPeriod.calendarYear(2022)).hasToString("CY2022");
    assertThat(koriyama).hasToString("072036");

    Department construction = Department.builder().id("construction").japaneseName("建設交通部")
        .kind(DepartmentKind.BU).build();
    Initiative remote = Initiative.builder()
        .id("remote-site-inspection").fiscalYear(fy).departmentId(construction.id())
        .status(InitiativeStatus.NEW).title("公共工事遠隔臨場")
        .addTags(DxTag.MOVELESS).beneficiary(Beneficiary.BUSINESSES)
        .addEstimates(FormulaEstimate.of(Factor.of(40, "分"), Factor.of(2, "", "往復"), Factor.of(1, "人"),
            Factor.of(5, "回"), Factor.of(170, "件")))
        .build();
    long minutes = ((FormulaEstimate) remote.estimates().get(0)).exactMinutes();
    String json = DxJson.write(remote);
    Initiative read = DxJson.read(json, Initiative.class);
    String schema = DxSchemas.schema(Initiative.class);
    boolean valid = Ids.isModelId("Construction");

    // 40 · 2 · 1 · 5 · 170 = 68,000 minutes
    assertThat(minutes).isEqualTo(68_000L);
    assertThat(json).contains("\"fiscalYear\" : 2023").contains("\"kind\" : \"formula\"");
    assertThat(read).isEqualTo(remote);
    assertThat(schema).contains("2020-12").contains(Ids.MODEL_ID_PATTERN.replace("\\", "\\\\"));
    assertThat(valid).isFalse();
    assertThatThrownBy(() -> Department.builder().id("Construction").japaneseName("建設交通部")
        .kind(DepartmentKind.BU).build())
        .hasMessageContaining("Department.id: must match ^[a-z0-9][a-z0-9-]*$ (was 'Construction')");
  }

  @Test
  void aVendorValidatesWithTheShippedSchemaOneErrorPerBadField() {
    String json = "{\"id\":\"e-bidding\",\"fiscalYear\":2023,\"status\":\"CONTINUING\",\"title\":\"電子入札\","
        + "\"beneficiary\":\"BUSINESSES\",\"estimates\":[{\"kind\":\"formula\","
        + "\"factors\":[{\"value\":120,\"unit\":\"分\"},{\"value\":-5,\"unit\":\"者\"}]}]}";
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    List<Error> errors = registry.getSchema(DxSchemas.schema(Initiative.class), InputFormat.JSON)
        .validate(json, InputFormat.JSON);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getInstanceLocation().toString()).isEqualTo("/estimates/0/factors/1/value");
  }

  @Test
  void theGuideShowsThisCode() {
    Path guide = Path.of("README.md");
    Assumptions.assumeTrue(Files.isRegularFile(guide), "run from the dx-core module directory");
    GuideCode.assertEveryBlockIsIn(guide,
        Path.of("src/test/java/org/municipaldx/core/guide/CoreGuideTest.java"), 3);
  }
}
