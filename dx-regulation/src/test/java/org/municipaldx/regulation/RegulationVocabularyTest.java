package org.municipaldx.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.regulation.law.LegalInstrumentKind;

/**
 * The small vocabulary types' rules at their bounds: PHASE numbers, the short forms of
 * {@link RegulationType#parse}, sub-type names, labels (issue 13 part 4: mutation testing).
 */
class RegulationVocabularyTest {

  @Test
  void aPhaseNumberIsOneTwoOrThree() {
    // rule: Phase.of(n) for n in 1..3, and number() gives n back
    for (Phase p : Phase.values()) {
      assertThat(Phase.of(p.number())).isSameAs(p);
    }
    assertThat(Phase.PHASE_1.number()).isEqualTo(1);
    assertThat(Phase.PHASE_3.number()).isEqualTo(3);
    for (int bad : new int[] {0, 4}) {
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Phase.of(bad));
      assertThat(e.type()).isEqualTo("Phase");
      assertThat(e.field()).isEqualTo("number");
      assertThat(e.rule()).isEqualTo("must be 1, 2 or 3");
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"PHASE_3, PHASE_3", "phase 2, PHASE_2", "ＰＨＡＳＥ１, PHASE_1", "3, PHASE_3"})
  void phaseParseAcceptsConstantNamesAndLabels(String text, Phase expected) {
    assertThat(Phase.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"0", "12", "PHASE", "", "フェーズ"})
  void phaseParseRejectsOtherNumbers(String text) {
    // rule: exactly one digit 1, 2 or 3 after PHASE/フェーズ
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Phase.parse(text));
    assertThat(e.type()).isEqualTo("Phase");
    assertThat(e.field()).isEmpty();
    assertThat(e.value()).isEqualTo(text);
    assertThat(e.rule()).startsWith("unknown, expected 1, 2 or 3");
  }

  @Test
  void phaseLabels() {
    assertThat(Phase.PHASE_2.japaneseName()).isEqualTo("PHASE2");
    assertThat(Phase.PHASE_2.englishName()).isEqualTo("PHASE 2");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"定期点検, PERIODIC_INSPECTION", "常駐, RESIDENT_OR_DEDICATED", "専任, RESIDENT_OR_DEDICATED",
      "往訪閲覧, VISIT_FOR_INSPECTION", "縦覧, VISIT_FOR_INSPECTION", "記録媒体, RECORDING_MEDIA", "FD等, RECORDING_MEDIA",
      "' 定期検査 ', PERIODIC_INSPECTION", "VISIT_FOR_INSPECTION, VISIT_FOR_INSPECTION", "その他, OTHER"})
  void regulationTypeShortForms(String text, RegulationType expected) {
    // the seed's list and spreadsheets write the types short
    assertThat(RegulationType.parse(text)).isEqualTo(expected);
  }

  @Test
  void everyTypeHasItsLabels() {
    assertThat(RegulationType.WRITTEN_POSTING.japaneseName()).isEqualTo("書面掲示");
    assertThat(RegulationType.WRITTEN_POSTING.englishName()).isEqualTo("posting on paper");
    assertThat(RegulationType.VISIT_FOR_INSPECTION.isRepresentativeSeven()).isTrue();
    assertThat(RegulationType.VISUAL_INSPECTION.isRepresentativeSeven()).isTrue();
    assertThat(TechnologySubstitute.parse("ドローン")).isEqualTo(TechnologySubstitute.DRONE);
    assertThat(TechnologySubstitute.parse("web meeting")).isEqualTo(TechnologySubstitute.WEB_MEETING);
    assertThat(TechnologySubstitute.SENSOR_IOT_MONITORING.japaneseName()).isEqualTo("センサー・IoTによる常時監視");
    assertThat(TechnologySubstitute.SENSOR_IOT_MONITORING.englishName()).isEqualTo("sensor/IoT monitoring");
  }

  @Test
  void aPublishedPhaseMeaningSaysSoInBothLanguages() {
    PhaseMeaning m = RegulationType.PERIODIC_INSPECTION.phaseMeaning(Phase.PHASE_1);
    assertThat(m.isPublished()).isTrue();
    assertThat(m.type()).isEqualTo(RegulationType.PERIODIC_INSPECTION);
    assertThat(m.phase()).isEqualTo(Phase.PHASE_1);
    assertThat(m.englishWording()).contains("conventional periodic inspection");
    assertThat(m.describe()).isEqualTo("conventional periodic inspection");
    assertThat(m.toString()).isEqualTo("定期検査・点検 PHASE1: 従来の定期検査・点検規制");
    assertThat(RegulationType.OTHER.phaseMeaning(Phase.PHASE_1).englishWording()).isEmpty();
    assertThat(RegulationType.ON_SITE_AUDIT.phaseMeaning(Phase.PHASE_1).describe())
        .isEqualTo("conventional visual inspection or on-site audit");
    assertThat(RegulationType.ON_SITE_AUDIT.phaseMeaning(Phase.PHASE_3).describe())
        .isEqualTo("judgement refined, and automated or unmanned");
    assertThat(RegulationType.PERIODIC_INSPECTION.phaseMeaning(Phase.PHASE_2).describe())
        .isEqualTo("the regulation's purpose achieved with digital technology");
  }

  @ParameterizedTest(name = "name \"{0}\"")
  @ValueSource(strings = {" ", "a:b", "a|b", "a;b"})
  void aSubTypeNameIsNotBlankAndHasNoSeparator(String name) {
    // rule: a sub-type's name is not blank and contains none of ':', '|', ';' (the CSV's separators)
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> RegulationSubType.of(RegulationType.OTHER, name));
    assertThat(e.type()).isEqualTo("RegulationSubType");
    assertThat(e.field()).isEqualTo("name");
    assertThat(e.rule()).isEqualTo("must not be blank nor contain ':', '|' or ';'");
  }

  @Test
  void aDefinedSubTypeIsFoundByTypeAndNormalisedName() {
    // rule: of(type, name) returns the defined constant when type and NFKC name match, else a new sub-type
    assertThat(RegulationSubType.of(RegulationType.VISUAL_INSPECTION, " 調査 ")).isSameAs(RegulationSubType.VISUAL_INSPECTION_SURVEY);
    RegulationSubType other = RegulationSubType.of(RegulationType.ON_SITE_AUDIT, "調査");
    assertThat(other.isDefined()).isFalse();
    assertThat(other.name()).isEqualTo("調査");
    assertThat(RegulationSubType.DEDICATED.isDefined()).isTrue();
    assertThat(RegulationSubType.parse("常駐・専任:専任")).isSameAs(RegulationSubType.DEDICATED);
    InvalidValueException badType = catchThrowableOfType(InvalidValueException.class, () -> RegulationSubType.parse("押印:x"));
    assertThat(badType.type()).isEqualTo("RegulationSubType");
    assertThat(badType.value()).isEqualTo("押印:x");
    assertThat(badType.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aProvisionPrintsTitleThenReference() {
    assertThat(Provision.of(LegalInstrumentKind.RULE, "公告式規則", "第3条第2項").toString()).isEqualTo("公告式規則第三条第二項");
  }
}
