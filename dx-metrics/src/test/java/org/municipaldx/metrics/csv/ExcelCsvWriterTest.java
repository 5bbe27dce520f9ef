package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiveLess;
import org.municipaldx.metrics.batch.Rollup;
import org.municipaldx.metrics.batch.Sums;

class ExcelCsvWriterTest {

  private static String write(List<?>... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExcelCsvWriter w = ExcelCsvWriter.open(out)) {
      for (List<?> r : records) {
        w.writeRecord(r);
      }
    }
    byte[] b = out.toByteArray();
    assertThat(Arrays.copyOf(b, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void formulaCharactersArePrefixedWithAnApostrophe() {
    // jackson-dataformat-csv quotes a cell that starts with an apostrophe; Excel drops the quotes
    assertThat(write(List.of("=1+2", "+81", "-5", "@SUM(A1)", "\tx", "\rx", "a=b", "部局")))
        .isEqualTo("\"'=1+2\",\"'+81\",\"'-5\",\"'@SUM(A1)\",\"'\tx\",\"'\rx\",a=b,部局\r\n");
    assertThat(ExcelCsvWriter.escape("'=x")).isEqualTo("''=x");
    assertThat(ExcelCsvWriter.escape("'x")).isEqualTo("'x");
    assertThat(ExcelCsvWriter.unescape("''=x")).isEqualTo("'=x");
    assertThat(ExcelCsvWriter.unescape("'x")).isEqualTo("'x");
  }

  @Test
  void numbersWeWriteAreNotPrefixed() {
    assertThat(write(List.of(-5L, 12, new BigDecimal("-651.5"), "-651.5")))
        .isEqualTo("-5,12,-651.5,\"'-651.5\"\r\n");
  }

  @Test
  void quotingAndCrlf() {
    assertThat(write(List.of("a,b", "say \"hi\"", "two\nlines"), Arrays.asList("x", null)))
        .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nx,\r\n");
  }

  @Test
  void otherCellTypesAreRejected() {
    ExcelCsvWriter w = ExcelCsvWriter.open(new ByteArrayOutputStream());
    assertThatThrownBy(() -> w.writeRecord(List.of(1.5d)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ExcelCsvWriter.cell: must be a String or a whole or decimal number (was 'java.lang.Double')");
  }

  @Test
  void rollupCsv() {
    Map<FiveLess, Sums> five = new EnumMap<>(FiveLess.class);
    for (FiveLess f : FiveLess.values()) {
      five.put(f, Sums.ZERO);
    }
    // seed: 30分×1,303件=39,090分 of 12,512件 (カウンターレス)
    five.put(FiveLess.COUNTERLESS, new Sums(39_090, 1_303, 12_512));
    Rollup r = Rollup.of(Map.of("general-affairs", new Sums(39_090, 1_303, 12_512)), five,
        new Sums(39_090, 1_303, 12_512), 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RollupCsv.write(r, out);
    byte[] b = out.toByteArray();
    assertThat(new String(b, 3, b.length - 3, StandardCharsets.UTF_8)).isEqualTo(
        "区分,名前,分×オンライン件数,オンライン件数,総件数\r\n"
            + "部局,general-affairs,39090,1303,12512\r\n"
            + "5レス,カウンターレス,39090,1303,12512\r\n"
            + "5レス,キャッシュレス,0,0,0\r\n"
            + "5レス,ムーブレス,0,0,0\r\n"
            + "5レス,ペーパーレス,0,0,0\r\n"
            + "5レス,ファイルレス,0,0,0\r\n"
            + "合計,,39090,1303,12512\r\n");
  }
}
