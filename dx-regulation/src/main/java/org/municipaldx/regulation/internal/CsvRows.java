package org.municipaldx.regulation.internal;

import org.municipaldx.ingest.ExcelCsvWriter;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw CSV records through jackson-dataformat-csv, with the line each record starts on; and writing
 * records for Excel (UTF-8 with BOM, CRLF, formula-injection-safe cells). Not API.
 */
public final class CsvRows {
  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvRows() {}

  /** A record: the line it starts on and its cells (as read, apostrophe protection removed). */
  public static final class Row {
    private final int line;
    private final List<String> cells;

    Row(int line, List<String> cells) {
      this.line = line;
      this.cells = List.copyOf(cells);
    }

    /** @return the line the record starts on, from 1 */
    public int line() {
      return line;
    }

    /** @return the cells, never null */
    public List<String> cells() {
      return cells;
    }
  }

  /** A syntax error of the CSV text itself. */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    SyntaxException(int line, int column, String message, Throwable cause) {
      super(message, cause);
      this.line = line;
      this.column = column;
    }

    /** @return the line, from 1 */
    public int line() {
      return line;
    }

    /** @return the character column within the line, from 1, or 0 when only the record is known */
    public int column() {
      return column;
    }
  }

  /**
   * Reads all records; empty lines and records whose cells are all blank are skipped.
   *
   * @param text  the decoded text, not null
   * @return the records, never null
   * @throws SyntaxException naming line and column if the text is not CSV; when the parser fails on
   *     a later line than the record it was reading began (an unclosed quote), the line is the
   *     record's first line and the column 0, and the message names the field
   */
  public static List<Row> read(String text) throws SyntaxException {
    List<Row> rows = new ArrayList<>();
    CsvFactory factory = MAPPER.getFactory();
    int depth = 0;
    int line = 0;
    List<String> cells = null;
    try (CsvParser p = factory.createParser(text)) {
      p.setSchema(CsvSchema.emptySchema());
      p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 1) {
            // at START_ARRAY the parser's current location is the start of the record
            line = p.currentLocation().getLineNr();
            cells = new ArrayList<>();
          }
        } else if (t == JsonToken.END_ARRAY) {
          depth--;
          // jackson-dataformat-csv reads an empty line as a record of one empty field, even with
          // SKIP_EMPTY_LINES; Excel writes a row whose contents were deleted as separators only
          // (,,,). Both are dropped here, as dx-metrics' CSV reader drops them.
          if (depth == 0 && !cells.stream().allMatch(String::isBlank)) {
            rows.add(new Row(line, cells));
          }
        } else if (t == JsonToken.VALUE_STRING && cells != null) {
          cells.add(ExcelCsvWriter.unescape(p.getText()));
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int errorLine = loc == null ? 0 : loc.getLineNr();
      if (depth > 0 && cells != null && errorLine > line) {
        // e.g. an unclosed quote: the parser reads on to the end of the text before it fails, so
        // its location is far from the fault; name the record (and field) where it began instead
        throw new SyntaxException(line, 0, e.getOriginalMessage() + " in field " + (cells.size() + 1)
            + " of the record that starts on line " + line + " (the parser stopped at line " + errorLine
            + ", column " + loc.getColumnNr() + ")", e);
      }
      throw new SyntaxException(errorLine, loc == null ? 0 : loc.getColumnNr(), e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /**
   * Writes records as Excel-friendly CSV: UTF-8 with a byte-order mark, CRLF line ends, cells
   * protected against formula injection ({@link ExcelCsvWriter#escape}, dx-metrics).
   *
   * @param header  the header cells, not null
   * @param records  the records, not null
   * @return the file's bytes, never null
   */
  public static byte[] write(List<String> header, List<List<String>> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xEF);
    out.write(0xBB);
    out.write(0xBF);
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvGenerator g = MAPPER.getFactory().createGenerator(w)) {
      g.setSchema(schema);
      writeRecord(g, header);
      for (List<String> r : records) {
        writeRecord(g, r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeRecord(CsvGenerator g, List<String> cells) throws IOException {
    g.writeStartArray();
    for (String c : cells) {
      g.writeString(ExcelCsvWriter.escape(c == null ? "" : c));
    }
    g.writeEndArray();
  }
}
