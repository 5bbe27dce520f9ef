package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ProvisionReferenceTest {

  @Test
  void parsesKanjiAndArabicFormsOfTheSameProvision() {
    ProvisionReference kanji = ProvisionReference.parse("第十二条第二項第三号");
    ProvisionReference arabic = ProvisionReference.parse("第12条第2項第3号");
    assertThat(kanji).isEqualTo(arabic).isEqualTo(ProvisionReference.of(12, 2, 3));
    assertThat(kanji.toString()).isEqualTo("第十二条第二項第三号");
    assertThat(kanji.toArabicString()).isEqualTo("第12条第2項第3号");
  }

  @Test
  void parsesFullWidthDigitsAndMixedForms() {
    assertThat(ProvisionReference.parse("第１２条第２項")).isEqualTo(ProvisionReference.parse("第十二条第2項"));
  }

  @Test
  void branchArticlesAndBranchItems() {
    ProvisionReference r = ProvisionReference.parse("第十二条の二第三号の二");
    assertThat(r.article()).isEqualTo(ProvisionNumber.of(12, 2));
    assertThat(r.paragraph()).isEmpty();
    assertThat(r.item()).contains(ProvisionNumber.of(3, 2));
    assertThat(r.toArabicString()).isEqualTo("第12条の2第3号の2");
    // 消防法第十七条の三の三: periodic inspection and report of fire-fighting equipment
    assertThat(ProvisionReference.parse("第17条の3の3").toString()).isEqualTo("第十七条の三の三");
  }

  @Test
  void hundredsAndThousandsInKanji() {
    assertThat(ProvisionReference.parse("第百二十三条").article().main()).isEqualTo(123);
    assertThat(ProvisionReference.article(100).toString()).isEqualTo("第百条");
    assertThat(ProvisionReference.article(1010).toString()).isEqualTo("第千十条");
    assertThat(ProvisionReference.article(2305).toString()).isEqualTo("第二千三百五条");
    assertThat(ProvisionReference.parse("第一百条")).isEqualTo(ProvisionReference.article(100));
  }

  @Test
  void rejectsMalformedReferencesSayingWhere() {
    assertThatThrownBy(() -> ProvisionReference.parse("第十二項"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'第十二項'").hasMessageContaining("character 1").hasMessageContaining("第…条");
    assertThatThrownBy(() -> ProvisionReference.parse("第12条第3号第2項"))
        .hasMessageContaining("character 8");
    assertThatThrownBy(() -> ProvisionReference.parse("第十十条")).hasMessageContaining("out of order");
    assertThatThrownBy(() -> ProvisionReference.parse("第0条")).hasMessageContaining("must not start with 0");
    assertThatThrownBy(() -> ProvisionReference.parse("第12345条")).hasMessageContaining("from 1 to 9999");
    assertThatThrownBy(() -> ProvisionReference.parse("第12条の")).hasMessageContaining("expected a number");
  }

  @Test
  void aPositionInNormalisedTextSaysWhichTextItCounts() {
    // spaces are dropped and full-width digits folded before parsing: the position counts in that text
    assertThatThrownBy(() -> ProvisionReference.parse("第１２条 第3号 第2項"))
        .hasMessageContaining("'第１２条 第3号 第2項'").hasMessageContaining("character 8 of '第12条第3号第2項'");
  }

  @Test
  void ordersByArticleThenParagraphThenItem() {
    assertThat(ProvisionReference.parse("第12条")).isLessThan(ProvisionReference.parse("第12条の2"));
    assertThat(ProvisionReference.parse("第12条の2")).isLessThan(ProvisionReference.parse("第13条"));
    assertThat(ProvisionReference.parse("第12条")).isLessThan(ProvisionReference.parse("第12条第1項"));
  }

  @Test
  void equalsContracts() {
    EqualsVerifier.forClass(ProvisionNumber.class).verify();
    EqualsVerifier.forClass(ProvisionReference.class).withNonnullFields("article").verify();
  }
}
