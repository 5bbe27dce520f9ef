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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * The whole-file procedure-year reader as it was before the streaming reader (the file read into one
 * String, a List of records, then rows), kept in the tests only as the reference the streaming reader
 * must agree with.
 */
final class WholeFileReference {
  private WholeFileReference() {}

  
  /**
   * The encodings of office CSV files and how to tell them apart.
   *
   * <p>Files come as UTF-8 with a byte order mark (Excel's "CSV UTF-8"), UTF-8 without one, or
   * Windows-31J (Microsoft's Shift_JIS, Excel's plain "CSV" on Japanese Windows). {@link #detect}
   * decides: a UTF-8 BOM means UTF-8; otherwise bytes that decode as strict UTF-8 are UTF-8 (Japanese
   * text in Windows-31J practically never forms valid UTF-8 multi-byte sequences); everything else is
   * Windows-31J. Decoding is strict: a byte sequence that is not valid in the encoding is an error
   * naming its line and byte offset, never a replacement character.
   */
  static final class OldCsvEncoding {
    /** Windows-31J (MS932), the encoding Excel on Japanese Windows saves plain CSV in. */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  
    private OldCsvEncoding() {}
  
    /**
     * @param bytes  the file's bytes, not null
     * @return UTF-8 if the bytes start with a UTF-8 BOM or are valid UTF-8, else Windows-31J
     */
    public static Charset detect(byte[] bytes) {
      if (hasUtf8Bom(bytes)) {
        return StandardCharsets.UTF_8;
      }
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
        return StandardCharsets.UTF_8;
      } catch (CharacterCodingException e) {
        return WINDOWS_31J;
      }
    }
  
