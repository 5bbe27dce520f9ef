package org.municipaldx.metrics.csv;

import java.io.OutputStream;
import org.municipaldx.ingest.ExcelCsvWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.municipaldx.core.FiveLess;
import org.municipaldx.metrics.batch.ProcedureYearRow;

/**
 * Writes procedure-year rows as Excel-ready CSV ({@link ExcelCsvWriter}: UTF-8 with BOM, CRLF,
 * formula-injection safe) that {@link ProcedureYearCsvReader} reads back to equal rows.
 *
 * <p>Columns: 部局 (the department id), 年度 (e.g. {@code 2023（令和5）年度}), 5レス (Japanese names
 * joined with {@code |}), 1件あたり分, オンライン件数, 総件数 — or the English header names with
 * {@link #english()}. Immutable and thread-safe.
 */
public final class ProcedureYearCsvWriter {
  private static final List<ProcedureYearColumn> ORDER = List.of(ProcedureYearColumn.DEPARTMENT,
      ProcedureYearColumn.FISCAL_YEAR, ProcedureYearColumn.FIVE_LESS,
      ProcedureYearColumn.MINUTES_PER_CASE, ProcedureYearColumn.ONLINE, ProcedureYearColumn.TOTAL);

  private final boolean english;

  private ProcedureYearCsvWriter(boolean english) {
    this.english = english;
  }

  /** {@return a writer with Japanese header names, never null} */
  public static ProcedureYearCsvWriter japanese() {
    return new ProcedureYearCsvWriter(false);
  }

  /** {@return a writer with English header names and five-less names, never null} */
  public static ProcedureYearCsvWriter english() {
    return new ProcedureYearCsvWriter(true);
  }

  /**
   * Writes the header and one line per row, then closes the output.
   *
   * @param rows  the rows, not null
   * @param out  the output, not null; closed at the end
   * @throws UncheckedIOException if writing fails
   */
  public void write(Iterable<ProcedureYearRow> rows, OutputStream out) {
    try (ExcelCsvWriter w = ExcelCsvWriter.open(out)) {
      List<Object> header = new ArrayList<>();
      for (ProcedureYearColumn c : ORDER) {
        header.add(english ? c.englishName() : c.japaneseName());
      }
      w.writeRecord(header);
      for (ProcedureYearRow r : rows) {
        StringJoiner five = new StringJoiner("|");
        for (FiveLess f : FiveLess.values()) {
          if (r.fiveLess().contains(f)) {
            five.add(english ? f.englishName() : f.japaneseName());
          }
        }
        w.writeRecord(List.of(r.departmentId(), r.fiscalYear().toString(), five.toString(),
            r.minutesPerCase(), r.online(), r.total()));
      }
    }
  }
}
