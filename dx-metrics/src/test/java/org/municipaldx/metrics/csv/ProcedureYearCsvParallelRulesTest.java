package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.Problems;
import org.municipaldx.ingest.TextEncoding;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.Sums;

/**
 * The rules of {@link ProcedureYearCsvReader#rollupParallel} on fixed files cut in every possible
 * number of byte ranges (issue 13 part 4: mutation testing left the range cutting, the re-reads and
 * the line shift of problems unchecked; the random property runs few cases under PIT). For each file
 * the sequential result is stated, and the parallel read must equal it for 2 to 40 ranges: a range
 * that begins inside a quoted field or decided another encoding is read again, problems keep their
 * lines, and a fatal problem ends the read as it does sequentially.
 */
class ProcedureYearCsvParallelRulesTest {
  @TempDir
  Path dir;

  /** A read's outcome: the roll-up, or the problems listed and their total. */
  private record Outcome(ProcedureYearRollup rollup, List<Problem> problems, long total) {}

  private static Outcome outcome(java.util.function.Supplier<ProcedureYearRollup> read) {
    try {
      return new Outcome(read.get(), List.of(), 0);
    } catch (IngestException e) {
      return new Outcome(null, e.problems(), e.total());
    }
  }

  private Path write(byte[] bytes) throws Exception {
    Path f = dir.resolve("stats.csv");
    Files.write(f, bytes);
    return f;
  }

  /** The sequential outcome, after checking every parallel cut of the file gives it. */
  private static Outcome everyCutGivesTheSequential(ProcedureYearCsvReader reader, Path f) {
    Outcome sequential = outcome(() -> reader.rollup(f));
    for (int chunks = 2; chunks <= 40; chunks++) {
      int c = chunks;
      Outcome parallel = outcome(() -> reader.rollupParallel(f, 1 + c % 3 + 1, 0, c));
      assertThat(parallel).as("%d ranges", chunks).isEqualTo(sequential);
    }
    return sequential;
  }

  @Test
  void rangesCutInsideAQuotedFieldAreReadAgainFromTheRecordStart() throws Exception {
    // rule: a line end inside a quoted field is not a record end; the department cell "\nd2\n" is d2
    StringBuilder csv = new StringBuilder("部局,1件あたり分,オンライン件数,総件数,年度\r\n");
    for (int i = 0; i < 6; i++) {
      csv.append("d1,30,1,2,2023\r\n\"\r\nd2\r\n\r\n\",10,3,").append(4 + i).append(",2023\r\n");
    }
    Path f = write(csv.toString().getBytes(StandardCharsets.UTF_8));
    Outcome o = everyCutGivesTheSequential(ProcedureYearCsvReader.create(), f);
    assertThat(o.problems()).isEmpty();
    assertThat(o.rollup().byDepartment()).containsOnlyKeys("d1", "d2");
    // d1: 6 × 30 × 1 = 180 minutes, 6 online, 12 cases; d2: 6 × 10 × 3 = 180, 18 online, 4 + … + 9 = 39 cases
    assertThat(o.rollup().byDepartment().get("d1")).isEqualTo(new Sums(180, 6, 12));
    assertThat(o.rollup().byDepartment().get("d2")).isEqualTo(new Sums(180, 18, 39));
    assertThat(o.rollup().rows()).isEqualTo(12);
  }

  @Test
  void aRangeThatGuessedAnotherEncodingIsReadAgainInTheFilesEncoding() throws Exception {
    // rule: the encoding is decided at the file's first non-ASCII byte (総務: Windows-31J, not UTF-8);
    // a later range whose only non-ASCII bytes are ﾃｽ (C3 BD, also valid UTF-8) is read as Windows-31J
    StringBuilder csv = new StringBuilder("department,minutesPerCase,online,total,fiscalYear,fiveLess\n");
    for (int i = 0; i < 4; i++) {
      csv.append("general-affairs,5,1,1,2023,counterless\n");
    }
    csv.append("総務,5,2,2,2023,counterless\n");
    for (int i = 0; i < 12; i++) {
      csv.append("ﾃｽ,7,1,3,2023,paperless\n").append("test,7,1,1,2023,\n");
    }
    Path f = write(csv.toString().getBytes(TextEncoding.WINDOWS_31J));
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create()
        .withDepartmentNames(Map.of("general-affairs", List.of("総務"), "test", List.of("ﾃｽ")));
    Outcome o = everyCutGivesTheSequential(reader, f);
    assertThat(o.problems()).isEmpty();
    assertThat(o.rollup().byDepartment().get("general-affairs")).isEqualTo(new Sums(30, 6, 6));
    // 24 rows of 7 minutes × 1 online; 12 × 3 + 12 × 1 = 48 cases
    assertThat(o.rollup().byDepartment().get("test")).isEqualTo(new Sums(168, 24, 48));
    assertThat(o.rollup().byFiveLess().get(FiveLess.PAPERLESS)).isEqualTo(new Sums(84, 12, 36));
  }

