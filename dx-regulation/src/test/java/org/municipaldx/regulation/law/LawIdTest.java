package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LawIdTest {

  @Test
  void localAutonomyActIsShowa22ActNo67() {
    // 地方自治法: 昭和二十二年法律第六十七号
    LawId id = LawId.parse("322AC0000000067");
    assertThat(id.type()).isEqualTo(LawIdType.ACT);
    assertThat(id.eraJapaneseName()).isEqualTo("昭和");
    assertThat(id.eraYear()).isEqualTo(22);
    assertThat(id.number()).isEqualTo(67);
    assertThat(id.toString()).isEqualTo("322AC0000000067");
  }

  @ParameterizedTest
  @CsvSource({
      "321CONSTITUTION, CONSTITUTION",
      "323AC0000000186, ACT",
      "415CO0000000263, CABINET_ORDER",
      "318IO0000000618, IMPERIAL_ORDER",
      "105DF0000000337, DAJOKAN_FUKOKU",
      "427M60001080001, MINISTERIAL_ORDINANCE",
      "333RJNJ09024000, NATIONAL_PERSONNEL_AUTHORITY_RULE",
      "322R00000001001, RULE",
      "427RPMD10100000, PRIME_MINISTER_DECISION",
  })
  void recognisesEachTypeCode(String text, LawIdType type) {
    assertThat(LawId.parse(text).type()).isEqualTo(type);
    assertThat(LawId.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void foldsFullWidthAndLowerCase() {
    assertThat(LawId.parse("３２２ac0000000067")).isEqualTo(LawId.parse("322AC0000000067"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "22AC0000000067", "622AC0000000067", "300AC0000000067", "322XX0000000067",
      "322AC000000067", "322AC00000000670", "322M6000108000Z"})
  void rejectsMalformedIds(String text) {
    assertThat(LawId.isValid(text)).isFalse();
    assertThatThrownBy(() -> LawId.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void nationalLawReferenceRoundTrip() {
    NationalLawReference r = NationalLawReference.parse("323AC0000000186 第17条の3の3");
    assertThat(r.lawId()).isEqualTo(LawId.parse("323AC0000000186"));
    assertThat(r.provision()).contains(ProvisionReference.parse("第十七条の三の三"));
    assertThat(r.toString()).isEqualTo("323AC0000000186 第十七条の三の三");
    assertThat(NationalLawReference.parse(r.toString())).isEqualTo(r);
    assertThat(NationalLawReference.parse("323AC0000000186第17条").provision()).contains(ProvisionReference.article(17));
    assertThat(NationalLawReference.parse("323AC0000000186").provision()).isEmpty();
  }

  @Test
  void equalsContract() {
    EqualsVerifier.forClass(LawId.class).withNonnullFields("id").verify();
  }
}