    /** @return whether the bytes start with the UTF-8 byte order mark EF BB BF */
    public static boolean hasUtf8Bom(byte[] bytes) {
      return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1]
          && bytes[2] == UTF8_BOM[2];
    }
  
    /**
     * Decodes a file strictly; a UTF-8 BOM is dropped.
     *
     * @param bytes  the file's bytes, not null
     * @param charset  the encoding, or empty to {@link #detect} it
     * @param source  what is read, for error messages, not null
     * @return the text, never null
     * @throws OldCsvFormatException naming the line and byte offset of the first byte sequence that is
     *     not valid in the encoding
     */
    public static String decode(byte[] bytes, Optional<Charset> charset, String source) {
      Objects.requireNonNull(bytes, "bytes");
      Charset cs = charset.orElseGet(() -> detect(bytes));
      int start = cs.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
      CharsetDecoder decoder = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
      CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1);
      CoderResult r = decoder.decode(in, out, true);
      if (!r.isError()) {
        r = decoder.flush(out);
      }
      if (r.isError()) {
        int offset = in.position();
        long line = 1;
        // a LF byte is a line feed in UTF-8 and in Windows-31J (never a trail byte in either)
        for (int i = start; i < offset; i++) {
          if (bytes[i] == '\n') {
            line++;
          }
        }
        throw new OldCsvFormatException(source, List.of(new OldCsvError(line, 0, "",
            "bytes at offset " + offset + " are not valid " + cs.name()
                + " (save the file as UTF-8 or as Excel's Japanese CSV, Windows-31J)")));
      }
      out.flip();
      return out.toString();
    }
  }
  
  
  /**
   * One problem in a CSV file: where (line and column, both from 1, and the column's header name
   * when known) and why.
   *
   * <p>The line is the physical line of the file on which the field starts (the header is line 1);
   * the column is the field's position in its record, which Excel shows as a letter (1 = A).
   * Immutable and thread-safe.
   *
   * @param line  the line, from 1
   * @param column  the column, from 1, or 0 when the problem concerns the whole record or file
   * @param header  the header name of the column, or empty when unknown
   * @param message  what is wrong, not null
   */
  record OldCsvError(long line, int column, String header, String message) {
  
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the line is below 1 or the column negative
     */
    public OldCsvError {
      if (line < 1 || column < 0) {
        throw new IllegalArgumentException(
            "OldCsvError: line must be ≥ 1 and column ≥ 0 (was '" + line + ":" + column + "')");
      }
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(message, "message");
    }
  
    /**
     * @param column  the column, from 1
     * @return the column as Excel names it: A, B, …, Z, AA, AB, …; never null
     */
    public static String excelColumn(int column) {
      if (column < 1) {
        throw new IllegalArgumentException("OldCsvError.column: must be ≥ 1 (was '" + column + "')");
      }
      StringBuilder sb = new StringBuilder();
      for (int c = column; c > 0; c = (c - 1) / 26) {
        sb.append((char) ('A' + (c - 1) % 26));
      }
      return sb.reverse().toString();
    }
  
    /** @return e.g. {@code line 3, column 4 (D, オンライン件数): '12a' is not a whole number} */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column).append(" (").append(excelColumn(column));
        if (!header.isEmpty()) {
          sb.append(", ").append(header);
        }
        sb.append(')');
      }
      return sb.append(": ").append(message).toString();
    }
  }
  
  
  /**
   * A CSV file was rejected: it lists every problem found, each with its line and column. Nothing of
   * a rejected file is applied.
   */
  static final class OldCsvFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** How many errors the message spells out; {@link #errors()} has them all. */
    private static final int MESSAGE_LIMIT = 50;
  
    private final List<OldCsvError> errors;
  
    /**
     * @param source  what was read, e.g. a file name, not null
     * @param errors  the problems, not null, not empty
     */
    public OldCsvFormatException(String source, List<OldCsvError> errors) {
      super(message(source, errors));
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("OldCsvFormatException.errors: must not be empty");
      }
      this.errors = List.copyOf(errors);
    }
  
    private static String message(String source, List<OldCsvError> errors) {
      StringBuilder sb = new StringBuilder("CSV ").append(source).append(" rejected, ")
          .append(errors.size()).append(errors.size() == 1 ? " error:" : " errors:");
      errors.stream().limit(MESSAGE_LIMIT).forEach(e -> sb.append("\n  ").append(e));
      if (errors.size() > MESSAGE_LIMIT) {
        sb.append("\n  … and ").append(errors.size() - MESSAGE_LIMIT).append(" more");
      }
      return sb.toString();
    }
  
    /** @return every problem found, in file order, never null or empty */
    public List<OldCsvError> errors() {
      return errors;
    }
  }
  
  
  /**
   * Reads procedure-year rows from CSV, as offices keep them in Excel.
   *
   * <ul>
   *   <li>Encoding: UTF-8 with or without BOM, or Windows-31J; detected ({@link OldCsvEncoding#detect})
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
   * file is rejected with one {@link OldCsvFormatException} listing them all, and nothing is returned.
   * Immutable and thread-safe.
   */
  static final class OldProcedureYearCsvReader {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");
    private static final Pattern FIVE_LESS_SEPARATOR = Pattern.compile("[|・;]");
    private static final Set<ProcedureYearColumn> REQUIRED = EnumSet.of(ProcedureYearColumn.DEPARTMENT,
        ProcedureYearColumn.MINUTES_PER_CASE, ProcedureYearColumn.ONLINE, ProcedureYearColumn.TOTAL);
  
    private final Optional<Charset> charset;
    private final List<Department> departments;
    private final Optional<FiscalYear> fiscalYear;
  
    private OldProcedureYearCsvReader(Optional<Charset> charset, List<Department> departments,
        Optional<FiscalYear> fiscalYear) {
      this.charset = charset;
      this.departments = List.copyOf(departments);
      this.fiscalYear = fiscalYear;
    }
  
    /** @return a reader that detects the encoding and takes department ids, never null */
    public static OldProcedureYearCsvReader create() {
      return new OldProcedureYearCsvReader(Optional.empty(), List.of(), Optional.empty());
    }
  
    /**
     * @param charset  the encoding of the files, not null
     * @return a reader that uses this encoding instead of detecting it, never null
     */
    public OldProcedureYearCsvReader withCharset(Charset charset) {
      return new OldProcedureYearCsvReader(Optional.of(charset), departments, fiscalYear);
    }
  
    /**
     * @param departments  the departments, not null; a 部局 cell may then be an id or a Japanese or
     *     English name of one of them, and must name one of them
     * @return a reader that resolves department names, never null
     */
    public OldProcedureYearCsvReader withDepartments(Collection<Department> departments) {
      return new OldProcedureYearCsvReader(charset, List.copyOf(departments), fiscalYear);
    }
  
    /**
     * @param fiscalYear  the fiscal year of files without a 年度 column, not null
     * @return a reader with that default, never null
     */
    public OldProcedureYearCsvReader withFiscalYear(FiscalYear fiscalYear) {
      return new OldProcedureYearCsvReader(charset, departments, Optional.of(fiscalYear));
    }
  
    /**
     * @param file  the file, not null
     * @return the rows in file order, never null
     * @throws OldCsvFormatException listing every problem, if there is any
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
     * @throws OldCsvFormatException listing every problem, if there is any
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
     * @throws OldCsvFormatException listing every problem, if there is any
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
     * @throws OldCsvFormatException listing every problem, if there is any
     */
    public List<ProcedureYearRow> read(byte[] bytes, String source) {
      String text = OldCsvEncoding.decode(bytes, charset, source);
      List<OldCsvError> errors = new ArrayList<>();
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
        errors.add(new OldCsvError(1, 0, "", "the file is empty; expected a header line with "
            + labels(REQUIRED)));
      }
      if (!errors.isEmpty()) {
        throw new OldCsvFormatException(source, errors);
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
  
    private static List<Record> records(String text, List<OldCsvError> errors) {
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
        errors.add(new OldCsvError(line, 0, "", "malformed CSV: " + e.getOriginalMessage()));
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
  
    private Header header(Record r, List<OldCsvError> errors) {
      Header h = new Header();
      // Excel writes empty header cells after the last column when cells to its right were ever
      // formatted (…,総件数,,): they end the header; a value under them is still an error (row())
      int width = r.cells.size();
      while (width > 0 && org.municipaldx.ingest.ExcelCsvWriter.unescape(r.cells.get(width - 1)).isBlank()) {
        width--;
      }
      for (int i = 0; i < width; i++) {
        String name = org.municipaldx.ingest.ExcelCsvWriter.unescape(r.cells.get(i)).strip();
        h.names.add(name);
        if (name.isEmpty()) {
          errors.add(new OldCsvError(r.lines.get(i), i + 1, "", "empty header; expected one of "
              + labels(EnumSet.allOf(ProcedureYearColumn.class))));
          continue;
        }
        Optional<ProcedureYearColumn> c = ProcedureYearColumn.forHeader(name);
        if (c.isEmpty()) {
          errors.add(new OldCsvError(r.lines.get(i), i + 1, name, "unknown column '" + name
              + "'; expected one of " + labels(EnumSet.allOf(ProcedureYearColumn.class))));
        } else if (h.index.containsKey(c.get())) {
          errors.add(new OldCsvError(r.lines.get(i), i + 1, name, "column " + c.get().label()
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
          errors.add(new OldCsvError(r.line(), 0, "", "missing column " + c.label()
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
    private Optional<ProcedureYearRow> row(Record r, Header h, List<OldCsvError> errors) {
      int before = errors.size();
      int width = h.names.size();
      if (r.cells.size() < width) {
        int missing = r.cells.size();
        errors.add(new OldCsvError(r.lines.get(missing - 1), missing + 1, h.name(missing),
            "the record has " + missing + " fields; the header has " + width));
        return Optional.empty();
      }
      for (int i = width; i < r.cells.size(); i++) {
        if (!r.cells.get(i).isBlank()) {
          errors.add(new OldCsvError(r.lines.get(i), i + 1, "", "value '" + r.cells.get(i)
              + "' beyond the last column of the header"));
        }
      }
      Cells cells = new Cells(r, h, errors);
      String dept = cells.parse(ProcedureYearColumn.DEPARTMENT, this::department);
      FiscalYear fy = h.index.containsKey(ProcedureYearColumn.FISCAL_YEAR)
          ? cells.parse(ProcedureYearColumn.FISCAL_YEAR, OldProcedureYearCsvReader::fiscalYear)
          : fiscalYear.orElseThrow();
      Set<FiveLess> five = h.index.containsKey(ProcedureYearColumn.FIVE_LESS)
          ? cells.parse(ProcedureYearColumn.FIVE_LESS, OldProcedureYearCsvReader::fiveLess)
          : Set.of();
      Long minutes = cells.parse(ProcedureYearColumn.MINUTES_PER_CASE, OldProcedureYearCsvReader::whole);
      Long online = cells.parse(ProcedureYearColumn.ONLINE, OldProcedureYearCsvReader::whole);
      Long total = cells.parse(ProcedureYearColumn.TOTAL, OldProcedureYearCsvReader::whole);
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
        errors.add(new OldCsvError(r.line(), 0, "", e.getMessage()));
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
      final List<OldCsvError> errors;
  
      Cells(Record record, Header header, List<OldCsvError> errors) {
        this.record = record;
        this.header = header;
        this.errors = errors;
      }
  
      <T> T parse(ProcedureYearColumn c, CellParser<T> parser) {
        int i = header.index.get(c);
        String cell = org.municipaldx.ingest.ExcelCsvWriter.unescape(record.cells.get(i));
        try {
          return parser.parse(cell);
        } catch (IllegalArgumentException e) {
          error(c, e.getMessage());
          return null;
        }
      }
  
      void error(ProcedureYearColumn c, String message) {
        int i = header.index.get(c);
        errors.add(new OldCsvError(record.lines.get(i), i + 1, header.name(i), message));
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
      return "OldProcedureYearCsvReader{charset=" + charset.map(Charset::name).orElse("detect")
          + ", departments=" + departments.size() + ", fiscalYear=" + fiscalYear + "}";
    }
  
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof OldProcedureYearCsvReader)) {
        return false;
      }
      OldProcedureYearCsvReader r = (OldProcedureYearCsvReader) o;
      return charset.equals(r.charset) && departments.equals(r.departments)
          && fiscalYear.equals(r.fiscalYear);
    }
  
    @Override
    public int hashCode() {
      return Objects.hash(charset, departments, fiscalYear);
    }
  }
}
