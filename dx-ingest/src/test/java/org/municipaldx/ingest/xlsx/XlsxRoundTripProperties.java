package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.testsupport.TrialScale;

/**
 * Law: what FastExcel's writer puts in a sheet — strings (Japanese, spaces, markup characters),
 * whole numbers up to 15 digits (Excel's precision), empty cells — XlsxSource reads back as the
 * same text in the same cells, row by row.
 */
class XlsxRoundTripProperties {
  @TempDir
  Path dir;

  private static final List<String> WORDS = List.of("市民課", "税務課", "<&>\"'", " 先頭の空白", "a,b", "");

  @Test
  void writtenCellsReadBackAsTheSameText() {
    Trials<List<List<Object>>> tables = Trials.api().alternate(
            Trials.api().choose(WORDS).map(w -> (Object) w),
            Trials.api().longs(-999_999_999_999_999L, 999_999_999_999_999L).map(l -> (Object) l))
        .immutableLists().filter(r -> !r.isEmpty() && r.size() <= 8).map(r -> (List<Object>) r)
        .immutableLists().filter(t -> !t.isEmpty() && t.size() <= 20).map(t -> (List<List<Object>>) t);
    int[] n = {0};
    tables.withLimits(TrialScale.trials(60), TrialScale.limits()).supplyTo(table -> {
      Path file = dir.resolve("t" + n[0]++ + ".xlsx");
      write(file, table);
      List<List<String>> read = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      try (XlsxSource src = XlsxReader.create().open(file)) {
        while (src.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 0; i < src.record().size(); i++) {
            row.add(src.record().get(i));
            assertThat(src.record().location(i).place())
                .isEqualTo("表!" + (char) ('A' + i) + ((org.municipaldx.ingest.CellLocation) src.record().location(i)).row());
          }
          read.add(row);
          numbers.add((int) ((org.municipaldx.ingest.CellLocation) src.record().location()).row());
        }
      }
      // the expected text: numbers in plain notation; rows of empty cells only are not stored
      List<List<String>> expected = new ArrayList<>();
      List<Integer> expectedNumbers = new ArrayList<>();
      for (int r = 0; r < table.size(); r++) {
        List<String> row = table.get(r).stream().map(String::valueOf).toList();
        if (row.stream().allMatch(String::isEmpty)) {
          continue;
        }
        expected.add(row);
        expectedNumbers.add(r + 1);
      }
      assertThat(numbers).isEqualTo(expectedNumbers);
      for (int r = 0; r < expected.size(); r++) {
        List<String> got = read.get(r);
        List<String> want = expected.get(r);
        // a row is as wide as its last stored cell or the first row, whichever is wider: compare
        // the common part and check the rest is empty
        for (int i = 0; i < Math.max(got.size(), want.size()); i++) {
          assertThat(i < got.size() ? got.get(i) : "").as("row %d field %d", r, i)
              .isEqualTo(i < want.size() ? want.get(i) : "");
        }
      }
    });
  }

  private static void write(Path file, List<List<Object>> table) {
    try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "test", "1.0")) {
      Worksheet ws = wb.newWorksheet("表");
      for (int r = 0; r < table.size(); r++) {
        for (int c = 0; c < table.get(r).size(); c++) {
          Object v = table.get(r).get(c);
          if (v instanceof Long l) {
            ws.value(r, c, l);
          } else if (!"".equals(v)) {
            ws.value(r, c, (String) v);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
