package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edges of {@link CsvSource} that the scan's properties (which compare the scan with itself or with a
 * reference reading) do not pin down: the state a reader sees between records, the byte order mark, a
 * chunk of a parallel read, a field at the buffer's edge, the encoding check's cache and its
 * Windows-31J decoder, the longest record, blank records, and {@link CsvSource#nextLineStart}. Each test
 * names the rule it checks (issue 13 part 4).
 */
class CsvSourceEdgeCasesTest {
  /** CsvSource's buffer (its BLOCK): the first read of a stream fills this many bytes. */
  private static final int BLOCK = 1 << 18;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static CsvSource source(byte[] bytes, int readSize, Optional<Charset> charset) {
    return CsvSource.of(new ChunkedInputStream(new ByteArrayInputStream(bytes), readSize), "t.csv", charset);
  }

  private static List<List<String>> records(CsvSource s) {
    return CsvSourceTest.records(s);
  }

  private static TextLocation errorAt(Runnable read) {
    IngestException e = catchThrowableOfType(IngestException.class, read::run);
    assertThat(e).as("an IngestException").isNotNull();
    return (TextLocation) e.problems().get(0).location();
  }

  @Test
  void thereIsNoRecordBeforeTheFirstReadNorAfterTheLast() {
    try (CsvSource s = source(utf8("a\n"), Integer.MAX_VALUE, Optional.empty())) {
      assertThatThrownBy(s::record).isInstanceOf(IllegalStateException.class).hasMessage("t.csv: no current record");
      assertThatThrownBy(s::checkRecord).isInstanceOf(IllegalStateException.class)
          .hasMessage("t.csv: no current record");
      assertThat(s.next()).isTrue();
      assertThat(s.record().get(0)).isEqualTo("a");
      s.checkRecord(); // nothing left to check: ASCII
      assertThat(s.next()).isFalse();
      assertThatThrownBy(s::record).isInstanceOf(IllegalStateException.class);
      assertThat(s.next()).as("still at the end").isFalse();
    }
  }

  @Test
  void offsetsAndLinesAfterEachRecordCountEveryLineEnd() {
    // "ab,c" CRLF, "d" CR, "\"e\nf\"" LF (a quoted line break), "g" at the end without a line break
    try (CsvSource s = source(utf8("ab,c\r\nd\r\"e\nf\"\ng"), Integer.MAX_VALUE, Optional.empty())) {
      assertThat(s.offset()).isZero();
      assertThat(s.line()).isEqualTo(1);
      List<String> seen = new ArrayList<>();
      while (s.next()) {
        seen.add(s.recordOffset() + "/" + s.recordLine() + "-" + s.offset() + "/" + s.line() + " " + s.record()
            + " " + s);
      }
      assertThat(seen).containsExactly(
          "0/1-6/2 [ab, c] CsvSource{t.csv, line 2}",
          "6/2-8/3 [d] CsvSource{t.csv, line 3}",
          "8/3-14/5 [e\nf] CsvSource{t.csv, line 5}",
          "14/5-15/5 [g] CsvSource{t.csv, line 5}");
      assertThat(s.charset()).as("only ASCII read: not decided").isEmpty();
    }
  }

  @Test
  void aByteOrderMarkIsDroppedWhereverTheReadsCutIt() {
    for (int readSize : new int[] {1, 2, 3, 4, Integer.MAX_VALUE}) {
      assertThat(records(source(concat(BOM, utf8("a,市\n")), readSize, Optional.empty())))
          .as("read size %s", readSize).containsExactly(List.of("a", "市"));
      try (CsvSource s = source(concat(BOM, utf8("x")), readSize, Optional.empty())) {
        assertThat(s.next()).isTrue();
        assertThat(s.record().location(0)).isEqualTo(new TextLocation("t.csv", 1, 1, 3));
        assertThat(s.charset()).as("a BOM decides UTF-8").contains(StandardCharsets.UTF_8);
      }
    }
    // a file that is only a BOM has no record; files shorter than a BOM are read as they are
    assertThat(records(source(BOM, 1, Optional.empty()))).isEmpty();
    assertThat(records(source(utf8("ab"), 1, Optional.empty()))).containsExactly(List.of("ab"));
    assertThat(records(source(utf8("a"), Integer.MAX_VALUE, Optional.empty()))).containsExactly(List.of("a"));
  }

  @Test
  void aByteOrderMarkIsTextWhenTheGivenEncodingIsNotUtf8() {
    // EF BB BF are not dropped under Windows-31J: they are read (and checked) as the first field's bytes
    try (CsvSource s = source(concat(BOM, utf8("a\n")), Integer.MAX_VALUE, Optional.of(TextEncoding.WINDOWS_31J))) {
      TextLocation at = errorAt(s::next);
      assertThat(at.line()).isEqualTo(1);
      assertThat(at.column()).isEqualTo(1);
      assertThat(at.byteOffset()).as("EF BB is no Windows-31J character: the field starts at 0, no BOM dropped")
          .isZero();
    }
    // under a given UTF-8 it is dropped
    assertThat(records(source(concat(BOM, utf8("a\n")), Integer.MAX_VALUE, Optional.of(StandardCharsets.UTF_8))))
        .containsExactly(List.of("a"));
  }

  @Test
  void aChunkReadsTheRecordsThatStartBeforeItsStopCountingFromItsStart() {
    byte[] file = utf8("h\nb,1\nc,2\nd,3\n");
    // the chunk that starts at offset 2 (line 2); "d,3" starts at 10
    for (long stop : new long[] {10, 11}) {
      List<String> seen = new ArrayList<>();
      try (CsvSource s = CsvSource.chunk(new ByteArrayInputStream(file, 2, file.length - 2), "t.csv", Optional.empty(),
          2, 2, stop)) {
        while (s.next()) {
          seen.add(s.record().get(0) + "@" + s.record().location(1));
        }
        assertThat(s.offset()).isEqualTo(stop == 10 ? 10 : 14);
      }
      assertThat(seen).as("stop %s", stop).containsExactlyElementsOf(stop == 10
          ? List.of("b@" + new TextLocation("t.csv", 2, 2, 4), "c@" + new TextLocation("t.csv", 3, 2, 8))
          : List.of("b@" + new TextLocation("t.csv", 2, 2, 4), "c@" + new TextLocation("t.csv", 3, 2, 8),
              "d@" + new TextLocation("t.csv", 4, 2, 12)));
    }
    // a chunk at the file's start drops a BOM as the whole file does; one further in never does
    try (CsvSource s = CsvSource.chunk(new ByteArrayInputStream(concat(BOM, utf8("a\n"))), "t.csv", Optional.empty(), 0,
        1, Long.MAX_VALUE)) {
      assertThat(s.next()).isTrue();
      assertThat(s.record().location(0)).isEqualTo(new TextLocation("t.csv", 1, 1, 3));
    }
    try (CsvSource s = CsvSource.chunk(new ByteArrayInputStream(utf8("a\n")), "t.csv", Optional.of(StandardCharsets.UTF_8),
        1, 1, 1)) {
      assertThat(s.next()).as("nothing starts before the stop").isFalse();
    }
  }

  @Test
  void quotedFieldsAtEveryReadBoundary() {
    // "" at the end of a read, a quote closed by the end of the file, an empty quoted field, CR LF inside quotes
    byte[] bytes = utf8("\"a\"\"\",\"\",\"x\r\ny\"\r\n\"z\"");
    for (int readSize : new int[] {1, 2, 3, Integer.MAX_VALUE}) {
      try (CsvSource s = source(bytes, readSize, Optional.empty())) {
        assertThat(s.next()).isTrue();
        assertThat(List.of(s.record().get(0), s.record().get(1), s.record().get(2))).containsExactly("a\"", "", "x\r\ny");
        assertThat(s.record().location(1)).as("a quoted field starts at its quote")
            .isEqualTo(new TextLocation("t.csv", 1, 2, 6));
        assertThat(s.record().location(2)).isEqualTo(new TextLocation("t.csv", 1, 3, 9));
        assertThat(s.next()).isTrue();
        assertThat(s.recordLine()).as("CR LF inside quotes is one line").isEqualTo(3);
        assertThat(s.record().get(0)).isEqualTo("z");
        assertThat(s.next()).isFalse();
      }
    }
  }

  @Test
  void quoteErrorsAreLocatedOnTheLineWhereTheyAre() {
    // text after a closing quote on the field's third line (a lone CR ends the second)
    TextLocation after = errorAt(() -> records(source(utf8("a\nb,\"x\ny\rz\"!\n"), 1, Optional.empty())));
    assertThat(after).isEqualTo(new TextLocation("t.csv", 4, 2, 11));
    // a quote opened at the very end of the file
    TextLocation open = errorAt(() -> records(source(utf8("a,b\nc,\""), Integer.MAX_VALUE, Optional.empty())));
    assertThat(open).isEqualTo(new TextLocation("t.csv", 2, 2, 6));
    // a closing quote followed by CR or by the end is fine
    assertThat(records(source(utf8("\"a\"\r\"b\""), 1, Optional.empty()))).containsExactly(List.of("a"), List.of("b"));
  }

  @Test
  void recordsOfManyFieldsKeepEveryFieldsTextNumberAndPlace() {
    // more fields than the arrays' first size (16): the arrays grow and keep words, lines and flags
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sb.append(i == 0 ? "" : ",").append(i % 3 == 0 ? "\"" + i + "\"" : i % 3 == 1 ? String.valueOf(i) : "市" + i);
    }
    sb.append("\n1,2\n");
    byte[] bytes = utf8(sb.toString());
    for (int readSize : new int[] {1, Integer.MAX_VALUE}) {
      try (CsvSource s = source(bytes, readSize, Optional.empty())) {
        assertThat(s.next()).isTrue();
        Record r = s.record();
        assertThat(r.size()).isEqualTo(40);
        for (int i = 0; i < 40; i++) {
          assertThat(r.get(i)).isEqualTo(i % 3 == 2 ? "市" + i : String.valueOf(i));
          assertThat(r.plainWhole(i)).as("field %s", i).isEqualTo(i % 3 == 2 ? -1 : i);
          assertThat(((TextLocation) r.location(i)).column()).isEqualTo(i + 1);
        }
        assertThat(s.next()).isTrue();
        assertThat(s.record().size()).isEqualTo(2);
        assertThat(s.record().plainWhole(1)).isEqualTo(2);
      }
    }
  }

  @Test
  void plainWholeTakesEighteenDigitsAtMost() {
    // short fields (a word), long fields (the byte loop) and quoted ones (never a word)
    try (CsvSource s = source(utf8("123456789012345678,1234567890123456789,\"12\",\"\",\"1a\",00000000,"
        + "99999999,1234567/,1234567:,\"/\",\":\"\n"), Integer.MAX_VALUE, Optional.empty())) {
      assertThat(s.next()).isTrue();
      Record r = s.record();
      List<Long> values = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        values.add(r.plainWhole(i));
      }
      assertThat(values).containsExactly(123456789012345678L, -1L, 12L, -1L, -1L, 0L, 99999999L, -1L, -1L, -1L, -1L);
    }
  }

  @Test
  void asciiCopiesAFieldThatFitsAndOnlyAscii() {
    try (CsvSource s = source(utf8("abcd,abcde,市,\"a\"\"b\",\"x\"\n"), Integer.MAX_VALUE, Optional.empty())) {
      assertThat(s.next()).isTrue();
      byte[] into = new byte[4];
      assertThat(s.record().ascii(0, into)).as("exactly as long as the array").isEqualTo(4);
      assertThat(into).containsExactly('a', 'b', 'c', 'd');
      assertThat(s.record().ascii(1, into)).as("longer than the array").isEqualTo(-1);
      assertThat(s.record().ascii(2, into)).as("not ASCII").isEqualTo(-1);
      assertThat(s.record().ascii(3, into)).as("a quote written as \"\"").isEqualTo(3);
      assertThat(new String(into, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("a\"b");
      assertThat(s.record().ascii(4, into)).isEqualTo(1);
      assertThat(into[0]).isEqualTo((byte) 'x');
    }
  }

  @Test
  void aRecordIsBlankWhenEveryFieldIsWhitespace() {
    // String.isBlank's whitespace: space, TAB, LF, VT, FF, CR, FS to US (0x1C-0x1F), and U+3000 (not NBSP)
    String[] blank = {"", " ", "\t", "\u000B", "\u000C", "\u001C", "\u001F", "\" \n\r\"", "\u3000", ",\u001D, ",
        "\t,\u001E", "\"\""};
    String[] notBlank = {"\u007F", "\u001B", "\u0000", "x", " ,x", "\u001C,\u0001", "\u3000,あ", "あ", "\u00A0", "!"};
    for (String text : blank) {
      try (CsvSource s = source(utf8(text + "\n"), Integer.MAX_VALUE, Optional.empty())) {
        assertThat(s.next()).isTrue();
        assertThat(s.record().isBlank()).as("'%s' is blank", text).isTrue()
            .isEqualTo(new Row0(s.record()).isBlank());
      }
    }
    for (String text : notBlank) {
      try (CsvSource s = source(utf8(text + "\n"), Integer.MAX_VALUE, Optional.empty())) {
        assertThat(s.next()).isTrue();
        assertThat(s.record().isBlank()).as("'%s' is not blank", text).isFalse()
            .isEqualTo(new Row0(s.record()).isBlank());
      }
    }
  }

  /** A record with {@link Record}'s default isBlank (from the texts), for comparison. */
  private record Row0(Record r) implements Record {
    @Override
    public int size() {
      return r.size();
    }

    @Override
    public String get(int field) {
      return r.get(field);
    }

    @Override
    public Location location(int field) {
      return r.location(field);
    }

    @Override
    public Location location() {
      return r.location();
    }
  }

  @Test
  void aFieldThatCrossesTheBufferIsReadAndCheckedWhereItIs() {
    // the first record fills the buffer but for 12 bytes; the second starts there, its first field
    // (left to the record's UTF-8 check) ends before the buffer's end and its second runs past it, so
    // the record is moved to the buffer's front (the fields found so far, the pending check and their
    // offsets move with it)
    String second = "市民課,abcdefghij,課";
    for (boolean bad : new boolean[] {false, true}) {
      byte[] first = utf8("x".repeat(BLOCK - 16) + "\n"); // BOM + this: BLOCK - 12 bytes
      byte[] rest = bad ? concat(utf8(second), new byte[] {(byte) 0xFF}, utf8("\nz\n")) : utf8(second + "\nz\n");
      byte[] bytes = concat(BOM, first, rest);
      int start = BOM.length + first.length;
      try (CsvSource s = CsvSource.of(new ByteArrayInputStream(bytes), "t.csv", Optional.empty())) {
        assertThat(s.next()).isTrue();
        if (bad) {
          TextLocation at = errorAt(s::next);
          assertThat(at).isEqualTo(new TextLocation("t.csv", 2, 3, start + utf8(second).length));
          continue;
        }
        assertThat(s.next()).isTrue();
        assertThat(s.recordOffset()).isEqualTo(start);
        assertThat(s.record().get(0)).isEqualTo("市民課");
        assertThat(s.record().get(1)).isEqualTo("abcdefghij");
        assertThat(s.record().get(2)).isEqualTo("課");
        assertThat(s.record().location(2)).isEqualTo(new TextLocation("t.csv", 2, 3, start + utf8("市民課,abcdefghij,").length));
        assertThat(s.next()).isTrue();
        assertThat(s.record().get(0)).isEqualTo("z");
        assertThat(s.record().location(0)).isEqualTo(new TextLocation("t.csv", 3, 1, start + utf8(second).length + 1));
      }
    }
    // the invalid byte in the first field, whose check was pending when the record moved
    byte[] first = utf8("x".repeat(BLOCK - 12) + "\n"); // the second record starts 8 bytes before the end
    byte[] bytes = concat(BOM, first, utf8("市"), new byte[] {(byte) 0x80}, utf8(",abcdefghijklmnop\n"));
    assertThat(errorAt(() -> records(CsvSource.of(new ByteArrayInputStream(bytes), "t.csv", Optional.empty()))))
        .isEqualTo(new TextLocation("t.csv", 2, 1, BOM.length + first.length + 3));
  }

  @Test
  void theEncodingCacheNeverAcceptsAnInvalidField() {
    // texts of 25 to 256 bytes in the first 16 columns are remembered once checked: a text equal to one
    // remembered is valid; a text that differs from it in one byte (at the end, the same length) is still checked
    String good = "カウンターレス・キャッシュレス"; // 45 bytes
    byte[] goodBytes = utf8(good);
    byte[] badBytes = goodBytes.clone();
    badBytes[badBytes.length - 3] = (byte) 0xFF; // the last character's first byte
    for (int column : new int[] {1, 16, 17}) {
      String before = ",".repeat(column - 1);
      byte[] bytes = concat(utf8(before), goodBytes, utf8("\n" + before), goodBytes, utf8("\n" + before), badBytes,
          utf8("\n"));
      try (CsvSource s = source(bytes, Integer.MAX_VALUE, Optional.empty())) {
        assertThat(s.next()).isTrue();
        assertThat(s.next()).isTrue();
        assertThat(s.record().get(column - 1)).isEqualTo(good);
        TextLocation at = errorAt(s::next);
        assertThat(at).as("column %s", column).isEqualTo(new TextLocation("t.csv", 3, column,
            2L * (before.length() + goodBytes.length + 1) + before.length() + goodBytes.length - 3));
      }
    }
    // the lengths around the cache's bounds: 24 (checked directly), 25 and 256 (cached), 257 (the record's check)
    for (int len : new int[] {24, 25, 256, 257}) {
      byte[] text = utf8("あ".repeat(len / 3) + "x".repeat(len % 3));
      assertThat(text).hasSize(len);
      byte[] bad = text.clone();
      bad[3] = (byte) 0xFE;
      byte[] bytes = concat(utf8("a,"), text, utf8("\na,"), text, utf8("\na,"), bad, utf8("\n"));
      try (CsvSource s = source(bytes, Integer.MAX_VALUE, Optional.empty())) {
        assertThat(s.next()).isTrue();
        assertThat(s.next()).isTrue();
        assertThat(s.record().get(1)).hasSize(len / 3 + len % 3);
        assertThat(errorAt(s::next)).as("length %s", len)
            .isEqualTo(new TextLocation("t.csv", 3, 2, 2L * (len + 3) + 2 + 3));
      }
    }
  }

  @Test
  void theCacheOfAColumnWithManyDistinctTextsStillChecksEachField() {
    // 2,000 distinct 30-byte texts in one column (the cache gives up on it after 1,024 probes), then a bad one
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("市民課の窓口").append(String.format("%012d", i)).append('\n');
    }
    byte[] head = utf8(sb.toString());
    byte[] bytes = concat(head, utf8("市民課の窓口0000000000"), new byte[] {(byte) 0xE3, (byte) 0x81}, utf8("\nok\n"));
    List<String> read = new ArrayList<>();
    TextLocation at = errorAt(() -> {
      try (CsvSource s = source(bytes, Integer.MAX_VALUE, Optional.empty())) {
        while (s.next()) {
          read.add(s.record().get(0));
        }
      }
    });
    assertThat(read).hasSize(2000);
    assertThat(read.get(1999)).isEqualTo("市民課の窓口000000001999");
    assertThat(at).isEqualTo(new TextLocation("t.csv", 2001, 1, head.length + 28));
  }

  @Test
  void windows31jFieldsLongerThanTheDecodersBufferAreCheckedToTheirEnd() {
    Charset sjis = TextEncoding.WINDOWS_31J;
    // a short field first (the decoder's buffer is made for it), then 600 bytes whose last character is cut
    byte[] longText = "市".repeat(300).getBytes(sjis);
    byte[] bytes = concat("課,".getBytes(sjis), longText, new byte[] {(byte) 0x82, ',', 'x', '\n'});
    assertThat(errorAt(() -> records(source(bytes, Integer.MAX_VALUE, Optional.empty()))))
        .isEqualTo(new TextLocation("t.csv", 1, 2, 3 + 600));
    byte[] valid = concat("課,".getBytes(sjis), longText, "\n課\n".getBytes(sjis));
    List<List<String>> r = records(source(valid, Integer.MAX_VALUE, Optional.of(sjis)));
    assertThat(r).hasSize(2);
    assertThat(r.get(0).get(1)).isEqualTo("市".repeat(300));
  }

  @Test
  void aRecordLongerThanTheLimitIsAnErrorWhereItStarts() {
    // 64 MiB without a line end after a first record: the error names the record's line and offset
    InputStream endless = new InputStream() {
      private long left = CsvSource.MAX_RECORD_BYTES + 16L;
      private int first = 2;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (first > 0) {
          b[off] = (byte) (first == 2 ? 'a' : '\n');
          first--;
          return 1;
        }
        if (left == 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + k, (byte) 'y');
        left -= k;
        return k;
      }
    };
    IngestException e = catchThrowableOfType(IngestException.class, () -> {
      try (CsvSource s = CsvSource.of(endless, "t.csv", Optional.empty())) {
        assertThat(s.next()).isTrue();
        s.next();
      }
    });
    assertThat(e.problems().get(0).location()).isEqualTo(new TextLocation("t.csv", 2, 0, 2));
    assertThat(e.problems().get(0).reason()).contains("longer than " + CsvSource.MAX_RECORD_BYTES + " bytes");
  }

  @Test
  void readAndCloseFailuresAreIoErrorsNamingTheSource(@TempDir Path dir) {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk");
      }

      @Override
      public void close() throws IOException {
        throw new IOException("gone");
      }
    };
    CsvSource s = CsvSource.of(failing, "t.csv", Optional.empty());
    assertThatThrownBy(s::next).isInstanceOf(UncheckedIOException.class).hasMessage("t.csv: cannot read");
    assertThatThrownBy(s::close).isInstanceOf(UncheckedIOException.class).hasMessage("t.csv: cannot close");
    // failing after the byte order mark was looked for: in the record's scan
    InputStream late = new java.io.SequenceInputStream(new ByteArrayInputStream(utf8("abc")), failing);
    try (CsvSource t = CsvSource.of(new ChunkedInputStream(late, 3), "t.csv", Optional.of(StandardCharsets.UTF_8))) {
      assertThatThrownBy(t::next).isInstanceOf(UncheckedIOException.class).hasMessage("t.csv: cannot read");
    } catch (UncheckedIOException closing) {
      assertThat(closing).hasMessage("t.csv: cannot close");
    }
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> CsvSource.open(missing)).isInstanceOf(UncheckedIOException.class)
        .hasMessage(missing + ": cannot open");
    assertThatThrownBy(() -> CsvSource.of(new ByteArrayInputStream(new byte[0]), "t", Optional.of(StandardCharsets.UTF_16LE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(was 'UTF-16LE')");
    assertThat(records(CsvSource.of(new ByteArrayInputStream(utf8("a\n")), "t", Optional.of(StandardCharsets.ISO_8859_1))))
        .containsExactly(List.of("a"));
  }

  @Test
  void aFileIsReadFromItsPathWithItsNameAsTheSource() throws IOException {
    Path file = Files.createTempFile("edge", ".csv");
    try {
      Files.write(file, "id,名前\n1,市民課\n".getBytes(TextEncoding.WINDOWS_31J));
      try (CsvSource s = CsvSource.open(file)) {
        assertThat(s.source()).isEqualTo(file.toString());
        assertThat(s.next()).isTrue();
        assertThat(s.next()).isTrue();
        assertThat(s.record().get(1)).isEqualTo("市民課");
        assertThat(s.charset()).contains(TextEncoding.WINDOWS_31J);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aLazyCheckChecksEveryFieldBeforeTheOneReadAndNothingTwice() {
    // field 1 is invalid; reading field 3's text raises field 1's error, as the eager check would
    byte[] bytes = concat(BOM, utf8("a,"), new byte[] {(byte) 0xFF}, utf8(",b,市\n"));
    try (CsvSource s = source(bytes, Integer.MAX_VALUE, Optional.empty()).lazyEncodingCheck()) {
      assertThat(s.next()).isTrue();
      assertThat(s.record().get(0)).isEqualTo("a");
      assertThat(errorAt(() -> s.record().get(3))).isEqualTo(new TextLocation("t.csv", 1, 2, 5));
    }
    // a valid record: its texts read in any order, and checkRecord() after them finds nothing
    byte[] good = concat(BOM, utf8("市,課,x,民\n"));
    try (CsvSource s = source(good, Integer.MAX_VALUE, Optional.empty()).lazyEncodingCheck()) {
      assertThat(s.next()).isTrue();
      assertThat(s.record().get(3)).isEqualTo("民");
      assertThat(s.record().get(0)).isEqualTo("市");
      s.checkRecord();
      assertThat(s.next()).isFalse();
    }
  }

  @Test
  void nextLineStartFindsTheLineAfterAnOffset() throws IOException {
    Path file = Files.createTempFile("lines", ".csv");
    try {
      int block = 1 << 16;
      // a CR as the last byte of nextLineStart's 64 KiB block, then LF / another byte / the file's end
      for (String after : new String[] {"\n", "x", ""}) {
        byte[] bytes = concat(utf8("y".repeat(block - 1) + "\r"), utf8(after + "zz"));
        Files.write(file, bytes);
        assertThat(CsvSource.nextLineStart(file, 0, bytes.length)).as("CR then '%s'", after)
            .isEqualTo(after.equals("\n") ? block + 1 : block);
      }
      byte[] crLast = utf8("y".repeat(block - 1) + "\r");
      Files.write(file, crLast);
      assertThat(CsvSource.nextLineStart(file, 0, crLast.length)).as("a CR that ends the file").isEqualTo(block);
      // an LF or CR LF in the second block; none at all
      byte[] bytes = utf8("y".repeat(block + 10) + "\r\nab\ncd");
      Files.write(file, bytes);
      assertThat(CsvSource.nextLineStart(file, 0, bytes.length)).isEqualTo(block + 12);
      assertThat(CsvSource.nextLineStart(file, block + 11, bytes.length)).isEqualTo(block + 12);
      assertThat(CsvSource.nextLineStart(file, block + 12, bytes.length)).isEqualTo(block + 15);
      assertThat(CsvSource.nextLineStart(file, block + 15, bytes.length)).as("no line end after").isEqualTo(bytes.length);
      assertThat(CsvSource.nextLineStart(file, bytes.length, bytes.length)).isEqualTo(bytes.length);
      assertThat(CsvSource.nextLineStart(file, bytes.length + 5, bytes.length)).isEqualTo(bytes.length);
      Path missing = file.resolveSibling(file.getFileName() + ".missing");
      assertThatThrownBy(() -> CsvSource.nextLineStart(missing, 0, 10)).isInstanceOf(UncheckedIOException.class)
          .hasMessage(missing + ": cannot read");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void nextLineStartSearchesNoFurtherThanTheSizeGiven() throws IOException {
    // its contract: the result is at most size, whatever the file holds beyond it (a file still growing)
    Path file = Files.createTempFile("lines", ".csv");
    try {
      Files.write(file, utf8("abcdef\nxy"));
      assertThat(CsvSource.nextLineStart(file, 0, 3)).as("the LF lies beyond the size").isEqualTo(3);
      Files.write(file, utf8("ab\r\nxy"));
      assertThat(CsvSource.nextLineStart(file, 0, 3)).as("a CR at the size's last byte, its LF beyond").isEqualTo(3);
      assertThat(CsvSource.nextLineStart(file, 0, 4)).isEqualTo(4);
      assertThat(CsvSource.nextLineStart(file, 0, 6)).isEqualTo(4);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void anInvalidByteAtTheBuffersFirstIndexIsFound() {
    // offset 0 of the file is index 0 of the buffer: the checks' "found at index 0" is an error like any other
    byte[] first = {(byte) 0xFF, ',', (byte) 0xE5, (byte) 0xB8, (byte) 0x82, '\n'}; // FF, then 市
    byte[] firstLong = concat(new byte[] {(byte) 0xFF}, utf8("あ".repeat(10) + ",市\n")); // 31 bytes: the cache's length
    for (byte[] bytes : new byte[][] {first, firstLong}) {
      for (int readSize : new int[] {1, Integer.MAX_VALUE}) {
        // eager, UTF-8 given (the record's check and the cache); lazy, read by checkRecord() or by get()
        assertThat(errorAt(() -> records(source(bytes, readSize, Optional.of(StandardCharsets.UTF_8)))))
            .isEqualTo(new TextLocation("t.csv", 1, 1, 0));
        try (CsvSource s = source(bytes, readSize, Optional.of(StandardCharsets.UTF_8)).lazyEncodingCheck()) {
          assertThat(s.next()).isTrue();
          assertThat(errorAt(s::checkRecord)).isEqualTo(new TextLocation("t.csv", 1, 1, 0));
        }
        try (CsvSource s = source(bytes, readSize, Optional.of(StandardCharsets.UTF_8)).lazyEncodingCheck()) {
          assertThat(s.next()).isTrue();
          assertThat(errorAt(() -> s.record().get(0))).as("the text of the invalid field itself")
              .isEqualTo(new TextLocation("t.csv", 1, 1, 0));
        }
        // detected: FF is no UTF-8, so Windows-31J, where FF is no character either
        assertThat(errorAt(() -> records(source(bytes, readSize, Optional.empty()))))
            .isEqualTo(new TextLocation("t.csv", 1, 1, 0));
      }
    }
    // a lazily checked field read first by its text, when it is the record's second field
    byte[] second = concat(BOM, utf8("a,"), new byte[] {(byte) 0xC3, '\n'});
    try (CsvSource s = source(second, Integer.MAX_VALUE, Optional.empty()).lazyEncodingCheck()) {
      assertThat(s.next()).isTrue();
      assertThat(s.record().get(0)).isEqualTo("a");
      assertThat(errorAt(() -> s.record().get(1))).isEqualTo(new TextLocation("t.csv", 1, 2, 5));
    }
  }
}
