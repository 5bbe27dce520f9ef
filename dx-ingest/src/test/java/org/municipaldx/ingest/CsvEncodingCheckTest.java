package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvSource}'s encoding check, eager and lazy ({@link CsvSource#lazyEncodingCheck()}), for UTF-8 and
 * Windows-31J (issue 13 part 4, issue 13v: the survivors of PIT in {@code CsvSource.checkEncoding},
 * {@code checkFields} and {@code checkBeforeError}). The rule every case checks: a record with an invalid byte
 * is refused with one problem located at the record's first invalid byte (line, column of its field, byte
 * offset of the byte that starts the invalid sequence, as the JDK's strict decoder reports it), whatever the
 * field's length (kept for the record's check, remembered by the per-column cache, or too long for it), its
 * column (inside or beyond the cache's 16), its quoting, the place of the invalid sequence in the field, the
 * stream's read size, the buffer's edge, and whether the check is eager or lazy; a lazy check raises the same
 * error when the record's text is used ({@code get}, {@code checkRecord()}) or when the reader moves on
 * without using it ({@code next()}).
 */
class CsvEncodingCheckTest {
  private static final String SOURCE = "t.csv";
  /** CsvSource's buffer (its BLOCK): the first read of a stream fills this many bytes. */
  private static final int BLOCK = 1 << 18;
  private static final Charset W31J = Charset.forName("windows-31j");

  /** Invalid UTF-8 sequences; the JDK's strict decoder reports each at its first byte. */
  private static final int[][] BAD_UTF8 = {
      {0xFF}, {0x80}, {0xC3, 'a'}, {0xE3, 0x81, 'a'}, {0xC0, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}};
  /** Invalid Windows-31J sequences (malformed or unmappable); the JDK's strict decoder reports each at its first byte. */
  private static final int[][] BAD_W31J = {{0x80}, {0xA0}, {0xFD}, {0xFF}, {0x81, 0x20}, {0x85, 0x40}};

  private enum Mode { EAGER, LAZY_CHECK_RECORD, LAZY_GET, LAZY_NEXT }

  private static final class Bytes {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Bytes text(String s, Charset cs) {
      out.writeBytes(s.getBytes(cs));
      return this;
    }

    Bytes raw(int... bytes) {
      for (int x : bytes) {
        out.write(x);
      }
      return this;
    }

    int size() {
      return out.size();
    }
  }

  /** {@code n} bytes of valid text in that charset: "あ" (3 bytes in UTF-8, 2 in Windows-31J) and then 'a's. */
  private static String valid(int n, Charset cs) {
    int w = "あ".getBytes(cs).length;
    return "あ".repeat(n / w) + "a".repeat(n % w);
  }

  private static CsvSource source(byte[] bytes, int readSize, Optional<Charset> charset, boolean lazy) {
    CsvSource s = CsvSource.of(new ChunkedInputStream(new ByteArrayInputStream(bytes), readSize), SOURCE, charset);
    return lazy ? s.lazyEncodingCheck() : s;
  }

  /** Reads the source as the mode says; returns the location of the refusal, or null if nothing was refused. */
  private static TextLocation firstError(CsvSource s, Mode mode, int badColumn) {
    IngestException e = catchThrowableOfType(IngestException.class, () -> {
      try (s) {
        while (s.next()) {
          Record r = s.record();
          switch (mode) {
            case EAGER -> {
              for (int i = 0; i < r.size(); i++) {
                r.get(i);
              }
            }
            case LAZY_CHECK_RECORD -> s.checkRecord();
            case LAZY_GET -> {
              // the fields before the bad one read without error; the bad one's text is refused
              for (int i = 0; i < Math.min(badColumn, r.size()); i++) {
                r.get(i);
              }
            }
            case LAZY_NEXT -> { } // the reader skips the record: the next next() checks it
          }
        }
      }
    });
    if (e == null) {
      return null;
    }
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).reason()).contains("are not valid");
    return (TextLocation) e.problems().get(0).location();
  }

  @Test
  void anInvalidSequenceIsLocatedAtItsFirstByteWhereverItStandsInTheRecord() {
    int cases = 0;
    for (Charset cs : List.of(StandardCharsets.UTF_8, W31J)) {
      int[][] bads = cs == W31J ? BAD_W31J : BAD_UTF8;
      for (boolean named : new boolean[] {true, false}) {
        for (Mode mode : Mode.values()) {
          for (int column : new int[] {1, 3, 17}) {
            for (int length : new int[] {10, 40, 300}) { // kept for the record's check; cached; too long for the cache
              for (int[] bad : bads) {
                int last = length - bad.length;
                for (int at : new int[] {0, 1, last / 2, last}) {
                  cases++;
                  int readSize = cases % 3 == 0 ? 1 : cases % 3 == 1 ? 7 : Integer.MAX_VALUE;
                  boolean quoted = cases % 2 == 0;
                  boolean secondBad = (cases / 2) % 2 == 0;
                  Bytes b = new Bytes().text("x,あ\n", cs); // line 1 decides the encoding when it is not named
                  for (int c = 1; c < column; c++) {
                    // the field before the bad one is valid non-ASCII text of the same length class
                    b.text(c == column - 1 ? valid(length, cs) : "f", cs).text(",", cs);
                  }
                  if (quoted) {
                    b.text("\"", cs);
                  }
                  b.text(valid(at, cs), cs);
                  int offset = b.size();
                  b.raw(bad).text(valid(last - at, cs), cs);
                  if (quoted) {
                    b.text("\"", cs);
                  }
                  b.text(",", cs);
                  if (secondBad) {
                    b.raw(0xFF); // a later invalid byte in the record: the first one is reported
                  }
                  b.text("あい\nz\n", cs);
                  // Windows-31J is checked when the record is read even when the check is lazy
                  Mode effective = cs == W31J ? Mode.EAGER : mode;
                  TextLocation where = firstError(source(b.out.toByteArray(), readSize,
                      named ? Optional.of(cs) : Optional.empty(), mode != Mode.EAGER), effective, column);
                  assertThat(where).as("%s %s named=%s column %d length %d bad %s at %d read %d quoted=%s",
                      cs, mode, named, column, length, java.util.Arrays.toString(bad), at, readSize, quoted)
                      .isEqualTo(new TextLocation(SOURCE, 2, column, offset));
                }
              }
            }
          }
        }
      }
    }
    assertThat(cases).isEqualTo(2 * 4 * 3 * 3 * 4 * (BAD_UTF8.length + BAD_W31J.length));
  }

  @Test
  void anInvalidSequenceAtTheBuffersEdgeIsLocatedAtItsFirstByte() {
    // rule: the same location when the record holding the invalid sequence is cut by the end of the first
    // 256 KiB buffer anywhere around the sequence (the record is moved to the buffer's start, and with it a
    // field left for the record's check)
    for (Charset cs : List.of(StandardCharsets.UTF_8, W31J)) {
      int[] bad = cs == W31J ? new int[] {0x81, 0x20} : new int[] {0xE3, 0x81, 'a'};
      for (boolean lazy : new boolean[] {false, true}) {
        for (int readSize : new int[] {Integer.MAX_VALUE, 4096}) {
          for (int d = -4; d <= 4; d++) {
            // line 1 is "x," + filler; line 2 is "f," + valid text + the bad bytes + valid text
            String head = "f," + valid(12, cs);
            int headBytes = head.getBytes(cs).length;
            int filler = BLOCK + d - headBytes - "x,\n".length();
            Bytes b = new Bytes().text("x," + "a".repeat(filler) + "\n" + head, cs);
            int offset = b.size();
            assertThat(offset).isEqualTo(BLOCK + d);
            b.raw(bad).text(valid(12, cs) + ",あ\n", cs);
            TextLocation where = firstError(source(b.out.toByteArray(), readSize, Optional.of(cs), lazy),
                lazy ? Mode.LAZY_CHECK_RECORD : Mode.EAGER, 2);
            assertThat(where).as("%s lazy=%s read %d edge %d", cs, lazy, readSize, d)
                .isEqualTo(new TextLocation(SOURCE, 2, 2, offset));
          }
        }
      }
    }
  }

  @Test
  void aNulByteBeforeTheFirstNonAsciiByteDoesNotDecideTheEncoding() {
    // rule: the encoding is decided at the file's first non-ASCII byte; 00 is ASCII, so "a\0é" in UTF-8 is
    // read as UTF-8 (é), not as Windows-31J (ﾃｩ)
    byte[] bytes = new Bytes().text("a\0é,b\n", StandardCharsets.UTF_8).out.toByteArray();
    try (CsvSource s = source(bytes, Integer.MAX_VALUE, Optional.empty(), false)) {
      assertThat(s.next()).isTrue();
      assertThat(s.record().get(0)).isEqualTo("a\0é");
      assertThat(s.charset()).contains(StandardCharsets.UTF_8);
    }
  }

  @Test
  void aFieldKeptForTheRecordsCheckIsCheckedBeforeALaterFieldCheckedAtOnce() {
    // rule: the record's first invalid byte is reported. Field 1 (5 bytes, too short for the cache) is kept
    // for the record's check; field 2 (31 bytes) is checked when it is scanned, and the kept field 1 first
    Bytes b = new Bytes().text("ああ", StandardCharsets.UTF_8);
    int first = b.size();
    b.raw(0xFF).text(",", StandardCharsets.UTF_8).text("a".repeat(30), StandardCharsets.UTF_8).raw(0xFF)
        .text("\n", StandardCharsets.UTF_8);
    for (boolean named : new boolean[] {true, false}) {
      TextLocation where = firstError(source(b.out.toByteArray(), Integer.MAX_VALUE,
          named ? Optional.of(StandardCharsets.UTF_8) : Optional.empty(), false), Mode.EAGER, 1);
      assertThat(where).as("named=%s", named).isEqualTo(new TextLocation(SOURCE, 1, 1, first));
    }
  }

  @Test
  void aLazyRecordsInvalidByteIsReportedBeforeAScanErrorAfterIt() {
    // rule: the record's first error is reported: an invalid byte in field 1 left to the lazy check comes
    // before the text after a closing quote in field 2
    Bytes b = new Bytes().text("é\nああ", StandardCharsets.UTF_8);
    int bad = b.size();
    b.raw(0xFF).text(",\"a\"b\n", StandardCharsets.UTF_8);
    TextLocation where = firstError(source(b.out.toByteArray(), Integer.MAX_VALUE,
        Optional.of(StandardCharsets.UTF_8), true), Mode.LAZY_CHECK_RECORD, 1);
    assertThat(where).isEqualTo(new TextLocation(SOURCE, 2, 1, bad));
  }

  @Test
  void checkingALazyRecordChangesNoFieldsTextNorLocation() {
    // rule: checkRecord() (and reading a later field, which checks the ones before) only checks; each field's
    // text, whole number, ASCII bytes and location are those of the eager read
    String csv = "é\nあa,\"い\"\"う\",12,ü\n";
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    List<List<Object>> eager = new ArrayList<>();
    List<List<Object>> lazy = new ArrayList<>();
    for (boolean isLazy : new boolean[] {false, true}) {
      List<List<Object>> into = isLazy ? lazy : eager;
      try (CsvSource s = source(bytes, Integer.MAX_VALUE, Optional.of(StandardCharsets.UTF_8), isLazy)) {
        while (s.next()) {
          if (isLazy) {
            s.checkRecord();
          }
          Record r = s.record();
          for (int i = r.size() - 1; i >= 0; i--) { // the last field first: it checks the ones before
            into.add(List.of(r.get(i), r.plainWhole(i), r.ascii(i, new byte[8]), r.location(i)));
          }
        }
      }
    }
    assertThat(lazy).isEqualTo(eager);
    assertThat(eager).extracting(l -> l.get(0)).containsExactly("é", "ü", "12", "い\"う", "あa");
    assertThat(eager).extracting(l -> l.get(3))
        .containsExactly(new TextLocation(SOURCE, 1, 1, 0), new TextLocation(SOURCE, 2, 4, 22),
            new TextLocation(SOURCE, 2, 3, 19), new TextLocation(SOURCE, 2, 2, 8),
            new TextLocation(SOURCE, 2, 1, 3));
  }

  @Test
  void fieldsInTheLastCachedColumnsAreCheckedPastTheCachesTrial() {
    // rule: fields of 25-256 bytes in columns 15 and 16 (the last the per-column cache keeps) are read and
    // checked like any other, before, during and after the cache's trial of 1,024 fields (texts that never repeat:
    // the trial ends with no hit); an invalid byte in column 16 of record 1,100 is located there
    Bytes b = new Bytes();
    int bad = -1;
    for (int r = 1; r <= 1100; r++) {
      for (int c = 1; c <= 16; c++) {
        String text = c >= 15 ? String.format("%05d", r) + "あ".repeat(8) + c : "あ".repeat(9) + c;
        if (r == 1100 && c == 16) {
          b.text("ああ", StandardCharsets.UTF_8);
          bad = b.size();
          b.raw(0xFF);
        }
        b.text(text + (c == 16 ? "\n" : ","), StandardCharsets.UTF_8);
      }
    }
    for (boolean lazy : new boolean[] {false, true}) {
      int[] records = {0};
      TextLocation where = firstError(source(b.out.toByteArray(), Integer.MAX_VALUE, Optional.of(StandardCharsets.UTF_8),
          lazy), Mode.EAGER, 16);
      assertThat(where).as("lazy=%s", lazy).isEqualTo(new TextLocation(SOURCE, 1100, 16, bad));
      try (CsvSource s = source(b.out.toByteArray(), Integer.MAX_VALUE, Optional.of(StandardCharsets.UTF_8), lazy)) {
        while (records[0] < 1099 && s.next()) {
          records[0]++;
          assertThat(s.record().get(15)).isEqualTo(String.format("%05d", records[0]) + "あ".repeat(8) + 16);
          assertThat(s.record().get(14)).isEqualTo(String.format("%05d", records[0]) + "あ".repeat(8) + 15);
        }
      }
      assertThat(records[0]).isEqualTo(1099);
    }
  }
}
