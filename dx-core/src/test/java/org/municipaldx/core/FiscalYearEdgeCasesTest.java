package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxJsonException;

/**
 * The edges of {@link FiscalYear}'s rules that mutation testing (issue 13) found unchecked: each test
 * names the rule, a value on each side of its boundary, and the exact error.
 */
class FiscalYearEdgeCasesTest {

  @Test
  @DisplayName("FiscalYear.of accepts 1873 to 9998 inclusive and rejects the years just outside")
  void ofAcceptsTheRangeInclusive() {
    assertThat(FiscalYear.of(FiscalYear.MIN_YEAR).year()).isEqualTo(1873);
    assertThat(FiscalYear.of(FiscalYear.MAX_YEAR).year()).isEqualTo(9998);
    for (int year : new int[] {1872, 9999}) {
      InvalidValueException e = catchThrowableOfType(() -> FiscalYear.of(year), InvalidValueException.class);
      assertThat(e.type()).isEqualTo("FiscalYear");
      assertThat(e.field()).isEqualTo("year");
      assertThat(e.value()).isEqualTo(Integer.toString(year));
      assertThat(e.rule()).isEqualTo("must be from 1873 to 9998");
    }
  }

  @Test
  @DisplayName("a JSON number is a fiscal year when it is a whole year from 1873 to 9998, whatever its notation")
  void jsonNumbersAreWholeYearsInRange() {
    assertThat(DxJson.read("2023", FiscalYear.class)).isEqualTo(FiscalYear.of(2023));
    assertThat(DxJson.read("2023.0", FiscalYear.class)).isEqualTo(FiscalYear.of(2023));
    assertThat(DxJson.read("2.023E3", FiscalYear.class)).isEqualTo(FiscalYear.of(2023));
    assertThat(DxJson.read("1873", FiscalYear.class)).isEqualTo(FiscalYear.of(1873));
    assertThat(DxJson.read("9998", FiscalYear.class)).isEqualTo(FiscalYear.of(9998));
    // a text is not a fiscal year in JSON (issue 14: the reader agrees with the schema); FiscalYear.parse reads it in Java
    assertThat(rule("\"2023年度\"")).isEqualTo("must be the starting year as a JSON number, e.g. 2023");
    assertThat(rule("2023.5")).isEqualTo("must be a whole year");
    assertThat(rule("1872")).isEqualTo("must be from 1873 to 9998");
    assertThat(rule("9999")).isEqualTo("must be from 1873 to 9998");
    // far outside an int: still the range rule, not an ArithmeticException
    assertThat(rule("1e10")).isEqualTo("must be from 1873 to 9998");
    assertThat(rule("true")).isEqualTo("must be the starting year as a JSON number, e.g. 2023");
  }

  private static String rule(String json) {
    DxJsonException e = catchThrowableOfType(() -> DxJson.read(json, FiscalYear.class), DxJsonException.class);
    assertThat(e.invalidValue()).as(json).isPresent();
    assertThat(e.invalidValue().get().field()).isEqualTo("year");
    return e.invalidValue().get().rule();
  }

  @Test
  @DisplayName("a fiscal year contains 1 April to 31 March inclusive, and not the days either side")
  void containsIsInclusiveOfBothEnds() {
    FiscalYear fy = FiscalYear.of(2023);
    assertThat(fy.contains(LocalDate.of(2023, 4, 1))).isTrue();
    assertThat(fy.contains(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(fy.contains(LocalDate.of(2023, 3, 31))).isFalse();
    assertThat(fy.contains(LocalDate.of(2024, 4, 1))).isFalse();
  }

  @Test
  @DisplayName("previous, next, isBefore, isAfter and compareTo order fiscal years by their starting year, strictly")
  void orderIsStrict() {
    FiscalYear fy2022 = FiscalYear.of(2022);
    FiscalYear fy2023 = FiscalYear.of(2023);
    assertThat(fy2023.previous()).isEqualTo(fy2022);
    assertThat(fy2022.next()).isEqualTo(fy2023);
    assertThat(fy2023.isAfter(fy2022)).isTrue();
    assertThat(fy2022.isAfter(fy2023)).isFalse();
    assertThat(fy2023.isAfter(FiscalYear.of(2023))).isFalse();
    assertThat(fy2022.isBefore(fy2023)).isTrue();
    assertThat(fy2023.isBefore(FiscalYear.of(2023))).isFalse();
    assertThat(fy2022.compareTo(fy2023)).isNegative();
    assertThat(fy2023.compareTo(fy2022)).isPositive();
    assertThat(fy2023.compareTo(FiscalYear.of(2023))).isZero();
    assertThat(catchThrowableOfType(() -> FiscalYear.of(FiscalYear.MIN_YEAR).previous(), InvalidValueException.class)
        .rule()).isEqualTo("must be from 1873 to 9998");
  }

  @Test
  @DisplayName("a range from a fiscal year to itself holds that one year")
  void aRangeToItselfIsOneYear() {
    assertThat(FiscalYear.of(2023).rangeTo(FiscalYear.of(2023)).collect(Collectors.toList()))
        .containsExactly(FiscalYear.of(2023));
  }

  @Test
  @DisplayName("the eras before Showa are named in Japanese: 明治 from 1873, 大正 from fiscal year 1912")
  void meijiAndTaishoAreNamed() {
    assertThat(FiscalYear.of(1873).toJapaneseEraString()).isEqualTo("明治6年度");
    assertThat(FiscalYear.of(1911).eraJapaneseName()).isEqualTo("明治");
    // the era in force on 31 December names the fiscal year: Taisho began on 30 July 1912
    assertThat(FiscalYear.of(1912).toJapaneseEraString()).isEqualTo("大正元年度");
    assertThat(FiscalYear.of(1920).toKanjiEraString()).isEqualTo("大正九年度");
    assertThat(FiscalYear.of(1926).toJapaneseEraString()).isEqualTo("昭和元年度");
  }
}
