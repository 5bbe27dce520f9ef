package org.municipaldx.dataset.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.dataset.DatasetLoader;

/**
 * The report's JSON validates against its shipped schema (generated from the model), and its figures are
 * JSON numbers: counts and minutes integers, hours and percentages decimals, fiscal years integers, enums
 * constant names.
 */
class ReportJsonSchemaTest {
  private static Schema schema(Class<?> type) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(ReportSchemas.schema(type), InputFormat.JSON);
  }

  @Test
  void aDatasetReportValidatesAndHasNumbersAsNumbers() throws Exception {
    String json = ReportJson.write(ReportBuilder.build(DatasetLoader.load(ReportBuilderTest.TEST_TOWN),
        ReportBuilderTest.POLICY));
    assertThat(schema(DatasetReport.class).validate(json, InputFormat.JSON)).isEmpty();
    JsonNode root = DxJson.readTree(json);
    assertThat(root.path("fiscalYear").isInt()).isTrue();
    assertThat(root.path("fiscalYear").asInt()).isEqualTo(2024);
    assertThat(root.path("totals").path("onlineApplications").isIntegralNumber()).isTrue();
    assertThat(root.path("totals").path("onlineApplications").asLong()).isEqualTo(690);
    // 690 / 2,700 = 25.55…% → 25.6 (HALF_UP to 0.1, stated in percentRounding)
    assertThat(root.path("totals").path("applicationTakeUpPercent").isNumber()).isTrue();
    assertThat(root.path("totals").path("applicationTakeUpPercent").decimalValue()).isEqualByComparingTo("25.6");
    assertThat(root.path("percentRounding").isTextual()).isTrue();
    assertThat(root.path("reconciliation").get(1).path("difference").decimalValue()).isEqualByComparingTo("-10");
    assertThat(root.path("reconciliation").get(1).path("rule").asText()).isEqualTo("HOURS_FROM_ONLINE_APPLICATION_FORMULAS");
    assertThat(root.path("initiatives").get(0).path("beneficiary").asText()).isEqualTo("RESIDENTS");
    // no display strings: no exponent, no percent sign or era in a value, no grouped digits
    assertThat(json).doesNotContain("E+", "%\"", "令和", "年度\"");
    assertThat(json).containsPattern("\"unit\" : \"時間\"");
  }

  @Test
  void theJsonReadsBackToTheSameReport() throws Exception {
    for (java.nio.file.Path dir : List.of(ReportBuilderTest.SAMPLE_CITY, ReportBuilderTest.TEST_TOWN)) {
      DatasetReport r = ReportBuilder.build(DatasetLoader.load(dir), ReportBuilderTest.POLICY);
      assertThat(DxJson.read(ReportJson.write(r), DatasetReport.class)).isEqualTo(r);
    }
    WiderAreaReport area = WiderAreaReport.of(List.of(DatasetLoader.load(ReportBuilderTest.SAMPLE_CITY),
        DatasetLoader.load(ReportBuilderTest.TEST_TOWN)), ReportBuilderTest.POLICY);
    assertThat(DxJson.read(ReportJson.write(area), WiderAreaReport.class)).isEqualTo(area);
  }

  @Test
  void theSchemaRejectsDisplayStrings() throws Exception {
    String json = ReportJson.write(ReportBuilder.build(DatasetLoader.load(ReportBuilderTest.SAMPLE_CITY),
        ReportBuilderTest.POLICY));
    String broken = json.replaceFirst("\"fiscalYear\" : 2024", "\"fiscalYear\" : \"2024（令和6）年度\"");
    assertThat(broken).isNotEqualTo(json);
    assertThat(schema(DatasetReport.class).validate(broken, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void aWiderAreaReportValidates() throws Exception {
    WiderAreaReport r = WiderAreaReport.of(List.of(DatasetLoader.load(ReportBuilderTest.SAMPLE_CITY),
        DatasetLoader.load(ReportBuilderTest.TEST_TOWN)), ReportBuilderTest.POLICY);
    String json = ReportJson.write(r);
    assertThat(schema(WiderAreaReport.class).validate(json, InputFormat.JSON)).isEmpty();
    JsonNode root = DxJson.readTree(json);
    assertThat(root.path("combined").path("onlineApplications").asLong()).isEqualTo(1_990);
    assertThat(root.path("combined").path("savedMinutes").isIntegralNumber()).isTrue();
  }
}
