package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvSourceTest {

  static CsvSource source(byte[] bytes) {
    return CsvSource.of(new ByteArrayInputStream(bytes), "t.csv", Optional.empty());
  }

  static List<List<String>> records(byte[] bytes) {
    return records(source(bytes));
  }

  /** Every record the source gives, each as its fields' texts; the source is closed at the end. */
  static List<List<String>> records(CsvSource source) {
    List<List<String>> out = new ArrayList<>();
    try (CsvSource s = source) {
      while (s.next()) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < s.record().size(); i++) {
          r.add(s.record().get(i));
        }
        out.add(r);
      }
    }
    return out;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void crCrlfAndLfEachEndALineAndTheLastLineBreakIsOptional() {
    assertThat(records(utf8("a,b\rc,d\r\ne,f\ng,"))).containsExactly(
        List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", ""));
    try (CsvSource s = source(utf8("a,b\rc,d\r\ne,f\ng,h\n"))) {
      List<Long> lines = new ArrayList<>();
      while (s.next()) {
        lines.add(((TextLocation) s.record().location(1)).line());
      }
      assertThat(lines).containsExactly(1L, 2L, 3L, 4L);
    }
  }

  @Test
  void quotedFieldsKeepCommasLineBreaksAndDoubledQuotesAndLinesCountOn() {
    try (CsvSource s = source(utf8("x,\"a,b\r\nsay \"\"hi\"\"\",y\nz,w\n"))) {
      assertThat(s.next()).isTrue();
      assertThat(s.record().get(1)).isEqualTo("a,b\r\nsay \"hi\"");
      assertThat(s.record().location(2)).isEqualTo(new TextLocation("t.csv", 2, 3, 20));
      assertThat(s.record().location(1)).isEqualTo(new TextLocation("t.csv", 1, 2, 2));
      assertThat(s.next()).isTrue();
      assertThat(s.record().location(0)).isEqualTo(new TextLocation("t.csv", 3, 1, 22));
      assertThat(s.next()).isFalse();
    }
  }

  @Test
  void aByteOrderMarkIsDroppedAndMeansUtf8() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = utf8("部局,年度\n市民課,2023\n");
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    try (CsvSource s = source(all)) {
      assertThat(s.next()).isTrue();
      assertThat(s.record().get(0)).isEqualTo("部局");
      assertThat(s.record().location(0)).isEqualTo(new TextLocation("t.csv", 1, 1, 3));
      assertThat(s.charset()).contains(StandardCharsets.UTF_8);
    }
  }

  @Test
  void windows31jIsDetectedAtTheFirstNonAsciiByte() {
    Charset sjis = TextEncoding.WINDOWS_31J;
    byte[] bytes = "id,name\n1,市民課\n".getBytes(sjis);
    assertThat(records(bytes)).containsExactly(List.of("id", "name"), List.of("1", "市民課"));
    try (CsvSource s = source(bytes)) {
      s.next();
      s.next();
      assertThat(s.charset()).contains(sjis);
    }
  }

  @Test
  void aBadByteIsLocatedByLineColumnAndByteOffset() {
    // "a,b\n1,市" in UTF-8, then a lone continuation byte 0x80 at offset 9
    byte[] bytes = {'a', ',', 'b', '\n', '1', ',', (byte) 0xE5, (byte) 0xB8, (byte) 0x82, (byte) 0x80, '\n'};
    IngestException e = catchThrowableOfType(IngestException.class, () -> records(bytes));
    assertThat(e.problems()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(((TextLocation) p.location()).byteOffset()).as(p.location().toString() + ((TextLocation) p.location()).byteOffset()).isEqualTo(9);
    assertThat(p.location()).isEqualTo(new TextLocation("t.csv", 2, 2, 9));
    assertThat(p.reason()).startsWith("the bytes at offset 9 are not valid UTF-8");
    assertThat(e.total()).isEqualTo(1);
  }

  @Test
  void badWindows31jBytesAreLocatedToo() {
    // 0x82 0x20: a Windows-31J lead byte followed by a space is no character
    byte[] bytes = {'a', '\n', (byte) 0x82, (byte) 0xA0, (byte) 0x82, ' ', '\n'};
    IngestException e = catchThrowableOfType(IngestException.class, () -> records(bytes));
    assertThat(e.problems().get(0).location()).isEqualTo(new TextLocation("t.csv", 2, 1, 4));
    assertThat(e.problems().get(0).reason()).contains("Windows-31J");
  }

  @Test
  void anUnclosedQuoteNamesWhereItOpens() {
    IngestException e = catchThrowableOfType(IngestException.class,
        () -> records(utf8("a,b\nc,\"d\ne,f\n")));
    assertThat(e.problems().get(0).location()).isEqualTo(new TextLocation("t.csv", 2, 2, 6));
    assertThat(e.problems().get(0).reason()).contains("never closed");
  }

  @Test
  void textAfterAClosingQuoteIsAnError() {
    IngestException e = catchThrowableOfType(IngestException.class,
        () -> records(utf8("a,\"b\"x,c\n")));
    assertThat(e.problems().get(0).location()).isEqualTo(new TextLocation("t.csv", 1, 2, 5));
  }

  @Test
  void recordsLongerThanTheBlockAndPlainNumbers() {
    StringBuilder sb = new StringBuilder();
    String longCell = "x".repeat(700_000);
    for (int i = 0; i < 50_000; i++) {
      sb.append(i).append(',').append(i % 7 == 0 ? longCell.substring(0, i % 5) : "１２").append('\n');
    }
    sb.append("end,\"").append(longCell).append("\"\n");
    List<List<String>> r = records(utf8(sb.toString()));
    assertThat(r).hasSize(50_001);
    assertThat(r.get(49_999)).containsExactly("49999", "１２");
    assertThat(r.get(50_000).get(1)).hasSize(700_000);
    try (CsvSource s = source(utf8("12,１２, 1,,1234567890123456789,007\n"))) {
      s.next();
      Record rec = s.record();
      assertThat(List.of(rec.plainWhole(0), rec.plainWhole(1), rec.plainWhole(2), rec.plainWhole(3),
          rec.plainWhole(4), rec.plainWhole(5))).containsExactly(12L, -1L, -1L, -1L, -1L, 7L);
    }
  }

  @Test
  void blankRecordsAreRecordsThatAreBlank() {
    try (CsvSource s = source(utf8("a\n\n,, \n"))) {
      List<Boolean> blank = new ArrayList<>();
      while (s.next()) {
        blank.add(s.record().isBlank());
      }
      assertThat(blank).containsExactly(false, true, true);
    }
  }

  @Test
  void onlyAsciiCompatibleCharsets() {
    assertThatThrownBy(() -> CsvSource.of(new ByteArrayInputStream(new byte[0]), "t",
        Optional.of(StandardCharsets.UTF_16)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ASCII-compatible");
  }
}
