package org.municipaldx.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegulationTypeTest {

  @Test
  void theSeedsRepresentativeSevenInOrder() {
    // seed 資料6: ①目視 ②実地監査 ③定期検査・点検 ④常駐・専任 ⑤対面講習 ⑥書面掲示 ⑦往訪閲覧・縦覧
    assertThat(RegulationType.representativeSeven().stream().map(RegulationType::japaneseName).collect(Collectors.toList()))
        .containsExactly("目視", "実地監査", "定期検査・点検", "常駐・専任", "対面講習", "書面掲示", "往訪閲覧・縦覧");
    assertThat(RegulationType.RECORDING_MEDIA.isRepresentativeSeven()).isFalse();
    assertThat(RegulationType.OTHER.isRepresentativeSeven()).isFalse();
  }

  @Test
  void nationalReviewTargetIsJune2024() {
    // seed 資料6 要旨②: 国では、2024年6月までを目途に…見直しを行う
    assertThat(RegulationType.NATIONAL_REVIEW_TARGET).isEqualTo(YearMonth.of(2024, 6));
  }

  @Test
  void publishedPhaseMeaningsOfVisualInspectionAndOnSiteAudit() {
    for (RegulationType t : List.of(RegulationType.VISUAL_INSPECTION, RegulationType.ON_SITE_AUDIT)) {
      assertThat(t.phaseMeaning(Phase.PHASE_1).japaneseWording()).contains("従来の目視・実地監査規制");
      assertThat(t.phaseMeaning(Phase.PHASE_2).japaneseWording()).contains("情報収集の遠隔化、人による評価");
      assertThat(t.phaseMeaning(Phase.PHASE_3).japaneseWording()).contains("判断の精緻化、自動化・無人化");
      assertThat(t.phaseMeaning(Phase.PHASE_2).describe()).isEqualTo("information gathered remotely, with a person judging");
    }
  }

  @Test
  void publishedPhaseMeaningsOfPeriodicInspection() {
    RegulationType t = RegulationType.PERIODIC_INSPECTION;
    assertThat(t.phaseMeaning(Phase.PHASE_1).japaneseWording()).contains("従来の定期検査・点検規制");
    assertThat(t.phaseMeaning(Phase.PHASE_2).japaneseWording()).contains("デジタル技術の活用による規制目的の達成");
    assertThat(t.phaseMeaning(Phase.PHASE_3).japaneseWording()).contains("定期の検査・調査・測定の撤廃");
    assertThat(t.phaseMeaning(Phase.PHASE_3).describe()).contains("no longer needed").contains("continuous monitoring");
  }

  @ParameterizedTest
  @EnumSource(value = RegulationType.class, names = {"RESIDENT_OR_DEDICATED", "IN_PERSON_TRAINING", "WRITTEN_POSTING",
      "VISIT_FOR_INSPECTION", "RECORDING_MEDIA", "OTHER"})
  void otherTypesSayThereIsNoPublishedWording(RegulationType t) {
    for (Phase p : Phase.values()) {
      PhaseMeaning m = t.phaseMeaning(p);
      assertThat(m.isPublished()).isFalse();
      assertThat(m.japaneseWording()).isEmpty();
      assertThat(m.describe()).isEqualTo("no published wording in this model");
      assertThat(m.toString()).endsWith("no published wording in this model");
    }
  }

  @Test
  void parsesLabelsAndShortForms() {
    assertThat(RegulationType.parse("目視")).isEqualTo(RegulationType.VISUAL_INSPECTION);
    assertThat(RegulationType.parse("periodic inspection")).isEqualTo(RegulationType.PERIODIC_INSPECTION);
    assertThat(RegulationType.parse("定期検査")).isEqualTo(RegulationType.PERIODIC_INSPECTION);
    assertThat(RegulationType.parse("ＦＤ等の記録媒体")).isEqualTo(RegulationType.RECORDING_MEDIA);
    assertThatThrownBy(() -> RegulationType.parse("押印")).hasMessageContaining("'押印'").hasMessageContaining("目視");
  }

  @Test
  void phaseParsing() {
    assertThat(Phase.parse("PHASE2")).isEqualTo(Phase.PHASE_2);
    assertThat(Phase.parse("フェーズ３")).isEqualTo(Phase.PHASE_3);
    assertThat(Phase.parse("1")).isEqualTo(Phase.PHASE_1);
    assertThatThrownBy(() -> Phase.parse("4")).hasMessageContaining("'4'");
  }

  @Test
  void subTypesDefinedByTheManualAndOpenForOthers() {
    assertThat(RegulationSubType.defined(RegulationType.VISUAL_INSPECTION)).extracting(RegulationSubType::name)
        .containsExactly("検査・点検", "調査", "巡視・見張り");
    assertThat(RegulationSubType.defined(RegulationType.PERIODIC_INSPECTION)).extracting(RegulationSubType::name)
        .containsExactly("第三者検査・自主検査", "調査・測定");
    assertThat(RegulationSubType.defined(RegulationType.RESIDENT_OR_DEDICATED)).extracting(RegulationSubType::name)
        .containsExactly("常駐", "専任");
    assertThat(RegulationSubType.parse("目視:調査")).isSameAs(RegulationSubType.VISUAL_INSPECTION_SURVEY);
    RegulationSubType custom = RegulationSubType.parse("対面講習：法定講習");
    assertThat(custom.isDefined()).isFalse();
    assertThat(custom.type()).isEqualTo(RegulationType.IN_PERSON_TRAINING);
    assertThat(custom.toString()).isEqualTo("対面講習:法定講習");
    assertThat(RegulationSubType.parse(custom.toString())).isEqualTo(custom);
    assertThatThrownBy(() -> RegulationSubType.parse("調査")).hasMessageContaining("<type>:<name>");
  }

  @Test
  void equalsContracts() {
    EqualsVerifier.forClass(RegulationSubType.class).withNonnullFields("type", "name").verify();
    EqualsVerifier.forClass(PhaseMeaning.class).withNonnullFields("type", "phase").verify();
  }
}
