package org.municipaldx.iot.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Location;
import org.municipaldx.ingest.Record;
import org.municipaldx.ingest.RecordSource;
import org.municipaldx.ingest.Problems;
import org.municipaldx.ingest.xlsx.XlsxReader;
import org.municipaldx.ingest.xlsx.XlsxSource;
import org.municipaldx.iot.report.ComplianceAccumulator;

/**
 * Reads a readings export saved as an Excel workbook ({@code .xlsx}): one sheet (the named one, else
 * the first visible one) with the columns and rules of {@link ReadingsCsvReader} — the same header
 * names, the same values, the same result. Cells read as dx-ingest's {@link XlsxReader} reads them:
 * numbers exactly as stored, date cells as ISO-8601 local times (taken in the CSV reader's local
 * zone, Asia/Tokyo by default), formulas as their cached values, never evaluated; every problem is
 * located by sheet and cell ({@code readings.xlsx 測定値!E12}); zip bombs and DTDs are refused
 * before any cell is read.
 *
 * <p>One rule is the workbook's own: dx-ingest reads a date cell whose time is midnight as the date
 * alone ({@code 2024-06-01}), so in the time column a date alone is that day's local midnight
 * ({@code 2024-06-01T00:00}); in a CSV file a date alone is still rejected.
 *
 * <p>A workbook with any problem is rejected whole, as a CSV file is. Immutable and thread-safe;
 * each read is independent.
 */
public final class ReadingsXlsxReader {
  private final ReadingsCsvReader rules;
  private final XlsxReader workbooks;

  private ReadingsXlsxReader(ReadingsCsvReader rules, XlsxReader workbooks) {
    this.rules = rules;
    this.workbooks = workbooks;
  }

  /**
   * {@return a reader of the first visible sheet with dx-ingest's default limits, never null}
   *
   * @param rules  the readings reader whose zone, registry and interval apply, not null
   */
  public static ReadingsXlsxReader of(ReadingsCsvReader rules) {
    return new ReadingsXlsxReader(Objects.requireNonNull(rules, "rules"), XlsxReader.create());
  }

  /**
   * {@return a reader of that sheet, never null}
   *
   * @param name  the sheet's name as its tab shows it, not null nor empty
   */
  public ReadingsXlsxReader withSheet(String name) {
    return new ReadingsXlsxReader(rules, workbooks.withSheet(name));
  }

  /**
   * {@return a reader opening workbooks with it, never null}
   *
   * @param reader  how workbooks are opened (limits, sheet), not null
   */
  public ReadingsXlsxReader withWorkbookReader(XlsxReader reader) {
    return new ReadingsXlsxReader(rules, Objects.requireNonNull(reader, "reader"));
  }

  /** {@return the sheet read, empty for the first visible one} */
  public Optional<String> sheet() {
    return workbooks.sheet();
  }

  /**
   * Reads a workbook's sheet into the accumulator.
   *
   * @param file  the workbook, not null
   * @param acc  the accumulator, not null
   * @return the readings read
   * @throws IngestException listing every problem, located by sheet and cell, if there is any
   *     (discard the accumulator); an {@link org.municipaldx.ingest.xlsx.XlsxException} if the
   *     workbook is refused (limits, DTD, no such sheet, not a workbook)
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public long read(Path file, ComplianceAccumulator acc) {
    Objects.requireNonNull(acc, "acc");
    Problems problems = new Problems();
    long n;
    try (XlsxSource src = workbooks.open(file)) {
      n = rules.read(new MidnightDates(src), acc, problems);
    }
    problems.throwIfAny(file.toString());
    return n;
  }

  /**
   * {@return whether it names an Excel workbook ({@code .xlsx} or {@code .xlsm}, any case)}
   *
   * @param file  a file name, not null
   */
  public static boolean isWorkbook(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm");
  }

  /**
   * The sheet's records, with a date alone in the time column read as local midnight (a date cell
   * at midnight reads as the date alone). The time column is found in the first non-blank record
   * (the header) by the layout's names.
   */
  private static final class MidnightDates implements RecordSource {
    private final XlsxSource src;
    private final Fields fields = new Fields();
    private int timeColumn = -2; // -2: no header yet; -1: no time column
    private Record current;

    MidnightDates(XlsxSource src) {
      this.src = src;
    }

    @Override
    public String source() {
      return src.source();
    }

    @Override
    public boolean next() {
      if (!src.next()) {
        return false;
      }
      current = src.record();
      if (timeColumn == -2 && !current.isBlank()) {
        timeColumn = -1;
        for (int i = 0; i < current.size(); i++) {
          if (ReadingsCsvReader.SPEC.match(current.get(i)).orElse(null) == ReadingsCsvReader.Column.TIME) {
            timeColumn = i;
            break;
          }
        }
        return true;
      }
      return true;
    }

    @Override
    public Record record() {
      return timeColumn >= 0 ? fields : current;
    }

    @Override
    public Location start() {
      return src.start();
    }

    @Override
    public void close() {
      src.close();
    }

    private final class Fields implements Record {
      @Override
      public int size() {
        return current.size();
      }

      @Override
      public String get(int field) {
        String t = current.get(field);
        return field == timeColumn && isDate(t) ? t + "T00:00" : t;
      }

      @Override
      public Location location(int field) {
        return current.location(field);
      }

      @Override
      public Location location() {
        return current.location();
      }
    }

    /** yyyy-MM-dd exactly: how dx-ingest prints a date cell at midnight. */
    private static boolean isDate(String t) {
      if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
        return false;
      }
      for (int i = 0; i < 10; i++) {
        if (i != 4 && i != 7 && (t.charAt(i) < '0' || t.charAt(i) > '9')) {
          return false;
        }
      }
      return true;
    }
  }
}
