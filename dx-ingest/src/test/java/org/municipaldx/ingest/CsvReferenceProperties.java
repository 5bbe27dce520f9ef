package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/**
 * {@link CsvSource}'s word-at-a-time scan against a reference reading written as plainly as the format's
 * rules (its class comment): a byte at a time over the whole file, fields split at commas and line ends
 * outside quotes, {@code ""} inside quotes one quote, each field checked with the JDK's strict UTF-8 decoder
 * once it is read. Both give the same records (every field's text and location) and the same first error
 * (an unclosed quote, text after a closing quote, or the first invalid byte, at the same line, column and
 * byte offset), whatever size the reads have, on files with a byte order mark (so UTF-8 is decided), and
 * with the records placed across the scan's 256 KiB buffer boundary.
 */
class CsvReferenceProperties {
  private static final TrialsApi API = Trials.api();
  /** CsvSource's buffer size (its BLOCK): a file longer than this makes the scan move a record to the front. */
  private static final int BLOCK = 1 << 18;

  private static final Trials<byte[]> PIECES = API.alternate(
      API.choose(",", ",", ",", "\n", "\r", "\r\n", "\"", "\"\"", "\",\"", "\"\r\n\"", "", "-", "x", "\t", "12345678", "abcdefghij")
          .map(CsvReferenceProperties::utf8),
      API.choose("市民課", "カウンターレス", "第10条第1項", "é", "😀", "１２", "ｶﾅ", "法律第百号に関する法律")
          .map(CsvReferenceProperties::utf8),
      API.choose(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE3, (byte) 0x81},
          new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {0},
          new byte[] {0x0B}, new byte[] {0x0C}));

  private static final Trials<byte[]> TEXTS = PIECES.immutableLists().map(pieces -> {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  });

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theScanReadsWhatTheReferenceReads() {
    TEXTS.withLimits(TrialScale.trials(1500), TrialScale.limits()).supplyTo(bytes -> {
      List<String> expected = reference(bytes);
      for (int readSize : new int[] {1, 2, 3, 7, 8, 9, 13, Integer.MAX_VALUE}) {
        assertThat(scan(bytes, readSize)).as("reads of %d bytes", readSize).isEqualTo(expected);
      }
    });
  }

  /** The same texts after a run of plain records that ends a few bytes before or after the buffer's end. */
  @Test
  void theScanReadsWhatTheReferenceReadsAcrossTheBufferBoundary() {
    TEXTS.and(API.integers(-40, 40)).withLimits(TrialScale.trials(150), TrialScale.limits()).supplyTo((text, shift) -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(text, 0, 3); // the byte order mark
      byte[] line = utf8("dept-1,市民課,2023\r\n");
      while (out.size() + line.length <= BLOCK + shift) {
        out.writeBytes(line);
      }
      out.write(text, 3, text.length - 3);
      byte[] bytes = out.toByteArray();
      List<String> expected = reference(bytes);
      assertThat(scan(bytes, Integer.MAX_VALUE)).isEqualTo(expected);
      assertThat(scan(bytes, 4096 + 3)).isEqualTo(expected);
    });
  }

  /** What a reader sees: each record's fields with their locations, then the error, if any. */
  private static List<String> scan(byte[] bytes, int readSize) {
    List<String> out = new ArrayList<>();
    try (CsvSource s = CsvSource.of(new ChunkedInputStream(new ByteArrayInputStream(bytes), readSize), "t", Optional.empty())) {
      while (s.next()) {
        Record r = s.record();
        out.add("record " + ((TextLocation) r.location()).line() + " at " + s.recordOffset());
        for (int i = 0; i < r.size(); i++) {
          TextLocation at = (TextLocation) r.location(i);
          out.add(at.line() + ":" + at.column() + "@" + at.byteOffset() + " '" + r.get(i) + "'");
        }
      }
    } catch (IngestException e) {
      TextLocation at = (TextLocation) e.problems().get(0).location();
      String reason = e.problems().get(0).reason();
      String kind = reason.contains("never closed") ? "unclosed" : reason.contains("after the closing quote") ? "after"
          : reason.contains("not valid") ? "encoding" : reason;
      out.add("error " + kind + " " + at.line() + ":" + at.column() + "@" + at.byteOffset());
    }
    return out;
  }

  /** The format's rules, one byte at a time over the whole file (which starts with a byte order mark). */
  static List<String> reference(byte[] b) {
    List<String> out = new ArrayList<>();
    int p = 3;
    long line = 1;
    while (p < b.length) {
      // a record's fields are passed on when it is whole: an error in it leaves only the error
      List<String> rec = new ArrayList<>();
      rec.add("record " + line + " at " + p);
      int column = 0;
      for (;;) {
        column++;
        long fieldLine = line;
        int start;
        int end;
        StringBuilder text = new StringBuilder();
        if (p < b.length && b[p] == '"') {
          int quote = p;
          p++;
          start = p;
          ByteArrayOutputStream raw = new ByteArrayOutputStream();
          for (;;) {
            if (p >= b.length) {
              out.add("error unclosed " + fieldLine + ":" + column + "@" + quote);
              return out;
            }
            if (b[p] == '"') {
              if (p + 1 < b.length && b[p + 1] == '"') {
                raw.write('"');
                p += 2;
                continue;
              }
              p++;
              break;
            }
            if (b[p] == '\n' || b[p] == '\r' && !(p + 1 < b.length && b[p + 1] == '\n')) {
              line++;
            }
            raw.write(b[p]);
            p++;
          }
          if (p < b.length && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
            out.add("error after " + line + ":" + column + "@" + p);
            return out;
          }
          int bad = firstInvalid(b, start, p - 1);
          if (bad >= 0) {
            out.add("error encoding " + fieldLine + ":" + column + "@" + bad);
            return out;
          }
          text.append(new String(raw.toByteArray(), StandardCharsets.UTF_8));
          rec.add(fieldLine + ":" + column + "@" + quote + " '" + text + "'");
        } else {
          start = p;
          while (p < b.length && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
            p++;
          }
          end = p;
          int bad = firstInvalid(b, start, end);
          if (bad >= 0) {
            out.add("error encoding " + fieldLine + ":" + column + "@" + bad);
            return out;
          }
          rec.add(fieldLine + ":" + column + "@" + start + " '" + new String(b, start, end - start, StandardCharsets.UTF_8) + "'");
        }
        if (p >= b.length) {
          out.addAll(rec);
          return out; // the last record, without a line end
        }
        byte c = b[p++];
        if (c == ',') {
          if (p >= b.length) {
            // a comma at the very end: one more, empty, field
            rec.add(line + ":" + (column + 1) + "@" + p + " ''");
            out.addAll(rec);
            return out;
          }
          continue;
        }
        line++;
        if (c == '\r' && p < b.length && b[p] == '\n') {
          p++;
        }
        out.addAll(rec);
        break;
      }
    }
    return out;
  }

  /** {@return the offset of the first byte that is not valid UTF-8 (the JDK's strict decoder), or -1} */
  private static int firstInvalid(byte[] b, int from, int to) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CoderResult r = d.decode(in, CharBuffer.allocate(to - from + 1), true);
    return r.isError() ? in.position() : -1;
  }
}
