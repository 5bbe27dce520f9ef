package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.examples.output.AuditOutput;
import org.municipaldx.examples.output.DecodeLppOutput;
import org.municipaldx.examples.output.IotComplianceOutput;
import org.municipaldx.examples.output.OutputSchemas;
import org.municipaldx.examples.output.RegulationsOutput;
import org.municipaldx.examples.output.RollupOutput;
import org.municipaldx.examples.output.SurveyOutput;
import org.municipaldx.examples.output.ValidateOutput;
import org.municipaldx.regulation.law.LegalInstrumentKind;
import org.municipaldx.regulation.Provision;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.RegulationType;
import org.municipaldx.regulation.csv.RegulationCsv;

/**
 * Every command's real {@code --format json} output validates against the JSON Schema shipped for it
 * ({@link OutputSchemas}, generated from the output records at build time), with numbers as numbers,
 * fiscal years and enums as integers and constant names, and rounding stated where a figure is rounded.
 */
class CommandJsonSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @TempDir
  Path tmp;

  /** Validates a command's output against its schema and returns the parsed output. */
  private static JsonNode valid(Class<?> type, Run r) throws IOException {
    assertThat(r.err()).as("stderr").isEmpty();
    Schema schema = REGISTRY.getSchema(OutputSchemas.schema(type), InputFormat.JSON);
    assertThat(schema.validate(r.out(), InputFormat.JSON)).as(type.getSimpleName() + ": " + r.out()).isEmpty();
    return JSON.readTree(r.out());
  }

  /** The schema rejects what the output must not be: an unknown property, a number written as a string. */
  private static void rejects(Class<?> type, JsonNode output, String pointer, String property) {
    Schema schema = REGISTRY.getSchema(OutputSchemas.schema(type), InputFormat.JSON);
    ObjectNode extra = output.deepCopy();
    extra.put("displayOnly", "x");
    assertThat(schema.validate(extra.toString(), InputFormat.JSON)).isNotEmpty();
    ObjectNode asText = output.deepCopy();
    JsonNode parent = asText.at(pointer);
    ((ObjectNode) parent).put(property, parent.get(property).asText() + "%");
    assertThat(schema.validate(asText.toString(), InputFormat.JSON)).as(pointer + "/" + property).isNotEmpty();
  }

  @Test
  void everyCommandWithJsonOutputHasAShippedSchema() {
    assertThat(OutputSchemas.TYPES).hasSize(7);
    for (Class<?> type : OutputSchemas.TYPES) {
      String schema = OutputSchemas.schema(type);
      assertThat(schema).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
          .contains("\"title\" : \"" + type.getSimpleName() + "\"");
    }
  }

  @Test
  void rollup() throws IOException {
    // 30·100 + 10·50 = 3,500 minutes online in kensetsu; take-up 150 / 450 = 33.3 % (half-up to 0.1)
    String csv = "部局,年度,5レス,1件あたり分,オンライン件数,総件数\r\n"
        + "kensetsu,令和5年度,カウンターレス,30,100,400\r\n"
        + "kensetsu,令和5年度,カウンターレス|ペーパーレス,10,50,50\r\n"
        + "kikaku,2023,,5,0,10\r\n";
    Path file = tmp.resolve("stats.csv");
    Files.write(file, csv.getBytes(Charset.forName("windows-31j")));
    JsonNode root = valid(RollupOutput.class, Run.dx("rollup", file.toString(), "--format", "json"));
    JsonNode k = root.at("/byDepartment/kensetsu");
    assertThat(k.get("minutesOnline").isIntegralNumber()).isTrue();
    assertThat(k.get("minutesOnline").asLong()).isEqualTo(3_500);
    assertThat(k.at("/takeUp/numerator").asLong()).isEqualTo(150);
    assertThat(k.at("/takeUp/denominator").asLong()).isEqualTo(450);
    assertThat(k.at("/takeUp/percent").isNumber()).isTrue();
    assertThat(k.at("/takeUp/percent").decimalValue()).isEqualByComparingTo("33.3");
    assertThat(k.at("/takeUp/rounding/mode").asText()).isEqualTo("HALF_UP");
    assertThat(k.at("/takeUp/rounding/increment").decimalValue()).isEqualByComparingTo("0.1");
    // kikaku: 0 of 10 online is 0 %, defined; a category with no application has no percentage at all
    assertThat(root.at("/byDepartment/kikaku/takeUp/percent").decimalValue()).isEqualByComparingTo("0");
    assertThat(root.at("/byFiveLess/CASHLESS/takeUp/percent").isMissingNode()).isTrue();
    assertThat(root.at("/byFiveLess/PAPERLESS/minutesOnline").asLong()).isEqualTo(500);
    rejects(RollupOutput.class, root, "/total", "minutesOnline");
  }

  @Test
  void regulations() throws IOException {
    RegulationItem fire = RegulationItem.builder().id("fire-001")
        .provision(Provision.of(LegalInstrumentKind.ORDINANCE, "火災予防条例", "第12条第2項"))
        .quotedText("消防用設備等を目視により点検しなければならない")
        .addTypes(RegulationType.VISUAL_INSPECTION, RegulationType.ON_SITE_AUDIT).departmentId("fire").build();
    Path items = tmp.resolve("items.csv");
    Files.write(items, RegulationCsv.writeItems(List.of(fire)));
    JsonNode root = valid(RegulationsOutput.class,
        Run.dx("regulations", items.toString(), "--as-of", LocalDate.of(2023, 6, 1).toString(), "--format", "json"));
    assertThat(root.get("asOf").asText()).isEqualTo("2023-06-01");
    assertThat(root.get("typeAssignments").asLong()).isEqualTo(2);
    assertThat(root.at("/byType/VISUAL_INSPECTION").asLong()).isEqualTo(1);
    assertThat(root.at("/cells/0/type").asText()).isEqualTo("VISUAL_INSPECTION");
    assertThat(root.at("/cells/0/typeJapaneseName").asText()).isNotEqualTo("VISUAL_INSPECTION");
    // 0 of 1 decided: 0.0 %, numbers, not "0/1 (0.0%)"
    assertThat(root.at("/decided/numerator").asLong()).isZero();
    assertThat(root.at("/decided/denominator").asLong()).isEqualTo(1);
    assertThat(root.at("/decided/percent").isNumber()).isTrue();
    rejects(RegulationsOutput.class, root, "", "items");
  }

  @Test
  void audit() throws IOException {
    Path text = tmp.resolve("t.txt");
    Files.writeString(text, "前文 30分×1,303件=39,090分=651.5時間。\n次 5分×64か所×250日=80,000分=1,334時間\n",
        StandardCharsets.UTF_8);
    JsonNode root = valid(AuditOutput.class, Run.dx("audit", text.toString(), "--format", "json"));
    // 39,090 minutes = 651.5 hours exactly; 80,000 minutes = 4000/3 hours, no finite decimal
    assertThat(root.at("/formulas/0/exactHours/decimal").decimalValue()).isEqualByComparingTo("651.5");
    assertThat(root.at("/formulas/1/exactHours/numerator").asLong()).isEqualTo(4000);
    assertThat(root.at("/formulas/1/exactHours/denominator").asLong()).isEqualTo(3);
    assertThat(root.at("/formulas/1/exactHours/decimal").isMissingNode()).isTrue();
    assertThat(root.at("/formulas/1/statedHours").isNumber()).isTrue();
    // the default policy keeps an exact figure within 0.1 and rounds anything else half-up to whole hours
    assertThat(root.at("/formulas/1/expectedHours").decimalValue()).isEqualByComparingTo("1333");
    assertThat(root.at("/formulas/1/consistent").asBoolean()).isFalse();
    assertThat(root.at("/summary/policy/mode").asText()).isEqualTo("HALF_UP");
    assertThat(root.at("/summary/policy/exactDecimals").asInt()).isEqualTo(1);
    rejects(AuditOutput.class, root, "/summary", "formulas");
  }

  @Test
  void decodeLpp() throws IOException {
    // Cayenne LPP spec example: 03 67 01 10 05 67 00 FF → 27.2 °C on channel 3, 25.5 °C on channel 5
    JsonNode root = valid(DecodeLppOutput.class, Run.dx("decode-lpp", "03670110056700FF", "--format", "json"));
    assertThat(root.at("/readings/0/type").asText()).isEqualTo("TEMPERATURE");
    assertThat(root.at("/readings/0/typeLabel").asText()).isEqualTo("temperature");
    assertThat(root.at("/readings/0/values/0").decimalValue()).isEqualByComparingTo("27.2");
    assertThat(root.at("/readings/0/quantity").asText()).isEqualTo("AIR_TEMPERATURE");
    assertThat(root.at("/readings/1/channel").asInt()).isEqualTo(5);
    rejects(DecodeLppOutput.class, root, "/readings/0", "typeCode");
  }

  @Test
  void validateListsEveryProblemWithItsFileLocationAndRule() throws IOException {
    Path sample = Path.of("../dx-dataset/src/test/resources/datasets/sample-city");
    Run ok = Run.dx("validate", sample.toString(), "--format", "json");
    assertThat(ok.exit()).isZero();
    JsonNode valid = valid(ValidateOutput.class, ok);
    assertThat(valid.get("valid").asBoolean()).isTrue();
    assertThat(valid.at("/counts/departments").asLong()).isPositive();
    Path bad = tmp.resolve("bad");
    Files.createDirectories(bad);
    try (var files = Files.list(sample)) {
      for (Path f : files.toList()) {
        Files.copy(f, bad.resolve(f.getFileName()));
      }
    }
    Path takeUp = bad.resolve("take-up.json");
    Files.writeString(takeUp, Files.readString(takeUp).replaceFirst("\"onlineApplications\"\\s*:\\s*\\d+",
        "\"onlineApplications\": 999999999"));
    Run r = Run.dx("validate", bad.toString(), "--format", "json");
    assertThat(r.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    JsonNode root = valid(ValidateOutput.class, r);
    assertThat(root.get("valid").asBoolean()).isFalse();
    assertThat(root.get("counts")).isNull();
    assertThat(root.get("problems")).isNotEmpty();
    JsonNode p = root.at("/problems/0");
    assertThat(p.get("file").asText()).isEqualTo("take-up.json");
    assertThat(p.get("location").asText()).startsWith("/");
    assertThat(p.get("rule").asText()).contains("onlineApplications");
  }

  @Test
  void iotCompliance() throws Exception {
    IotComplianceCommandTest fixture = new IotComplianceCommandTest();
    fixture.dir = tmp;
    Path[] f = fixture.files();
    JsonNode root = valid(IotComplianceOutput.class, Run.dx("iot", "compliance", "--uplinks", f[0].toString(),
        "--registry", f[1].toString(), "--period", "day", "--format", "json", "--working-days", "250"));
    assertThat(root.get("periodKind").asText()).isEqualTo("DAY");
    assertThat(root.at("/rounding/mean/mode").asText()).isEqualTo("HALF_EVEN");
    assertThat(root.at("/rounding/mean/increment").decimalValue()).isEqualByComparingTo("0.001");
    assertThat(root.at("/rows/0/quantities/0/quantity").asText()).isEqualTo("AIR_TEMPERATURE");
    assertThat(root.at("/rows/0/quantities/0/mean").isNumber()).isTrue();
    assertThat(root.at("/rows/0/quantities/0/timeOutOfRangeSeconds").decimalValue()).isEqualByComparingTo("1800");
    assertThat(root.at("/rows/0/quantities/0/limits/0/judgement").asText()).isEqualTo("PER_READING");
    assertThat(root.at("/problems/0/kind").asText()).isEqualTo("PAYLOAD");
    assertThat(root.at("/movelessSaving/minutes").asLong()).isEqualTo(5 * 2 * 250);
    rejects(IotComplianceOutput.class, root, "/input", "uplinks");
  }

  @Test
  void survey() throws IOException {
    JsonNode root = valid(SurveyOutput.class, Run.dx("survey", SurveyCommandTest.FIXTURE, "--format", "json",
        "--minutes-per-case", "30", "--inventory", SurveyCommandTest.INVENTORY, "--by", "type"));
    assertThat(root.at("/total/approximateCases").asLong()).isEqualTo(3630);
    assertThat(root.at("/total/approximatePercent").isNumber()).isTrue();
    assertThat(root.at("/total/rounding/increment").decimalValue()).isEqualByComparingTo("0.1");
    // the fixture has local-government procedures, whose counts are estimated from sample municipalities
    assertThat(root.at("/total/basis").asText()).isEqualTo("ESTIMATED_FROM_SAMPLE_MUNICIPALITIES");
    assertThat(root.at("/groups/0/takeUp/procedures").isIntegralNumber()).isTrue();
    assertThat(root.at("/timeSavingPotential/approximateMinutes").asLong()).isEqualTo((400 + 500 + 20) * 30);
    assertThat(root.at("/coverageGaps/0/cityStatus").asText()).matches("[A-Z_]+");
    rejects(SurveyOutput.class, root, "", "procedures");
  }
}
