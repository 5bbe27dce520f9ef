package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

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
}
