package org.municipaldx.ingest.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Opens one sheet of an Excel workbook ({@code .xlsx}) as a {@link org.municipaldx.ingest.RecordSource}
 * of rows, in bounded memory, so every reader built on the toolkit takes workbooks as it takes CSV.
 *
 * <p>Safety first: before any XML is parsed, the archive is checked against the
 * {@link XlsxLimits} (zip bombs) and every XML part is checked for a DTD, which is refused (no
 * external entity, XXE, can be resolved); each refusal is an {@link XlsxException} naming the file,
 * the zip entry, the byte offset and the rule. The worksheets' parts are checked as the read inflates
 * them: the sheet's part on a thread of its own, into a fixed pool of blocks that the scanner parses
 * in order while the next ones are inflated (bounded memory, one inflation), every byte checked
 * before it is parsed, the other worksheets after it; a DTD in the sheet's prolog is refused by
 * {@code open}, any other refusal of a worksheet's bytes by the {@link XlsxSource#next()} that
 * reaches it or by the last one, which returns false only when the whole archive has passed, so no
 * result is made from a refused workbook. The sheet is read by dx-ingest's byte scanner of
 * the sheet XML; a sheet part not in UTF-8 (UTF-16) is transcoded to UTF-8 for it after the whole
 * archive is checked (FastExcel's reader, which read such parts before, filled its shared-string table up
 * to any index a cell named: a 1 KB workbook exhausted the heap); the workbook's sheet list, styles and
 * date system come from FastExcel's reader.
 * Formulas are read as their cached values, never evaluated ({@link XlsxSource} says how each kind
 * of cell reads).
 *
 * <p>The sheet: the one named with {@link #withSheet(String)}, else the first visible sheet (the
 * tab Excel shows first).
 *
 * <p>Why FastExcel (for the workbook's structure, and for sheets the scanner does not read; why a
 * scanner reads the sheets is measured in the scanner's class comment): measured on a generated workbook of 1,000,000 procedure-year rows and six
 * columns (33 MB; 232 MB of XML), reading every cell once, same JVM, alternating, four rounds
 * (2026-12-06, 2 shared vCPUs, load average about 3 from other builds):
 * <ul>
 *   <li>FastExcel reader 0.20.2 ({@code org.dhatim:fastexcel-reader}): 2.03–2.18 s;
 *   <li>Apache POI 5.5.1 streaming API ({@code XSSFReader} + {@code XSSFSheetXMLHandler}, SAX,
 *       read-only shared strings): 9.14–9.70 s;
 *   <li>inflating every entry once with {@code java.util.zip} (the zip check before parsing): 0.24–0.27 s.
 * </ul>
 * FastExcel is 4.5 times faster and adds about 3 MB of jars to the command line (with Aalto XML,
 * commons-compress and its commons dependencies) against POI's 15 MB; POI's one advantage,
 * zip-bomb limits built in ({@code ZipSecureFile}), is provided here by the zip check, at about an
 * eighth of the parse time. The JMH run of {@code XlsxRollupBenchmark} (benchmarks/README.md: its own
 * generated 1,000,000-row workbook, a machine loaded by other builds, load average about 20) confirms
 * it: FastExcel 7,856 ms against POI 38,758 ms
 * per read of the 1,000,000 rows (4.9 times), the check's inflation 2,660 ms.
 *
 * <p>Immutable and thread-safe; each {@link XlsxSource} it opens is for one thread.
 */
public final class XlsxReader {
  private final XlsxLimits limits;
  private final Optional<String> sheet;
  /** The size of a block of the inflated sheet part (the scanner's first buffer: at most 256 KiB of it). */
  private final int bufferBytes;
  /** The threads that parse blocks of the sheet ahead (1: none, the reading thread parses). */
  private final int threads;

  private XlsxReader(XlsxLimits limits, Optional<String> sheet) {
    this(limits, sheet, 1 << 20, 1);
  }

  private XlsxReader(XlsxLimits limits, Optional<String> sheet, int bufferBytes, int threads) {
    this.limits = limits;
    this.sheet = sheet;
    this.bufferBytes = bufferBytes;
    this.threads = threads;
  }

  /** A reader whose blocks of the inflated sheet and scanner's buffer are of {@code bufferBytes} (tests). */
  XlsxReader withBuffer(int bufferBytes) {
    return new XlsxReader(limits, sheet, bufferBytes, threads);
  }

  /**
   * {@return a reader that parses the sheet on that many threads, never null}
   *
   * <p>Whatever the count, the sheet's part is inflated (and checked) on a thread of its own while
   * the reading thread parses it, in bounded memory (a few blocks of 1 MiB). With 2 threads or
   * more, blocks of whole rows are also parsed ahead on that many worker threads; the records,
   * their locations and every refusal are those of the one-thread read.
   *
   * @param threads  the threads, ≥ 1 (1: the reading thread parses every row)
   */
  public XlsxReader withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("XlsxReader.threads: must be ≥ 1 (was " + threads + ")");
    }
    return new XlsxReader(limits, sheet, bufferBytes, threads);
  }

  /** {@return the threads that parse the sheet, ≥ 1} */
  public int threads() {
    return threads;
  }

  /** {@return a reader of the first visible sheet with the default limits} */
  public static XlsxReader create() {
    return new XlsxReader(XlsxLimits.defaults(), Optional.empty());
  }

  /**
   * {@return a reader with these limits, never null}
   *
   * @param limits  the limits, not null
   */
  public XlsxReader withLimits(XlsxLimits limits) {
    return new XlsxReader(Objects.requireNonNull(limits, "limits"), sheet, bufferBytes, threads);
  }

  /**
   * {@return a reader of that sheet, never null}
   *
   * @param name  the sheet's name as its tab shows it, not null nor empty
   */
  public XlsxReader withSheet(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("XlsxReader.sheet: must not be empty");
    }
    return new XlsxReader(limits, Optional.of(name), bufferBytes, threads);
  }

  /** {@return the sheet asked for, empty for the first visible sheet} */
  public Optional<String> sheet() {
    return sheet;
  }

  /** {@return the limits} */
  public XlsxLimits limits() {
    return limits;
  }

  /**
   * {@return the sheet's records, located by the file name; close it; never null}
   *
   * @param file  the workbook, not null
   * @throws XlsxException if the workbook is refused (limits, DTD, not a workbook, no such sheet,
   *     malformed; the limits of the worksheets' bytes are checked as they are read, see above)
   * @throws UncheckedIOException if the file cannot be read
   */
  public XlsxSource open(Path file) {
    return open(file, String.valueOf(file.getFileName()));
  }

  /**
   * {@return the sheet's records; close it; never null}
   *
   * @param file  the workbook, not null
   * @param source  the file's name for locations, not null
   * @throws XlsxException if the workbook is refused (limits, DTD, not a workbook, no such sheet,
   *     malformed; the limits of the worksheets' bytes are checked as they are read, see above)
   * @throws UncheckedIOException if the file cannot be read
   */
  public XlsxSource open(Path file, String source) {
    return new XlsxSource(openRows(file, source));
  }

  /** The sheet, read by the byte scanner (tests; the sheet's part must be UTF-8). */
  PipelinedSheet openSheet(Path file) {
    SheetRows rows = openRows(file, String.valueOf(file.getFileName()));
    if (rows instanceof PipelinedSheet s) {
      return s;
    }
    rows.close();
    throw new IllegalStateException(file + ": the sheet's part is not UTF-8; open() reads it transcoded");
  }

  /**
   * The sheet's rows, read by the byte scanner ({@link XlsxSheet}): as the part is inflated when it is
   * UTF-8, as Excel and every common writer save it, else transcoded.
   */
  SheetRows openRows(Path file, String source) {
    // the check inflates every entry once, before any XML is parsed, except the worksheets: each of
    // their bytes is checked as the sheet read inflates it, before it is parsed, and the read ends
    // (or fails) only when every worksheet has passed (inflating costs about a third of the read)
    ZipGuard.Checked checked = ZipGuard.check(file, source, limits, ZipGuard::isWorksheet);
    ReadableWorkbook wb = workbook(file, source, checked);
    try {
      Sheet chosen = choose(wb, source);
      SheetRows scanned = WorkbookParts.open(file, source, wb, chosen, limits, checked, bufferBytes, threads);
      wb.close();
      return scanned;
    } catch (IOException | RuntimeException e) {
      throw closing(wb, source, e);
    }
  }

  /**
   * {@return the workbook's structure (sheet list, number formats, date system) read by FastExcel's
   * reader, after the zip check}
   *
   * @throws XlsxException of rule {@link XlsxRefusal#NOT_A_WORKBOOK} if FastExcel's reader cannot open it
   */
  static ReadableWorkbook workbook(Path file, String source, ZipGuard.Checked checked) {
    try {
      // number formats (to know dates) come from the styles part; without one there are none
      return new ReadableWorkbook(file.toFile(), new ReadingOptions(checked.styles, false));
    } catch (IOException | RuntimeException e) {
      throw XlsxException.at(source, "", -1, XlsxRefusal.NOT_A_WORKBOOK,
          "not a workbook: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the fault of a read of {@code wb} as a refusal, after closing {@code wb}: an {@link XlsxException}
   * as it is, any other as {@link XlsxRefusal#MALFORMED}}
   */
  static XlsxException closing(ReadableWorkbook wb, String source, Exception e) {
    try {
      wb.close();
    } catch (IOException suppressed) {
      e.addSuppressed(suppressed);
    }
    if (e instanceof XlsxException x) {
      return x;
    }
    return XlsxException.at(source, "", -1, XlsxRefusal.MALFORMED,
        "the workbook cannot be read: " + e.getMessage(), e);
  }

  /** {@return the sheet this reader reads: the one named, else the first visible one} */
  Sheet choose(ReadableWorkbook wb, String source) {
    return choose(wb.getSheets().collect(Collectors.toList()), source);
  }

  private Sheet choose(List<Sheet> sheets, String source) {
    if (sheet.isPresent()) {
      for (Sheet s : sheets) {
        if (s.getName().equals(sheet.get())) {
          return s;
        }
      }
      throw XlsxException.at(source, "", -1, XlsxRefusal.NO_SUCH_SHEET, "no sheet named '"
          + sheet.get() + "'; the workbook's sheets are " + names(sheets), null);
    }
    for (Sheet s : sheets) {
      if (s.getVisibility() == SheetVisibility.VISIBLE) {
        return s;
      }
    }
    if (sheets.isEmpty()) {
      throw XlsxException.at(source, "", -1, XlsxRefusal.NOT_A_WORKBOOK,
          "the workbook has no sheet", null);
    }
    return sheets.get(0);
  }

  private static String names(List<Sheet> sheets) {
    return sheets.stream().map(s -> "'" + s.getName() + "'").collect(Collectors.joining(", ", "[", "]"));
  }
}
