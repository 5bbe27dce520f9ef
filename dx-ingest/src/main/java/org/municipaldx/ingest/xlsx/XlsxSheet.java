package org.municipaldx.ingest.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.municipaldx.ingest.CellLocation;

/**
 * The rows of one worksheet, scanned from the UTF-8 bytes of its XML as they leave the inflater,
 * in order, for one thread; close it to release the file.
 *
 * <p>Why a hand-written scanner and not an XML library: the goal of issue 10 is a workbook read at
 * no less than a third of the speed of the CSV of the same rows. Measured on the 1,000,000-row
 * benchmark workbook (232 MB of sheet XML, 73 MB of CSV), CPU time of the reading thread per read
 * ({@code XlsxCpuTime} in benchmarks, 2026-12-06, 2 shared vCPUs at load average 35–52, three runs
 * in one JVM, the methods alternating):
 * <ul>
 *   <li>the CSV roll-up: 217–287 ms;
 *   <li>FastExcel's reader alone (Aalto StAX; every cell's raw text, no roll-up): 2,232–2,356 ms;
 *   <li>the JDK's own StAX parser alone over the sheet part (every value's text, shared strings not
 *       even resolved): 2,541–2,948 ms;
 *   <li>inflating the 232 MB alone: 254–294 ms;
 *   <li>this scanner, whole workbook roll-up (zip check, which keeps the inflated sheet, then the
 *       scan and the same reader as the CSV): 819–833 ms (it was 1,368–1,399 ms while the sheet was
 *       inflated a second time, 1,121 ms before tags were read in one pass);
 *   <li>since issue 10e, the sheet inflated on another thread ({@link SheetPipe}, about 250 ms there)
 *       and the common cell read in one pass ({@code plainCell}): the reading thread's scan and
 *       roll-up 426–449 ms (2026-12-06, load average 39), against 579–603 ms before
 *       {@code plainCell}; the CSV roll-up 192–204 ms in the same runs.
 * </ul>
 * Either library's parse alone is 8–10 times the whole CSV roll-up, so no path built on one can
 * reach a third of the CSV speed; Apache POI's streaming API (SAX) was 4.9 times slower than
 * FastExcel (benchmarks/README.md, XlsxRollupBenchmark, which has the JMH figures of these paths).
 * The scanner reads only what a sheet's rows need and makes no object per cell: shared strings are
 * the table's own {@code String}s, plain whole numbers are parsed from the bytes
 * ({@link #plainWhole(int)}), other numbers become text only when asked for, and a number column's
 * repeated value (a fiscal year) is one {@code String}.
 *
 * <p>What it reads, as FastExcel's reader did (the tests' {@code FastExcelSheet}, the reference of
 * the property tests): {@code <row r>}, {@code <c r t s>} with
 * {@code <v>}, {@code <f>} and {@code <is>}; the cell types {@code n} (or none), {@code s}, {@code
 * inlineStr}, {@code b}, {@code e}, {@code str}; rich-text runs and phonetic runs (skipped) in
 * inline strings; the five predefined entities and character references ({@code &amp;},
 * {@code &#12354;}, {@code &#x3042;}), CDATA sections, comments and processing instructions;
 * line ends normalised to LF as any XML parser does; element names with a namespace prefix
 * ({@code <x:row>}). A row or cell without {@code r} follows the one before (ECMA-376 Part 1,
 * §18.3.1.73 and §18.3.1.4). A DTD was refused before this runs ({@link ZipGuard}); an entity that
 * is not predefined, a malformed tag, a cell type not listed (such as ISO dates {@code t="d"})
 * and the end of the part inside a row are {@link XlsxRefusal#MALFORMED}, located after the last
 * row read, as before.
 */
final class XlsxSheet implements Iterator<XlsxRow>, SheetRows, Closeable {
  /** The last row of a worksheet (Microsoft, "Excel specifications and limits"). */
  static final int MAX_ROW = 1_048_576;
  /** The last column of a worksheet, {@code XFD} (Microsoft, "Excel specifications and limits"). */
  static final int MAX_COLUMN = 16_384;

  static final int EMPTY = 0;
  static final int TEXT = 1;
  private static final int NUMBER = 2;
  private static final int DATE = 3;
  private static final int BOOLEAN = 4;
  private static final int ERROR = 5;
  private static final int UNCALCULATED = 6;
  static final XlsxCell.Kind[] KINDS = {XlsxCell.Kind.EMPTY, XlsxCell.Kind.TEXT,
      XlsxCell.Kind.NUMBER, XlsxCell.Kind.DATE, XlsxCell.Kind.BOOLEAN, XlsxCell.Kind.ERROR,
      XlsxCell.Kind.UNCALCULATED};
  /** Excel's error values (ECMA-376 Part 1, §18.17.4.1, plus {@code #GETTING_DATA}). */
  static final Set<String> ERROR_CODES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!",
      "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** Thrown when the buffer ends before the row does: refill and scan the row again. */
  private static final RuntimeException MORE = new RuntimeException("more", null, false, false) {
    private static final long serialVersionUID = 1L;
  };

  /**
   * Thrown by a fragment ({@link #fragment}) at what it cannot read alone: a row without {@code r}
   * (its number follows rows read elsewhere), a formula (shared and array formulas span rows).
   */
  private static final RuntimeException NOT_HERE = new RuntimeException("not here", null, false, false) {
    private static final long serialVersionUID = 1L;
  };

  /** A fault in the XML or in a cell, reported as {@link XlsxRefusal#MALFORMED}. */
  private static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int column;

