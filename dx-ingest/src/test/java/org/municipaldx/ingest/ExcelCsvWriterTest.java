package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}

