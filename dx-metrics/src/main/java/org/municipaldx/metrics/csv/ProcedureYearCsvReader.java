package org.municipaldx.metrics.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.municipaldx.core.Department;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.Fields;
import org.municipaldx.ingest.Header;
import org.municipaldx.ingest.HeaderSpec;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Lookup;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.Problems;
import org.municipaldx.ingest.Record;
import org.municipaldx.ingest.RecordSource;
import org.municipaldx.ingest.Row;
import org.municipaldx.ingest.TableReader;
import org.municipaldx.ingest.TextLocation;
import org.municipaldx.metrics.batch.ColumnarTable;
import org.municipaldx.metrics.batch.DepartmentDictionary;
import org.municipaldx.metrics.batch.ProcedureYearRow;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.RollupAccumulator;
import org.municipaldx.metrics.batch.RollupPartial;

/**
 * Reads procedure-year rows from CSV (or any {@link RecordSource}, such as a workbook sheet), as
 * offices keep them in Excel, through the dx-ingest toolkit, streaming.
 *
 * <ul>
 *   <li>Encoding: UTF-8 with or without BOM, or Windows-31J; detected
 *       ({@link org.municipaldx.ingest.TextEncoding}) unless given with {@link #withCharset(Charset)}.
 *   <li>The first non-empty record is the header; columns are matched by name in any order
 *       ({@link ProcedureYearColumn} lists every accepted name). {@code 部局}, {@code 1件あたり分},
 *       {@code オンライン件数} and {@code 総件数} are required; {@code 年度} unless a default is
 *       given with {@link #withFiscalYear(FiscalYear)}; {@code 5レス} is optional (none if absent).
 *       Blank records and Excel's empty trailing header cells are handled by
 *       {@link TableReader}, the same as for every layout.
 *   <li>Departments: ids ({@link Ids#MODEL_ID_PATTERN}), or — with
 *       {@link #withDepartments(Collection)} — ids or Japanese or English names of the departments
 *       given; an unknown name is a problem listing the known ones.
 *   <li>Five-less categories in one cell are separated by {@code |}, {@code ・} or {@code ;}
 *       (full-width forms too), e.g. {@code カウンターレス・ペーパーレス} or {@code counterless|paperless}.
 *   <li>Whole numbers may be full-width and grouped with commas ({@code 1,303}); not negative; online
 *       not above total.
 * </ul>
 *
 * <h2>Streaming and memory</h2>
 * The roll-up methods ({@link #rollup(Path)}, {@link #partial(Path)},
 * {@link #rollupParallel(Path, int)}) add every row to a {@link RollupAccumulator} as it is read:
 * no String of the file, no object per record; memory depends on the number of departments, not
 * on the file's size. Field values are looked up by their bytes ({@link Lookup}) and numbers parsed
 * from the bytes. {@link #read(Path)} and {@link #readTable(Path)} return every row, so their result
 * grows with the file.
 *
 * <h2>Nothing is returned from a bad file</h2>
 * Every problem is collected (the first {@value Problems#LISTED} listed, all counted), each located
 * by file, line, column, header and byte offset; if there is any, the read ends with one
 * {@link IngestException} and returns nothing. A file's last line with one bad cell is reported
 * after the whole file was read, in the same bounded memory.
 *
 * <h2>Parallel</h2>
 * {@link #rollupParallel(Path, int)} splits the file into byte ranges at line ends, reads each on
 * its own thread and merges the partial roll-ups and problem lists in file order. A range that
 * started inside a quoted field (the previous range ended elsewhere) or read another encoding than
 * the file's (decided at the file's first non-ASCII byte) is read again from the right place; the
 * result, problems and their order included, equals {@link #rollup(Path)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProcedureYearCsvReader {
  private static final Pattern FIVE_LESS_SEPARATOR = Pattern.compile("[|・;]");
  /** Files smaller than this are read in one thread even when parallel is asked for. */
  private static final long MIN_PARALLEL_BYTES = 1 << 20;

  private final Optional<Charset> charset;
  /** Department names by id, in the order given; empty: ids only. */
  private final Map<String, List<String>> departments;
  private final Optional<FiscalYear> fiscalYear;
  private final Map<String, String> idByName;

  private ProcedureYearCsvReader(Optional<Charset> charset, Map<String, List<String>> departments,
      Optional<FiscalYear> fiscalYear) {
    this.charset = charset;
    this.departments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(departments));
    this.fiscalYear = fiscalYear;
    Map<String, String> byName = new HashMap<>();
    this.departments.forEach((id, names) -> {
      byName.put(id, id);
      for (String n : names) {
        String k = Text.nfkc(n).strip();
        byName.putIfAbsent(k, id);
        byName.putIfAbsent(k.toLowerCase(Locale.ROOT), id);
      }
    });
    this.idByName = byName;
  }

  /** {@return a reader that detects the encoding and takes department ids, never null} */
  public static ProcedureYearCsvReader create() {
    return new ProcedureYearCsvReader(Optional.empty(), Map.of(), Optional.empty());
  }

  /**
   * {@return a reader that uses this encoding instead of detecting it, never null}
   *
   * @param charset  the encoding of the files, not null
   */
  public ProcedureYearCsvReader withCharset(Charset charset) {
    return new ProcedureYearCsvReader(Optional.of(charset), departments, fiscalYear);
  }

  /**
   * {@return a reader that resolves department names, never null}
   *
   * @param departments  the departments, not null; a 部局 cell may then be an id or a Japanese or
   *     English name of one of them, and must name one of them
   */
  public ProcedureYearCsvReader withDepartments(Collection<Department> departments) {
    Map<String, List<String>> names = new java.util.LinkedHashMap<>();
    for (Department d : departments) {
      List<String> n = new ArrayList<>();
      n.add(d.japaneseName());
      d.englishName().ifPresent(n::add);
      names.put(d.id(), n);
    }
    return new ProcedureYearCsvReader(charset, names, fiscalYear);
  }

  /**
   * {@return a reader that resolves department names, never null}
   *
   * @param namesById  the departments' names (Japanese, English, others) by id, not null; a 部局
   *     cell may then be an id or a name (NFKC, trimmed, case ignored), and must name one of them
   * @throws IllegalArgumentException if an id does not match {@link Ids#MODEL_ID_PATTERN}
   */
  public ProcedureYearCsvReader withDepartmentNames(Map<String, ? extends Collection<String>> namesById) {
    Map<String, List<String>> names = new java.util.LinkedHashMap<>();
    namesById.forEach((id, n) -> {
      if (!Ids.isModelId(id)) {
        throw new IllegalArgumentException("ProcedureYearCsvReader.departments: '" + id
            + "' is not a department id (" + Ids.MODEL_ID_PATTERN + ")");
      }
      names.put(id, List.copyOf(n));
    });
    return new ProcedureYearCsvReader(charset, names, fiscalYear);
  }

  /**
   * {@return a reader with that default, never null}
   *
   * @param fiscalYear  the fiscal year of files without a 年度 column, not null
   */
  public ProcedureYearCsvReader withFiscalYear(FiscalYear fiscalYear) {
    return new ProcedureYearCsvReader(charset, departments, Optional.of(fiscalYear));
  }

  /** {@return the layout this reader accepts: every column and its accepted header names} */
  public HeaderSpec<ProcedureYearColumn> layout() {
    HeaderSpec.Builder<ProcedureYearColumn> b = HeaderSpec.builder();
    for (ProcedureYearColumn c : ProcedureYearColumn.values()) {
      List<String> names = new ArrayList<>();
      names.add(c.japaneseName());
      names.add(c.englishName());
      names.addAll(c.aliases());
      boolean required = c != ProcedureYearColumn.FIVE_LESS
          && (c != ProcedureYearColumn.FISCAL_YEAR || fiscalYear.isEmpty());
      b.column(c, required, names);
    }
    b.missingHint(ProcedureYearColumn.FISCAL_YEAR, "or give the reader a fiscal year");
    return b.build();
  }

  // ---------------------------------------------------------------- rows

  /**
   * {@return the rows in file order, never null}
   *
   * @param file  the file, not null
   * @throws IngestException listing every problem, if there is any
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<ProcedureYearRow> read(Path file) {
    try (CsvSource src = CsvSource.open(file, charset)) {
      return read(src);
    }
  }

  /**
   * {@return the rows in file order, never null}
   *
   * @param in  the input, not null, read to its end (not closed)
   * @param source  what is read, for problems, not null
   * @throws IngestException listing every problem, if there is any
   * @throws UncheckedIOException if the input cannot be read
   */
  public List<ProcedureYearRow> read(InputStream in, String source) {
    return read(CsvSource.of(in, source, charset));
  }

  /**
   * {@return the rows in file order, never null}
   *
   * @param bytes  the file's bytes, not null
   * @param source  what is read, for problems, not null
   * @throws IngestException listing every problem, if there is any
   */
  public List<ProcedureYearRow> read(byte[] bytes, String source) {
    return read(new ByteArrayInputStream(bytes), source);
  }

  /**
   * Reads rows from any record source, e.g. a workbook sheet.
   *
   * @param source  the records, not null; read to the end, not closed
   * @return the rows in source order, never null
   * @throws IngestException listing every problem, if there is any
   */
  public List<ProcedureYearRow> read(RecordSource source) {
    List<String> ids = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    List<ProcedureYearRow> rows = new ArrayList<>();
    Problems problems = new Problems();
    scan(TableReader.of(source, layout(), problems), id -> index.computeIfAbsent(id, k -> {
      ids.add(k);
      return ids.size() - 1;
    }), (dept, year, mask, minutes, online, total) -> {
      Set<FiveLess> five = EnumSet.noneOf(FiveLess.class);
      for (FiveLess f : FiveLess.values()) {
        if ((mask & f.bit()) != 0) {
          five.add(f);
        }
      }
      rows.add(ProcedureYearRow.builder().departmentId(ids.get(dept)).fiscalYear(FiscalYear.of(year))
          .addAllFiveLess(five).minutesPerCase(minutes).online(online).total(total).build());
    });
    problems.throwIfAny(source.source());
    return rows;
  }

  /**
   * Reads a file straight into a columnar table: primitive columns while reading, no row objects.
   *
   * @param file  the file, not null
   * @return a columnar table of the file's rows, never null
   * @throws IngestException listing every problem, if there is any
   * @throws IllegalArgumentException if a value exceeds the table's 32-bit columns
   * @throws UncheckedIOException if the file cannot be read
   */
  public ColumnarTable readTable(Path file) {
    List<String> ids = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Problems problems = new Problems();
    int[][] cols = new int[6][1024];
    int[] n = {0};
    try (CsvSource src = CsvSource.open(file, charset)) {
      scan(TableReader.of(src, layout(), problems), id -> index.computeIfAbsent(id, k -> {
        ids.add(k);
        return ids.size() - 1;
      }), (dept, year, mask, minutes, online, total) -> {
        if (minutes > Integer.MAX_VALUE || online > Integer.MAX_VALUE || total > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("ColumnarTable: values must fit 32 bits (was "
              + minutes + ", " + online + ", " + total + ")");
        }
        if (n[0] == cols[0].length) {
          for (int c = 0; c < cols.length; c++) {
            cols[c] = Arrays.copyOf(cols[c], Math.multiplyExact(n[0], 2));
          }
        }
        int i = n[0]++;
        cols[0][i] = dept;
        cols[1][i] = year;
        cols[2][i] = mask;
        cols[3][i] = (int) minutes;
        cols[4][i] = (int) online;
        cols[5][i] = (int) total;
      });
    }
    problems.throwIfAny(file.toString());
    DepartmentDictionary dictionary = DepartmentDictionary.of(ids);
    int[] remap = new int[ids.size()];
    for (int d = 0; d < ids.size(); d++) {
      remap[d] = dictionary.index(ids.get(d));
    }
    ColumnarTable.Builder b = ColumnarTable.builder(dictionary);
    for (int i = 0; i < n[0]; i++) {
      b.add(remap[cols[0][i]], cols[2][i], FiscalYear.of(cols[1][i]), cols[3][i], cols[4][i], cols[5][i]);
    }
    return b.build();
  }

  // ---------------------------------------------------------------- roll-ups

  /**
   * Rolls a file up while reading it, in one thread and bounded memory.
   *
   * @param file  the file, not null
   * @return the roll-up of all rows, never null
   * @throws IngestException listing every problem, if there is any
   * @throws ArithmeticException if a sum overflows {@code long}
   * @throws UncheckedIOException if the file cannot be read
   */
  public ProcedureYearRollup rollup(Path file) {
    return partial(file).toRollup();
  }

  /**
   * {@return the partial roll-up of all rows, read in one thread, never null}
   *
   * @param file  the file, not null
   * @throws IngestException listing every problem, if there is any
   * @throws UncheckedIOException if the file cannot be read
   */
  public RollupPartial partial(Path file) {
    try (CsvSource src = CsvSource.open(file, charset)) {
      return partial(src);
    }
  }

  /**
   * Rolls up any record source, e.g. a workbook sheet, while reading it.
   *
   * @param source  the records, not null; read to the end, not closed
   * @return the partial roll-up, never null
   * @throws IngestException listing every problem, if there is any
   */
  public RollupPartial partial(RecordSource source) {
    Problems problems = new Problems();
    RollupAccumulator acc = new RollupAccumulator();
    scan(TableReader.of(source, layout(), problems), acc::department,
        (d, y, m, mi, on, to) -> acc.add(d, m, mi, on, to));
    problems.throwIfAny(source.source());
    return acc.toPartial();
  }

  /**
   * Rolls a file up on several threads: byte ranges of the file read in parallel, partials and
   * problems merged in file order. The result (and the problems of a rejected file, in order)
   * equals {@link #rollup(Path)}.
   *
   * @param file  the file, not null
   * @param threads  the number of threads, ≥ 1
   * @return the roll-up, never null
   * @throws IngestException listing every problem, if there is any
   * @throws UncheckedIOException if the file cannot be read
   */
  public ProcedureYearRollup rollupParallel(Path file, int threads) {
    return rollupParallel(file, threads, MIN_PARALLEL_BYTES, threads * 4);
  }

  /** As {@link #rollupParallel(Path, int)}, with the smallest file read in parallel and the chunk count given (tests). */
  ProcedureYearRollup rollupParallel(Path file, int threads, long minParallelBytes, int chunks) {
    if (threads < 1) {
      throw Checks.invalid("ProcedureYearCsvReader", "threads", threads, "must be ≥ 1");
    }
    long size;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      size = ch.size();
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read", e);
    }
    if (threads == 1 || size < minParallelBytes) {
      return rollup(file);
    }
    // the header, read once: every range after the first reads its rows under it
    Header<ProcedureYearColumn> header;
    Problems headerProblems = new Problems();
    try (CsvSource src = CsvSource.open(file, charset);
        TableReader<ProcedureYearColumn> t = TableReader.of(src, layout(), headerProblems)) {
      t.next();
      header = t.header().orElse(null);
    } catch (IngestException e) {
      header = null;
    }
    if (header == null) {
      return rollup(file); // no usable header: the sequential read reports why
    }
    long[] starts = new long[chunks + 1];
    starts[chunks] = size;
    for (int c = 1; c < chunks; c++) {
      starts[c] = Math.max(starts[c - 1], CsvSource.nextLineStart(file, size * c / chunks, size));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      final Header<ProcedureYearColumn> h = header;
      List<Future<Chunk>> futures = new ArrayList<>();
      for (int c = 0; c < chunks; c++) {
        final int k = c;
        futures.add(pool.submit(() -> chunk(file, k == 0 ? null : h, starts[k], starts[k + 1], charset, 1)));
      }
      Problems problems = new Problems();
      RollupAccumulator acc = new RollupAccumulator();
      Optional<Charset> decided = charset;
      long end = 0;
      long line = 1;
      for (int c = 0; c < chunks; c++) {
        Chunk r = get(futures.get(c));
        boolean rightStart = r.start == end;
        boolean rightCharset = decided.isEmpty() || r.charset.isEmpty() || r.charset.equals(decided);
        if (!rightStart || !rightCharset) {
          // started inside a quoted field, or read another encoding: read it again from the right place
          r = chunk(file, c == 0 ? null : header, end, Math.max(end, starts[c + 1]), decided, line);
        } else if (line != 1) {
          r = r.shift(line - 1);
        }
        problems.addAll(r.problems);
        acc.addAll(r.acc);
        if (decided.isEmpty()) {
          decided = r.charset;
        }
        end = r.end;
        line = r.endLine;
        if (r.fatal) {
          break;
        }
      }
      problems.throwIfAny(file.toString());
      return acc.toPartial().toRollup();
    } finally {
      pool.shutdownNow();
    }
  }

  private static Chunk get(Future<Chunk> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The result of reading one byte range. */
  private static final class Chunk {
    final long start;
    final long end;
    final long firstLine;
    final long endLine;
    final Optional<Charset> charset;
    final Problems problems;
    final RollupAccumulator acc;
    final boolean fatal;

    Chunk(long start, long end, long firstLine, long endLine, Optional<Charset> charset,
        Problems problems, RollupAccumulator acc, boolean fatal) {
      this.start = start;
      this.end = end;
      this.firstLine = firstLine;
      this.endLine = endLine;
      this.charset = charset;
      this.problems = problems;
      this.acc = acc;
      this.fatal = fatal;
    }

    /** The same chunk with lines counted from {@code 1 + by}. */
    Chunk shift(long by) {
      Problems shifted = new Problems();
      for (Problem p : problems.listed()) {
        if (p.location() instanceof TextLocation t) {
          shifted.add(Problem.of(new TextLocation(t.source(), t.line() + by, t.column(), t.byteOffset()),
              p.header().orElse(null), p.reason()));
        } else {
          shifted.add(p);
        }
      }
      for (long i = problems.listed().size(); i < problems.total(); i++) {
        shifted.add(problems.listed().get(0)); // only counted: the listed ones are full
      }
      return new Chunk(start, end, firstLine + by, endLine + by, charset, shifted, acc, fatal);
    }
  }

  private Chunk chunk(Path file, Header<ProcedureYearColumn> header, long start, long stop,
      Optional<Charset> cs, long firstLine) throws UncheckedIOException {
    Problems problems = new Problems();
    RollupAccumulator acc = new RollupAccumulator();
    boolean fatal = false;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ch.position(start);
      CsvSource src = CsvSource.chunk(Channels.newInputStream(ch), file.toString(), cs, start,
          firstLine, stop);
      TableReader<ProcedureYearColumn> t = header == null ? TableReader.of(src, layout(), problems)
          : TableReader.of(src, header, problems);
      try {
        scan(t, acc::department, (d, y, m, mi, on, to) -> acc.add(d, m, mi, on, to));
      } catch (IngestException e) {
        fatal = true; // the problems are in the list already
      }
      if (header == null && t.header().isEmpty()) {
        fatal = true; // no header, no rows
      }
      return new Chunk(start, src.offset(), firstLine, src.line(), src.charset(), problems, acc,
          fatal);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read", e);
    }
  }

  // ---------------------------------------------------------------- the one scan

  /** Receives one valid row. */
  private interface Sink {
    void row(int dept, int year, int mask, long minutes, long online, long total);
  }

  /**
   * Reads every row of the table, adding problems with their locations; valid rows go to the sink.
   *
   * @param register  gives the index of a department id (registers new ones)
   */
  private void scan(TableReader<ProcedureYearColumn> t, ToIntFunction<String> register, Sink sink) {
    Problems problems = t.problems();
    Lookup depts = Lookup.resolving(text -> {
      try {
        return register.applyAsInt(department(text));
      } catch (IllegalArgumentException e) {
        return -1;
      }
    });
    Lookup years = Lookup.resolving(text -> {
      try {
        return fiscalYear(text).year();
      } catch (IllegalArgumentException e) {
        return -1;
      }
    });
    Lookup masks = Lookup.resolving(text -> {
      try {
        int m = 0;
        for (FiveLess f : fiveLess(text)) {
          m |= f.bit();
        }
        return m;
      } catch (IllegalArgumentException e) {
        return -1;
      }
    });
    int defaultYear = fiscalYear.map(FiscalYear::year).orElse(-1);
    boolean first = true;
    int iDept = 0;
    int iYear = -1;
    int iFive = -1;
    int iMin = 0;
    int iOn = 0;
    int iTot = 0;
    {
      while (t.next()) {
        Row<ProcedureYearColumn> row = t.row();
        if (first) {
          Header<ProcedureYearColumn> h = row.header();
          iDept = h.index(ProcedureYearColumn.DEPARTMENT);
          iYear = h.index(ProcedureYearColumn.FISCAL_YEAR);
          iFive = h.index(ProcedureYearColumn.FIVE_LESS);
          iMin = h.index(ProcedureYearColumn.MINUTES_PER_CASE);
          iOn = h.index(ProcedureYearColumn.ONLINE);
          iTot = h.index(ProcedureYearColumn.TOTAL);
          first = false;
        }
        Record rec = row.record();
        long before = problems.total();
        int dept = depts.index(rec, iDept);
        if (dept < 0) {
          problemOf(row, ProcedureYearColumn.DEPARTMENT, () -> department(row.get(ProcedureYearColumn.DEPARTMENT)));
        }
        int year = defaultYear;
        if (iYear >= 0) {
          year = years.index(rec, iYear);
          if (year < 0) {
            problemOf(row, ProcedureYearColumn.FISCAL_YEAR, () -> fiscalYear(row.get(ProcedureYearColumn.FISCAL_YEAR)));
          }
        }
        int mask = 0;
        if (iFive >= 0) {
          mask = masks.index(rec, iFive);
          if (mask < 0) {
            problemOf(row, ProcedureYearColumn.FIVE_LESS, () -> fiveLess(row.get(ProcedureYearColumn.FIVE_LESS)));
          }
        }
        long minutes = whole(row, rec, iMin, ProcedureYearColumn.MINUTES_PER_CASE);
        long online = whole(row, rec, iOn, ProcedureYearColumn.ONLINE);
        long total = whole(row, rec, iTot, ProcedureYearColumn.TOTAL);
        if (online >= 0 && total >= 0 && online > total) {
          row.problem(ProcedureYearColumn.ONLINE, "online cases " + online + " exceed the total "
              + total + " (column " + (iTot + 1) + ")");
        }
        if (problems.total() == before) {
          sink.row(dept, year, mask, minutes, online, total);
        }
      }
    }
  }

  private static void problemOf(Row<ProcedureYearColumn> row, ProcedureYearColumn c, Runnable parse) {
    try {
      parse.run();
      row.problem(c, "'" + row.get(c) + "' is not valid here");
    } catch (IllegalArgumentException e) {
      row.problem(c, e.getMessage());
    }
  }

  private static long whole(Row<ProcedureYearColumn> row, Record rec, int index, ProcedureYearColumn c) {
    long v = rec.plainWhole(index);
    if (v >= 0) {
      return v;
    }
    try {
      return Fields.whole(row.get(c));
    } catch (IllegalArgumentException e) {
      row.problem(c, e.getMessage());
      return -1;
    }
  }

  private String department(String cell) {
    String s = Text.nfkc(cell).strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("the department is empty");
    }
    if (departments.isEmpty()) {
      if (!Ids.isModelId(s)) {
        throw new IllegalArgumentException("'" + cell + "' is not a department id ("
            + Ids.MODEL_ID_PATTERN + "); give the reader the departments to use names");
      }
      return s;
    }
    String id = idByName.getOrDefault(s, idByName.get(s.toLowerCase(Locale.ROOT)));
    if (id == null) {
      StringJoiner known = new StringJoiner(", ");
      departments.forEach((k, names) -> known.add(names.isEmpty() ? k : k + " (" + String.join(", ", names) + ")"));
      throw new IllegalArgumentException("unknown department '" + cell
          + "'; expected the id or name of one of the " + departments.size() + " departments given: "
          + known);
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