    Bad(String message, int column) {
      super(message, null, false, false);
      this.column = column;
    }
  }

  private final String source;
  private final String name;
  private final InputStream in;
  private final Closeable resources;
  private final String[] strings;
  private final boolean[] dateStyle;
  private final boolean date1904;

  private byte[] b = new byte[1 << 18];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean started;
  private boolean finished;
  private boolean peeked;
  private boolean hasRow;
  /** Whether this reads a fragment: rows from just after a {@code </row>}, alone ({@link #fragment}). */
  private boolean fragment;
  /** Whether the sheet ended with {@code </sheetData>} (not with the end of a fragment). */
  private boolean sheetEnded;

  private int lastRow;
  private int number;
  private int width;
  private int[] kinds = new int[16];
  private String[] texts = new String[16];
  /** For a NUMBER cell whose text is still in the buffer: its offset, else -1. */
  private int[] offsets = new int[16];
  private int[] lengths = new int[16];
  private final Digits digits = new Digits();
  private final Set<Integer> sharedFormulas = new HashSet<>();
  private final List<int[]> arrayFormulas = new ArrayList<>();
  private final StringBuilder sb = new StringBuilder();
  private byte[] scratch = new byte[256];

  /**
   * The sheet.
   *
   * @param source  the file, for locations
   * @param name  the sheet's name
   * @param in  the sheet part's bytes (UTF-8), closed by {@link #close()}
   * @param resources  closed after the stream (the zip file)
   * @param strings  the shared strings
   * @param dateStyle  per cell style index, whether its number format shows a date
   * @param date1904  whether the workbook counts dates from 1904
   */
  XlsxSheet(String source, String name, InputStream in, Closeable resources, String[] strings,
      boolean[] dateStyle, boolean date1904) {
    this.source = source;
    this.name = name;
    this.in = in;
    this.resources = resources;
    this.strings = strings;
    this.dateStyle = dateStyle;
    this.date1904 = date1904;
    Arrays.fill(offsets, -1);
    Arrays.fill(texts, "");
  }

  /**
   * The sheet from its whole part, inflated before (by the zip check).
   *
   * @param bytes  the part's bytes (UTF-8), the first {@code length} of which are read
   */
  XlsxSheet(String source, String name, byte[] bytes, int length, String[] strings, boolean[] dateStyle,
      boolean date1904) {
    this(source, name, InputStream.nullInputStream(), () -> { }, strings, dateStyle, date1904);
    this.b = bytes;
    this.lim = length;
    this.eof = true;
  }

  /**
   * A fragment of the sheet part: bytes that start just after a {@code </row>} (inside
   * {@code <sheetData>}) and end just after one, or with {@code </sheetData>}. {@link #advance()}
   * reads its rows as the whole sheet's scanner would there, and throws (anything) where that
   * would depend on what came before (a row without {@code r}, a formula) or on what follows (the
   * bytes end inside a row), or where the scanner would refuse the sheet: the fragment is then
   * read by the whole sheet's scanner instead.
   */
  static XlsxSheet fragment(String source, String name, byte[] bytes, int length, String[] strings,
      boolean[] dateStyle, boolean date1904) {
    XlsxSheet s = new XlsxSheet(source, name, bytes, length, strings, dateStyle, date1904);
    s.fragment = true;
    s.started = true;
    return s;
  }

  /** {@return whether the scanner stands between rows with no byte left in its buffer} */
  boolean drained() {
    return started && !finished && pos == lim;
  }

  /** {@return whether no array formula was read (a fragment read alone would not know one)} */
  boolean noArrayFormula() {
    return arrayFormulas.isEmpty();
  }

  /** {@return whether the last read ended at {@code </sheetData>}} */
  boolean sheetEnded() {
    return sheetEnded;
  }

  /** Notes rows read elsewhere (a fragment's), the last numbered {@code row}; with {@code end}, the sheet ended there. */
  void skipped(int row, boolean end) {
    lastRow = row;
    number = row;
    clear(); // no cell of the scanner's last row may show through a gap of its next one
    if (end) {
      finished = true;
    }
  }

  /** {@return the current row's cell kind, as stored (EMPTY 0 … UNCALCULATED 6)} */
  int kindCode(int column) {
    return kinds[column];
  }

  /** {@return the current row's cell text, or null for a number kept as bytes ({@link #offset}, {@link #length})} */
  String rawText(int column) {
    return texts[column];
  }

  int offset(int column) {
    return offsets[column];
  }

  int length(int column) {
    return lengths[column];
  }

  /** Plain whole numbers kept as their digits' bytes, and their texts. */
  static final class Digits {
    /** Per column, the last number text made from bytes, to give the same String for the same bytes. */
    private byte[][] lastBytes = new byte[16][];
    private String[] lastTexts = new String[16];

    /** {@return the text of the digits, the String of the column's last ones if they are the same} */
    String text(int column, byte[] b, int off, int len) {
      if (column >= lastBytes.length) {
        lastBytes = Arrays.copyOf(lastBytes, Math.max(column + 1, lastBytes.length * 2));
        lastTexts = Arrays.copyOf(lastTexts, lastBytes.length);
      }
      byte[] last = lastBytes[column];
      if (last != null && last.length == len && Arrays.equals(last, 0, len, b, off, off + len)) {
        return lastTexts[column];
      }
      String t = new String(b, off, len, StandardCharsets.ISO_8859_1); // ASCII digits
      lastBytes[column] = Arrays.copyOfRange(b, off, off + len);
      lastTexts[column] = t;
      return t;
    }

    /** {@return the value of digits only, 1 to 18 of them, checked when the cell was scanned} */
    static long whole(byte[] b, int off, int len) {
      long v = 0;
      for (int i = off, end = off + len; i < end; i++) {
        v = v * 10 + (b[i] - '0');
      }
      return v;
    }
  }

  /** Sets the size of the first buffer, before anything is read. */
  void buffer(int bytes) {
    b = new byte[Math.max(16, bytes)];
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String source() {
    return source;
  }

  // ---------------------------------------------------------------- Iterator of XlsxRow (tests)

  @Override
  public boolean hasNext() {
    if (!peeked) {
      hasRow = advance();
      peeked = true;
    }
    return hasRow;
  }

  @Override
  public XlsxRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    peeked = false;
    return row();
  }

  // ---------------------------------------------------------------- SheetRows

  @Override
  public XlsxRow row() {
    List<XlsxCell> cells = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      cells.add(kinds[i] == EMPTY ? XlsxCell.EMPTY : new XlsxCell(KINDS[kinds[i]], text(i)));
    }
    return new XlsxRow(source, name, number, cells);
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public int size() {
    return width;
  }

  @Override
  public XlsxCell.Kind kind(int column) {
    return KINDS[kinds[column]];
  }

  @Override
  public String text(int column) {
    String t = texts[column];
    if (t != null) {
      return t;
    }
    t = digits.text(column, b, offsets[column], lengths[column]);
    texts[column] = t;
    return t;
  }

  @Override
  public long plainWhole(int column) {
    if (texts[column] == null) {
      return Digits.whole(b, offsets[column], lengths[column]);
    }
    return org.municipaldx.ingest.Fields.plainWhole(texts[column]);
  }

  @Override
  public int ascii(int column, byte[] into) {
    if (texts[column] == null) {
      int len = lengths[column];
      if (len > into.length) {
        return -1;
      }
      System.arraycopy(b, offsets[column], into, 0, len);
      return len;
    }
    return SheetRows.super.ascii(column, into);
  }

  @Override
  public boolean isBlank() {
    for (int i = 0; i < width; i++) {
      int k = kinds[i];
      if (k != EMPTY && !(k == TEXT && texts[i].isBlank())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean advance() {
    if (finished) {
      return false;
    }
    while (true) {
      int start = pos;
      try {
        if (!started) {
          pos = toSheetData(pos);
          started = true;
          if (finished) {
            return false; // <sheetData/>
          }
          continue;
        }
        int after = nextRow(pos);
        if (after < 0) {
          finished = true;
          sheetEnded = true;
          return false;
        }
        pos = after;
        if (number < 1 || number > MAX_ROW) {
          throw XlsxException.at(ref(lastRow + 1, 1), XlsxRefusal.MALFORMED, "row " + number + " with "
              + width + " cells is beyond Excel's " + MAX_ROW + " rows and " + MAX_COLUMN
              + " columns (after row " + lastRow + ")", null);
        }
        lastRow = number;
        return true;
      } catch (RuntimeException e) {
        if (e != MORE) {
          finished = true;
          if (e instanceof Bad bad) {
            throw bad.column > 0
                ? XlsxException.at(ref(number, bad.column), XlsxRefusal.MALFORMED, "the cell cannot be read: "
                    + bad.getMessage(), null)
                : malformed(bad.getMessage());
          }
          throw e;
        }
        if (eof) {
          finished = true;
          if (fragment) {
            for (int k = start; k < lim; k++) {
              if (!space(b[k])) {
                throw NOT_HERE; // the fragment ends inside a row
              }
            }
            return false;
          }
          if (!started) {
            return false; // no sheetData: a sheet without rows, as FastExcel read it
          }
          throw malformed("the sheet's XML ends inside a row or before </sheetData>");
        }
        pos = start;
        fill();
      }
    }
  }

  /** The cell, or the nearest one Excel has (a fault beyond the limits is shown at their edge). */
  CellLocation ref(int row, int column) {
    return CellLocation.of(source, name, Math.max(1, Math.min(row, MAX_ROW)),
        Math.max(1, Math.min(column, MAX_COLUMN)));
  }

  private XlsxException malformed(String why) {
    // located at the first cell after the last row read: the fault is there or a little further
    return XlsxException.at(ref(lastRow + 1, 1), XlsxRefusal.MALFORMED, "sheet '" + name
        + "' cannot be read after row " + lastRow + ": " + why, null);
  }

  private void fill() {
    if (pos > 0) {
      System.arraycopy(b, pos, b, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (lim == b.length) {
      if (b.length >= Integer.MAX_VALUE / 2) {
        throw malformed("a row longer than " + b.length + " bytes");
      }
      b = Arrays.copyOf(b, b.length * 2);
    }
    try {
      // one read: a pipe's read stops at the end of its block, so that the scanner stands at a
      // block's end between rows when the block was cut there (SheetPipe)
      int k = in.read(b, lim, b.length - lim);
      if (k < 0) {
        eof = true;
      } else {
        lim += k;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("workbook " + source + ": cannot read sheet '" + name + "'", e);
    }
  }

  // ---------------------------------------------------------------- the scanner

  private int at(int i) {
    if (i >= lim) {
      throw MORE;
    }
    return b[i];
  }

  /** The index of the next '<' from i. */
  private int lt(int i) {
    while (true) {
      if (i >= lim) {
        throw MORE;
      }
      if (b[i] == '<') {
        return i;
      }
      i++;
    }
  }

  private static boolean nameChar(int c) {
    return c != '>' && c != '/' && c != '=' && !space(c);
  }

  /** {@return whether c is XML white space (S, XML 1.0 §2.3)} */
  private static boolean space(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  // the tag just read: its local name, whether it closes itself, where its attributes are
  private int nameFrom;
  private int nameTo;
  private boolean selfClosing;
  private int attrFrom;
  private int attrTo;

  /**
   * Reads the markup at i (a '<'): comments, processing instructions are skipped (returns
   * -(next) - 2 for them), CDATA is refused here (callers that take text handle it), a start or
   * end tag sets the name fields. Returns the index after the tag; {@code b[i + 1] == '/'} tells
   * an end tag.
   */
  private int tag(int i) {
    int c = at(i + 1);
    if (c == '!') {
      if (at(i + 2) == '-' && at(i + 3) == '-') {
        return -skip(i + 4, "-->") - 2;
      }
      if (at(i + 2) == '[' && matches(i + 3, "CDATA[")) {
        throw new Bad("CDATA outside a value", 0);
      }
      throw new Bad("a declaration <! inside the sheet", 0);
    }
    if (c == '?') {
      return -skip(i + 2, "?>") - 2;
    }
    int j = c == '/' ? i + 2 : i + 1;
    int from = j;
    int local = j;
    while (nameChar(at(j))) {
      if (b[j] == ':') {
        local = j + 1;
      }
      j++;
    }
    if (j == from) {
      throw new Bad("a tag without a name", 0);
    }
    nameFrom = local;
    nameTo = j;
    attrFrom = j;
    rFrom = -1;
    tFrom = -1;
    sFrom = -1;
    int single = 0; // the one-letter attribute name before '=', if any
    // attributes: name="value" or name='value' (values hold no '<' nor a raw quote of their kind);
    // the values of r, t and s are noted on the way (one pass over the tag)
    while (true) {
      int d = at(j);
      if (d == '>') {
        attrTo = j;
        selfClosing = false;
        return j + 1;
      }
      if (d == '/') {
        if (at(j + 1) != '>') {
          throw new Bad("'/' not followed by '>' in a tag", 0);
        }
        attrTo = j;
        selfClosing = true;
        return j + 2;
      }
      if (d == '=') {
        int k = j - 1;
        while (space(b[k])) {
          k--; // name = "value" is allowed too
        }
        int n1 = b[k];
        int n0 = b[k - 1];
        single = (n1 == 'r' || n1 == 't' || n1 == 's') && space(n0)
            ? n1 : 0;
      } else if (d == '"' || d == '\'') {
        int valueFrom = ++j;
        while (at(j) != d) {
          if (b[j] == '<') {
            throw new Bad("'<' in an attribute value", 0);
          }
          j++;
        }
        if (single == 'r') {
          rFrom = valueFrom;
          rTo = j;
        } else if (single == 't') {
          tFrom = valueFrom;
          tTo = j;
        } else if (single == 's') {
          sFrom = valueFrom;
          sTo = j;
        }
        single = 0;
      } else if (d == '<') {
        throw new Bad("'<' inside a tag", 0);
      }
      j++;
    }
  }

  // the values of the attributes r, t and s of the tag just read (from -1: absent)
  private int rFrom;
  private int rTo;
  private int tFrom;
  private int tTo;
  private int sFrom;
  private int sTo;

  private boolean quick(int from, int to) {
    if (from < 0) {
      return false;
    }
    attrValueFrom = from;
    attrValueTo = to;
    return true;
  }

  private boolean matches(int i, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (at(i + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The index of the end of the first {@code end} from i. */
  private int skip(int i, String end) {
    int first = end.charAt(0);
    while (true) {
      if (at(i) == first && matches(i, end)) {
        return i + end.length();
      }
      i++;
    }
  }

  private boolean nameIs(String s) {
    int n = s.length();
    if (nameTo - nameFrom != n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (b[nameFrom + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The value of the attribute with that local name in the tag just read: its range in {@code attr}. */
  private int attrValueFrom;
  private int attrValueTo;

  private boolean attr(String attrName) {
    int j = attrFrom;
    int n = attrName.length();
    while (j < attrTo) {
      int c = b[j];
      if (space(c)) {
        j++;
        continue;
      }
      int from = j;
      while (j < attrTo && b[j] != '=' && !space(b[j])) {
        j++;
      }
      int to = j;
      while (j < attrTo && b[j] != '"' && b[j] != '\'') {
        j++;
      }
      if (j >= attrTo) {
        throw new Bad("an attribute without a quoted value", 0);
      }
      int q = b[j];
      int vFrom = j + 1;
      j = vFrom;
      while (j < attrTo && b[j] != q) {
        j++;
      }
      // only unprefixed names: r:id and the like are other namespaces' attributes
      if (to - from == n) {
        boolean same = true;
        for (int k = 0; k < n; k++) {
          if (b[from + k] != attrName.charAt(k)) {
            same = false;
            break;
          }
        }
        if (same) {
          attrValueFrom = vFrom;
          attrValueTo = j;
          return true;
        }
      }
      j++;
    }
    return false;
  }

  private int attrInt(int column) {
    int v = 0;
    if (attrValueTo == attrValueFrom || attrValueTo - attrValueFrom > 9) {
      throw new Bad("'" + new String(b, attrValueFrom, attrValueTo - attrValueFrom, StandardCharsets.UTF_8)
          + "' is not a number", column);
    }
    for (int k = attrValueFrom; k < attrValueTo; k++) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) {
        throw new Bad("'" + new String(b, attrValueFrom, attrValueTo - attrValueFrom, StandardCharsets.UTF_8)
            + "' is not a number", column);
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Skips the prolog and whatever comes before {@code <sheetData>}; returns the index after it. */
  private int toSheetData(int i) {
    while (true) {
      i = lt(i);
      int after = tag(i);
      if (after < 0) {
        i = -after - 2;
        continue;
      }
      if (b[i + 1] != '/' && nameIs("sheetData")) {
        if (selfClosing) {
          finished = true;
        }
        return after;
      }
      i = after;
    }
  }

  /** Scans the next row from i into the cell arrays; returns the index after it, or -1 at {@code </sheetData>}. */
  private int nextRow(int i) {
    while (true) {
      i = lt(i);
      int after = tag(i);
      if (after < 0) {
        i = -after - 2;
        continue;
      }
      if (b[i + 1] == '/') {
        if (nameIs("sheetData")) {
          return -1;
        }
        throw new Bad("unexpected end tag in sheetData", 0);
      }
      if (!nameIs("row")) {
        i = skipElement(after);
        continue;
      }
      clear();
      if (fragment && rFrom < 0) {
        throw NOT_HERE;
      }
      number = quick(rFrom, rTo) ? attrInt(0) : lastRow + 1;
      if (selfClosing) {
        return after;
      }
      return cells(after);
    }
  }

  private void clear() {
    for (int k = 0; k < width; k++) {
      kinds[k] = EMPTY;
      texts[k] = "";
      offsets[k] = -1;
    }
    width = 0;
  }

  /** Skips the rest of an element whose start tag was just read (not self-closing): returns the index after its end. */
  private int skipElement(int i) {
    if (selfClosing) {
      return i;
    }
    int depth = 1;
    while (true) {
      i = lt(i);
      int after = tag(i);
      if (after < 0) {
        i = -after - 2;
        continue;
      }
      if (b[i + 1] == '/') {
        depth--;
      } else if (!selfClosing) {
        depth++;
      }
      i = after;
      if (depth == 0) {
        return i;
      }
    }
  }

  private int cells(int i) {
    int column = 0;
    int rowOfLast = number;
    while (true) {
      i = lt(i);
      if (at(i + 1) == 'c' && at(i + 2) == ' ' && arrayFormulas.isEmpty()) {
        int end = plainCell(i + 2);
        if (end >= 0) {
          column = fastColumn;
          if (column > kinds.length) {
            grow(column);
          }
          if (column >= width) {
            width = column;
            rowOfLast = fastRow;
          }
          set(column - 1, fastType, fastStyle, false, true, false, null, fastFrom, fastTo);
          i = end;
          continue;
        }
      }
      int after = tag(i);
      if (after < 0) {
        i = -after - 2;
        continue;
      }
      if (b[i + 1] == '/') {
        // </row>
        if (width > 0 && rowOfLast != number) {
          number = rowOfLast; // FastExcel took the row from the last cell's reference
        }
        return after;
      }
      if (!nameIs("c")) {
        i = skipElement(after);
        continue;
      }
      int cellRow = number;
      if (quick(rFrom, rTo)) {
        int c = 0;
        int k = attrValueFrom;
        while (k < attrValueTo && b[k] >= 'A' && b[k] <= 'Z') {
          c = c * 26 + (b[k] - 'A' + 1);
          if (c > MAX_COLUMN) {
            break;
          }
          k++;
        }
        if (c == 0) {
          throw new Bad("'" + new String(b, attrValueFrom, attrValueTo - attrValueFrom, StandardCharsets.UTF_8)
              + "' is not a cell reference", 0);
        }
        if (k < attrValueTo && b[k] >= '0' && b[k] <= '9') {
          int r = 0;
          while (k < attrValueTo && b[k] >= '0' && b[k] <= '9' && r <= MAX_ROW) {
            r = r * 10 + (b[k] - '0');
            k++;
          }
          cellRow = r;
        }
        column = c;
      } else {
        column++;
      }
      if (column > MAX_COLUMN) {
        throw XlsxException.at(ref(lastRow + 1, 1), XlsxRefusal.MALFORMED, "row " + number + " with "
            + column + " cells is beyond Excel's " + MAX_ROW + " rows and " + MAX_COLUMN
            + " columns (after row " + lastRow + ")", null);
      }
      if (column > kinds.length) {
        grow(column);
      }
      if (column > width) {
        width = column;
        rowOfLast = cellRow;
      } else if (column == width) {
        rowOfLast = cellRow;
      }
      i = cell(after, column - 1);
    }
  }

  // the cell read by plainCell
  private int fastColumn;
  private int fastRow;
  private int fastType;
  private int fastStyle;
  private int fastFrom;
  private int fastTo;

  /**
   * Reads the common cell in one pass, from just after {@code <c}: attributes {@code r} (letters
   * and digits), {@code t} (one letter: n, s, b, e) and {@code s} (digits), each at most once, in
   * double quotes after one space, then {@code <v>}, a value without {@code <}, {@code &} nor CR, and
   * {@code </v></c>}: the fields {@code fast*} as the general path ({@link #tag}, {@link #cell})
   * would read them. Returns the index after {@code </c>}, or -1 for any other cell (the general
   * path reads it from its start).
   *
   * <p>Measured (XlsxCpuTime, 1,000,000 rows, 2026-12-06): the general path's tag reading was
   * about half of the reading thread's time.
   */
  private int plainCell(int j) {
    int column = 0;
    int row = 0;
    int type = T_N;
    int style = -1;
    int seen = 0;
    while (true) {
      int c = at(j);
      if (c == '>') {
        break;
      }
      int name = c == ' ' ? at(j + 1) : 0;
      if (at(j + 2) != '=' || at(j + 3) != '"') {
        return -1;
      }
      j += 4;
      if (name == 'r' && (seen & 1) == 0) {
        seen |= 1;
        int d = at(j);
        while (d >= 'A' && d <= 'Z' && column <= MAX_COLUMN) {
          column = column * 26 + (d - 'A' + 1);
          d = at(++j);
        }
        while (d >= '0' && d <= '9' && row <= MAX_ROW) {
          row = row * 10 + (d - '0');
          d = at(++j);
        }
        if (d != '"' || column == 0 || column > MAX_COLUMN || row == 0 || row > MAX_ROW) {
          return -1;
        }
      } else if (name == 't' && (seen & 2) == 0) {
        seen |= 2;
        int t = at(j);
        type = t == 'n' ? T_N : t == 's' ? T_S : t == 'b' ? T_B : t == 'e' ? T_E : -1;
        if (type < 0 || at(++j) != '"') {
          return -1;
        }
      } else if (name == 's' && (seen & 4) == 0) {
        seen |= 4;
        int v = 0;
        int from = j;
        int d = at(j);
        while (d >= '0' && d <= '9' && j - from < 9) {
          v = v * 10 + (d - '0');
          d = at(++j);
        }
        if (d != '"' || j == from) {
          return -1;
        }
        style = v;
      } else {
        return -1;
      }
      j++;
    }
    if ((seen & 1) == 0 || at(j + 1) != '<' || at(j + 2) != 'v' || at(j + 3) != '>') {
      return -1;
    }
    int from = j + 4;
    int k = from;
    while (true) {
      int d = at(k);
      if (d == '<') {
        break;
      }
      if (d == '&' || d == '\r') {
        return -1;
      }
      k++;
    }
    if (at(k + 1) != '/' || at(k + 2) != 'v' || at(k + 3) != '>' || at(k + 4) != '<' || at(k + 5) != '/'
        || at(k + 6) != 'c' || at(k + 7) != '>') {
      return -1;
    }
    fastColumn = column;
    fastRow = row;
    fastType = type;
    fastStyle = style;
    fastFrom = from;
    fastTo = k;
    return k + 8;
  }

  private void grow(int n) {
    int size = Math.max(n, kinds.length * 2);
    int old = kinds.length;
    kinds = Arrays.copyOf(kinds, size);
    texts = Arrays.copyOf(texts, size);
    offsets = Arrays.copyOf(offsets, size);
    Arrays.fill(offsets, old, size, -1);
    Arrays.fill(texts, old, size, "");
    lengths = Arrays.copyOf(lengths, size);
  }

  // the cell being read
  private static final int T_N = 0;
  private static final int T_S = 1;
  private static final int T_INLINE = 2;
  private static final int T_B = 3;
  private static final int T_E = 4;
  private static final int T_STR = 5;

  /** Reads the cell whose start tag was just read; its column from 0. Returns the index after it. */
  private int cell(int i, int col) {
    int type = T_N;
    if (quick(tFrom, tTo)) {
      type = type(col);
    }
    int style = -1;
    if (quick(sFrom, sTo)) {
      style = attrInt(0);
    }
    boolean self = selfClosing;
    String value = null; // the decoded <v> or <is> text, when not kept as bytes
    int vFrom = -1;
    int vTo = -1;
    boolean hasV = false;
    boolean hasIs = false;
    boolean formula = false;
    if (!self) {
      while (true) {
        i = lt(i);
        int after = tag(i);
        if (after < 0) {
          i = -after - 2;
          continue;
        }
        if (b[i + 1] == '/') {
          i = after; // </c>
          break;
        }
        if (nameIs("v")) {
          hasV = true;
          if (selfClosing) {
            value = "";
            i = after;
            continue;
          }
          // the common case: plain text up to </v>
          int end = lt(after);
          int k = after;
          boolean plain = true;
          for (; k < end; k++) {
            int c = b[k];
            if (c == '&' || c == '\r') {
              plain = false;
              break;
            }
          }
          if (plain && at(end + 1) == '/') {
            vFrom = after;
            vTo = end;
            value = null;
            i = tag(end);
            if (!nameIs("v")) {
              throw new Bad("<v> closed by another end tag", 0);
            }
          } else {
            value = content(after);
            i = textEnd;
          }
        } else if (nameIs("f")) {
          if (fragment) {
            throw NOT_HERE;
          }
          boolean shared = false;
          boolean hasRef = attr("ref");
          int refFrom = attrValueFrom;
          int refTo = attrValueTo;
          int si = -1;
          if (attr("si")) {
            si = attrInt(0);
          }
          if (quick(tFrom, tTo)) {
            if (isValue("shared")) {
              shared = true;
            } else if (isValue("array") && hasRef) {
              arrayFormulas.add(range(refFrom, refTo, col + 1));
            }
          }
          if (shared) {
            if (hasRef) {
              sharedFormulas.add(si);
            } else if (!sharedFormulas.contains(si)) {
              throw new Bad("a shared formula (si " + si + ") used before it is defined", 0);
            }
          }
          boolean content = false;
          if (!selfClosing) {
            int end = lt(after);
            content = end > after || at(end + 1) != '/';
            i = skipElement(after);
          } else {
            i = after;
          }
          formula |= content || shared && !hasRef;
        } else if (nameIs("is")) {
          hasIs = true;
          value = selfClosing ? "" : inline(after);
          i = selfClosing ? after : textEnd;
        } else {
          i = skipElement(after);
        }
      }
    }
    if (!formula && !arrayFormulas.isEmpty() && type != T_S && type != T_INLINE) {
      formula = inArray(number, col + 1);
    }
    set(col, type, style, formula, hasV, hasIs, value, vFrom, vTo);
    return i;
  }

  private boolean isValue(String s) {
    int n = s.length();
    if (attrValueTo - attrValueFrom != n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (b[attrValueFrom + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private int type(int col) {
    int n = attrValueTo - attrValueFrom;
    int c = n > 0 ? b[attrValueFrom] : 0;
    if (n == 1) {
      switch (c) {
        case 'n':
          return T_N;
        case 's':
          return T_S;
        case 'b':
          return T_B;
        case 'e':
          return T_E;
        default:
          break;
      }
    } else if (isValue("str")) {
      return T_STR;
    } else if (isValue("inlineStr")) {
      return T_INLINE;
    }
    throw new Bad("Unknown cell type : " + new String(b, attrValueFrom, n, StandardCharsets.UTF_8), 0);
  }

  /** The range of an array formula's {@code ref}: first row, first column, last row, last column. */
  private int[] range(int from, int to, int column) {
    String text = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    String[] ends = text.replace("$", "").split(":");
    int[] a = cellRef(ends[0]);
    int[] z = ends.length > 1 ? cellRef(ends[1]) : a;
    if (a == null || z == null) {
      throw new Bad("'" + text + "' is not a cell range", column);
    }
    return new int[] {a[0], a[1], z[0], z[1]};
  }

  /** {@return the row (0 if none) and column of a reference: letters, then at most 9 ASCII digits; null if not one} */
  private static int[] cellRef(String s) {
    int c = 0;
    int k = 0;
    while (k < s.length() && Character.isLetter(s.charAt(k))) {
      c = c * 26 + (Character.toUpperCase(s.charAt(k)) - 'A' + 1);
      k++;
    }
    if (s.length() - k > 9) {
      return null;
    }
    int r = 0;
    for (; k < s.length(); k++) {
      char d = s.charAt(k);
      if (d < '0' || d > '9') {
        return null;
      }
      r = r * 10 + (d - '0');
    }
    return new int[] {r, c};
  }

  private boolean inArray(int row, int column) {
    for (int[] a : arrayFormulas) {
      if (row >= a[0] && row <= a[2] && column >= a[1] && column <= a[3]) {
        return true;
      }
    }
    return false;
  }

  /** Sets the cell's kind and text by the rules of FastExcel's reader (what it gave; the tests' {@code FastExcelSheet}). */
  private void set(int col, int type, int style, boolean formula, boolean hasV, boolean hasIs, String value,
      int vFrom, int vTo) {
    offsets[col] = -1;
    if (type == T_S) {
      if (!hasV) {
        put(col, EMPTY, "");
        return;
      }
      int index;
      if (value == null && vTo > vFrom) {
        index = digits(vFrom, vTo);
      } else if (value == null || value.isEmpty()) {
        // <v></v> as <v/>: an empty value, as FastExcel's reader read it (issue 13s)
        put(col, EMPTY, "");
        return;
      } else {
        try {
          index = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          throw new Bad("'" + value + "' is not a shared string index", 0);
        }
      }
      if (index < 0 || index >= strings.length) {
        throw new Bad("shared string " + index + " is not in the workbook's " + strings.length, 0);
      }
      String s = strings[index];
      put(col, s.isEmpty() ? EMPTY : TEXT, s);
      return;
    }
    if (type == T_INLINE) {
      if (formula) {
        cached(col, hasIs ? value : null);
        return;
      }
      if (!hasIs) {
        throw new Bad("the inline string has no <is> element", col + 1);
      }
      put(col, value.isEmpty() ? EMPTY : TEXT, value);
      return;
    }
    if (value == null && vFrom >= 0) {
      // plain text from the bytes: keep whole numbers as bytes, make Strings of the rest
      if (type == T_N && !isDate(style) && vTo > vFrom && plainWhole(vFrom, vTo)) {
        kinds[col] = NUMBER;
        texts[col] = null;
        offsets[col] = vFrom;
        lengths[col] = vTo - vFrom;
        return;
      }
      value = new String(b, vFrom, vTo - vFrom, StandardCharsets.UTF_8);
    }
    String raw = value == null || value.isEmpty() ? null : value;
    switch (type) {
      case T_N -> {
        if (raw == null) {
          put(col, formula ? UNCALCULATED : EMPTY, "");
        } else {
          number(col, style, raw);
        }
      }
      case T_B -> {
        if (raw == null) {
          if (formula) {
            put(col, UNCALCULATED, "");
            return;
          }
          throw new Bad("the boolean cell has no value", col + 1);
        }
        put(col, BOOLEAN, bool(raw));
      }
      case T_E -> {
        if (formula) {
          cached(col, raw);
        } else {
          put(col, ERROR, raw == null ? "" : raw);
        }
      }
      case T_STR -> cached(col, raw);
      default -> throw new IllegalStateException("type " + type);
    }
  }

  private static String bool(String raw) {
    if (raw.equals("0")) {
      return "FALSE";
    }
    if (raw.equals("1")) {
      return "TRUE";
    }
    throw new Bad("Invalid boolean cell value: '" + raw + "'. Expecting '0' or '1'.", 0);
  }

  /** A formula's cached text (or a {@code str} cell's): none, an error code, or text. */
  private void cached(int col, String v) {
    if (v == null) {
      put(col, UNCALCULATED, "");
    } else if (ERROR_CODES.contains(v)) {
      put(col, ERROR, v);
    } else {
      put(col, v.isEmpty() ? EMPTY : TEXT, v);
    }
  }

  private void number(int col, int style, String raw) {
    BigDecimal d;
    try {
      d = new BigDecimal(raw);
    } catch (NumberFormatException e) {
      throw new Bad("Cannot parse number : " + raw, 0);
    }
    if (isDate(style)) {
      double serial = Double.parseDouble(raw);
      // the whole days must fit date()'s int, also after a fraction rounds up to the next day: beyond, the
      // conversion (FastExcel's) wraps around to another date or throws java.time's DateTimeException
      if (!(serial >= Integer.MIN_VALUE && serial < Integer.MAX_VALUE)) {
        throw new Bad("'" + raw + "' is not a date: a date cell's serial is at least " + Integer.MIN_VALUE
            + " and below " + Integer.MAX_VALUE, col + 1);
      }
      put(col, DATE, dateText(date(serial), d));
      return;
    }
    put(col, NUMBER, isPlainWholeText(raw) ? raw : plain(d));
  }

  /** The ISO-8601 text of a date cell: a time alone below 1, a date alone at midnight (as FastExcel's reader gave it). */
  static String dateText(LocalDateTime t, BigDecimal serial) {
    if (serial.compareTo(BigDecimal.ONE) < 0 && serial.signum() >= 0) {
      return t.toLocalTime().getSecond() == 0 ? t.toLocalTime().format(TIME) : t.toLocalTime().toString();
    }
    if (t.toLocalTime().toNanoOfDay() == 0) {
      return t.toLocalDate().toString();
    }
    return t.getSecond() == 0 && t.getNano() == 0 ? t.format(MINUTES) : t.toString();
  }

  private boolean isDate(int style) {
    return style >= 0 && style < dateStyle.length && dateStyle[style];
  }

  /** FastExcel's {@code Cell.convertToDate}: Excel's serial date in the 1900 or 1904 system. */
  private LocalDateTime date(double serial) {
    int wholeDays = (int) Math.floor(serial);
    long millis = (long) ((serial - wholeDays) * 86_400_000d + 0.5);
    if (millis == 86_400_000L) {
      wholeDays++;
      millis = 0;
    }
    int startYear = 1900;
    int dayAdjust = -1; // Excel thinks 1900 was a leap year
    if (date1904) {
      startYear = 1904;
      dayAdjust = 1;
    } else if (wholeDays < 61) {
      dayAdjust = 0;
    }
    LocalDate day = LocalDate.of(startYear, 1, 1).plusDays(wholeDays + dayAdjust - 1L);
    return LocalDateTime.of(day, LocalTime.ofNanoOfDay(millis * 1_000_000L));
  }

  private boolean plainWhole(int from, int to) {
    int n = to - from;
    if (n > 18 || b[from] == '0' && n > 1) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (b[k] < '0' || b[k] > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlainWholeText(String raw) {
    int n = raw.length();
    if (n == 0 || n > 18 || raw.charAt(0) == '0' && n > 1) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char ch = raw.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  private static String plain(BigDecimal d) {
    if (d.signum() == 0) {
      return "0";
    }
    return d.scale() <= 0 ? d.toPlainString() : d.stripTrailingZeros().toPlainString();
  }

  private int digits(int from, int to) {
    if (to == from || to - from > 9) {
      throw new Bad("'" + new String(b, from, to - from, StandardCharsets.UTF_8) + "' is not a shared string index", 0);
    }
    int v = 0;
    for (int k = from; k < to; k++) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) {
        throw new Bad("'" + new String(b, from, to - from, StandardCharsets.UTF_8)
            + "' is not a shared string index", 0);
      }
      v = v * 10 + d;
    }
    return v;
  }

  private void put(int col, int kind, String text) {
    kinds[col] = kind;
    texts[col] = text;
  }

  // ---------------------------------------------------------------- text content

  /** Where the last {@link #content} or {@link #inline} ended: after the end tag. */
  private int textEnd;

  /** The text of an element (no child elements but comments), from i to its end tag, decoded. */
  private String content(int i) {
    int n = 0;
    while (true) {
      int end = lt(i);
      n = decode(i, end, n);
      if (at(end + 1) == '!' && at(end + 2) == '[') {
        if (!matches(end + 3, "CDATA[")) {
          throw new Bad("a declaration <! inside a value", 0);
        }
        int close = skip(end + 9, "]]>");
        n = raw(end + 9, close - 3, n);
        i = close;
        continue;
      }
      int after = tag(end);
      if (after < 0) {
        i = -after - 2;
        continue;
      }
      if (b[end + 1] != '/') {
        throw new Bad("an element inside a value", 0);
      }
      textEnd = after;
      return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }
  }

  /** The text of an inline string {@code <is>}: its {@code <t>}s, rich-text runs' too, phonetic runs' not. */
  private String inline(int i) {
    sb.setLength(0);
    int depth = 1;
    int phonetic = 0;
    while (true) {
      i = lt(i);
      int after = tag(i);
      if (after < 0) {
        i = -after - 2;
        continue;
      }
      if (b[i + 1] == '/') {
        depth--;
        if (nameIs("rPh")) {
          phonetic--;
        }
        i = after;
        if (depth == 0) {
          textEnd = i;
          return sb.toString();
        }
        continue;
      }
      if (nameIs("t") && !selfClosing) {
        String t = content(after);
        if (phonetic == 0) {
          sb.append(t);
        }
        i = textEnd;
        continue;
      }
      if (!selfClosing) {
        depth++;
        if (nameIs("rPh")) {
          phonetic++;
        }
      }
      i = after;
    }
  }

  private void ensure(int n) {
    if (n > scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(n, scratch.length * 2));
    }
  }

  private int raw(int from, int to, int n) {
    // CDATA: as is, line ends normalised
    ensure(n + to - from);
    for (int k = from; k < to; k++) {
      byte c = b[k];
      if (c == '\r') {
        scratch[n++] = '\n';
        if (k + 1 < to && b[k + 1] == '\n') {
          k++;
        }
      } else {
        scratch[n++] = c;
      }
    }
    return n;
  }

  /** Appends the decoded text of [from, to) to the scratch bytes at n; returns the new length. */
  private int decode(int from, int to, int n) {
    ensure(n + to - from);
    for (int k = from; k < to; k++) {
      byte c = b[k];
      if (c == '&') {
        // a character reference may have any number of digits (XML 1.0 section 4.1, production [66] CharRef: leading
        // zeros are allowed); a named entity is one of XML's five, of at most four letters, so its ';' is looked for
        // within 11 characters
        boolean charRef = k + 1 < to && b[k + 1] == '#';
        int semi = k + 1;
        while (semi < to && b[semi] != ';' && (charRef || semi - k < 12)) {
          semi++;
        }
        if (semi >= to || b[semi] != ';') {
          throw new Bad("an '&' that starts no entity", 0);
        }
        int cp = entity(k + 1, semi);
        byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        ensure(n + utf8.length + to - k);
        System.arraycopy(utf8, 0, scratch, n, utf8.length);
        n += utf8.length;
        k = semi;
      } else if (c == '\r') {
        scratch[n++] = '\n';
        if (k + 1 < to && b[k + 1] == '\n') {
          k++;
        }
      } else {
        scratch[n++] = c;
      }
    }
    return n;
  }

  private int entity(int from, int to) {
    int n = to - from;
    if (n >= 2 && b[from] == '#') {
      boolean hex = b[from + 1] == 'x';
      int k = hex ? from + 2 : from + 1;
      if (k == to) {
        throw new Bad("an empty character reference", 0);
      }
      int cp = 0;
      for (; k < to; k++) {
        int d = Character.digit(b[k], hex ? 16 : 10);
        if (d < 0 || cp > 0x10FFFF) {
          throw new Bad("a malformed character reference", 0);
        }
        cp = cp * (hex ? 16 : 10) + d;
      }
      if (cp == 0 || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
        throw new Bad("a character reference to no XML character (" + cp + ")", 0);
      }
      return cp;
    }
    String e = new String(b, from, n, StandardCharsets.ISO_8859_1);
    switch (e) {
      case "amp":
        return '&';
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      default:
        // no DTD is read, so no other entity is declared: it is never resolved
        throw new Bad("the entity '&" + e + ";' is not declared", 0);
    }
  }

  /** Closes the sheet's stream and the file. */
  @Override
  public void close() {
    try (resources) {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("workbook " + source + ": cannot close", e);
    }
  }
}
