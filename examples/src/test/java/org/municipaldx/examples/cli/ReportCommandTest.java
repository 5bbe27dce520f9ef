package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.dataset.report.DatasetReport;
import org.municipaldx.dataset.report.ReportSchemas;
import org.municipaldx.dataset.report.WiderAreaReport;

/**
 * {@code dx report --format json} prints the typed report (numbers as numbers) valid against its shipped
 * schema; several {@code --data} give the wider-area report; {@code dx ocds} and {@code dx validate}
 * take the procurement records from the dataset.
 */
class ReportCommandTest {
  private static final Path DATASETS = Path.of("../dx-dataset/src/test/resources/datasets");

  private static Schema schema(Class<?> type) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(ReportSchemas.schema(type), InputFormat.JSON);
  }

  @Test
  void theBundledReportAsJsonValidatesWithNumbersAsNumbers() throws IOException {
    Run r = Run.dx("report", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(schema(DatasetReport.class).validate(r.out(), InputFormat.JSON)).isEmpty();
    JsonNode root = DxJson.readTree(r.out());
    assertThat(root.path("fiscalYear").isInt()).isTrue();
    assertThat(root.path("fiscalYear").asInt()).isEqualTo(2023);
    // the 17 blocks: 311 online procedures, 446,924 of 1,423,627 applications online = 31.39…% → 31.4
    assertThat(root.path("totals").path("onlineProcedures").asLong()).isEqualTo(311);
    assertThat(root.path("totals").path("applicationTakeUpPercent").decimalValue()).isEqualByComparingTo("31.4");
    assertThat(root.path("totals").path("applicationTakeUpPercent").isNumber()).isTrue();
    // headline 321 online procedures against 311 in the blocks: a difference of -10 (as a number)
    JsonNode procedures = root.path("reconciliation").get(0);
    assertThat(procedures.path("rule").asText()).isEqualTo("ONLINE_PROCEDURES");
    assertThat(procedures.path("stated").decimalValue()).isEqualByComparingTo("321");
    assertThat(procedures.path("difference").decimalValue()).isEqualByComparingTo("-10");
    assertThat(root.path("hoursRounding").isTextual()).isTrue();
    assertThat(r.out()).doesNotContain("E+", "年度\"", "%\"", "\"△");
  }

  @Test
  void twoDatasetsGiveOneWiderAreaReport(@TempDir Path tmp) throws IOException {
    String city = DATASETS.resolve("sample-city").toString();
    String town = DATASETS.resolve("fictional-town").toString();
    Run json = Run.dx("report", "--data", city, "--data", town, "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(schema(WiderAreaReport.class).validate(json.out(), InputFormat.JSON)).isEmpty();
    JsonNode root = DxJson.readTree(json.out());
    assertThat(root.path("members")).hasSize(2);
    // 1,300 + 690 online applications
    assertThat(root.path("combined").path("onlineApplications").asLong()).isEqualTo(1_990);
    Path html = tmp.resolve("area.html");
    Run text = Run.dx("report", "--data", city, "--data", town, "--html", html.toString());
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("サンプル市", "テスト町", "広域計", "1,990/8,550", "23.3%");
    assertThat(Files.readString(html)).contains("<svg", "id=\"take-up\"", "id=\"hours-saved\"", "テスト町");
    Run twice = Run.dx("report", "--data", city, "--data", city);
    assertThat(twice.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(Run.dx("report", "--data", city, "--data", town, "--xlsx", tmp.resolve("x.xlsx").toString()).exit())
        .isEqualTo(DxCommand.USAGE_ERROR);
  }

  @Test
  void theBundledDatasetBesideAFictionalOne() throws IOException {
    // Koriyama FY2023 (bundled) and テスト町 FY2024 (fictional): side by side, combined, years stated as different
    String koriyama = Path.of("src/main/resources/" + BundledDataset.FOLDER).toString();
    Run json = Run.dx("report", "--data", koriyama, "--data", DATASETS.resolve("fictional-town").toString(),
        "--format", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode root = DxJson.readTree(json.out());
    assertThat(root.path("members").get(0).path("municipality").path("code").asText()).isEqualTo("072036");
    assertThat(root.path("members").get(0).path("fiscalYear").asInt()).isEqualTo(2023);
    assertThat(root.path("members").get(0).path("onlineApplications").asLong()).isEqualTo(446_924);
    // 446,924 + 690 online applications; 311 + 8 online procedures
    assertThat(root.path("combined").path("onlineApplications").asLong()).isEqualTo(447_614);
    assertThat(root.path("combined").path("onlineProcedures").asLong()).isEqualTo(319);
    assertThat(root.path("combined").has("fiscalYear")).isFalse();
    assertThat(root.path("combined").path("savedMinutes").asLong()).isEqualTo(
        root.path("members").get(0).path("savedMinutes").asLong() + root.path("members").get(1).path("savedMinutes").asLong());
    // Koriyama's reconciliation travels with it: its 321 stated online procedures against 311
    JsonNode first = root.path("reconciliation").get(0).path("entries").get(0);
    assertThat(first.path("stated").decimalValue()).isEqualByComparingTo("321");
    assertThat(first.path("computed").decimalValue()).isEqualByComparingTo("311");
  }

  @Test
  void ocdsAndValidateTakeTheProcurementRecordsFromTheDataset(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("bad");
    Files.createDirectories(bad);
    try (var files = Files.list(DATASETS.resolve("sample-city"))) {
      for (Path f : files.toList()) {
        Files.copy(f, bad.resolve(f.getFileName()));
      }
    }
    // no procurement file: validate passes, ocds says what is missing
    assertThat(Run.dx("validate", bad.toString()).out()).contains("no procurement records");
    Run none = Run.dx("ocds", "--data", bad.toString(), "--out", tmp.resolve("o.json").toString());
    assertThat(none.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(none.err()).contains("procurement-sample.json");
    // a broken procurement file is a dataset error found by validate
    Files.writeString(bad.resolve("procurement-sample.json"), "{\"illustrative\": true, \"note\": \"x\", \"processes\": []}");
    Run invalid = Run.dx("validate", bad.toString());
    assertThat(invalid.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(invalid.err()).contains("procurement-sample.json");
    // --procurement takes the records from a file
    Path bundled = Path.of("src/main/resources/" + BundledDataset.FOLDER + "procurement-sample.json");
    Run given = Run.dx("ocds", "--data", bad.toString(), "--procurement", bundled.toString(), "--out",
        tmp.resolve("p.json").toString());
    assertThat(given.exit()).as(given.err()).isZero();
    assertThat(given.out()).contains("wrote 2 release(s)");
  }
}
