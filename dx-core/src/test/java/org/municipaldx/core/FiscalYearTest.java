package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.chrono.JapaneseEra;
import java.util.stream.Collectors;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearTest {

  @Test
  void fy2023RunsFromApril2023ToMarch2024AndPrintsWithItsEra() {
    FiscalYear fy = FiscalYear.of(2023);
    assertThat(fy.startDate()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(fy.endDate()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(fy).hasToString("2023（令和5）年度");
    assertThat(fy.toJapaneseEraString()).isEqualTo("令和5年度");
    assertThat(fy.era()).isEqualTo(JapaneseEra.REIWA);
  }

  @Test
  void januaryToMarchBelongToThePreviousFiscalYear() {
    assertThat(FiscalYear.containing(LocalDate.of(2023, 3, 31))).isEqualTo(FiscalYear.of(2022));
    assertThat(FiscalYear.containing(LocalDate.of(2023, 4, 1))).isEqualTo(FiscalYear.of(2023));
    assertThat(FiscalYear.containing(LocalDate.of(2023, 2, 14))).isEqualTo(FiscalYear.of(2022));
  }

  @Test
  void fy2019IsNamedReiwaGannenThoughItBeganInHeisei31() {
    assertThat(FiscalYear.of(2019)).hasToString("2019（令和元）年度");
    assertThat(FiscalYear.parse("平成31年度")).isEqualTo(FiscalYear.of(2019));
    assertThat(FiscalYear.parse("令和元年度")).isEqualTo(FiscalYear.of(2019));
    assertThat(FiscalYear.of(1988)).hasToString("1988（昭和63）年度");
    assertThat(FiscalYear.of(1989)).hasToString("1989（平成元）年度");
  }

  @ParameterizedTest
  @CsvSource({
    "2023年度, 2023", "令和5年度, 2023", "令和元年度, 2019", "R5, 2023", "r5, 2023",
    "2023(令和5)年度, 2023", "2023（令和5）年度, 2023", "２０２３（令和５）年度, 2023",
    "ＦＹ２０２３, 2023", "FY2023, 2023", "2023, 2023", "H31, 2019", "平成2年度, 1990", "令和 5 年度, 2023"
  })
  void parsesTheFormsMunicipalitiesWrite(String text, int year) {
    assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(year));
  }

  @Test
  void rejectsAYearAndEraThatDisagreeSayingWhatTheEraYearIs() {
    assertThatThrownBy(() -> FiscalYear.parse("2022(令和3)年度"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("令和3 is 2021")
        .hasMessageContaining("not 2022");
  }

  @Test
  void reportingPeriodKeepsTheFiscalYearsReasonForRejectingAFormItAccepts() {
    // 2022(令和3)年度 has a form ReportingPeriod accepts; the error must say why it is wrong
    assertThatThrownBy(() -> ReportingPeriod.parse("2022(令和3)年度"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("令和3 is 2021")
        .hasMessageContaining("not 2022");
    assertThatThrownBy(() -> ReportingPeriod.parse("平成42年度")).hasMessageContaining("平成42 (2030) is too far past");
    assertThatThrownBy(() -> ReportingPeriod.parse("next year"))
        .hasMessageContaining("'next year' cannot be parsed").hasMessageContaining("FY2023, CY2022, 2022年");
  }

  @Test
  void rejectsEraYearsTooFarPastTheEraAndYearZero() {
    assertThatThrownBy(() -> FiscalYear.parse("平成42年度")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("平成42 (2030) is too far past the era's end; 平成 ended in 2019")
        .hasMessageContaining("accepted up to 10 years later (2029)");
    assertThatThrownBy(() -> FiscalYear.parse("平成320年度")).hasMessageContaining("too far past");
    assertThatThrownBy(() -> FiscalYear.parse("昭和七十五年度")).hasMessageContaining("昭和七十五 (2000) is too far past");
    assertThatThrownBy(() -> FiscalYear.parse("令和0年度")).hasMessageContaining("era year must be 1");
  }

  @ParameterizedTest
  @CsvSource({
    // documents written before an era change name later years in the old era's count
    "平成31年度, 2019", "平成32年度, 2020", "平成33年度, 2021", "平成41年度, 2029", "H32, 2020",
    "2020(平成32)年度, 2020", "昭和64年度, 1989", "昭和65年度, 1990", "昭和74年度, 1999",
    "大正15年度, 1926", "明治45年度, 1912", "平成三十二年度, 2020"
  })
  void acceptsEraYearsWrittenPastTheEraAsWritten(String text, int year) {
    assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(year));
  }

  @Test
  void anEraYearWrittenPastTheEraPrintsInTheEraInForce() {
    assertThat(FiscalYear.parse("平成32年度")).hasToString("2020（令和2）年度");
    assertThat(FiscalYear.parse("昭和65年度").toJapaneseEraString()).isEqualTo("平成2年度");
  }

  @ParameterizedTest
  @CsvSource({
    "令和五年度, 2023", "令和元年度, 2019", "平成三十一年度, 2019", "平成元年度, 1989", "令和十年度, 2028",
    "昭和六十三年度, 1988", "2023（令和五）年度, 2023", "令和 五 年度, 2023", "令和五, 2023", "明治六年度, 1873"
  })
  void parsesEraYearsInKanjiNumerals(String text, int year) {
    assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(year));
  }

  @Test
  void printsEraYearsInKanjiNumerals() {
    assertThat(FiscalYear.of(2023).toKanjiEraString()).isEqualTo("令和五年度");
    assertThat(FiscalYear.of(2019).toKanjiEraString()).isEqualTo("令和元年度");
    assertThat(FiscalYear.of(1988).toKanjiEraString()).isEqualTo("昭和六十三年度");
    assertThat(FiscalYear.of(2040).toKanjiEraString()).isEqualTo("令和二十二年度");
  }

  @Test
  void rejectsMalformedKanjiEraYearsSayingWhy() {
    assertThatThrownBy(() -> FiscalYear.parse("令和五五年度")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FiscalYear '令和五五年度'").hasMessageContaining("two digits in a row");
    assertThatThrownBy(() -> FiscalYear.parse("令和十十年度")).hasMessageContaining("out of order");
  }

  @Test
  void rejectsGarbageAndOutOfRangeYearsNamingTheRule() {
    assertThatThrownBy(() -> FiscalYear.parse("next year")).hasMessageContaining("cannot be parsed");
    assertThatThrownBy(() -> FiscalYear.of(1872)).hasMessageContaining("FiscalYear.year").hasMessageContaining("1872");
  }

  @Test
  void rangesAreInclusiveAndOrdered() {
    assertThat(FiscalYear.of(2022).rangeTo(FiscalYear.of(2025)).map(FiscalYear::year).collect(Collectors.toList()))
        .containsExactly(2022, 2023, 2024, 2025);
    assertThatThrownBy(() -> FiscalYear.of(2025).rangeTo(FiscalYear.of(2022))).hasMessageContaining("before start");
  }

  @Test
  void equalsAndHashCode() {
    EqualsVerifier.forClass(FiscalYear.class).verify();
    EqualsVerifier.forClass(MunicipalityCode.class).withNonnullFields("code").verify();
    EqualsVerifier.forClass(ReportingPeriod.class).verify();
  }
}
