package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.metrics.batch.ColumnarTable;

/**
 * {@link ProcedureYearCsvReader#readTable}: the file read straight into primitive columns is the table of the rows
 * {@code read} returns (issue 13 part 4: PIT found its department numbering, its growth past 1,024 rows, its 32-bit
 * bound and its problem report unchecked with the properties at a tenth of their cases).
 */
class ReadTableRulesTest {
  private static final String HEADER = "department,fiscalYear,fiveLess,minutesPerCase,online,total\n";

  private static Path write(Path dir, String csv) throws Exception {
    Path file = dir.resolve("rows.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void eachDepartmentKeepsItsOwnRowsAndTheTableEqualsTheRowsRead(@TempDir Path dir) throws Exception {
    Path file = write(dir, HEADER + "b-dept,2023,,10,1,2\na-dept,2023,,20,3,4\nb-dept,2024,,30,5,6\n");
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    ColumnarTable table = reader.readTable(file);
    assertThat(table.rows()).isEqualTo(ColumnarTable.of(reader.read(file)).rows());
    assertThat(table.dictionary().ids()).containsExactly("a-dept", "b-dept");
    assertThat(table.rows()).extracting(r -> r.departmentId() + ":" + r.minutesPerCase())
        .containsExactlyInAnyOrder("b-dept:10", "a-dept:20", "b-dept:30");
  }

  @Test
  void moreThan1024RowsAreAllKept(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 1_025; i++) {
      csv.append("d").append(i % 3).append(",2023,,").append(i).append(",1,1\n");
    }
    Path file = write(dir, csv.toString());
    ColumnarTable table = ProcedureYearCsvReader.create().readTable(file);
    assertThat(table.rowCount()).isEqualTo(1_025);
    // minutes saved online: 1 + 2 + … + 1,025 = 525,825 (one online case each)
    assertThat(table.rollup().total().minutesOnline()).isEqualTo(525_825L);
  }

  @Test
  void valuesUpToIntegerMaxValueFitTheColumnsAndOneMoreIsRefused(@TempDir Path dir) throws Exception {
    int max = Integer.MAX_VALUE;
    ColumnarTable table = ProcedureYearCsvReader.create()
        .readTable(write(dir, HEADER + "d,2023,," + max + "," + max + "," + max + "\n"));
    assertThat(table.minutesPerCaseColumn()).containsExactly(max);
    assertThat(table.onlineColumn()).containsExactly(max);
    assertThat(table.totalColumn()).containsExactly(max);
    for (String row : new String[] {"2147483648,1,1", "1,2147483648,2147483648", "1,1,2147483648"}) {
      assertThatThrownBy(() -> ProcedureYearCsvReader.create().readTable(write(dir, HEADER + "d,2023,," + row + "\n")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values must fit 32 bits");
    }
  }

  @Test
  void aFileWithAProblemIsRefusedWithItsLocation(@TempDir Path dir) throws Exception {
    Path file = write(dir, HEADER + "d,2023,,10,1,2\nd,2023,,x,1,2\n");
    assertThatThrownBy(() -> ProcedureYearCsvReader.create().readTable(file))
        .isInstanceOf(IngestException.class).hasMessageContaining("line 3");
  }
}
