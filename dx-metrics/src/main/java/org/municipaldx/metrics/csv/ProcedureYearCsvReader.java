package org.municipaldx.metrics.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.municipaldx.core.Department;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.internal.Text;
import org.municipaldx.metrics.batch.ColumnarTable;
import org.municipaldx.metrics.batch.ProcedureYearRow;

/**
 * Reads procedure-year rows from CSV, as offices keep them in Excel.
 *
 * <ul>
 *   <li>Encoding: UTF-8 with or without BOM, or Windows-31J; detected ({@link CsvEncoding#detect})
 *       unless given with {@link #withCharset(Charset)}.
 *   <li>The first non-empty record is the header; columns are matched by name in any order
 *       ({@link ProcedureYearColumn} lists the names). {@code 部局}, {@code 1件あたり分},
 *       {@code オンライン件数} and {@code 総件数} are required; {@code 年度} unless a default is
 *       given with {@link #withFiscalYear(FiscalYear)}; {@code 5レス} is optional (none if absent).
 *       An unknown or repeated header is an error; empty header cells after the last column (Excel
 *       writes them) are ignored, but a value under one is an error.
 *   <li>Five-less categories in one cell are separated by {@code |}, {@code ・} or {@code ;}
 *       (full-width {@code ｜}, {@code ；} and half-width {@code ･} too), e.g.
 *       {@code カウンターレス・ペーパーレス} or {@code counterless|paperless}.
 *   <li>Whole numbers may be full-width and grouped with commas ({@code 1,303}); not negative.
 *   <li>Records whose cells are all empty (Excel leaves them after deleted rows) are skipped. An
 *       apostrophe that {@link ExcelCsvWriter} put in front of a formula character is removed.
 * </ul>
 *
 * <p>Every problem is collected with its line, column and header name; if there is any, the whole
 * file is rejected with one {@link CsvFormatException} listing them all, and nothing is returned.
 * Immutable and thread-safe.
 */
public final class ProcedureYearCsvReader {
  private static final CsvMapper MAPPER = new CsvMapper();
  private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");
  private static final Pattern FIVE_LESS_SEPARATOR = Pattern.compile("[|・;]");
  private static final Set<ProcedureYearColumn> REQUIRED = EnumSet.of(ProcedureYearColumn.DEPARTMENT,
      ProcedureYearColumn.MINUTES_PER_CASE, ProcedureYearColumn.ONLINE, ProcedureYearColumn.TOTAL);

  private final Optional<Charset> charset;
  private final List<Department> departments;
  private final Optional<FiscalYear> fiscalYear;

  private ProcedureYearCsvReader(Optional<Charset> charset, List<Department> departments,
      Optional<FiscalYear> fiscalYear) {
    this.charset = charset;
    this.departments = List.copyOf(departments);
    this.fiscalYear = fiscalYear;
  }

  /** @return a reader that detects the encoding and takes department ids, never null */
  public static ProcedureYearCsvReader create() {
    return new ProcedureYearCsvReader(Optional.empty(), List.of(), Optional.empty());
  }

  /**
   * @param charset  the encoding of the files, not null
   * @return a reader that uses this encoding instead of detecting it, never null
   */
  public ProcedureYearCsvReader withCharset(Charset charset) {
    return new ProcedureYearCsvReader(Optional.of(charset), departments, fiscalYear);
  }

  /**
   * @param departments  the departments, not null; a 部局 cell may then be an id or a Japanese or
   *     English name of one of them, and must name one of them
   * @return a reader that resolves department names, never null
   */
  public ProcedureYearCsvReader withDepartments(Collection<Department> departments) {
    return new ProcedureYearCsvReader(charset, List.copyOf(departments), fiscalYear);
  }

  /**
   * @param fiscalYear  the fiscal year of files without a 年度 column, not null
   * @return a reader with that default, never null
   */
  public ProcedureYearCsvReader withFiscalYear(FiscalYear fiscalYear) {
    return new ProcedureYearCsvReader(charset, departments, Optional.of(fiscalYear));
  }

