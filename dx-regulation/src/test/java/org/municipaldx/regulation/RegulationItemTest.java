package org.municipaldx.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.regulation.law.LegalInstrumentKind;
import org.municipaldx.regulation.review.AssessmentVerdict;
import org.municipaldx.regulation.review.ReviewState;

class RegulationItemTest {

  @Test
  void aFireEquipmentInspectionHasThreeTypesAtOnce() {
    RegulationItem item = Fixtures.fireEquipmentInspection();
    assertThat(item.types()).containsExactly(
        RegulationType.VISUAL_INSPECTION, RegulationType.ON_SITE_AUDIT, RegulationType.PERIODIC_INSPECTION);
    assertThat(item.state()).isEqualTo(ReviewState.IDENTIFIED);
    assertThat(item.currentPhase()).isEqualTo(Phase.PHASE_1);
    assertThat(item.provision().toString()).isEqualTo("火災予防条例第四十四条第一項");
    // each of its types reads PHASE 2 in its own published wording
    assertThat(item.types().stream().map(t -> t.phaseMeaning(item.targetPhase().orElseThrow()).japaneseWording().orElseThrow()))
        .containsExactly("情報収集の遠隔化、人による評価", "情報収集の遠隔化、人による評価", "デジタル技術の活用による規制目的の達成");
  }

  @Test
  void aSubTypeMustBelongToOneOfTheTypes() {
    assertThatThrownBy(() -> base().addSubTypes(RegulationSubType.RESIDENT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RegulationItem.subTypes").hasMessageContaining("常駐・専任:常駐");
  }

  @Test
  void atLeastOneType() {
    assertThatThrownBy(() -> RegulationItem.builder().id("x").provision(Provision.of(LegalInstrumentKind.ORDINANCE, "条例", "第1条"))
        .quotedText("t").departmentId("d").build())
        .hasMessageContaining("RegulationItem.types");
  }

  @Test
  void targetPhaseNotBelowCurrent() {
    assertThatThrownBy(() -> base().currentPhase(Phase.PHASE_2).targetPhase(Phase.PHASE_1).build())
        .hasMessageContaining("RegulationItem.targetPhase").hasMessageContaining("PHASE_1");
  }

  @Test
  void departmentIdFollowsTheCorePattern() {
    assertThatThrownBy(() -> RegulationItem.builder().id("x").provision(Provision.of(LegalInstrumentKind.ORDINANCE, "条例", "第1条"))
        .quotedText("t").addTypes(RegulationType.OTHER).departmentId("消防局").build())
        .hasMessageContaining("RegulationItem.departmentId").hasMessageContaining("'消防局'");
  }

  @Test
  void stepsAppendToTheHistoryWithoutChangingTheOriginal() {
    RegulationItem item = Fixtures.fireEquipmentInspection();
    RegulationItem assessed = item.then(Fixtures.assess(LocalDate.of(2023, 5, 1), AssessmentVerdict.ANALOG_REGULATION));
    assertThat(assessed.state()).isEqualTo(ReviewState.ASSESSED);
    assertThat(item.state()).isEqualTo(ReviewState.IDENTIFIED);
    assertThat(assessed.types()).isEqualTo(item.types());
  }

  @Test
  void jsonRoundTripWithIotLinkAndSavingsEstimate() {
    RegulationItem item = RegulationItem.builder()
        .id("env-007")
        .provision(Provision.of(LegalInstrumentKind.GUIDELINE, "庁舎環境管理要綱", "第7条第2項"))
        .quotedText("室内の温湿度を毎日測定し記録する。")
        .addTypes(RegulationType.PERIODIC_INSPECTION)
        .addSubTypes(RegulationSubType.PERIODIC_INSPECTION_MEASUREMENT)
        .targetPhase(Phase.PHASE_3)
        .departmentId("finance")
        .addSubstitutes(TechnologySubstitute.SENSOR_IOT_MONITORING)
        .iotMonitoringSetupId("city-hall-lpwa")
        // seed: 5分×64か所×250日=80,000分 (LPWA/IoT temperature and humidity)
        .savingsEstimate(FormulaEstimate.of(Factor.of(5, "分"), Factor.of(64, "か所"), Factor.of(250, "日")))
        .build()
        .then(Fixtures.assess(LocalDate.of(2023, 4, 10), AssessmentVerdict.ANALOG_REGULATION));
    String json = DxJson.write(item);
    assertThat(json).contains("\"reference\" : \"第七条第二項\"").contains("\"iotMonitoringSetupId\" : \"city-hall-lpwa\"");
    RegulationItem back = DxJson.read(json, RegulationItem.class);
    assertThat(back).isEqualTo(item);
    assertThat(back.savingsEstimate().orElseThrow().minutes().getAsLong()).isEqualTo(80_000L);
  }

  private static RegulationItem.Builder base() {
    return RegulationItem.builder().id("x").provision(Provision.of(LegalInstrumentKind.ORDINANCE, "条例", "第1条"))
        .quotedText("t").addTypes(RegulationType.VISUAL_INSPECTION).departmentId("d");
  }
}
