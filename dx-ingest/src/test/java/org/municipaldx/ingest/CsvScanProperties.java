package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsScaffolding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/**
 * Laws of {@link CsvSource}'s scan, with Americium: the word-at-a-time (SWAR) scan, the word kept
 * for short fields and the numbers and lookups taken from it give exactly what the byte-at-a-time
 * scan gives, on random bytes with commas, quotes, CR/LF, digits, multi-byte UTF-8, Windows-31J
 * and invalid sequences.
 *
 * <p>The byte-at-a-time scan is the same class fed one byte per read: the word loop needs eight
 * bytes in its buffer, so with one byte at a time only the byte loop runs (and, for a short field,
 * no word is kept). A stream read whole runs the word loop everywhere but in the last bytes.
 *
 * <p>The scan's properties take their case counts from {@link TrialScale} (issue 13r: at fixed counts they
 * took 40-50 s each, and PIT reran them whole for every mutant they cover); {@code mvn -B verify} runs the
 * counts written. The UTF-8 check's own property keeps its fixed count: it covers only {@link TextEncoding}.
 */
class CsvScanProperties {
  private static final Charset SJIS = TextEncoding.WINDOWS_31J;

  /** Pieces a file is made of: structure, numbers, ids, texts, and bytes that are not valid text. */
  private static final Trials<byte[]> PIECES = Trials.api().alternate(
      Trials.api().choose(",", ",", ",", "\n", "\r", "\r\n", "\"", "\"\"", " ", "", "-", "x")
          .map(CsvScanProperties::utf8),
      Trials.api().choose("0", "7", "42", "007", "2023", "1303", "9999999", "12345678",
          "123456789012345678", "1234567890123456789", "99999999999999999999")
          .map(CsvScanProperties::utf8),
      digits().map(CsvScanProperties::utf8),
      Trials.api().choose("dept-5", "dept-50", "dept-500", "市民課", "カウンターレス",
          "カウンターレス|キャッシュレス|ペーパーレス", "é", "😀", "本庁舎/1F/室12", "１２", "ｶﾅ")
          .map(CsvScanProperties::utf8),
      Trials.api().choose("市民課", "ｶﾅ", "あ").map(s -> s.getBytes(SJIS)),
      Trials.api().choose(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xE3, (byte) 0x81}, new byte[] {(byte) 0xC0, (byte) 0x80},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {0}, new byte[] {0x2D}),
      Trials.api().integers(0, 255).map(b -> new byte[] {(byte) (int) b}));

  private static final Trials<byte[]> FILES = PIECES.immutableLists()
      .map(pieces -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
      });

  /** Files of well-formed rows (more of them valid, so that records get past the first one). */
  private static final Trials<byte[]> ROWS = Trials.api().alternate(
      Trials.api().choose("dept-1", "dept-50", "市民課", "\"dept-1\"", "\"a\"\"b\"", "", "2023",
          "2023", "１２", "42", "0", "123456789", "カウンターレス",
          "カウンターレス|キャッシュレス|ペーパーレス|ファイルレス", " ", "\"x,\ny\"", "\"12\""),
      digits())
      .immutableListsOfSize(4).immutableLists()
      .map(rows -> {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
          sb.append(String.join(",", r)).append(r.hashCode() % 3 == 0 ? "\r\n" : "\n");
        }
        return utf8(sb.toString());
      });

  /** Digit strings of 1 to 20 digits, leading zeros included. */
  private static Trials<String> digits() {
    return Trials.api().integers(1, 20).flatMap(n -> Trials.api().integers(0, 9).immutableListsOfSize(n))
        .map(ds -> ds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theWordScanReadsWhatTheByteScanReads() {
    FILES.withLimits(TrialScale.trials(600), TrialScale.limits()).supplyTo(bytes -> {
      List<String> byBytes = transcript(bytes, 1);
      assertThat(transcript(bytes, Integer.MAX_VALUE)).isEqualTo(byBytes);
      assertThat(transcript(bytes, 9)).isEqualTo(byBytes);
    });
  }

  @Test
  void theWordScanReadsWhatTheByteScanReadsOnRows() {
    ROWS.withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(bytes -> {
      List<String> byBytes = transcript(bytes, 1);
      assertThat(transcript(bytes, Integer.MAX_VALUE)).isEqualTo(byBytes);
      assertThat(transcript(bytes, 13)).isEqualTo(byBytes);
    });
  }

  @Test
  void numbersAndLookupsFromTheBytesEqualThoseFromTheText() {
    FILES.withLimits(TrialScale.trials(400), TrialScale.limits()).supplyTo(bytes -> {
      ToIntFunction<String> rule = CsvScanProperties::rule;
      Lookup lookup = Lookup.resolving(rule);
      Lookup keyed = Lookup.of(Map.of("dept-50", 1, "市民課", 2, "2023", 3, "42", 4,
          "カウンターレス|キャッシュレス|ペーパーレス", 5), s -> Fields.nfkc(s).strip());
      try (CsvSource s = CsvSource.of(new ByteArrayInputStream(bytes), "t", Optional.empty())) {
        while (s.next()) {
          Record r = s.record();
          for (int i = 0; i < r.size(); i++) {
            String text = r.get(i);
            assertThat(r.plainWhole(i)).as("plainWhole of '%s'", text)
                .isEqualTo(Fields.plainWhole(text));
            assertThat(lookup.index(r, i)).as("lookup of '%s'", text).isEqualTo(rule.applyAsInt(text));
            assertThat(keyed.index(r, i)).as("keyed lookup of '%s'", text).isEqualTo(keyed.index(text));
          }
        }
      } catch (IngestException e) {
        // a bad byte or quote ends the file; the records before it were checked
      }
    });
  }

  @Test
  void shortFieldsAreReadFromTheirWord() {
    // every length from 1 to 7 (the word) and 8 (the byte loop), at every offset of the buffer
    for (String field : List.of("0", "12", "345", "6789", "10000", "999999", "1234567", "12345678",
        "00", "0000009", "12a", "1 2", "/", ":", "-1")) {
      for (int pad = 0; pad < 9; pad++) {
        byte[] bytes = utf8("x".repeat(pad) + "," + field + "," + field + "\n");
        try (CsvSource s = CsvSource.of(new ByteArrayInputStream(bytes), "t", Optional.empty())) {
          assertThat(s.next()).isTrue();
          assertThat(s.record().plainWhole(1)).as(field).isEqualTo(Fields.plainWhole(field))
              .isEqualTo(s.record().plainWhole(2));
        }
      }
    }
    assertThat(CsvSource.wordWhole(0x3332_31L, 3)).isEqualTo(123); // "123", little-endian
    assertThat(CsvSource.wordWhole(0x39_3939_3939_3939L, 7)).isEqualTo(9_999_999);
    assertThat(CsvSource.wordWhole(0x3A_3030L, 3)).isEqualTo(-1); // "00:"
    assertThat(CsvSource.wordWhole(0, 0)).isEqualTo(-1);
  }

  /** Byte sequences around the UTF-8 check's six-byte step: kana and kanji, the E0 and ED edges, cut sequences. */
  private static final Trials<byte[]> UTF8_PIECES = Trials.api().alternate(
      Trials.api().choose("あ", "漢字", "カウンターレス|", "第100条の4", "x", ",", "12345678", "é", "😀", "\uFFFF",
          "\u0800", "\uD7FF", "\uE000").map(CsvScanProperties::utf8),
      Trials.api().choose(new byte[] {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, // overlong
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
          new byte[] {(byte) 0xE3, (byte) 0x81}, new byte[] {(byte) 0xE3}, new byte[] {(byte) 0x81},
          new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80},
          new byte[] {(byte) 0xFF}),
      Trials.api().integers(0, 255).map(b -> new byte[] {(byte) (int) b}));

  private static byte[] concat(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** {@return the index of the first byte the JDK's strict UTF-8 decoder rejects, or -1} */
  private static int jdkFirstInvalid(byte[] b, int from) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
    CoderResult r = d.decode(in, CharBuffer.allocate(b.length + 1), true);
    return r.isError() ? in.position() : -1;
  }

  @Test
  void theUtf8CheckFindsWhatTheJdkDecoderFinds() {
    UTF8_PIECES.immutableLists().map(CsvScanProperties::concat)
        .withLimits(1500, TrialsScaffolding.OptionalLimits.defaults).supplyTo(bytes -> {
          int expected = jdkFirstInvalid(bytes, 0);
          assertThat(TextEncoding.utf8Invalid(bytes, 0, bytes.length)).as(Arrays.toString(bytes)).isEqualTo(expected);
        });
  }

  @Test
  void aBadByteBeforeAnUnclosedQuoteIsTheErrorReported() {
    // the field-by-field order: the first field's bad byte (checked with the record) before the quote error
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', (byte) 0xFF, ',', '"', 'x', 'y'};
    for (int readSize : new int[] {Integer.MAX_VALUE, 1}) {
      try (CsvSource s = CsvSource.of(new ChunkedInputStream(new ByteArrayInputStream(bytes), readSize), "t", Optional.empty())) {
        assertThatThrownBy(s::next).isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.problems().get(0).reason()).contains("not valid UTF-8");
          assertThat(((TextLocation) e.problems().get(0).location()).byteOffset()).isEqualTo(5);
          assertThat(((TextLocation) e.problems().get(0).location()).column()).isEqualTo(2);
        });
      }
    }
  }

  @Test
  void aRecordsUtf8IsCheckedOnceYetTheFirstBadByteOfTheFileIsReported() {
    // with a BOM the file is UTF-8: it reads without an encoding error exactly when its bytes are
    // valid UTF-8, and an encoding error names the file's first invalid byte (the records before it
    // read), whether the fields are checked in one pass per record, in the cache, or field by field
    // (one byte per read: no fast record scan)
    Trials.api().alternate(PIECES, UTF8_PIECES).immutableLists().map(CsvScanProperties::concat)
        .withLimits(TrialScale.trials(800), TrialScale.limits()).supplyTo(body -> {
          byte[] bytes = new byte[body.length + 3];
          bytes[0] = (byte) 0xEF;
          bytes[1] = (byte) 0xBB;
          bytes[2] = (byte) 0xBF;
          System.arraycopy(body, 0, bytes, 3, body.length);
          int firstInvalid = jdkFirstInvalid(bytes, 3);
          for (int readSize : new int[] {Integer.MAX_VALUE, 1, 11}) {
            try (CsvSource s = CsvSource.of(new ChunkedInputStream(new ByteArrayInputStream(bytes), readSize), "t",
                Optional.empty())) {
              while (s.next()) {
                assertThat(s.offset()).as("a record holding an invalid byte was read")
                    .isLessThanOrEqualTo(firstInvalid < 0 ? Long.MAX_VALUE : firstInvalid);
              }
              assertThat(firstInvalid).as("the whole file read: it is valid UTF-8").isEqualTo(-1);
            } catch (IngestException e) {
              String reason = e.problems().get(0).reason();
              if (reason.contains("not valid UTF-8")) {
                TextLocation at = (TextLocation) e.problems().get(0).location();
                assertThat(at.byteOffset()).as(reason).isEqualTo(firstInvalid);
              } else if (reason.contains("never closed")) {
                // the fields before the unclosed one were checked first: no invalid byte before its quote
                long quote = ((TextLocation) e.problems().get(0).location()).byteOffset();
                assertThat(firstInvalid < 0 || firstInvalid > quote).as(reason + " at " + quote + ", first invalid byte "
                    + firstInvalid).isTrue();
              } else {
                // text after a closing quote: that field was not checked yet, so the first invalid byte may be in it
                assertThat(reason).contains("closing quote");
              }
            }
          }
        });
  }

  @Test
  void aLazyCheckReadsWhatTheEagerCheckReads() {
    // lazyEncodingCheck(): a reader that looks fields up (a hit proves the bytes valid), reads texts in
    // any order and calls checkRecord() before it reports anything of the record sees exactly what the
    // eager check gives, the same error at the same place included, on random files with and without a
    // BOM (with one the file is UTF-8 and every field is left to the lazy check), across read sizes
    Trials.api().alternate(PIECES, UTF8_PIECES).immutableLists().map(CsvScanProperties::concat)
        .flatMap(body -> Trials.api().booleans().map(bom -> {
          if (!bom) {
            return body;
          }
          byte[] bytes = new byte[body.length + 3];
          bytes[0] = (byte) 0xEF;
          bytes[1] = (byte) 0xBB;
          bytes[2] = (byte) 0xBF;
          System.arraycopy(body, 0, bytes, 3, body.length);
          return bytes;
        }))
        .withLimits(TrialScale.trials(800), TrialScale.limits()).supplyTo(bytes -> {
          List<String> eager = transcript(bytes, Integer.MAX_VALUE);
          for (int order = 0; order < 3; order++) {
            for (int readSize : new int[] {Integer.MAX_VALUE, 1, 11}) {
              assertThat(lazyTranscript(bytes, readSize, order)).as("order %s, read size %s", order, readSize)
                  .isEqualTo(eager);
            }
          }
        });
  }

  /**
   * {@link #transcript} read with {@link CsvSource#lazyEncodingCheck()}: before anything of a record is
   * written down, its fields are looked up (order 0: last to first; 1: every other field; 2: none) with a
   * lookup that remembers fields across records, then {@link CsvSource#checkRecord()} is called.
   */
  private static List<String> lazyTranscript(byte[] bytes, int readSize, int order) {
    List<String> out = new ArrayList<>();
    Lookup lookup = Lookup.resolving(CsvScanProperties::rule);
    byte[] into = new byte[12];
    try (CsvSource s = CsvSource.of(new ChunkedInputStream(new ByteArrayInputStream(bytes), readSize), "t",
        Optional.empty()).lazyEncodingCheck()) {
      while (s.next()) {
        Record r = s.record();
        int[] found = new int[r.size()];
        Arrays.fill(found, Integer.MIN_VALUE);
        for (int k = 0; k < r.size(); k++) {
          int i = order == 0 ? r.size() - 1 - k : k;
          if (order == 0 || order == 1 && i % 2 == 1) {
            found[i] = lookup.index(r, i);
          }
        }
        s.checkRecord();
        out.add("record " + r.location() + " of " + r.size() + (r.isBlank() ? ", blank" : "")
            + ", ends at " + s.offset() + ", next line " + s.line());
        for (int i = 0; i < r.size(); i++) {
          int n = r.ascii(i, into);
          out.add(r.location(i) + " '" + r.get(i) + "' whole " + r.plainWhole(i) + " ascii " + n
              + (n >= 0 ? " " + Arrays.toString(Arrays.copyOf(into, n)) : "")
              + " lookup " + (found[i] != Integer.MIN_VALUE ? found[i] : lookup.index(r, i)));
        }
      }
      out.add("end, " + s.charset());
    } catch (IngestException e) {
      out.add("error " + e.problems() + " of " + e.total());
    }
    return out;
  }

  @Test
  void aLazilyCheckedRecordLeftUncheckedByItsReaderIsCheckedByTheNextRead() {
    byte[] bytes = concat(List.of(utf8("\uFEFFa,市民課\n市"), new byte[] {(byte) 0xFF}, utf8(",b\nc\n")));
    try (CsvSource s = CsvSource.of(new ByteArrayInputStream(bytes), "t", Optional.empty()).lazyEncodingCheck()) {
      assertThat(s.next()).isTrue();
      assertThat(s.next()).isTrue(); // the bad byte is not looked at yet
      assertThatThrownBy(s::next).isInstanceOf(IngestException.class)
          .satisfies(e -> assertThat(((TextLocation) ((IngestException) e).problems().get(0).location()).byteOffset())
              .isEqualTo(3 + "a,市民課\n市".getBytes(StandardCharsets.UTF_8).length));
    }
  }

  /** Any deterministic rule from text to value; -1 for some texts. */
  private static int rule(String text) {
    int h = text.hashCode();
    return (h & 7) == 0 ? -1 : Math.floorMod(h, 40);
  }

  /** Everything a reader can see of the records, and the error that ends the file, if any. */
  private static List<String> transcript(byte[] bytes, int readSize) {
    List<String> out = new ArrayList<>();
    Lookup lookup = Lookup.resolving(CsvScanProperties::rule);
    byte[] into = new byte[12];
    try (CsvSource s = CsvSource.of(new ChunkedInputStream(new ByteArrayInputStream(bytes), readSize), "t",
        Optional.empty())) {
      while (s.next()) {
        Record r = s.record();
        out.add("record " + r.location() + " of " + r.size() + (r.isBlank() ? ", blank" : "")
            + ", ends at " + s.offset() + ", next line " + s.line());
        for (int i = 0; i < r.size(); i++) {
          int n = r.ascii(i, into);
          out.add(r.location(i) + " '" + r.get(i) + "' whole " + r.plainWhole(i) + " ascii " + n
              + (n >= 0 ? " " + Arrays.toString(Arrays.copyOf(into, n)) : "")
              + " lookup " + lookup.index(r, i));
        }
      }
      out.add("end, " + s.charset());
    } catch (IngestException e) {
      out.add("error " + e.problems() + " of " + e.total());
    }
    return out;
  }
}
