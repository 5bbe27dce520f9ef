package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.MonthDay;
import java.time.chrono.JapaneseEra;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProvisionCitationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "第4条の9第1項 | 第4条の9第1項",
      "第十二条の二第二項第三号 | 第12条の2第2項第3号",
      "第100の4条第4項 | 第100条の4第4項",
      "第12の3の2の3条第1項 | 第12条の3の2の3第1項",
      "第10条ノ2第2項 | 第10条の2第2項",
      "第15条の19条第2項 | 第15条の19第2項",
      "第28条の4の第1項 | 第28条の4第1項",
      "第13の2第3項 | 第13条の2第3項",
      "第4条1項13号 | 第4条第1項第13号",
      "第０５条 | 第5条",
      "第２１の９条第一項 | 第21条の9第1項",
      "第9条の3\u3000第1項 | 第9条の3第1項",
      "第2項 | 第2項",
      "附則第3条 | 附則第3条",
      "制定附則第20条の9第2項 | 制定附則第20条の9第2項",
      "改正附則第32条第3項 | 改正附則第32条第3項",
      "別表第17第9号 | 別表第17第9号",
      "第13条の3第2項第2号イ | 第13条の3第2項第2号イ",
      "第35条の15第1項第3号のイ | 第35条の15第1項第3号イ",
      "第1条第1号イ(1) | 第1条第1号イ(1)",
      "第25条第1項ただし書 | 第25条第1項ただし書",
      "第2条第5項本文 | 第2条第5項本文",
      "第3条第4項後段 | 第3条第4項後段",
      "第10条第1項、第3項 | 第10条第1項、第10条第3項",
      "第102条第2,3項 | 第102条第2項、第102条第3項",
      "第4条第4・5項 | 第4条第4項、第4条第5項",
      "第150条第1項及び第152条 | 第150条第1項、第152条",
      "第3条から第5条まで | 第3条から第5条まで",
      "第3条第1項から第3項まで | 第3条第1項から第3条第3項まで",
      "第31条で準用する第10条第1項 | 第31条で準用する第10条第1項",
      "第21条第3項において読み替えて準用する第11条第１項 | 第21条第3項において読み替えて準用する第11条第1項",
      "第104条の3（第34条の7の準用） | 第104条の3で準用する第34条の7",
      "平成23年政令第405号第10条第2項 | 平成23年政令第405号第10条第2項",
      "法第12条第2項 | 法第12条第2項",
      "附則平成4年1月27日運輸省令第5号第2条第4項 | 平成4年1月27日運輸省令第5号附則第2条第4項",
      "第42条第1項（平成18年3月31日改正前） | 第42条第1項(平成18年3月31日改正前)",
      "第96条表6号の2 | 第96条表第6号の2",
      "第81条の14の表の15 | 第81条の14表の15",
      "第5条第2項の表の3の項 | 第5条第2項表の3",
      "第96条表6号、第7号 | 第96条表第6号、第96条表第7号",
      "別表第1第三11 | 別表第1第三11",
      "別表第1第3第2号 | 別表第1第三第2号",
      "別表第１の１（５）イの（注）３ | 別表第1の1(5)イ注3",
      "別表第２の５（２）の注２ | 別表第2の5(2)注2",
  })
  void readsEveryFormTheSurveyWritesToWhatItSays(String text, String canonical) {
    ProvisionCitation c = ProvisionCitation.parse(text);
    assertThat(c.toString()).isEqualTo(canonical);
    assertThat(ProvisionCitation.parse(canonical)).isEqualTo(c);
  }

  @Test
  void theStructureOfA準用Citation() {
    ProvisionCitation c = ProvisionCitation.parse("第31条で準用する第10条第1項");
    assertThat(c.provisions()).extracting(r -> r.from().article().orElseThrow()).containsExactly(ProvisionNumber.of(31));
    assertThat(c.applied()).extracting(r -> r.from().toReference().orElseThrow())
        .containsExactly(ProvisionReference.of(ProvisionNumber.of(10), ProvisionNumber.of(1), null));
    assertThat(c.replacedTerms()).isFalse();
    assertThat(c.asReference()).isEmpty();
    assertThat(ProvisionCitation.parse("第100の4条第4項").asReference())
        .contains(ProvisionReference.parse("第百条の四第四項"));
  }

  @Test
  void multiLevel準用ChainsWithListsParseAndPrintBack() {
    ProvisionCitation c = ProvisionCitation.parse("第5条で準用する第3条で準用する第2条");
    assertThat(c.provisions()).extracting(r -> r.from().article().orElseThrow()).containsExactly(ProvisionNumber.of(5));
    assertThat(c.applications()).extracting(a -> a.provisions().get(0).from().article().orElseThrow())
        .containsExactly(ProvisionNumber.of(3), ProvisionNumber.of(2));
    assertThat(c.applied()).isEqualTo(c.applications().get(0).provisions());
    assertThat(c).hasToString("第5条で準用する第3条で準用する第2条");

    ProvisionCitation lists = ProvisionCitation.parse(
        "法第五十条及び第五十一条において準用する第四十条第一項、第三項において読み替えて準用する第十二条から第十四条まで");
    assertThat(lists.law()).contains("法");
    assertThat(lists.provisions()).hasSize(2);
    assertThat(lists.applications()).hasSize(2);
    assertThat(lists.applications().get(0).provisions()).hasSize(2);
    assertThat(lists.applications().get(0).replacedTerms()).isFalse();
    assertThat(lists.applications().get(1).replacedTerms()).isTrue();
    assertThat(lists.applications().get(1).provisions().get(0).to()).isPresent();
    assertThat(lists).hasToString("法第50条、第51条で準用する第40条第1項、第40条第3項において読み替えて準用する第12条から第14条まで");
    assertThat(ProvisionCitation.parse(lists.toString())).isEqualTo(lists);
    // a link must name something
    assertThatThrownBy(() -> ProvisionCitation.parse("第5条で準用する第3条で準用する"))
        .isInstanceOfSatisfying(ProvisionParseException.class, e -> assertThat(e.index()).isEqualTo(16));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "第-条 | 1",
      "第60.0条第2項 | 3",
      "第19条第 | 5",
      "第10条第の2 | 5",
      "第96条表6 | 5",
      "第81条の14の表の | 9",
      "別表第1注 | 5",
      "第96条表第2項 | 5",
      "第0条 | 1",
      "第12条第3号第2項 | 7",
  })
  void rejectsWhatItCannotReadWithThePosition(String text, int index) {
    assertThatThrownBy(() -> ProvisionCitation.parse(text))
        .isInstanceOfSatisfying(ProvisionParseException.class, e -> {
          assertThat(e.index()).isEqualTo(index);
          assertThat(e.text()).isEqualTo(text);
          assertThat(e.getMessage()).contains("'" + text + "'").contains("character " + (index + 1));
        });
    assertThat(ProvisionCitation.isValid(text)).isFalse();
  }

  @Test
  void pointsInsideTablesAreTyped() {
    ProvisionPoint item = ProvisionCitation.parse("第96条表6号の2").provisions().get(0).from();
    assertThat(item.article()).contains(ProvisionNumber.of(96));
    assertThat(item.inProvisionTable()).isTrue();
    assertThat(item.item()).contains(ProvisionNumber.of(6, List.of(2)));
    assertThat(item.toReference()).isEmpty();
    ProvisionPoint row = ProvisionCitation.parse("第81条の14の表の15").provisions().get(0).from();
    assertThat(row.article()).contains(ProvisionNumber.of(81, List.of(14)));
    assertThat(row.row()).contains(ProvisionNumber.of(15));
    assertThat(row.item()).isEmpty();
    ProvisionPoint division = ProvisionCitation.parse("別表第1第三11").provisions().get(0).from();
    assertThat(division.table()).contains(ProvisionNumber.of(1));
    assertThat(division.division()).contains(ProvisionNumber.of(3));
    assertThat(division.row()).contains(ProvisionNumber.of(11));
    ProvisionPoint note = ProvisionCitation.parse("別表第１の１（５）イの（注）３").provisions().get(0).from();
    assertThat(note.table()).contains(ProvisionNumber.of(1, List.of(1)));
    assertThat(note.subItems()).containsExactly("(5)", "イ");
    assertThat(note.note()).contains(ProvisionNumber.of(3));
    // the factories keep the rules: a division and a row need their table, a note needs a table
    ProvisionPoint art5 = ProvisionPoint.of(ProvisionReference.article(5));
    assertThatThrownBy(() -> art5.withDivision(ProvisionNumber.of(3))).hasMessageContaining("ProvisionPoint.division");
    assertThatThrownBy(() -> art5.withRow(ProvisionNumber.of(3))).hasMessageContaining("ProvisionPoint.row");
    assertThatThrownBy(() -> art5.withNote(ProvisionNumber.of(3))).hasMessageContaining("ProvisionPoint.note");
    assertThat(art5.inTableOfProvision().withRow(ProvisionNumber.of(3))).hasToString("第5条表の3");
    ProvisionPoint table2 = ProvisionPoint.of(ProvisionNumber.of(2), null, null, null, List.of(), null);
    assertThatThrownBy(table2::inTableOfProvision).hasMessageContaining("ProvisionPoint.inProvisionTable");
    assertThat(table2.withNote(ProvisionNumber.of(1))).hasToString("別表第2注1");
  }

  @Test
  void aListElementThatLeavesOutALevelIsRejectedByTheFactory() {
    ProvisionPoint art10 = ProvisionPoint.of(ProvisionReference.article(10));
    ProvisionPoint para2 = ProvisionPoint.of(null, null, ProvisionNumber.of(2), null, List.of(), null);
    assertThatThrownBy(() -> ProvisionCitation.of(null, ProvisionPart.MAIN,
        List.of(ProvisionRange.of(art10), ProvisionRange.of(para2)), List.of(), false, null))
        .hasMessageContaining("leaves out a level").hasMessageContaining("第10条第2項");
    assertThatThrownBy(() -> ProvisionCitation.of("第1条", ProvisionPart.MAIN, List.of(ProvisionRange.of(art10)), List.of(), false, null))
        .hasMessageContaining("ProvisionCitation.law");
  }

  @Test
  void lawNumbersFromKanjiNumeralsAsPrinted() {
    LawNumber act = LawNumber.parse("昭和二十六年法律第四号");
    assertThat(act.era()).isEqualTo(JapaneseEra.SHOWA);
    assertThat(act.eraYear()).isEqualTo(26);
    assertThat(act.gregorianYear()).isEqualTo(1951);
    assertThat(act.kind()).isEqualTo(LawNumberKind.ACT);
    assertThat(act.issuers()).isEmpty();
    assertThat(act.number()).isEqualTo(4);
    assertThat(act.toString()).isEqualTo("昭和二十六年法律第四号");

    LawNumber ordinance = LawNumber.parse("平成十一年法務省令第四号");
    assertThat(ordinance.kind()).isEqualTo(LawNumberKind.MINISTERIAL_ORDINANCE);
    assertThat(ordinance.issuers()).containsExactly("法務省");
  }

  @Test
  void jointOrdinancesRulesNoticesAndArabicDigits() {
    assertThat(LawNumber.parse("平成十二年内閣府・法務省令第二号").issuers()).containsExactly("内閣府", "法務省");
    assertThat(LawNumber.parse("令和四年内閣官房令第三号").issuers()).containsExactly("内閣官房");
    LawNumber rule = LawNumber.parse("平成二十八年個人情報保護委員会規則第三号");
    assertThat(rule.kind()).isEqualTo(LawNumberKind.RULE);
    assertThat(rule.issuers()).containsExactly("個人情報保護委員会");
    assertThat(LawNumber.parse("昭和56年郵政省令第37号")).isEqualTo(LawNumber.parse("昭和五十六年郵政省令第三十七号"));
    assertThat(LawNumber.parse("令和元年総務省令第十九号").gregorianYear()).isEqualTo(2019);
    LawNumber notice = LawNumber.parse("昭和三十年四月十五日建設省告示第千号");
    assertThat(notice.date()).contains(MonthDay.of(4, 15));
    assertThat(notice.toString()).isEqualTo("昭和三十年四月十五日建設省告示第千号");
    LawNumber joint = LawNumber.parse("令和三年カジノ管理委員会規則・国土交通省令第一号");
    assertThat(joint.issuers()).containsExactly("カジノ管理委員会", "国土交通省");
    assertThat(LawNumber.parse(joint.toString())).isEqualTo(joint);
  }

  @Test
  void lawNumbersOfOtherShapesAreRejectedWithTheReason() {
    assertThatThrownBy(() -> LawNumber.parse("平成二十一年人事院規則八―一二―七"))
        .hasMessageContaining("人事院規則 are numbered by series");
    assertThatThrownBy(() -> LawNumber.parse("大正十二年内務省・鉄道省令")).hasMessageContaining("no number");
    assertThatThrownBy(() -> LawNumber.parse("-")).hasMessageContaining("expected <era>");
  }

  @Test
  void lawIdTellsACommissionRuleFromAMinisterialOrdinance() {
    assertThat(LawId.parse("428M60020000006").type()).isEqualTo(LawIdType.COMMISSION_RULE); // 個人情報保護委員会規則
    assertThat(LawId.parse("428M60020000006").number()).isEqualTo(6);
    assertThat(LawId.parse("427M60001080001").type()).isEqualTo(LawIdType.MINISTERIAL_ORDINANCE);
    // a joint ordinance of 法務省 (flag 5) and a commission stays a ministerial ordinance
    assertThat(LawId.parse("430M60020010010").type()).isEqualTo(LawIdType.MINISTERIAL_ORDINANCE);
  }

  @Test
  void equalsContracts() {
    EqualsVerifier.forClass(ProvisionPoint.class).withNonnullFields("subItems").verify();
    EqualsVerifier.forClass(ProvisionRange.class).withNonnullFields("from").verify();
    EqualsVerifier.forClass(ProvisionCitation.class).withNonnullFields("part", "provisions", "applications").verify();
    EqualsVerifier.forClass(AppliedProvisions.class).withNonnullFields("provisions").verify();
    EqualsVerifier.forClass(LawNumber.class).withPrefabValues(JapaneseEra.class, JapaneseEra.SHOWA, JapaneseEra.HEISEI)
        .withNonnullFields("era", "kind", "issuers").verify();
  }
}
