package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dx survey} on the fictional fixture of dx-survey (src/test/resources/survey). */
class SurveyCommandTest {
  static final String FIXTURE = "../dx-survey/src/test/resources/survey/fictional-survey.csv";
  static final String INVENTORY = "../dx-survey/src/test/resources/survey/inventory.csv";

  @Test
  void textShowsTakeUpTheLocalViewAndTheProblemRows() {
    Run r = Run.dx("survey", FIXTURE);
    assertThat(r.exit()).isEqualTo(DxCommand.OK);
    assertThat(r.out()).contains("6 procedures, 4 problems").contains("デジタル庁").contains("約100%")
        .contains("手続ID F0003 at").contains("online cases 150 exceed the total 100")
        .doesNotContain("time-saving potential"); // no minutes given: none invented
  }

  @Test
  void jsonCarriesNumbersAsNumbersAndNamesEveryProblemRowByItsId() throws Exception {
    Run r = Run.dx("survey", FIXTURE, "--format", "json", "--minutes-per-case", "30", "--inventory", INVENTORY, "--by", "type");
    assertThat(r.exit()).isEqualTo(DxCommand.OK);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("procedures").isNumber()).isTrue();
    assertThat(root.get("total").get("approximateCases").asLong()).isEqualTo(3630);
    assertThat(root.get("total").get("approximatePercent").isNumber()).isTrue();
    assertThat(root.get("localGovernmentTotal").get("procedures").asLong()).isEqualTo(3);
    assertThat(root.get("timeSavingPotential").get("approximateMinutes").asLong()).isEqualTo((400 + 500 + 20) * 30);
    assertThat(root.get("coverageGaps").get(0).get("procedureId").asText()).isEqualTo("F0001");
    assertThat(root.get("problemCount").asInt()).isEqualTo(4);
    for (JsonNode p : root.get("problems")) {
      assertThat(p.get("procedureId").asText()).startsWith("F000");
      assertThat(p.get("line").isNumber()).isTrue();
    }
  }

  @Test
  void strictModeAndABadFileAreInputErrors() {
    Run strict = Run.dx("survey", FIXTURE, "--strict");
    assertThat(strict.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(strict.err()).contains("手続ID F0003: online cases 150 exceed the total 100");
    Run bad = Run.dx("survey", "../dx-survey/src/test/resources/survey/not-a-survey.csv");
    assertThat(bad.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(bad.err()).contains("missing column 法令番号");
    assertThat(Run.dx("survey", FIXTURE, "--by", "colour").exit()).isEqualTo(DxCommand.USAGE_ERROR);
  }

  @Test
  void csvIsExcelSafe() {
    Run r = Run.dx("survey", FIXTURE, "--format", "csv", "--local");
    assertThat(r.exit()).isEqualTo(DxCommand.OK);
    assertThat(r.out()).startsWith("\uFEFF所管府省庁,手続数").contains("合計,3,1130,760,67.3");
  }

  /**
   * The fixture's rows repeated with fresh 手続IDs (its flaws and its two-line cell included) to about
   * 5 MB: more than one of the parallel read's 4 MB ranges.
   */
  static Path large(Path dir) throws IOException {
    Path f = repeated(dir, 2_400_000); // chars: about 5 MB of UTF-8
    assertThat(Files.size(f)).isGreaterThan(4 << 20);
    return f;
  }

  /** The fixture's rows repeated with fresh 手続IDs ({@code F<block>-<row>}) to about {@code chars} characters. */
  static Path repeated(Path dir, int chars) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(FIXTURE), StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(String.join("\r\n", lines.subList(0, 2))).append("\r\n");
    String rows = String.join("\r\n", lines.subList(2, lines.size())) + "\r\n";
    for (int block = 0; sb.length() < chars; block++) {
      sb.append(rows.replaceAll("(?m)^F000(\\d),", "F" + block + "-$1,"));
    }
    Path f = dir.resolve("survey-" + chars + ".csv");
    Files.writeString(f, sb, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void theParallelReadPrintsWhatTheDefaultReadPrints(@TempDir Path dir) throws IOException {
    Path f = large(dir);
    for (List<String> options : List.of(List.of("--format", "json", "--minutes-per-case", "30", "--inventory", INVENTORY),
        List.of("--local", "--by", "type", "--problems", "50"))) {
      Run one = Run.dx(args(f, options, false));
      Run parallel = Run.dx(args(f, options, true));
      assertThat(one.exit()).isEqualTo(DxCommand.OK);
      assertThat(parallel.exit()).isEqualTo(DxCommand.OK);
      assertThat(parallel.out()).isEqualTo(one.out());
      // JSON lists every problem (the last ranges' rows are there); the text the first 50 (4 per block of 6 rows)
      assertThat(one.out()).contains(options.contains("json") ? "\"F1999-3\"" : "手続ID F10-3 at");
    }
    Run strict = Run.dx("survey", f.toString(), "--strict");
    Run strictParallel = Run.dx("survey", f.toString(), "--strict", "--parallel");
    assertThat(strictParallel.exit()).isEqualTo(strict.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(strictParallel.err()).isEqualTo(strict.err()).contains("手続ID F0-3: online cases 150 exceed the total 100");
  }

  private static String[] args(Path f, List<String> options, boolean parallel) {
    java.util.List<String> a = new java.util.ArrayList<>(List.of("survey", f.toString()));
    a.addAll(options);
    if (parallel) {
      a.add("--parallel");
    }
    return a.toArray(String[]::new);
  }

  @Test
  void theTakeUpCsvHasTheFiguresOfTheFullRead(@TempDir Path dir) throws Exception {
    // --format csv reads only the columns take-up needs; its table is the one the full read gives (JSON)
    Path f = repeated(dir, 100_000);
    for (String by : List.of("ministry", "type", "actor", "receiver", "local-work", "status", "office")) {
      for (boolean local : new boolean[] {false, true}) {
        List<String> common = local ? List.of("--by", by, "--local") : List.of("--by", by);
        Run csv = Run.dx(args(f, concat(common, List.of("--format", "csv")), false));
        Run json = Run.dx(args(f, concat(common, List.of("--format", "json")), false));
        assertThat(csv.exit()).isEqualTo(json.exit()).isEqualTo(DxCommand.OK);
        JsonNode root = new ObjectMapper().readTree(json.out());
        StringBuilder expected = new StringBuilder();
        for (JsonNode g : root.get("groups")) {
          expected.append(line(g.get("label").asText(), g.get("takeUp")));
        }
        expected.append(line("合計", root.get("total")));
        // the writer quotes labels with spaces ("1 申請等"); the fixture's labels hold no comma or quote
        String body = csv.out().substring(csv.out().indexOf("\r\n") + 2).replace("\"", "");
        assertThat(body).as("--by %s%s", by, local ? " --local" : "").isEqualTo(expected.toString());
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    java.util.List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** A row of the take-up CSV from the JSON's figures (labels here need no quotes). */
  private static String line(String label, JsonNode t) {
    JsonNode p = t.get("approximatePercent");
    return label + "," + t.get("procedures").asLong() + "," + t.get("approximateCases").asLong() + ","
        + t.get("approximateOnlineCases").asLong() + "," + (p == null || p.isNull() ? "" : p.decimalValue().toPlainString()) + "\r\n";
  }
}
