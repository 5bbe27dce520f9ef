package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.TextLocation;
import org.municipaldx.testsupport.TrialScale;

/**
 * The reader checks a cell's UTF-8 lazily ({@link CsvSource#lazyEncodingCheck()}: a cell found by its
 * bytes needs no check), yet a byte that is not UTF-8 in any cell of any row is reported as the eager
 * check reported it: the read fails at that byte (its offset and column), and what was passed on
 * before — procedures, problems, the take-up table — is exactly what the file cut before that row
 * gives: nothing of the row itself.
 */
class SurveyReaderLazyCheckProperties {
  private static final List<List<String>> RECORDS = records(SurveyReaderTest.FIXTURE);
  private static final byte[][] BAD = {
      {(byte) 0xFF}, {(byte) 0xE3, (byte) 0x81}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};

  @TempDir
  Path dir;

  // records(file) and line(cells): the fixture helpers of SurveyReaderParallelProperties
  private static List<List<String>> records(Path file) {
    return SurveyReaderParallelProperties.records(file);
  }

  private static byte[] line(List<String> cells) {
    return SurveyReaderParallelProperties.line(cells);
  }

  private Path write(byte[] bytes) {
    try {
      return Files.write(Files.createTempFile(dir, "survey-", ".csv"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a read passes on, in order, and the exception that ends it (null: none). */
  private record Outcome(List<Object> events, IngestException failure) {}

  /** A problem names its file: the events of two files are compared with the name left out. */
  private static Object event(Path file, Object e) {
    return e instanceof SurveyProblem p ? p.toString().replace(file.toString(), "FILE") : e;
  }

  private static Outcome read(Path file) {
    List<Object> events = new ArrayList<>();
    try {
      SurveyReader.survey().forEach(file, p -> events.add(event(file, p)), p -> events.add(event(file, p)));
      return new Outcome(events, null);
    } catch (IngestException e) {
      return new Outcome(events, e);
    }
  }

  private static Outcome takeUp(Path file, TakeUpTable<Ministry> table) {
    List<Object> events = new ArrayList<>();
    try {
      SurveyReader.survey().takeUp(file, table, p -> events.add(event(file, p)));
      return new Outcome(events, null);
    } catch (IngestException e) {
      return new Outcome(events, e);
    }
  }

  @Test
  void aByteThatIsNotUtf8FailsTheReadAtItsOffsetAfterExactlyTheRowsBeforeIt() {
    // rows: 0–5 fixture rows (fresh ids), 7 a blank 手続ID, 8 a line break inside a quoted name
    Trials.api().choose(0, 1, 2, 3, 4, 5, 7, 8).immutableListsOfSize(6)
        .and(Trials.api().integers(0, 5))
        .and(Trials.api().integers(0, SurveyColumn.values().length - 1))
        .and(Trials.api().integers(0, BAD.length - 1))
        .withLimits(TrialScale.trials(300), TrialScale.limits())
        .supplyTo((picks, badRow, column, kind) -> {
          List<List<String>> data = RECORDS.subList(2, RECORDS.size());
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
          out.writeBytes(line(RECORDS.get(0)));
          out.writeBytes(line(RECORDS.get(1)));
          int cut = -1;
          int badOffset = -1;
          for (int k = 0; k < picks.size(); k++) {
            int pick = picks.get(k);
            List<String> r = new ArrayList<>(data.get(pick % data.size()));
            r.set(0, "P" + (k + 1));
            if (pick == 7) {
              r.set(0, "");
            } else if (pick == 8) {
              r.set(2, "改行を\r\n含む手続名");
            }
            if (k != badRow) {
              out.writeBytes(line(r));
              continue;
            }
            // a marker byte (0x01, nowhere else) at the start of the cell, replaced by the bad bytes
            r.set(column, "\u0001" + r.get(column));
            byte[] b = line(r);
            int m = 0;
            while (b[m] != 1) {
              m++;
            }
            cut = out.size();
            badOffset = cut + m;
            out.write(b, 0, m);
            out.writeBytes(BAD[kind]);
            out.write(b, m + 1, b.length - m - 1);
          }
          byte[] bytes = out.toByteArray();
          Path whole = write(bytes);
          Path before = write(java.util.Arrays.copyOf(bytes, cut));
          String what = picks + ", row " + badRow + ", column " + column + ", bad bytes " + kind;

          Outcome expected = read(before);
          assertThat(expected.failure()).as(what).isNull();
          Outcome actual = read(whole);
          check(actual, expected, badOffset, column, what);

          TakeUpTable<Ministry> expectedTable = TakeUpTable.by(Dimension.MINISTRY);
          Outcome expectedTakeUp = takeUp(before, expectedTable);
          TakeUpTable<Ministry> actualTable = TakeUpTable.by(Dimension.MINISTRY);
          check(takeUp(whole, actualTable), expectedTakeUp, badOffset, column, what + ", take-up path");
          assertThat(actualTable.groups()).as(what).isEqualTo(expectedTable.groups());
          assertThat(actualTable.total()).as(what).isEqualTo(expectedTable.total());
        });
  }

  private static void check(Outcome actual, Outcome expected, int badOffset, int column, String what) {
    if (actual.failure() == null) {
      fail("%s: read without an error", what);
    }
    TextLocation at = (TextLocation) actual.failure().problems().get(0).location();
    assertThat(actual.failure().problems().get(0).reason()).as(what).contains("not valid UTF-8");
    assertThat(at.byteOffset()).as(what).isEqualTo(badOffset);
    assertThat(at.column()).as(what).isEqualTo(column + 1);
    assertThat(actual.events()).as(what).isEqualTo(expected.events());
  }
}
