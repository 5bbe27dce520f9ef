package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.municipaldx.core.initiative.InitiativeStatus;
import org.municipaldx.core.standard.StandardOperation;

class LabelledTest {

  @Test
  void fiveLessParsesFromEitherLabel() {
    assertThat(FiveLess.parse("カウンターレス")).isEqualTo(FiveLess.COUNTERLESS);
    assertThat(FiveLess.parse("cashless")).isEqualTo(FiveLess.CASHLESS);
    assertThat(FiveLess.parse("MOVELESS")).isEqualTo(FiveLess.MOVELESS);
    assertThat(FiveLess.PAPERLESS.japaneseName()).isEqualTo("ペーパーレス");
    assertThat(FiveLess.FILELESS.englishName()).isEqualTo("fileless");
  }

  @Test
  void otherDxTagsFromTheSourceParseToo() {
    assertThat(DxTag.parse("AI利活用")).isEqualTo(DxTag.AI_UTILISATION);
    assertThat(DxTag.parse("スマホ活用")).isEqualTo(DxTag.SMARTPHONE_USE);
    assertThat(DxTag.parse("データ活用")).isEqualTo(DxTag.DATA_UTILISATION);
    assertThat(DxTag.parse("ＡＩ利活用")).isEqualTo(DxTag.AI_UTILISATION);
    assertThat(DxTag.COUNTERLESS.fiveLess()).contains(FiveLess.COUNTERLESS);
    assertThat(DxTag.DATA_UTILISATION.fiveLess()).isEmpty();
  }

  @Test
  void everyFiveLessIsTheSameNamedTag() {
    for (FiveLess f : FiveLess.values()) {
      assertThat(f.tag().fiveLess()).contains(f);
      assertThat(f.tag().japaneseName()).isEqualTo(f.japaneseName());
    }
  }

  @Test
  void unknownLabelsListTheAcceptedOnes() {
    assertThatThrownBy(() -> FiveLess.parse("タイムレス"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FiveLess 'タイムレス': unknown, expected one of")
        .hasMessageContaining("カウンターレス/counterless");
  }

  @Test
  void statusesAndDepartmentKinds() {
    assertThat(InitiativeStatus.parse("継続")).isEqualTo(InitiativeStatus.CONTINUING);
    assertThat(InitiativeStatus.parse("新規")).isEqualTo(InitiativeStatus.NEW);
    assertThat(InitiativeStatus.parse("拡充")).isEqualTo(InitiativeStatus.EXPANDED);
    assertThat(DepartmentKind.fromName("選挙管理委員会事務局")).isEqualTo(DepartmentKind.COMMITTEE_SECRETARIAT);
    assertThat(DepartmentKind.fromName("上下水道局")).isEqualTo(DepartmentKind.KYOKU);
    assertThat(DepartmentKind.fromName("建設部")).isEqualTo(DepartmentKind.BU);
    assertThat(DepartmentKind.fromName("会計課")).isEqualTo(DepartmentKind.OTHER);
  }

  @Test
  void theTwentyStandardOperationsWithOfficialLabels() {
    assertThat(StandardOperation.values()).hasSize(20);
    assertThat(StandardOperation.FAMILY_REGISTER_ANNEX.japaneseName()).isEqualTo("戸籍の附票");
    assertThat(StandardOperation.parse("戸籍附票")).isEqualTo(StandardOperation.FAMILY_REGISTER_ANNEX);
    assertThat(StandardOperation.parse("印鑑登録事務")).isEqualTo(StandardOperation.SEAL_REGISTRATION);
    assertThat(StandardOperation.parse("子ども・子育て支援")).isEqualTo(StandardOperation.CHILD_AND_CHILDCARE_SUPPORT);
  }

  @Test
  void prefecturesByCodeAndName() {
    assertThat(Prefecture.values()).hasSize(47);
    assertThat(Prefecture.ofCode(7)).isEqualTo(Prefecture.FUKUSHIMA);
    assertThat(Prefecture.parse("福島")).isEqualTo(Prefecture.FUKUSHIMA);
    assertThat(Prefecture.parse("Tokyo")).isEqualTo(Prefecture.TOKYO);
    assertThatThrownBy(() -> Prefecture.ofCode(48)).hasMessageContaining("1 to 47");
  }
}
