package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFormatsTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "yyyy/m/d|true", "yyyy\"年\"m\"月\"d\"日\"|true", "[$-411]ggge\"年\"m\"月\"d\"日\"|true",
      "m/d/yy h:mm|true", "h:mm AM/PM|true", "hh:mm:ss.000|true", "yyyy-mm-dd;@|true",
      "[Red]yyyy/mm/dd|true", "General|false", "@|false", "0|false", "#,##0|false",
      "#,##0\"件\"|false", "0.00E+00|false", "0.0%|false", "[h]:mm:ss|false",
      "\"day\" 0|false", "#,##0;[Red]-#,##0|false", "\\d 0|false"})
  void customFormats(String format, boolean date) {
    assertThat(DateFormats.isDate("164", format)).isEqualTo(date);
  }

  @ParameterizedTest(name = "built-in {0}: {1}")
  @CsvSource({"0,false", "1,false", "3,false", "9,false", "14,true", "22,true", "27,true", "31,true",
      "36,true", "37,false", "45,true", "47,true", "49,false", "50,true", "58,true", "59,false"})
  void builtInFormats(String id, boolean date) {
    assertThat(DateFormats.isDate(id, null)).isEqualTo(date);
  }

  /** The first section decides (ECMA-376 Part 1, §18.8.31: sections are separated by ';'). */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {"yyyy;0|true", "\"x\";yyyy|false", "0;yyyy|false", "#;[Red]yyyy|false"})
  void onlyTheFirstSectionDecides(String format, boolean date) {
    assertThat(DateFormats.isDateFormat(format)).isEqualTo(date);
  }

  /**
   * Quoted text, escaped characters, the character after _ (width) and * (fill), and bracketed sections hold no
   * date letter; an escaped s is no seconds, so a 0 after it is a digit placeholder.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {"\\d|false", "_y|false", "*d|false", "\"yyyy|false", "\"d\"|false",
      "[$-411|false", "[ss]|false", "[mm]:ss|false", "[Blue]m|true", "\"d\"yy|true", "\\dd|true", "_)yy|true",
      "yy\\s.0|false", "yy_s.0|false", "[Red][$-411]yyyy/m/d|true"})
  void literalTextIsNoDateLetter(String format, boolean date) {
    assertThat(DateFormats.isDateFormat(format)).isEqualTo(date);
  }

  /** Digit placeholders 0 # ? make a number format, except 0 after seconds and a point (ss.00); another date letter ends the seconds. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {"s.00|true", "mm:ss.0|true", "ss0|true", "ss h0|false", ".0|false", "h 0|false", "yyyy #|false",
      "yyyy ?|false", "0 yyyy|false", "-|false", "h時mm分ss秒|true", "年|true", "YYYY/MM/DD|true", "GENERAL|false",
      "general|false"})
  void digitPlaceholdersMakeANumberFormat(String format, boolean date) {
    assertThat(DateFormats.isDateFormat(format)).isEqualTo(date);
  }

  @Test
  void whiteSpaceAroundTheFormatIsIgnored() {
    assertThat(DateFormats.isDateFormat(" yyyy ")).isTrue();
    assertThat(DateFormats.isDateFormat("   ")).isFalse();
    assertThat(DateFormats.isDateFormat(" General ")).isFalse();
  }

  @Test
  void aBuiltInIdBelow164DecidesAloneUnlessTheWorkbookGivesItsFormat() {
    // ids below 164 are built in (§18.8.30); a workbook may still declare a format for one
    assertThat(DateFormats.isDate("2", null)).isFalse();
    assertThat(DateFormats.isDate("2", "0.00")).isFalse();
    assertThat(DateFormats.isDate("100", "yyyy/m/d")).isTrue();
    // a custom id (164 and up) is a date only by its format; with none it is not
    assertThat(DateFormats.isDate("164", null)).isFalse();
    assertThat(DateFormats.isDate("200", "yyyy/m/d")).isTrue();
    // no id: the format alone
    assertThat(DateFormats.isDate(null, "yyyy/m/d")).isTrue();
    assertThat(DateFormats.isDate(null, "0")).isFalse();
    assertThat(DateFormats.isDate(null, null)).isFalse();
    // an id that is no number is no known format, whatever the format says
    assertThat(DateFormats.isDate("x", "yyyy/m/d")).isFalse();
    // the ranges' neighbours are numbers
    for (String id : new String[] {"13", "23", "26", "44", "48"}) {
      assertThat(DateFormats.isDate(id, null)).as(id).isFalse();
    }
  }
}
