package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.FiveLess;
import org.municipaldx.ingest.IngestException;

/** Rules of the reader's row scan and its public parallel roll-up that PIT found unchecked (issue 13 part 4). */
class ScanRulesTest {
  private static final String HEADER = "department,fiscalYear,fiveLess,minutesPerCase,online,total\n";

  @Test
  void onlineCasesAboveATotalOfZeroAreRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rows.csv");
    Files.writeString(file, HEADER + "d,2023,,10,0,0\nd,2023,,10,1,0\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ProcedureYearCsvReader.create().read(file))
        .isInstanceOf(IngestException.class).hasMessageContaining("line 3").hasMessageContaining("online cases 1 exceed the total 0");
  }

  @Test
  void thePublicParallelRollupOfAFileOverOneMebibyteEqualsTheSequentialOne(@TempDir Path dir) throws Exception {
    // files of 1 MiB (MIN_PARALLEL_BYTES) or more are cut into 4 ranges per thread; every row is read once
    StringBuilder csv = new StringBuilder(HEADER);
    int i = 0;
    while (csv.length() < (1 << 20) + 4096) {
      csv.append("dept-").append(i % 7).append(",20").append(20 + i % 5).append(",,").append(i % 90)
          .append(',').append(i % 3).append(',').append(3 + i % 11).append('\n');
      i++;
    }
    Path file = dir.resolve("big.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    var sequential = reader.rollup(file);
    assertThat(sequential.total().total()).isGreaterThan(0);
    assertThat(reader.rollupParallel(file, 2)).isEqualTo(sequential);
    assertThat(reader.rollupParallel(file, 3)).isEqualTo(sequential);
  }

  @Test
  void aFiveLessColumnThatComesFirstIsRead(@TempDir Path dir) throws Exception {
    // issue 13y, PIT survivor scan 608 (iFive >= 0 -> > 0): column index 0 is a column like any other
    Path file = dir.resolve("first.csv");
    Files.writeString(file, "fiveLess,department,fiscalYear,minutesPerCase,online,total\n"
        + "ペーパーレス,d,2023,10,1,2\n,d,2023,10,0,5\n", StandardCharsets.UTF_8);
    var rollup = ProcedureYearCsvReader.create().rollup(file);
    assertThat(rollup.byFiveLess().get(FiveLess.PAPERLESS).total()).isEqualTo(2);
    assertThat(rollup.byFiveLess().get(FiveLess.CASHLESS).total()).isZero();
    assertThat(rollup.total().total()).isEqualTo(7);
  }

  @Test
  void aReaderEqualsOnlyAReaderOfTheSameSettings() {
    // issue 13y, PIT not covered equals 705: an object of another type is never equal
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    assertThat(reader).isEqualTo(ProcedureYearCsvReader.create());
    assertThat(reader.equals(reader.toString())).isFalse();
    assertThat(reader).isNotEqualTo(reader.withCharset(StandardCharsets.UTF_8));
  }

  @Test
  void aParallelRollupOfAFileWithoutAUsableHeaderIsTheSequentialOne(@TempDir Path dir) throws Exception {
    // issue 13y, PIT not covered rollupParallel 405: without a usable header the parallel read hands the file to
    // the sequential one, which reports why (an empty file, blank lines, missing columns: each throws, so the
    // mutant returning null after that call is equivalent; listed in pit-equivalent-mutants.md)
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    for (String text : new String[] {"", "\n\n", "department,total\nd,1\n"}) {
      Path file = dir.resolve("h" + text.length() + ".csv");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      Object sequential;
      try {
        sequential = reader.rollup(file);
      } catch (IngestException e) {
        sequential = e.getMessage();
      }
      Object parallel;
      try {
        parallel = reader.rollupParallel(file, 2, 0, 4);
      } catch (IngestException e) {
        parallel = e.getMessage();
      }
      assertThat(parallel).as("'%s'", text).isNotNull().isEqualTo(sequential);
    }
  }

  @Test
  void aBadTotalIsOneProblemNotAlsoOnlineCasesAboveIt(@TempDir Path dir) throws Exception {
    // issue 13y, PIT survivor whole 646 (return -1 -> 0): a cell that is not a whole number is reported once; its
    // row is not also compared with a total of 0
    Path file = dir.resolve("bad-total.csv");
    Files.writeString(file, HEADER + "d,2023,,10,5,abc\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ProcedureYearCsvReader.create().rollup(file))
        .isInstanceOf(IngestException.class).hasMessageContaining("1 problem").hasMessageNotContaining("exceed");
  }
}
