package org.municipaldx.metrics.csv;

import java.io.OutputStream;
import org.municipaldx.ingest.ExcelCsvWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.municipaldx.core.FiveLess;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.Sums;

/**
 * Writes a {@link ProcedureYearRollup} as one Excel-ready CSV table ({@link ExcelCsvWriter}): a row per
 * department, a row per five-less category (these overlap: a row with several categories counts
 * in each), and the grand total.
 *
 * <p>Columns: 区分 (部局, 5レス or 合計), 名前 (department id or category name), 分×オンライン件数,
 * オンライン件数, 総件数. Immutable and thread-safe (no state).
 */
public final class RollupCsv {
  /** The header, in Japanese. */
  public static final List<String> HEADER =
      List.of("区分", "名前", "分×オンライン件数", "オンライン件数", "総件数");

  private RollupCsv() {}

  /**
   * Writes the roll-up's table (departments, five-less categories, the total), then closes the output.
   *
   * @param rollup  the roll-up, not null
   * @param out  the output, not null; closed at the end
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ProcedureYearRollup rollup, OutputStream out) {
    try (ExcelCsvWriter w = ExcelCsvWriter.open(out)) {
      w.writeRecord(HEADER);
      for (Map.Entry<String, Sums> e : rollup.byDepartment().entrySet()) {
        record(w, "部局", e.getKey(), e.getValue());
      }
      for (FiveLess f : FiveLess.values()) {
        record(w, "5レス", f.japaneseName(), rollup.byFiveLess().get(f));
      }
      record(w, "合計", "", rollup.total());
    }
  }

  private static void record(ExcelCsvWriter w, String kind, String name, Sums s) {
    w.writeRecord(List.of(kind, name, s.minutesOnline(), s.online(), s.total()));
  }
}
