package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules of {@link CsvSource} that PIT's survivors and uncovered mutants of the whole-module run of commit
 * ade8b7d showed unchecked (issue 13 part 4, issue 13x): {@code nextLineStart} searching from inside a file
 * and past the file's end, a blank record read after a wider one, and a CR LF cut between two reads right
 * after a short record. Each test names its rule.
 */
class CsvSourceLeftoversTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The records of a source, at most {@code bound} of them: a scan that stops advancing shows as too
   * many records instead of a read that never ends.
   */
  private static List<List<String>> records(CsvSource s, int bound) {
    List<List<String>> out = new ArrayList<>();
    while (out.size() <= bound && s.next()) {
      Record r = s.record();
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        fields.add(r.get(i));
      }
      out.add(fields);
    }
    return out;
  }

  @Test
  void nextLineStartFromInsideTheFileSearchesNoFurtherThanTheSize(@TempDir Path dir) throws IOException {
    // rule: the search reads [from, size) only: an LF after size is not found, also when the search starts
    // inside the file (the read is size - from bytes long, not size + from)
    Path file = dir.resolve("lines.csv");
    Files.write(file, utf8("abcdef\nxy"));
    assertThat(CsvSource.nextLineStart(file, 2, 4)).as("the LF at 6 lies beyond the size 4").isEqualTo(4);
    assertThat(CsvSource.nextLineStart(file, 2, 6)).as("the LF at 6 lies beyond the size 6").isEqualTo(6);
    assertThat(CsvSource.nextLineStart(file, 2, 7)).as("the LF at 6 is within the size 7").isEqualTo(7);
  }

  @Test
  void nextLineStartGivesTheSizeWhenTheFileEndsBeforeIt(@TempDir Path dir) throws IOException {
    // rule: where the file holds fewer bytes than the size given and no line end, the answer is the size (a
    // file still being written is searched up to the size the caller saw), never 0
    Path file = dir.resolve("short.csv");
    Files.write(file, utf8("abc"));
    assertThat(CsvSource.nextLineStart(file, 0, 10)).isEqualTo(10);
    assertThat(CsvSource.nextLineStart(file, 1, 10)).isEqualTo(10);
    Files.write(file, utf8("ab\ncd"));
    assertThat(CsvSource.nextLineStart(file, 3, 10)).isEqualTo(10);
  }

  @Test
  void nextLineStartFromTheSizeOnReadsNothing(@TempDir Path dir) {
    // rule: a search from the size (or beyond) has nothing to read: it gives the size without opening the file
    Path missing = dir.resolve("never-written.csv");
    assertThat(CsvSource.nextLineStart(missing, 5, 5)).isEqualTo(5);
    assertThat(CsvSource.nextLineStart(missing, 0, 0)).isZero();
  }

  @Test
  void aBlankRecordAfterAWiderRecordIsBlank() {
    // rule (Record.isBlank): a record is blank when each of ITS fields is whitespace; the fields of an earlier,
    // wider record (still in the scan's arrays and buffer) are not looked at
    for (String csv : new String[] {"a,b,x\n \n", "a,b,x\n\t, \n", "a,bb,x,y\n\u3000\n"}) {
      try (CsvSource s = CsvSource.of(new ByteArrayInputStream(utf8(csv)), "t.csv", Optional.empty())) {
        assertThat(s.next()).isTrue();
        assertThat(s.record().isBlank()).isFalse();
        assertThat(s.next()).isTrue();
        assertThat(s.record().isBlank()).as("the second record of '%s'", csv).isTrue();
        assertThat(s.next()).isFalse();
      }
    }
  }

  @Test
  void aCrLfCutBetweenTwoReadsAfterAShortRecordEndsOneLine() {
    // rule: CR LF is one line end wherever the reads cut it, also right after a record read by the word scan
    // (a record whose CR is the last byte read so far): no blank record between, lines and offsets counted once
    for (int size = 8; size <= 10; size++) {
      String csv = "1234567\r\nabcdefg\r\n12,4567\r\nxyz\r\n";
      try (CsvSource s = CsvSource.of(new ChunkedInputStream(new ByteArrayInputStream(utf8(csv)), size), "t.csv",
          Optional.empty())) {
        assertThat(records(s, 10)).as("read %d bytes at a time", size).containsExactly(List.of("1234567"),
            List.of("abcdefg"), List.of("12", "4567"), List.of("xyz"));
      }
      try (CsvSource s = CsvSource.of(new ChunkedInputStream(new ByteArrayInputStream(utf8(csv)), size), "t.csv",
          Optional.empty())) {
        List<Object> where = new ArrayList<>();
        for (int i = 0; i < 5 && s.next(); i++) {
          where.add(s.record().location(0));
        }
        assertThat(where).as("read %d bytes at a time", size).containsExactly(new TextLocation("t.csv", 1, 1, 0),
            new TextLocation("t.csv", 2, 1, 9), new TextLocation("t.csv", 3, 1, 18),
            new TextLocation("t.csv", 4, 1, 27));
      }
    }
    // a lone CR as the last byte read: the next read decides; a byte other than LF starts the next record
    try (CsvSource s = CsvSource.of(new ChunkedInputStream(new ByteArrayInputStream(utf8("1234567\rabc\r")), 8),
        "t.csv", Optional.empty())) {
      assertThat(records(s, 10)).containsExactly(List.of("1234567"), List.of("abc"));
    }
  }

  /** CsvSource's buffer (its BLOCK): the first read of a stream fills this many bytes. */
  private static final int BLOCK = 1 << 18;

  @Test
  void aRecordMovedToTheBuffersStartKeepsItsFieldsAndItsPendingCheck() {
    // rule: a record that reaches the end of the full 256 KiB buffer is moved to its start and read on; every
    // position kept of it moves with it: a quoted field whose closing quote is the buffer's last byte (its end),
    // a field of 16 before a long 17th (the arrays' first size), a non-ASCII field whose UTF-8 check waits for
    // the record's end (the pending range)
    String filler = "x".repeat(BLOCK - 6);
    String quoted = filler + "\n\"abc\",z\n"; // the closing quote at index BLOCK - 1
    assertThat(quoted.indexOf("\",z")).isEqualTo(BLOCK - 1);
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(utf8(quoted)), "t.csv", Optional.empty())) {
      assertThat(records(s, 3)).containsExactly(List.of(filler), List.of("abc", "z"));
    }
    String sixteen = "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,";
    String wide = "x".repeat(BLOCK - 100) + "\n" + sixteen + "y".repeat(300) + "\n";
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(utf8(wide)), "t.csv", Optional.empty())) {
      List<List<String>> r = records(s, 3);
      assertThat(r).hasSize(2);
      assertThat(r.get(1)).hasSize(17).startsWith("1", "2").endsWith("16", "y".repeat(300));
    }
    // the pending field first, then an ASCII field that crosses the buffer's end (it adds nothing to the pending
    // range): the range moved with the record is the one checked at its end
    String pending = "x".repeat(200_000) + "\né," + "y".repeat(100_000) + "\nz\n";
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(utf8(pending)), "t.csv",
        Optional.of(StandardCharsets.UTF_8))) {
      assertThat(records(s, 4)).containsExactly(List.of("x".repeat(200_000)), List.of("é", "y".repeat(100_000)),
          List.of("z"));
    }
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(utf8(pending)), "t.csv", Optional.empty())) {
      assertThat(records(s, 4)).as("the encoding detected").hasSize(3);
    }
  }

  @Test
  void anInvalidPendingFieldOfARecordMovedToTheBuffersStartIsFoundWhereItIs() {
    // rule: a UTF-8 field left for the record's check is checked where it lies after the record moved to the
    // buffer's start: its invalid byte (C3 then '(') is reported at its own offset, line and column
    byte[] head = utf8("x".repeat(200_000) + "\n");
    byte[] tail = utf8(",".concat("y".repeat(100_000)).concat("\nz\n"));
    byte[] csv = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, csv, 0, head.length);
    csv[head.length] = (byte) 0xC3;
    csv[head.length + 1] = '(';
    System.arraycopy(tail, 0, csv, head.length + 2, tail.length);
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(csv), "t.csv", Optional.of(StandardCharsets.UTF_8))) {
      assertThat(s.next()).isTrue();
      IngestException e = org.assertj.core.api.Assertions.catchThrowableOfType(IngestException.class, s::next);
      assertThat(e).as("the invalid byte is reported").isNotNull();
      assertThat(e.problems().get(0).location()).isEqualTo(new TextLocation("t.csv", 2, 1, 200_001));
    }
  }

  @Test
  void aQuotedFieldOfAsciiBytesWithANulIsAscii() {
    // rule (Record.ascii): a field whose bytes are all below 0x80 is copied as ASCII, quoted or not; NUL (0x00) is
    // one of them, in a quoted field as in a plain one
    byte[] csv = {'"', 'a', 0, 'b', '"', ',', 'c', 0, 'd', '\n'};
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(csv), "t.csv", Optional.empty())) {
      assertThat(s.next()).isTrue();
      byte[] into = new byte[8];
      assertThat(s.record().ascii(0, into)).as("quoted").isEqualTo(3);
      assertThat(java.util.Arrays.copyOf(into, 3)).isEqualTo(new byte[] {'a', 0, 'b'});
      assertThat(s.record().ascii(1, into)).as("plain").isEqualTo(3);
      assertThat(s.record().get(0)).isEqualTo("a\u0000b");
    }
  }
}