  /**
   * @param file  the file, not null
   * @return the rows in file order, never null
   * @throws CsvFormatException listing every problem, if there is any
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<ProcedureYearRow> read(Path file) {
    try {
      return read(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("CSV " + file + ": cannot read", e);
    }
  }

  /**
   * @param in  the input, not null, read to its end (not closed)
   * @param source  what is read, for messages, not null
   * @return the rows in file order, never null
   * @throws CsvFormatException listing every problem, if there is any
   * @throws UncheckedIOException if the input cannot be read
   */
  public List<ProcedureYearRow> read(InputStream in, String source) {
    try {
      return read(in.readAllBytes(), source);
    } catch (IOException e) {
      throw new UncheckedIOException("CSV " + source + ": cannot read", e);
    }
  }

  /**
   * @param file  the file, not null
   * @return a columnar table of the file's rows, never null
   * @throws CsvFormatException listing every problem, if there is any
   * @throws IllegalArgumentException if a value exceeds the table's 32-bit columns
   * @throws UncheckedIOException if the file cannot be read
   */
  public ColumnarTable readTable(Path file) {
    return ColumnarTable.of(read(file));
  }

  /**
   * @param bytes  the file's bytes, not null
   * @param source  what is read, for messages, not null
   * @return the rows in file order, never null
   * @throws CsvFormatException listing every problem, if there is any
   */
  public List<ProcedureYearRow> read(byte[] bytes, String source) {
    String text = CsvEncoding.decode(bytes, charset, source);
    List<CsvError> errors = new ArrayList<>();
    List<Record> records = records(text, errors);
    List<ProcedureYearRow> rows = new ArrayList<>();
    Header header = null;
    for (Record r : records) {
      if (r.isBlank()) {
        continue;
      }
      if (header == null) {
        header = header(r, errors);
        if (!errors.isEmpty()) {
          break; // records cannot be read without their columns
        }
        continue;
      }
      row(r, header, errors).ifPresent(rows::add);
    }
    if (header == null && errors.isEmpty()) {
      errors.add(new CsvError(1, 0, "", "the file is empty; expected a header line with "
          + labels(REQUIRED)));
    }
    if (!errors.isEmpty()) {
      throw new CsvFormatException(source, errors);
    }
    return rows;
  }

  /** One CSV record with the line each field starts on. */
  private static final class Record {
    final List<String> cells = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();

    boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }

