package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.municipaldx.regulation.Provision;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.RegulationType;
import org.municipaldx.regulation.csv.RegulationCsv;
import org.municipaldx.regulation.law.LegalInstrumentKind;

class DxCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path shared() {
    return Path.of(System.getProperty("shared.dir", "../../shared"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"report", "audit", "decode-lpp", "ocds", "validate", "rollup", "regulations"})
  void everyCommandHasHelp(String command) {
    Run r = Run.dx(command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: dx " + command);
  }

  @Test
  void topLevelHelpListsCommandsAndExitCodes() {
    Run r = Run.dx("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("report", "audit", "decode-lpp", "ocds", "validate", "rollup", "regulations", "Exit codes");
    assertThat(Run.dx().exit()).isEqualTo(DxCommand.USAGE_ERROR);
    assertThat(Run.dx("no-such-command").exit()).isEqualTo(DxCommand.USAGE_ERROR);
  }

  @Test
  void reportOnTheBundledDatasetInTextAndJson() throws IOException {
    Run text = Run.dx("report");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("郡山市", "合計", "Reconciliation", "△7,387時間");
    Run json = Run.dx("report", "--format", "json");
    assertThat(json.exit()).isZero();
    JsonNode root = JSON.readTree(json.out());
    assertThat(root.path("totals").path("onlineProcedures").asLong()).isEqualTo(311);
    assertThat(root.path("departments")).hasSize(17);
  }

  @Test
  void reportWorksOnAnotherMunicipalitysDataset(@TempDir Path tmp) throws IOException {
    Path sample = Path.of("../dx-dataset/src/test/resources/datasets/sample-city");
    Assumptions.assumeTrue(Files.isDirectory(sample), "the fictional sample dataset is part of the examples tests");
    Run r = Run.dx("report", "--data", sample.toString(), "--format", "json", "--html", tmp.resolve("r.html").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).path("municipality").path("japaneseName").asText()).isEqualTo("サンプル市");
    assertThat(Files.readString(tmp.resolve("r.html"))).contains("<svg");
  }

  @Test
  void auditReportsEachFormulaAndTheSlipsInAText(@TempDir Path tmp) throws IOException {
    // 30·1,303 = 39,090 minutes = 651.5 h (exact); 5·64·250 = 80,000 minutes = 1,333.33… h, printed 1,334 (a slip
    // under half-up); 45·1,166 = 52,470 minutes = 874.5 h, printed 875 (exact would be 874.5)
    Path text = tmp.resolve("t.txt");
    Files.writeString(text, "前文 30分×1,303件=39,090分=651.5時間。\n次 5分×64か所×250日=80,000分=1,334時間\n"
        + "45分×1,166件=52,470分=875時間\n", StandardCharsets.UTF_8);
    Run r = Run.dx("audit", text.toString(), "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.path("formulas")).hasSize(3);
    JsonNode f = root.path("formulas").get(1);
    assertThat(f.path("formula").asText()).isEqualTo("5分×64か所×250日=80,000分=1,334時間");
    assertThat(f.path("statedMinutes").asLong()).isEqualTo(80_000);
    assertThat(f.path("exactMinutes").asLong()).isEqualTo(80_000);
    assertThat(f.path("statedHours").decimalValue()).isEqualByComparingTo("1334");
    assertThat(f.path("exactHours").path("numerator").asLong()).isEqualTo(4000);
    assertThat(f.path("exactHours").path("denominator").asLong()).isEqualTo(3);
    assertThat(f.path("consistent").asBoolean()).isFalse();
    assertThat(root.path("formulas").get(0).path("consistent").asBoolean()).isTrue();
    assertThat(root.path("summary").path("inconsistentFormulas").asInt()).isEqualTo(2);
    assertThat(Run.dx("audit", text.toString(), "--fail-on-inconsistency").exit()).isEqualTo(DxCommand.FINDINGS);
    // under CEILING with exact halves the 1,334 is explained, the 875 is not
    JsonNode ceiling = JSON.readTree(Run.dx("audit", text.toString(), "--rounding", "CEILING", "--format", "json").out());
    assertThat(ceiling.path("formulas").get(1).path("consistent").asBoolean()).isTrue();
    assertThat(Run.dx("audit", text.toString(), "--rounding", "SIDEWAYS").exit()).isEqualTo(DxCommand.USAGE_ERROR);
  }

  @Test
  void auditOfTheSeedFindsAll46FormulasAndTheFiveSlips() throws IOException {
    Path seed = shared().resolve("seeds/000_51fc7b12d6f603a3.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "the source minutes are in ../shared (CI has them; a fresh clone may not)");
    JsonNode root = JSON.readTree(Run.dx("audit", seed.toString(), "--format", "json").out());
    // counted by hand (see dx-metrics NotationAuditTest): 46 products and one sum (1,200時間＋1,300時間=2,500時間)
    assertThat(root.path("summary").path("formulas").asInt()).isEqualTo(46);
    assertThat(root.path("summary").path("sums").asInt()).isEqualTo(1);
    // under the source's own habit (exact within one decimal, else half-up): 1,334 / 875 / 1,134 / 236 / 291
    assertThat(root.path("summary").path("inconsistentFormulas").asInt()).isEqualTo(5);
    assertThat(root.path("summary").path("wrongMinutes").asInt()).isZero();
    assertThat(root.path("summary").path("explainingPolicies")).isEmpty();
  }

  @Test
  void decodeLppHexAndBase64AndABadPayload() throws IOException {
    // Cayenne LPP spec example: 03 67 01 10 05 67 00 FF → 27.2 °C on channel 3, 25.5 °C on channel 5
    Run hex = Run.dx("decode-lpp", "03670110056700FF", "--format", "json");
    assertThat(hex.exit()).isZero();
    JsonNode readings = JSON.readTree(hex.out()).path("readings");
    assertThat(readings.get(0).path("values").get(0).decimalValue()).isEqualByComparingTo("27.2");
    assertThat(readings.get(1).path("values").get(0).decimalValue()).isEqualByComparingTo("25.5");
    Run b64 = Run.dx("decode-lpp", "A2cBEAVnAP8=");
    assertThat(b64.exit()).isZero();
    assertThat(b64.out()).contains("27.2", "25.5");
    Run bad = Run.dx("decode-lpp", "03670110056700");
    assertThat(bad.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(bad.err()).contains("offset").contains("03670110056700");
  }

  @Test
  void ocdsExportOfTheIllustrativeSample(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("ocds.json");
    Run r = Run.dx("ocds", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("illustrative");
    JsonNode pkg = JSON.readTree(out.toFile());
    assertThat(pkg.path("releases")).hasSize(2);
    assertThat(pkg.path("releases").get(0).path("ocid").asText()).startsWith("ocds-000000-");
    Run other = Run.dx("ocds", "--out", out.toString(), "--ocid-prefix", "ocds-abc123");
    assertThat(other.exit()).isZero();
    assertThat(JSON.readTree(out.toFile()).path("releases").get(0).path("ocid").asText()).startsWith("ocds-abc123-");
    assertThat(Run.dx("ocds", "--out", out.toString(), "--ocid-prefix", "nope").exit()).isEqualTo(DxCommand.INPUT_ERROR);
  }

  @Test
  void ocdsExportIsValidAgainstTheOfficialReleaseSchema(@TempDir Path tmp) throws IOException {
    Path schemaFile = shared().resolve("data/ocds-1.1.5/dereferenced-release-schema.json");
    Assumptions.assumeTrue(Files.isRegularFile(schemaFile),
        "the OCDS 1.1.5 schema is in ../shared/data (CI has it; a fresh clone may not)");
    Path out = tmp.resolve("ocds.json");
    assertThat(Run.dx("ocds", "--out", out.toString()).exit()).isZero();
    com.networknt.schema.Schema schema = com.networknt.schema.SchemaRegistry
        .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_4)
        .getSchema(Files.readString(schemaFile), com.networknt.schema.InputFormat.JSON);
    JsonNode pkg = JSON.readTree(out.toFile());
    for (JsonNode release : pkg.path("releases")) {
      assertThat(schema.validate(release.toString(), com.networknt.schema.InputFormat.JSON))
          .as(release.path("ocid").asText()).isEmpty();
    }
    // and the check can fail: a release without its ocid is rejected
    JsonNode broken = pkg.path("releases").get(0).deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("ocid");
    assertThat(schema.validate(broken.toString(), com.networknt.schema.InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void validateNamesTheFileAndPointerOfEachError(@TempDir Path tmp) throws IOException {
    Path sample = Path.of("../dx-dataset/src/test/resources/datasets/sample-city");
    Assumptions.assumeTrue(Files.isDirectory(sample), "the fictional sample dataset is part of the examples tests");
    assertThat(Run.dx("validate", sample.toString()).exit()).isZero();
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
    Run r = Run.dx("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(r.err()).contains("take-up.json").contains("onlineApplications");
  }

  @Test
  void rollupOfAnExcelCsvInWindows31J(@TempDir Path tmp) throws IOException {
    // 30·100 + 10·50 = 3,500 minutes online in kensetsu; 5·0 = 0 in kikaku
    String csv = "部局,年度,5レス,1件あたり分,オンライン件数,総件数\r\n"
        + "kensetsu,令和5年度,カウンターレス,30,100,400\r\n"
        + "kensetsu,令和5年度,カウンターレス|ペーパーレス,10,50,50\r\n"
        + "kikaku,2023,,5,0,10\r\n";
    Path file = tmp.resolve("stats.csv");
    Files.write(file, csv.getBytes(Charset.forName("windows-31j")));
    Run r = Run.dx("rollup", file.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.path("byDepartment").path("kensetsu").path("minutesOnline").asLong()).isEqualTo(3_500);
    assertThat(root.path("byDepartment").path("kensetsu").path("online").asLong()).isEqualTo(150);
    assertThat(root.path("byFiveLess").path("PAPERLESS").path("minutesOnline").asLong()).isEqualTo(500);
    assertThat(root.path("total").path("total").asLong()).isEqualTo(460);
    assertThat(Run.dx("rollup", file.toString(), "--parallel", "--format", "json").out()).isEqualTo(r.out());

    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "部局,年度,5レス,1件あたり分,オンライン件数,総件数\nkensetsu,2023,,30,500,400\n");
    Run err = Run.dx("rollup", bad.toString());
    assertThat(err.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(err.err()).contains("line 2");
  }

  @Test
  void rollupResolvesDepartmentNamesFromADepartmentsFile(@TempDir Path tmp) throws IOException {
    String header = "部局,年度,5レス,1件あたり分,オンライン件数,総件数\n";
    Path byId = tmp.resolve("ids.csv");
    Files.writeString(byId, header + "construction,2023,カウンターレス,30,100,400\nindustry-tourism,2023,,5,2,10\n"
        + "construction,2023,,10,50,50\n");
    Path byName = tmp.resolve("names.csv");
    Files.writeString(byName, header + "建設部,2023,カウンターレス,30,100,400\nIndustry and Tourism,2023,,5,2,10\n"
        + "　建設部 ,2023,,10,50,50\n");
    Path json = tmp.resolve("departments.json");
    Files.writeString(json, "[{\"id\":\"construction\",\"japaneseName\":\"建設部\",\"kind\":\"BU\"},"
        + "{\"id\":\"industry-tourism\",\"japaneseName\":\"産業観光部\",\"englishName\":\"Industry and Tourism\",\"kind\":\"BU\"}]");
    Path csv = tmp.resolve("departments.csv");
    Files.writeString(csv, "部局ID,部局名,英語名\nconstruction,建設部,\nindustry-tourism,産業観光部,Industry and Tourism\n");
    Run ids = Run.dx("rollup", byId.toString(), "--format", "json");
    assertThat(ids.exit()).as(ids.err()).isZero();
    // 30·100 + 10·50 = 3,500 minutes online in construction
    assertThat(JSON.readTree(ids.out()).path("byDepartment").path("construction").path("minutesOnline").asLong())
        .isEqualTo(3_500);
    for (Path departments : List.of(json, csv)) {
      Run names = Run.dx("rollup", byName.toString(), "--departments", departments.toString(), "--format", "json");
      assertThat(names.exit()).as(names.err()).isZero();
      assertThat(names.out()).isEqualTo(ids.out());
    }
    Path unknown = tmp.resolve("unknown.csv");
    Files.writeString(unknown, header + "建設部,2023,,1,1,1\n市民課,2023,,1,1,1\n");
    Run err = Run.dx("rollup", unknown.toString(), "--departments", json.toString());
    assertThat(err.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(err.err()).contains("unknown.csv line 3, column 1 (A, 部局): unknown department '市民課'",
        "construction (建設部), industry-tourism (産業観光部, Industry and Tourism)");
  }

  @Test
  void rollupHelpListsEveryAcceptedColumnName() {
    Run r = Run.dx("rollup", "--help");
    assertThat(r.out()).contains("部局, department, 部局ID, departmentId", "年度, fiscalYear, FY",
        "5レス, fiveLess, 関連する5レス  (optional)", "1件あたり分, minutesPerCase, 1件当たり分, 1件あたりの分",
        "オンライン件数, online, オンラインによる申請等, onlineCases", "総件数, total, 申請等件数, totalCases",
        "--departments");
  }

  @Test
  void regulationsProgressOfAnInventory(@TempDir Path tmp) throws IOException {
    RegulationItem fire = RegulationItem.builder().id("fire-001")
        .provision(Provision.of(LegalInstrumentKind.ORDINANCE, "火災予防条例", "第12条第2項"))
        .quotedText("消防用設備等を目視により点検しなければならない")
        .addTypes(RegulationType.VISUAL_INSPECTION, RegulationType.ON_SITE_AUDIT, RegulationType.PERIODIC_INSPECTION)
        .departmentId("fire").build();
    RegulationItem posting = RegulationItem.builder().id("post-001")
        .provision(Provision.of(LegalInstrumentKind.RULE, "公告式規則", "第2条"))
        .quotedText("掲示場に掲示して行う").addTypes(RegulationType.WRITTEN_POSTING).departmentId("general-affairs").build();
    Path items = tmp.resolve("items.csv");
    Files.write(items, RegulationCsv.writeItems(List.of(fire, posting)));
    Run r = Run.dx("regulations", items.toString(), "--as-of", LocalDate.of(2023, 6, 1).toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.path("items").asLong()).isEqualTo(2);
    // the fire inspection has three types: 1 + 3 type assignments, one cell each
    assertThat(root.path("typeAssignments").asLong()).isEqualTo(4);
    assertThat(root.path("cells")).hasSize(4);
    Files.writeString(items, "id,instrument_kind\nx,条例\n");
    Run bad = Run.dx("regulations", items.toString());
    assertThat(bad.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(bad.err()).contains("items.csv");
  }
}
