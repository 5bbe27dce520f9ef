package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.metrics.batch.ProcedureYearRow;

/** Edge cases of the procedure-year CSV reader that mutation testing showed untested (issue 13). */
class ProcedureYearCsvEdgeCasesTest {
  private static final String COLUMNS = "部局/department, 年度/fiscalYear, 5レス/fiveLess,"
      + " 1件あたり分/minutesPerCase, オンライン件数/online, 総件数/total";
  private static final String HEADER = "部局,年度,1件あたり分,オンライン件数,総件数\n";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDataRowWiderThanItsHeaderIsRejectedAtTheFirstExtraCell() {
    // rule: a value in a column the header does not have is an error located at that cell; the
    // other rows are not returned (nothing is half-applied)
    String csv = HEADER + "d1,2023,30,100,400\nd2,2023,5,0,10,99\n";
    IngestException e = assertThrows(IngestException.class,
        () -> ProcedureYearCsvReader.create().read(utf8(csv), "wide.csv"));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "wide.csv line 3, column 6 (F): value '99' beyond the last column of the header");
  }

  @Test
  void aDataRowWiderThanItsHeaderOnlyByEmptyCellsIsRead() {
    // rule: empty cells beyond the header (Excel pads rows) carry no value and are not an error
    String csv = HEADER + "d1,2023,30,100,400,,\n";
    assertThat(ProcedureYearCsvReader.create().read(utf8(csv), "pad.csv"))
        .extracting(ProcedureYearRow::total).containsExactly(400L);
  }

  @Test
  void anAllBlankHeaderIsNotAHeader() {
    // rule: the header is the first record with a non-empty cell; a record of empty cells before it
    // is a blank record and is skipped
    String csv = ",,,,\n" + HEADER + "d1,2023,30,100,400\n";
    List<ProcedureYearRow> rows = ProcedureYearCsvReader.create().read(utf8(csv), "blank.csv");
    assertThat(rows).extracting(ProcedureYearRow::departmentId).containsExactly("d1");
  }

  @Test
  void aFileOfOnlyBlankRecordsHasNoHeader() {
    // rule: a file whose records are all blank has no header, which is an error, not an empty table
    IngestException e = assertThrows(IngestException.class,
        () -> ProcedureYearCsvReader.create().read(utf8(",,,\n,,\n\n"), "blanks.csv"));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "blanks.csv line 1, byte offset 0: the file is empty; expected a header with " + COLUMNS);
  }

  @Test
  void parallelRollupOfAnAllBlankHeaderFileReportsLikeTheSequentialOne(@TempDir Path dir)
      throws Exception {
    // rule: the parallel read reports a file without a usable header exactly as the sequential one
    Path f = dir.resolve("blanks.csv");
    Files.write(f, utf8(",,,\n,,\n"));
    IngestException seq = assertThrows(IngestException.class,
        () -> ProcedureYearCsvReader.create().rollup(f));
    IngestException par = assertThrows(IngestException.class,
        () -> ProcedureYearCsvReader.create().rollupParallel(f, 2));
    assertThat(par.problems()).isEqualTo(seq.problems());
    assertThat(seq.problems()).extracting(Problem::toString).containsExactly(
        f + " line 1, byte offset 0: the file is empty; expected a header with " + COLUMNS);
  }
}
