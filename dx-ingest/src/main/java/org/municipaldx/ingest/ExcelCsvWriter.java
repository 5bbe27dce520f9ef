package org.municipaldx.ingest;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV that opens cleanly in Excel and is safe against formula (CSV) injection.
 *
 * <ul>
 *   <li>UTF-8 with a byte order mark, so Excel reads Japanese text correctly; CRLF line ends;
 *       quoting by jackson-dataformat-csv (fields with commas, quotes or line breaks are quoted,
 *       quotes doubled).
 *   <li>Text cells starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 *       return are prefixed with an apostrophe ({@code '=1+2}), so that Excel shows them as text
 *       instead of evaluating them (OWASP, "CSV Injection"). Text that already starts with apostrophes
 *       before such a character gets one more, so {@link #unescape(String)} undoes this exactly;
 *       {@link TableReader} applies it.
 *   <li>Numbers the caller passes as {@link Long}, {@link Integer}, {@link BigInteger} or
 *       {@link BigDecimal} are written as numbers and are <em>not</em> prefixed: they come from
 *       the program, not from user input, and a negative number must stay a number. Pass text as
 *       {@link String} and it is always checked.
 * </ul>
 *
 * <p>Not thread-safe; one writer per output.
 */
public final class ExcelCsvWriter implements AutoCloseable {
  /**
   * The mapper, created when the first writer is: {@link #unescape} runs on every header a reader
   * takes, and a {@code CsvMapper} built in this class's initialiser loaded about 500 Jackson
   * classes into every reading process, {@code dx rollup} included (issue 10, measured with
   * {@code -Xlog:class+load}).
   */
  private static final class Mapper {
    static final CsvMapper MAPPER = new CsvMapper();
    static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private Mapper() {}
  }

  private final Writer writer;
  private final SequenceWriter rows;

  private ExcelCsvWriter(OutputStream out) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.rows = Mapper.MAPPER.writer(Mapper.SCHEMA).writeValues(writer);
  }

  /**
   * Starts a CSV file: writes the byte order mark.
   *
   * @param out  the output, not null; closed when this writer is closed
   * @return the writer, never null
   * @throws UncheckedIOException if writing fails
   */
  public static ExcelCsvWriter open(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      return new ExcelCsvWriter(out);
    } catch (IOException e) {
      throw new UncheckedIOException("CSV: cannot start writing", e);
    }
  }

  /**
   * Writes one record.
   *
   * @param cells  the cells: {@link String} (checked for formula injection), {@link Long},
   *     {@link Integer}, {@link BigInteger}, {@link BigDecimal} (written as numbers) or null
   *     (empty); not null itself
   * @return this writer, never null
   * @throws IllegalArgumentException if a cell has another type
   * @throws UncheckedIOException if writing fails
   */
  public ExcelCsvWriter writeRecord(List<?> cells) {
    List<Object> safe = new ArrayList<>(cells.size());
    for (Object c : cells) {
      if (c == null) {
        safe.add("");
      } else if (c instanceof String) {
        safe.add(escape((String) c));
      } else if (c instanceof Long || c instanceof Integer || c instanceof BigInteger) {
        safe.add(c);
      } else if (c instanceof BigDecimal) {
        safe.add(((BigDecimal) c).toPlainString());
      } else {
        throw new IllegalArgumentException("ExcelCsvWriter.cell: must be a String or a whole or"
            + " decimal number (was '" + c.getClass().getName() + "')");
      }
    }
    try {
      rows.write(safe);
    } catch (IOException e) {
      throw new UncheckedIOException("CSV: cannot write a record", e);
    }
    return this;
  }

  /**
   * Prefixes text that Excel would take as a formula with an apostrophe. So that
   * {@link #unescape(String)} can undo it exactly, text that already starts with apostrophes
   * followed by such a character gets one more.
   *
   * @param text  the cell text, not null
   * @return the text, with {@code '} in front if it starts with {@code = + - @}, tab or CR (after
   *     any apostrophes), never null
   */
  public static String escape(String text) {
    return startsDangerous(text) ? "'" + text : text;
  }

  /**
   * Undoes {@link #escape(String)}: {@code unescape(escape(s)).equals(s)} for every {@code s}.
   *
   * @param text  the cell text as written, not null
   * @return the original text, never null
   */
  public static String unescape(String text) {
    return text.startsWith("'") && startsDangerous(text) ? text.substring(1) : text;
  }

  /** @return whether the text, after any leading apostrophes, starts with = + - @ tab or CR */
  private static boolean startsDangerous(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Flushes and closes the output.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      rows.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("CSV: cannot close", e);
    }
  }
}
