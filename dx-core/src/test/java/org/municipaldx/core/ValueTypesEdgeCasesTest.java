package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportingPeriod} and {@link MunicipalityCode} at the edges of their rules (issue 13, mutation
 * testing): each test names the rule, the values either side of its boundary and the exact error.
 */
class ValueTypesEdgeCasesTest {

  @Test
  @DisplayName("a calendar-year period is from 1873 to 9998 inclusive, like a fiscal year")
  void calendarYearsAreInRange() {
    assertThat(ReportingPeriod.calendarYear(1873).year()).isEqualTo(1873);
    assertThat(ReportingPeriod.calendarYear(9998).year()).isEqualTo(9998);
    for (int year : new int[] {1872, 9999}) {
      InvalidValueException e = catchThrowableOfType(() -> ReportingPeriod.calendarYear(year), InvalidValueException.class);
      assertThat(e.type()).isEqualTo("ReportingPeriod");
      assertThat(e.field()).isEqualTo("year");
      assertThat(e.rule()).isEqualTo("must be from 1873 to 9998");
    }
  }

  @Test
  @DisplayName("a calendar year runs 1 January to 31 December, a fiscal year 1 April to 31 March")
  void periodsStartAndEndAsTheirKindSays() {
    ReportingPeriod cy = ReportingPeriod.parse("CY2022");
    assertThat(cy.isFiscalYear()).isFalse();
    assertThat(cy.year()).isEqualTo(2022);
    assertThat(cy.startDate()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(cy.endDate()).isEqualTo(LocalDate.of(2022, 12, 31));
    ReportingPeriod fy = ReportingPeriod.parse("令和5年度");
    assertThat(fy.isFiscalYear()).isTrue();
    assertThat(fy.year()).isEqualTo(2023);
    assertThat(fy.startDate()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(fy.endDate()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(fy).hasToString("FY2023");
  }

  @Test
  @DisplayName("prefecture codes run from 01 (Hokkaido) to 47 (Okinawa); 00 and 48 are rejected")
  void prefectureCodesAreFrom01To47() {
    assertThat(MunicipalityCode.parse("01100").prefecture()).isEqualTo(Prefecture.HOKKAIDO);
    assertThat(MunicipalityCode.parse("47201").prefecture()).isEqualTo(Prefecture.OKINAWA);
    for (String code : new String[] {"00100", "48201"}) {
      InvalidValueException e = catchThrowableOfType(() -> MunicipalityCode.parse(code), InvalidValueException.class);
      assertThat(e.type()).isEqualTo("MunicipalityCode");
      assertThat(e.rule()).isEqualTo("prefecture code " + code.substring(0, 2) + " is not from 01 to 47");
    }
  }

  @Test
  @DisplayName("a code without its check digit is its first five digits; codes order as their digits")
  void withoutCheckDigitAndOrder() {
    MunicipalityCode koriyama = MunicipalityCode.parse("072036");
    assertThat(koriyama.withoutCheckDigit()).isEqualTo("07203");
    MunicipalityCode fukushima = MunicipalityCode.parse("07201");
    assertThat(fukushima.compareTo(koriyama)).isNegative();
    assertThat(koriyama.compareTo(fukushima)).isPositive();
    assertThat(koriyama.compareTo(MunicipalityCode.parse("07203"))).isZero();
  }

  @Test
  @DisplayName("a prefecture's JIS X 0401 code is from 1 to 47; 0 and 48 are rejected")
  void prefectureOfCodeIsFrom1To47() {
    assertThat(Prefecture.ofCode(1)).isEqualTo(Prefecture.HOKKAIDO);
    assertThat(Prefecture.ofCode(47)).isEqualTo(Prefecture.OKINAWA);
    assertThat(Prefecture.ofCode(7).code()).isEqualTo(7);
    assertThat(Prefecture.ofCode(7).englishName()).isEqualTo("Fukushima");
    assertThat(Prefecture.ofCode(7).japaneseName()).isEqualTo("福島県");
    for (int code : new int[] {0, 48}) {
      InvalidValueException e = catchThrowableOfType(() -> Prefecture.ofCode(code), InvalidValueException.class);
      assertThat(e.type()).isEqualTo("Prefecture");
      assertThat(e.field()).isEqualTo("code");
      assertThat(e.value()).isEqualTo(Integer.toString(code));
      assertThat(e.rule()).isEqualTo("must be from 1 to 47");
    }
  }
}