  @Test
  void problemsOfEveryRangeKeepTheirLinesAndOrder() throws Exception {
    // rule: the parallel read lists the sequential read's problems, with the same lines, in file order
    StringBuilder csv = new StringBuilder("部局,年度,1件あたり分,オンライン件数,総件数\n");
    for (int line = 2; line <= 30; line++) {
      csv.append(switch (line) {
        case 4 -> "d1,2023,x,1,1\n";
        case 9 -> "d1,2023,3,5,4\n";
        case 17 -> "Bad Dept,2023,3,1,1\n";
        case 25 -> "d1,20x3,3,1,1\n";
        default -> "d1,2023,3,1,1\n";
      });
    }
    Path f = write(csv.toString().getBytes(StandardCharsets.UTF_8));
    Outcome o = everyCutGivesTheSequential(ProcedureYearCsvReader.create(), f);
    assertThat(o.rollup()).isNull();
    assertThat(o.problems()).extracting(Problem::line).containsExactly(4L, 9L, 17L, 25L);
    assertThat(o.problems()).extracting(Problem::column).containsExactly(3, 4, 1, 2);
    assertThat(o.total()).isEqualTo(4);
  }

  @Test
  void problemsBeyondTheListedOnesAreCountedInEveryRange() throws Exception {
    // rule: the first Problems.LISTED problems are listed, all are counted; parallel counts the same
    StringBuilder csv = new StringBuilder("部局,年度,1件あたり分,オンライン件数,総件数\n");
    int bad = Problems.LISTED * 2 + 17;
    for (int i = 0; i < bad; i++) {
      csv.append("d1,2023,x").append(i).append(",1,1\n").append("d1,2023,1,1,1\n");
    }
    Path f = write(csv.toString().getBytes(StandardCharsets.UTF_8));
    Outcome o = everyCutGivesTheSequential(ProcedureYearCsvReader.create(), f);
    assertThat(o.total()).isEqualTo(bad);
    assertThat(o.problems()).hasSize(Problems.LISTED);
    assertThat(o.problems().get(Problems.LISTED - 1).line()).isEqualTo(2 * Problems.LISTED);
  }

  @Test
  void aFatalProblemEndsTheParallelReadWhereTheSequentialOneEnds() throws Exception {
    // rule: a byte that is neither UTF-8 nor Windows-31J ends the read at its offset; the rows after
    // it are not read, by either path (their bad cell at the last line is not reported)
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("部局,年度,1件あたり分,オンライン件数,総件数\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 8; i++) {
      out.writeBytes("d1,2023,3,1,1\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(new byte[] {'d', '1', ',', '2', '0', '2', '3', ',', (byte) 0xFF, ',', '1', ',', '1', '\n'});
    for (int i = 0; i < 8; i++) {
      out.writeBytes("d1,2023,3,1,1\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("d1,2023,3,9,1\n".getBytes(StandardCharsets.US_ASCII));
    Path f = write(out.toByteArray());
    Outcome o = everyCutGivesTheSequential(ProcedureYearCsvReader.create(), f);
    assertThat(o.rollup()).isNull();
    assertThat(o.problems()).hasSize(1);
    assertThat(o.problems().get(0).line()).isEqualTo(10);
  }

  @Test
  void anUnclosedQuoteInTheLastRangeIsReportedAsSequentially() throws Exception {
    // rule: a quote never closed is an error at its line, whichever range holds it
    StringBuilder csv = new StringBuilder("部局,年度,1件あたり分,オンライン件数,総件数\n");
    for (int i = 0; i < 10; i++) {
      csv.append("d1,2023,3,1,1\n");
    }
    csv.append("d1,\"2023\n");
    Path f = write(csv.toString().getBytes(StandardCharsets.UTF_8));
    Outcome o = everyCutGivesTheSequential(ProcedureYearCsvReader.create(), f);
    assertThat(o.rollup()).isNull();
    assertThat(o.problems()).extracting(Problem::line).containsExactly(12L);
  }

  @Test
  void oneThreadIsTheSequentialReadAndZeroThreadsIsAnError() throws Exception {
    Path f = write("部局,年度,1件あたり分,オンライン件数,総件数\nd1,2023,30,2,4\nd2,2023,1,1,1\n"
        .getBytes(StandardCharsets.UTF_8));
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    assertThat(reader.rollupParallel(f, 1).total()).isEqualTo(new Sums(61, 3, 5));
    assertThat(reader.rollupParallel(f, 1, 0, 4)).isEqualTo(reader.rollup(f));
    // a file below the parallel threshold (1 MiB) is read in one thread, with the same result
    assertThat(reader.rollupParallel(f, 4)).isEqualTo(reader.rollup(f));
    assertThatThrownBy(() -> reader.rollupParallel(f, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessage("ProcedureYearCsvReader.threads: must be ≥ 1 (was '0')");
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> reader.rollupParallel(missing, 2)).isInstanceOf(UncheckedIOException.class)
        .hasMessage(missing + ": cannot read");
  }
}
