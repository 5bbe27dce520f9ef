package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.MonthDay;
import java.time.chrono.JapaneseEra;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.municipaldx.core.InvalidValueException;

/**
 * The rules of {@link LawNumber#of} at their bounds and the eras' Gregorian years, each error with its
 * field and rule (issue 13 part 4: mutation testing).
 */
class LawNumberRulesTest {

  private static InvalidValueException rejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, call);
    assertThat(e).as("rejected").isNotNull();
    assertThat(e.type()).isEqualTo("LawNumber");
    return e;
  }

  @Test
  void theEraYearIsFromOneTo99() {
    // rule: eraYear from 1 to 99 (元年 is 1)
    assertThat(LawNumber.of(JapaneseEra.SHOWA, 1, null, LawNumberKind.ACT, List.of(), 1).toString()).isEqualTo("昭和元年法律第一号");
    assertThat(LawNumber.of(JapaneseEra.SHOWA, 99, null, LawNumberKind.ACT, List.of(), 1).eraYear()).isEqualTo(99);
    for (int bad : new int[] {0, 100}) {
      InvalidValueException e = rejected(() -> LawNumber.of(JapaneseEra.SHOWA, bad, null, LawNumberKind.ACT, List.of(), 1));
      assertThat(e.field()).isEqualTo("eraYear");
      assertThat(e.value()).isEqualTo(String.valueOf(bad));
      assertThat(e.rule()).isEqualTo("must be from 1 to 99");
    }
  }

  @Test
  void theNumberIsFromOneTo9999() {
    // rule: number from 1 to KanjiNumerals.MAX (9999)
    assertThat(LawNumber.of(JapaneseEra.HEISEI, 2, null, LawNumberKind.ACT, List.of(), 9999).toString())
        .isEqualTo("平成二年法律第九千九百九十九号");
    for (int bad : new int[] {0, 10_000}) {
      InvalidValueException e = rejected(() -> LawNumber.of(JapaneseEra.HEISEI, 2, null, LawNumberKind.ACT, List.of(), bad));
      assertThat(e.field()).isEqualTo("number");
      assertThat(e.rule()).isEqualTo("must be from 1 to 9999");
    }
  }

  @Test
  void onlyOrdinancesRulesAndNoticesHaveAnIssuer() {
    // rule: 府省令, 規則 and 告示 need their issuer; 法律, 政令, 勅令 and 閣令 have none
    InvalidValueException needs = rejected(() -> LawNumber.of(JapaneseEra.HEISEI, 11, null,
        LawNumberKind.MINISTERIAL_ORDINANCE, List.of(), 4));
    assertThat(needs.field()).isEqualTo("issuers");
    assertThat(needs.rule()).isEqualTo("a 府省令 needs its issuer");
    assertThat(rejected(() -> LawNumber.of(JapaneseEra.HEISEI, 11, null, LawNumberKind.RULE, List.of(), 4)).rule())
        .isEqualTo("a 規則 needs its issuer");
    assertThat(rejected(() -> LawNumber.of(JapaneseEra.HEISEI, 11, null, LawNumberKind.PUBLIC_NOTICE, List.of(), 4)).rule())
        .isEqualTo("a 告示 needs its issuer");
    InvalidValueException none = rejected(() -> LawNumber.of(JapaneseEra.HEISEI, 11, null, LawNumberKind.CABINET_ORDER,
        List.of("法務省"), 4));
    assertThat(none.field()).isEqualTo("issuers");
    assertThat(none.rule()).isEqualTo("a 政令 has no issuer");
  }

  @ParameterizedTest(name = "issuer \"{0}\"")
  @CsvSource(delimiter = '|', value = {"''", "法務省1", "第一法務省", "法務省令", "委員会規則", "建設省告示", "昭和三十年法律第四号"})
  void anIssuerIsABodysNameInLetters(String issuer) {
    // rule: each issuer is a name in letters, without 第 or the kind of instrument (令, 規則, 告示) or a law number
    InvalidValueException e = rejected(() -> LawNumber.of(JapaneseEra.HEISEI, 11, null,
        LawNumberKind.MINISTERIAL_ORDINANCE, List.of(issuer), 4));
    assertThat(e.field()).isEqualTo("issuers");
    assertThat(e.value()).isEqualTo(issuer);
    assertThat(e.rule()).startsWith("each must be a body's name in letters");
  }

  @Test
  void aPublicNoticeHasOneIssuer() {
    // rule: a 告示 has exactly one issuer; an ordinance may have several (joint ordinance)
    InvalidValueException e = rejected(() -> LawNumber.of(JapaneseEra.SHOWA, 30, MonthDay.of(4, 15),
        LawNumberKind.PUBLIC_NOTICE, List.of("建設省", "運輸省"), 1000));
    assertThat(e.field()).isEqualTo("issuers");
    assertThat(e.rule()).isEqualTo("a 告示 has one issuer");
    assertThat(LawNumber.of(JapaneseEra.HEISEI, 12, null, LawNumberKind.MINISTERIAL_ORDINANCE, List.of("内閣府", "法務省"), 2)
        .toString()).isEqualTo("平成十二年内閣府・法務省令第二号");
  }

  @Test
  void eachErasFirstYearIsItsGregorianStart() {
    // 明治元年 = 1868, 大正元年 = 1912, 昭和元年 = 1926, 平成元年 = 1989, 令和元年 = 2019
    assertThat(LawNumber.parse("明治元年法律第一号").gregorianYear()).isEqualTo(1868);
    assertThat(LawNumber.parse("明治元年法律第一号").eraJapaneseName()).isEqualTo("明治");
    assertThat(LawNumber.parse("大正元年勅令第一号").gregorianYear()).isEqualTo(1912);
    assertThat(LawNumber.parse("大正二年勅令第一号").kind()).isEqualTo(LawNumberKind.IMPERIAL_ORDER);
    assertThat(LawNumber.parse("昭和元年閣令第一号").kind()).isEqualTo(LawNumberKind.CABINET_ORDINANCE);
    assertThat(LawNumber.parse("昭和元年閣令第一号").gregorianYear()).isEqualTo(1926);
    assertThat(LawNumber.parse("平成元年政令第一号").gregorianYear()).isEqualTo(1989);
    assertThat(LawNumber.parse("令和元年法律第一号").gregorianYear()).isEqualTo(2019);
    assertThat(LawNumber.parse("令和元年法律第一号").era()).isEqualTo(JapaneseEra.REIWA);
  }

  @Test
  void parseRejectsAnArabicNumberOfFiveDigitsAndAnUnknownKind() {
    // rule: a number has at most 4 digits; the words before 第 name a kind of instrument
    InvalidValueException big = rejected(() -> LawNumber.parse("平成2年法律第10000号"));
    assertThat(big.field()).isEmpty();
    assertThat(big.rule()).isEqualTo("cannot be parsed: number '10000' is larger than 9999");
    InvalidValueException kind = rejected(() -> LawNumber.parse("平成2年条例第1号"));
    assertThat(kind.rule()).isEqualTo("cannot be parsed: '条例' is not a kind of instrument (法律, 政令, …省令, …規則, …告示)");
    // a lone 令 is not a ministerial ordinance
    assertThat(rejected(() -> LawNumber.parse("平成2年令第1号")).rule()).contains("'令' is not a kind of instrument");
  }

  @Test
  void arabicNumbersWithLeadingZerosOrANineAndOfFourDigitsAreRead() {
    // rule: an Arabic number is 1 to 4 digits, leading zeros allowed; a first digit 0 or 9 is a digit too
    LawNumber n = LawNumber.parse("平成9年法律第0999号");
    assertThat(n.eraYear()).isEqualTo(9);
    assertThat(n.number()).isEqualTo(999);
    assertThat(n.toString()).isEqualTo("平成九年法律第九百九十九号");
  }

  @Test
  void aReferenceWithoutALawIdNamesTheEmptyId() {
    // rule: <law ID>[ <provision>]: a text starting with 第 has an empty law ID
    InvalidValueException e = rejectedReference("第17条");
    assertThat(e.rule()).startsWith("LawId '' is not an e-Gov law ID");
  }

  private static InvalidValueException rejectedReference(String text) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> NationalLawReference.parse(text));
    assertThat(e).as("rejected").isNotNull();
    assertThat(e.type()).isEqualTo("NationalLawReference");
    return e;
  }

  @Test
  void aMonthAndDayPrintInKanji() {
    LawNumber n = LawNumber.parse("平成4年1月27日運輸省令第5号");
    assertThat(n.date()).contains(MonthDay.of(1, 27));
    assertThat(n.toString()).isEqualTo("平成四年一月二十七日運輸省令第五号");
    assertThat(LawNumber.parse("昭和22年国家公安委員会規則第3号").toString()).isEqualTo("昭和二十二年国家公安委員会規則第三号");
  }
}