    long line() {
      return lines.isEmpty() ? 1 : lines.get(0);
    }
  }

  private static List<Record> records(String text, List<CsvError> errors) {
    List<Record> records = new ArrayList<>();
    try (CsvParser p = MAPPER.getFactory().createParser(text)) {
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      p.setSchema(CsvSchema.emptySchema());
      int depth = 0;
      Record current = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 2) {
            current = new Record();
          }
        } else if (t == JsonToken.END_ARRAY) {
          if (depth == 2) {
            records.add(current);
          }
          depth--;
        } else if (depth == 2) {
          current.cells.add(p.getText());
          current.lines.add((long) Math.max(1, p.currentTokenLocation().getLineNr()));
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      long line = l == null ? 1 : Math.max(1, l.getLineNr());
      errors.add(new CsvError(line, 0, "", "malformed CSV: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException("CSV: cannot parse", e);
    }
    return records;
  }

  /** Which cell index holds which column. */
  private static final class Header {
    final Map<ProcedureYearColumn, Integer> index = new EnumMap<>(ProcedureYearColumn.class);
    final List<String> names = new ArrayList<>();

    String name(int column) {
      return column < names.size() ? names.get(column) : "";
    }
  }

  private Header header(Record r, List<CsvError> errors) {
    Header h = new Header();
    // Excel writes empty header cells after the last column when cells to its right were ever
    // formatted (…,総件数,,): they end the header; a value under them is still an error (row())
    int width = r.cells.size();
    while (width > 0 && ExcelCsvWriter.unescape(r.cells.get(width - 1)).isBlank()) {
      width--;
    }
    for (int i = 0; i < width; i++) {
      String name = ExcelCsvWriter.unescape(r.cells.get(i)).strip();
      h.names.add(name);
      if (name.isEmpty()) {
        errors.add(new CsvError(r.lines.get(i), i + 1, "", "empty header; expected one of "
            + labels(EnumSet.allOf(ProcedureYearColumn.class))));
        continue;
      }
      Optional<ProcedureYearColumn> c = ProcedureYearColumn.forHeader(name);
      if (c.isEmpty()) {
        errors.add(new CsvError(r.lines.get(i), i + 1, name, "unknown column '" + name
            + "'; expected one of " + labels(EnumSet.allOf(ProcedureYearColumn.class))));
      } else if (h.index.containsKey(c.get())) {
        errors.add(new CsvError(r.lines.get(i), i + 1, name, "column " + c.get().label()
            + " appears twice (also column " + (h.index.get(c.get()) + 1) + ")"));
      } else {
        h.index.put(c.get(), i);
      }
    }
    Set<ProcedureYearColumn> required = EnumSet.copyOf(REQUIRED);
    if (fiscalYear.isEmpty()) {
      required.add(ProcedureYearColumn.FISCAL_YEAR);
    }
    for (ProcedureYearColumn c : required) {
      if (!h.index.containsKey(c)) {
        errors.add(new CsvError(r.line(), 0, "", "missing column " + c.label()
            + (c == ProcedureYearColumn.FISCAL_YEAR ? " (or give the reader a fiscal year)" : "")));
      }
    }
    return h;
  }

  private static String labels(Set<ProcedureYearColumn> columns) {
    StringJoiner j = new StringJoiner(", ");
    columns.forEach(c -> j.add(c.label()));
    return j.toString();
  }

  /** Parses one record, adding its errors; empty if it has any. */
  private Optional<ProcedureYearRow> row(Record r, Header h, List<CsvError> errors) {
    int before = errors.size();
    int width = h.names.size();
    if (r.cells.size() < width) {
      int missing = r.cells.size();
      errors.add(new CsvError(r.lines.get(missing - 1), missing + 1, h.name(missing),
          "the record has " + missing + " fields; the header has " + width));
      return Optional.empty();
    }
    for (int i = width; i < r.cells.size(); i++) {
      if (!r.cells.get(i).isBlank()) {
        errors.add(new CsvError(r.lines.get(i), i + 1, "", "value '" + r.cells.get(i)
            + "' beyond the last column of the header"));
      }
    }
    Cells cells = new Cells(r, h, errors);
    String dept = cells.parse(ProcedureYearColumn.DEPARTMENT, this::department);
    FiscalYear fy = h.index.containsKey(ProcedureYearColumn.FISCAL_YEAR)
        ? cells.parse(ProcedureYearColumn.FISCAL_YEAR, ProcedureYearCsvReader::fiscalYear)
        : fiscalYear.orElseThrow();
    Set<FiveLess> five = h.index.containsKey(ProcedureYearColumn.FIVE_LESS)
        ? cells.parse(ProcedureYearColumn.FIVE_LESS, ProcedureYearCsvReader::fiveLess)
        : Set.of();
    Long minutes = cells.parse(ProcedureYearColumn.MINUTES_PER_CASE, ProcedureYearCsvReader::whole);
    Long online = cells.parse(ProcedureYearColumn.ONLINE, ProcedureYearCsvReader::whole);
    Long total = cells.parse(ProcedureYearColumn.TOTAL, ProcedureYearCsvReader::whole);
    if (online != null && total != null && online > total) {
      cells.error(ProcedureYearColumn.ONLINE, "online cases " + online + " exceed the total "
          + total + " (column " + (h.index.get(ProcedureYearColumn.TOTAL) + 1) + ")");
    }
    if (errors.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(ProcedureYearRow.builder().departmentId(dept).fiscalYear(fy)
          .addAllFiveLess(five).minutesPerCase(minutes).online(online).total(total).build());
    } catch (IllegalArgumentException e) {
      errors.add(new CsvError(r.line(), 0, "", e.getMessage()));
      return Optional.empty();
    }
  }

  /** A value parser that explains a rejection with an IllegalArgumentException. */
  private interface CellParser<T> {
    T parse(String cell);
  }

  /** The cells of one record, by column; parse errors go to the list with line and column. */
  private static final class Cells {
    final Record record;
    final Header header;
    final List<CsvError> errors;

    Cells(Record record, Header header, List<CsvError> errors) {
      this.record = record;
      this.header = header;
      this.errors = errors;
    }

    <T> T parse(ProcedureYearColumn c, CellParser<T> parser) {
      int i = header.index.get(c);
      String cell = ExcelCsvWriter.unescape(record.cells.get(i));
      try {
        return parser.parse(cell);
      } catch (IllegalArgumentException e) {
        error(c, e.getMessage());
        return null;
      }
    }

    void error(ProcedureYearColumn c, String message) {
      int i = header.index.get(c);
      errors.add(new CsvError(record.lines.get(i), i + 1, header.name(i), message));
    }
  }

  private String department(String cell) {
    String s = Text.nfkc(cell).strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("the department is empty");
    }
    if (departments.isEmpty()) {
      if (!s.matches(Department.ID_PATTERN)) {
        throw new IllegalArgumentException("'" + cell + "' is not a department id ("
            + Department.ID_PATTERN + "); give the reader the departments to use names");
      }
      return s;
    }
    Map<String, String> byName = new HashMap<>();
    for (Department d : departments) {
      byName.put(d.id(), d.id());
      byName.put(Text.nfkc(d.japaneseName()).strip(), d.id());
      d.englishName().ifPresent(n -> byName.put(Text.nfkc(n).strip().toLowerCase(Locale.ROOT), d.id()));
    }
    String id = byName.getOrDefault(s, byName.get(s.toLowerCase(Locale.ROOT)));
    if (id == null) {
      throw new IllegalArgumentException("unknown department '" + cell
          + "'; expected the id or name of one of the " + departments.size() + " departments given");
    }
    return id;
  }

  private static FiscalYear fiscalYear(String cell) {
    if (cell.isBlank()) {
      throw new IllegalArgumentException("the fiscal year is empty");
    }
    return FiscalYear.parse(cell);
  }

  private static Set<FiveLess> fiveLess(String cell) {
    String s = Text.nfkc(cell).strip();
    Set<FiveLess> set = EnumSet.noneOf(FiveLess.class);
    if (s.isEmpty()) {
      return set;
    }
    for (String part : FIVE_LESS_SEPARATOR.split(s, -1)) {
      if (part.isBlank()) {
        throw new IllegalArgumentException("empty five-less category in '" + cell
            + "'; separate categories with | ・ or ;");
      }
      set.add(FiveLess.parse(part));
    }
    return set;
  }

  private static Long whole(String cell) {
    String s = Text.nfkc(cell).strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("the value is empty; expected a whole number ≥ 0");
    }
    if (!WHOLE.matcher(s).matches()) {
      throw new IllegalArgumentException("'" + cell + "' is not a whole number ≥ 0 (digits,"
          + " optionally grouped by commas as in 1,303)");
    }
    try {
      return Long.parseLong(s.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + cell + "' is too large (at most "
          + Long.MAX_VALUE + ")");
    }
  }

  @Override
  public String toString() {
    return "ProcedureYearCsvReader{charset=" + charset.map(Charset::name).orElse("detect")
        + ", departments=" + departments.size() + ", fiscalYear=" + fiscalYear + "}";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProcedureYearCsvReader)) {
      return false;
    }
    ProcedureYearCsvReader r = (ProcedureYearCsvReader) o;
    return charset.equals(r.charset) && departments.equals(r.departments)
        && fiscalYear.equals(r.fiscalYear);
  }

  @Override
  public int hashCode() {
    return Objects.hash(charset, departments, fiscalYear);
  }
}
