package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

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
}
