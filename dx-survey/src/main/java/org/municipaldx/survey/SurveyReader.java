package org.municipaldx.survey;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.Fields;
import org.municipaldx.ingest.HeaderSpec;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Location;
import org.municipaldx.ingest.Lookup;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.Problems;
import org.municipaldx.ingest.Record;
import org.municipaldx.ingest.RecordSource;
import org.municipaldx.ingest.Row;
import org.municipaldx.ingest.TableReader;
import org.municipaldx.regulation.law.LawNumber;
import org.municipaldx.regulation.law.ProvisionCitation;
import org.municipaldx.regulation.law.ProvisionParseException;

/**
 * Reads the national procedures survey file (行政手続等の悉皆調査, the Digital Agency's published
 * CSV) into {@link SurveyProcedure}s, streaming, on the office-data ingestion toolkit
 * ({@code dx-ingest}: encoding detection, byte-level CSV, located problems).
 *
 * <ul>
 *   <li>The header is found by its column names: rows above it (the published file has the
 *       codebook's item numbers there) are skipped. A file whose first rows name fewer than two
 *       survey columns, or whose header lacks any of the 38 columns, is rejected with an
 *       {@link IngestException} naming the missing columns — in both modes.
 *   <li>{@link Mode#SURVEY} (the default for this official file) keeps every row that has all its
 *       fields and lists each flaw as a {@link SurveyProblem} with line, 手続ID, column and reason:
 *       online cases above the total, a total of 0, counts that do not add up, codes outside the
 *       lists (kept as text), provisions that cannot be read, a blank 手続ID.
 *   <li>{@link Mode#STRICT} rejects the file if it has any such flaw: one {@link IngestException}
 *       listing every problem (the first {@value Problems#LISTED}, with the total), nothing returned.
 * </ul>
 * Not thread-safe; create one per file (cheap).
 */
public final class SurveyReader {
  /** How flaws in data rows are handled. */
  public enum Mode {
    /** Any problem rejects the file. */
    STRICT,
    /** Keep every row and list the problems (the default for the published file). */
    SURVEY
  }

  /** How many records before the header are searched for it. */
  public static final int HEADER_SEARCH_LIMIT = 20;

  private static final HeaderSpec<SurveyColumn> STRICT_SPEC = spec(false);
  private static final HeaderSpec<SurveyColumn> SURVEY_SPEC = spec(true);

  private final Mode mode;
  private final CodeLookup<Ministry> ministries = new CodeLookup<>(Ministry.class);
  private final CodeLookup<ProcedureType> types = new CodeLookup<>(ProcedureType.class);
  private final CodeLookup<PartyCode> parties = new CodeLookup<>(PartyCode.class);
  private final CodeLookup<LocalWorkKind> localKinds = new CodeLookup<>(LocalWorkKind.class);
  private final CodeLookup<CommonProcedure> commons = new CodeLookup<>(CommonProcedure.class);
  private final CodeLookup<OnlineStatus> statuses = new CodeLookup<>(OnlineStatus.class);
  private final CodeLookup<FeeRequirement> fees = new CodeLookup<>(FeeRequirement.class);
  private final CodeLookup<OnlineDiscount> discounts = new CodeLookup<>(OnlineDiscount.class);
  private final Interned<?>[] interned = new Interned<?>[SurveyColumn.values().length];
  /**
   * The values parsed so far by the other workers of a parallel read (null: a reader of its own).
   * Assigned by the constructor, before any cell is read.
   */
  private Shared shared;
  /** Each distinct law number parsed once, with the problem it has (the extra), if any. */
  private final Interned<Parsed<LawNumber>> lawNumbers = new Interned<>(t -> shared == null ? lawNumberEntry(t)
      : shared.lawNumbers.computeIfAbsent(t, SurveyReader::lawNumberEntry), new Parsed<?>[64]);
  /** Each distinct provision parsed once, with its problems (the extra: a list of reasons), if any. */
  private final Interned<Parsed<ProvisionCitation>> provisions = new Interned<>(t -> shared == null
      ? provisionEntry(t) : shared.provisions.computeIfAbsent(t, SurveyReader::provisionEntry), new Parsed<?>[64]);
  /** Each distinct 実施時期 read once; the extra is the text when it is outside the code list. */
  private final Interned<Optional<ImplementationTiming>> timings = new Interned<>(t -> {
    Optional<ImplementationTiming> timing = t.isBlank() ? Optional.empty() : ImplementationTiming.parse(t);
    return new Entry<>(timing, !t.isBlank() && timing.isEmpty() ? t : null);
  }, new Optional<?>[64]);
  private final Interned<ProcessingPeriod> periodsOnline = Interned.of(ProcessingPeriod::parse, new ProcessingPeriod[64]);
  private final Interned<ProcessingPeriod> periodsOffline = Interned.of(ProcessingPeriod::parse, new ProcessingPeriod[64]);
  /** Law names and agency names repeat (one law has many procedures): each distinct one is decoded once. */
  private final Interned<String> lawNames = Interned.of(ExcelUnescape.INSTANCE, new String[64]);
  private final Interned<String> agencyNames = Interned.of(ExcelUnescape.INSTANCE, new String[64]);

  private SurveyReader(Mode mode) {
    this(mode, null);
  }

  private SurveyReader(Mode mode, Shared shared) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.shared = shared;
  }

  private static Entry<Parsed<LawNumber>> lawNumberEntry(String t) {
    Parsed<LawNumber> n = lawNumber(t);
    return new Entry<>(n, n.reason().isPresent() && !n.text().contains("人事院規則") ? n.reason().get() : null);
  }

  private static Entry<Parsed<ProvisionCitation>> provisionEntry(String t) {
    Parsed<ProvisionCitation> p = provision(t);
    List<String> reasons = new ArrayList<>(2);
    p.reason().ifPresent(reasons::add);
    if (p.isBlank()) {
      reasons.add("the provision (根拠条項号) is blank");
    }
    return new Entry<>(p, reasons.isEmpty() ? null : List.copyOf(reasons));
  }

  /**
   * What the workers of one parallel read share: each distinct law number and provision is parsed
   * once for the read, not once per worker (the parsers are the costliest part of learning a
   * distinct cell: about 18 ms of CPU per worker for the sample's 3,400 distinct texts). The entries
   * are immutable, and a text's entry is the same whichever worker parsed it, so what is read does
   * not change.
   */
  private static final class Shared {
    final java.util.concurrent.ConcurrentHashMap<String, Entry<Parsed<LawNumber>>> lawNumbers =
        new java.util.concurrent.ConcurrentHashMap<>();
    final java.util.concurrent.ConcurrentHashMap<String, Entry<Parsed<ProvisionCitation>>> provisions =
        new java.util.concurrent.ConcurrentHashMap<>();
  }

  /** {@return a reader in {@link Mode#SURVEY}: every row kept, every flaw listed} */
  public static SurveyReader survey() {
    return new SurveyReader(Mode.SURVEY);
  }

  /** {@return a reader in {@link Mode#STRICT}: any flaw rejects the file} */
  public static SurveyReader strict() {
    return new SurveyReader(Mode.STRICT);
  }

  /**
   * {@return a reader in that mode, never null}
   *
   * @param mode  the mode, not null
   */
  public static SurveyReader of(Mode mode) {
    return new SurveyReader(mode);
  }

  /** {@return the mode, never null} */
  public Mode mode() {
    return mode;
  }

  private static HeaderSpec<SurveyColumn> spec(boolean ignoreUnknown) {
    HeaderSpec.Builder<SurveyColumn> b = HeaderSpec.builder();
    for (SurveyColumn c : SurveyColumn.values()) {
      b.column(c, true, c.japaneseName(), c.englishName());
    }
    if (ignoreUnknown) {
      b.ignoreUnknown();
    }
    return b.build();
  }

  /**
   * A coded column: a cell's code found by its bytes (0 for a blank cell, the constant's ordinal + 1,
   * or -1 outside the list) and the value as an {@code Optional} made once per constant.
   */
  private static final class CodeLookup<E extends Enum<E> & SurveyCode> {
    final Lookup lookup;
    final List<Optional<E>> values = new ArrayList<>();

    CodeLookup(Class<E> type) {
      this.lookup = Lookup.resolving(text -> text.isBlank() ? 0 : Codes.find(type, text).map(e -> e.ordinal() + 1).orElse(-1));
      for (E e : type.getEnumConstants()) {
        values.add(Optional.of(e));
      }
    }
  }

  /** The cell's text with the protection against formula injection removed, as {@link Row#get} gives it. */
  private enum ExcelUnescape implements java.util.function.Function<String, String> {
    INSTANCE;

    @Override
    public String apply(String raw) {
      return org.municipaldx.ingest.ExcelCsvWriter.unescape(raw);
    }
  }

  /**
   * Reads a whole file into memory.
   *
   * @param file  the survey CSV (UTF-8 with or without BOM, or Windows-31J), not null
   * @return the procedures and the problems, never null
   * @throws IngestException if the file is not in the survey layout, cannot be read (a bad byte,
   *     an unclosed quote), or — in strict mode — has any problem
   * @throws java.io.UncheckedIOException if reading fails
   */
  public SurveyResult read(Path file) {
    List<SurveyProcedure> out = new ArrayList<>();
    List<SurveyProblem> problems = forEach(lazy(CsvSource.open(file)), out::add);
    return new SurveyResult(out, problems);
  }

  /**
   * Reads a stream into memory.
   *
   * @param in  the CSV bytes, not null; closed at the end
   * @param source  the name problems give, not null
   * @return the procedures and the problems, never null
   * @throws IngestException as {@link #read(Path)}
   */
  public SurveyResult read(InputStream in, String source) {
    List<SurveyProcedure> out = new ArrayList<>();
    List<SurveyProblem> problems = forEach(lazy(CsvSource.of(in, source, Optional.empty())), out::add);
    return new SurveyResult(out, problems);
  }

  /**
   * Streams a file: each procedure goes to the consumer as it is read, nothing is kept, so memory
   * stays bounded whatever the file's size. In strict mode the consumer may have seen rows before
   * a later problem rejects the file; read into memory ({@link #read(Path)}) for all-or-nothing.
   *
   * @param file  the survey CSV, not null
   * @param consumer  receives each procedure, not null
   * @return the problems (empty in strict mode, which throws instead), never null
   * @throws IngestException as {@link #read(Path)}
   */
  public List<SurveyProblem> forEach(Path file, Consumer<SurveyProcedure> consumer) {
    return forEach(lazy(CsvSource.open(file)), consumer);
  }

  /**
   * Streams a file in bounded memory: procedures and problems go to their consumers as they are
   * found, nothing is kept (in strict mode the first {@value Problems#LISTED} problems are kept for
   * the exception).
   *
   * @param file  the survey CSV, not null
   * @param consumer  receives each procedure, not null
   * @param problems  receives each problem in file order (survey mode), not null
   * @return how many problems there were
   * @throws IngestException as {@link #read(Path)}
   */
  public long forEach(Path file, Consumer<SurveyProcedure> consumer, Consumer<SurveyProblem> problems) {
    return forEach(lazy(CsvSource.open(file)), consumer, problems);
  }

  /**
   * The source this reader reads now, its UTF-8 checked lazily: a cell the reader finds by its bytes
   * ({@link Lookup}) was valid text when first read, so only the cells it decodes are checked (at the
   * latest before anything of the row is passed on: {@link #checkRecord()}), not every cell twice.
   */
  private CsvSource lazySource;
  /** The current row's problems, passed on once the row's bytes are known to be text. */
  private final List<SurveyProblem> rowProblems = new ArrayList<>();
  /** Where a row's problems go until the row is checked (one consumer for the read, not one per row). */
  private final Consumer<SurveyProblem> rowSink = rowProblems::add;

  private CsvSource lazy(CsvSource source) {
    lazySource = source.lazyEncodingCheck();
    return source;
  }

  /**
   * Checks the rest of the current record's text (the error the eager check would have raised when
   * the record was read, with the same location), before anything of the row is passed on.
   */
  private void checkRecord() {
    lazySource.checkRecord();
  }

  /** The row's problems to their consumer, after {@link #checkRecord()}. */
  private void flushRowProblems(Consumer<SurveyProblem> to) {
    for (int i = 0; i < rowProblems.size(); i++) {
      to.accept(rowProblems.get(i));
    }
    rowProblems.clear();
  }

  private List<SurveyProblem> forEach(RecordSource csv, Consumer<SurveyProcedure> consumer) {
    List<SurveyProblem> problems = new ArrayList<>();
    forEach(csv, consumer, problems::add);
    return List.copyOf(problems);
  }

  private long forEach(RecordSource csv, Consumer<SurveyProcedure> consumer, Consumer<SurveyProblem> sink) {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(sink, "problems");
    Problems tableProblems = new Problems();
    Gate problems = new Gate(sink);
    try (TableReader<SurveyColumn> table = TableReader.of(new HeaderSeekingSource(csv, spec()), spec(), tableProblems)) {
      rows(table, tableProblems, 0, consumer, problems, problems);
      if (table.header().isEmpty()) {
        if (tableProblems.isEmpty()) {
          tableProblems.add(Problem.of(csv.start(), "no header naming the survey's columns ("
              + SURVEY_SPEC.labels() + ") in the first " + HEADER_SEARCH_LIMIT + " records"));
        }
        tableProblems.throwIfAny(csv.source());
      }
    }
    problems.finish(csv.source());
    return problems.count;
  }

  private HeaderSpec<SurveyColumn> spec() {
    return mode == Mode.STRICT ? STRICT_SPEC : SURVEY_SPEC;
  }

  /**
   * The data rows of a table, in order: before each row the toolkit's problems found on the way to
   * it, then the row's own problems, then its procedure.
   *
   * @return how many of the toolkit's listed problems were passed on
   */
  private long rows(TableReader<SurveyColumn> table, Problems tableProblems, long tableBefore,
      Consumer<SurveyProcedure> consumer, Consumer<SurveyProblem> tableSink, Consumer<SurveyProblem> problems) {
    return rows(table, tableProblems, tableBefore, row -> {
      rowProblems.clear();
      SurveyProcedure p = procedure(row, rowSink);
      checkRecord();
      flushRowProblems(problems);
      if (p != null) {
        consumer.accept(p);
      }
    }, tableSink);
  }

  /** As above, each row handled by {@code each}. */
  private long rows(TableReader<SurveyColumn> table, Problems tableProblems, long tableBefore,
      Consumer<Row<SurveyColumn>> each, Consumer<SurveyProblem> tableSink) {
    long before = tableBefore;
    while (table.next()) {
      Row<SurveyColumn> row = table.row();
      if (tableProblems.total() != before) {
        checkRecord(); // the row's text first, as when every record was checked when read
      }
      before = drain(tableProblems, before, tableSink);
      each.accept(row);
    }
    return drain(tableProblems, before, tableSink);
  }

  /**
   * Take-up straight from a file, streaming, in bounded memory: each row is typed only where take-up
   * reads it — 手続ID, the table's dimension column, 手続主体 and 手続の受け手 (the local-government
   * view and the counts' basis) and the three counts — and every problem of those columns is listed,
   * with the toolkit's (a row's width, a byte that is not text): in file order, exactly the problems
   * of those columns that {@link #forEach(Path, Consumer, Consumer)} lists. The table gets what it
   * gets from {@link #forEach(Path, Consumer, Consumer)}. The other columns are not read, so their
   * flaws (a provision that cannot be read, a code outside another list) are not looked for: read
   * the procedures for those. In strict mode a problem of those columns rejects the file.
   *
   * @param file  the survey CSV, not null
   * @param table  the table to add every procedure to, not null
   * @param problems  receives each problem of the columns read, in file order (survey mode), not null
   * @return how many problems there were
   * @throws IngestException as {@link #read(Path)}
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public long takeUp(Path file, TakeUpTable<?> table, Consumer<SurveyProblem> problems) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(problems, "problems");
    CsvSource csv = lazy(CsvSource.open(file));
    Problems tableProblems = new Problems();
    Gate gate = new Gate(problems);
    try (TableReader<SurveyColumn> t = TableReader.of(new HeaderSeekingSource(csv, spec()), spec(), tableProblems)) {
      rows(t, tableProblems, 0, row -> {
        rowProblems.clear();
        takeUp(row, table, rowSink);
        flushRowProblems(gate);
      }, gate);
      if (t.header().isEmpty()) {
        if (tableProblems.isEmpty()) {
          tableProblems.add(Problem.of(csv.start(), "no header naming the survey's columns ("
              + SURVEY_SPEC.labels() + ") in the first " + HEADER_SEARCH_LIMIT + " records"));
        }
        tableProblems.throwIfAny(csv.source());
      }
    }
    gate.finish(csv.source());
    return gate.count;
  }

  /** One row into the table, typing what take-up reads in the order {@link #procedure} types it. */
  private <K> void takeUp(Row<SurveyColumn> row, TakeUpTable<K> table, Consumer<SurveyProblem> problems) {
    columns(row);
    String id = text(row, SurveyColumn.PROCEDURE_ID).strip();
    RowContext ctx = this.ctx.start(row, id, problems);
    if (id.isEmpty()) {
      ctx.problem(SurveyColumn.PROCEDURE_ID, "the procedure id (手続ID) is blank; the row cannot be kept");
      checkRecord();
      return;
    }
    SurveyColumn by = table.column();
    Optional<Ministry> ministry = by == SurveyColumn.MINISTRY ? ctx.code(SurveyColumn.MINISTRY, ministries, Ministry.class)
        : Optional.empty();
    Optional<ProcedureType> type = by == SurveyColumn.TYPE ? ctx.code(SurveyColumn.TYPE, types, ProcedureType.class)
        : Optional.empty();
    Optional<PartyCode> actor = ctx.code(SurveyColumn.ACTOR, parties, PartyCode.class);
    Optional<PartyCode> receiver = ctx.code(SurveyColumn.RECEIVER, parties, PartyCode.class);
    boolean local = actor.isPresent() && actor.get().includesLocal() || receiver.isPresent() && receiver.get().includesLocal();
    counts(ctx);
    Object key;
    switch (by) {
      case MINISTRY -> key = ministry;
      case TYPE -> key = type;
      case ACTOR -> key = actor;
      case RECEIVER -> key = receiver;
      case LOCAL_WORK_KIND -> key = ctx.code(SurveyColumn.LOCAL_WORK_KIND, localKinds, LocalWorkKind.class);
      case ONLINE_STATUS -> key = ctx.code(SurveyColumn.ONLINE_STATUS, statuses, OnlineStatus.class);
      case SUBMISSION_OFFICES -> key = ctx.texts(SurveyColumn.SUBMISSION_OFFICES);
      default -> throw new IllegalStateException("SurveyReader: no take-up by " + by);
    }
    @SuppressWarnings("unchecked")
    java.util.Collection<K> keys = key instanceof Optional<?> o ? (o.isPresent() ? List.of((K) o.get()) : List.of())
        : (java.util.Collection<K>) key;
    checkRecord(); // the columns not read may hold a byte that is not text: the row is then not added
    table.add(keys, local, ctx.total, ctx.online, local);
  }

  /**
   * The three counts and their problems, as {@link #procedure} reads them: total, online, not online, into the row's
   * context. (They were returned as a new {@code long[3]}: 3.0 MB of the 42.6 MB a full read of the 75,000-row file
   * allocated, JFR, whenever C2 did not inline this and so could not drop the array; issue 11n.)
   */
  private static void counts(RowContext ctx) {
    long total = ctx.count(SurveyColumn.TOTAL_CASES);
    long online = ctx.count(SurveyColumn.ONLINE_CASES);
    long offline = ctx.count(SurveyColumn.OFFLINE_CASES);
    if (total == 0) {
      ctx.problem(SurveyColumn.TOTAL_CASES, "the total is 0 (the published conversion wrote 0 for empty cells):"
          + " the procedure adds nothing to take-up");
    }
    if (online > total) {
      ctx.problem(SurveyColumn.ONLINE_CASES, "online cases " + online + " exceed the total " + total);
    } else if (total > 0 && online + offline != total) {
      ctx.problem(SurveyColumn.OFFLINE_CASES, "online " + online + " + not online " + offline + " = "
          + (online + offline) + ", not the total " + total);
    }
    ctx.total = total;
    ctx.online = online;
    ctx.offline = offline;
  }

  /** Counts the problems; passes them on (survey mode) or keeps the first ones for the exception (strict mode). */
  private final class Gate implements Consumer<SurveyProblem> {
    private final Consumer<SurveyProblem> sink;
    private final List<SurveyProblem> listed = new ArrayList<>();
    long count;

    Gate(Consumer<SurveyProblem> sink) {
      this.sink = sink;
    }

    @Override
    public void accept(SurveyProblem p) {
      count++;
      if (mode == Mode.STRICT) {
        if (listed.size() < Problems.LISTED) {
          listed.add(p);
        }
      } else {
        sink.accept(p);
      }
    }

    void finish(String source) {
      if (mode == Mode.STRICT && count > 0) {
        throw new IngestException(source, listed.stream().map(SurveyReader::withId).toList(), count);
      }
    }
  }

  /** The bytes of a range parsed by one task of {@link #forEach(Path, Consumer, Consumer, int)}. */
  static final long CHUNK_BYTES = 4 << 20;

  /**
   * Streams a file on several threads in bounded memory: byte ranges of the file are parsed and
   * typed in parallel (the CSV scan, the code lookups, every column's typing: all the work but the
   * consumers'), and the procedures and problems go to their consumers <em>on the calling thread in
   * file order</em>, so a consumer need not be thread-safe ({@link TakeUpTable} is not) and sees
   * exactly what {@link #forEach(Path, Consumer, Consumer)} gives it: the same procedures, the same
   * problems in the same order, the same count, the same exception (strict mode, or a file the
   * toolkit cannot read). At most {@code threads + 1} ranges of a few megabytes are in flight.
   *
   * <p>A range is cut at a line end; one that began inside a quoted field (a line break in a cell)
   * or was read in another encoding is read again from where the range before it ended, on the
   * calling thread, as is a range whose reading failed (so the failure is reported as the
   * sequential read reports it).
   *
   * @param file  the survey CSV, not null
   * @param consumer  receives each procedure in file order on the calling thread, not null
   * @param problems  receives each problem in file order on the calling thread (survey mode), not null
   * @param threads  the threads parsing, at least 1 (1: the sequential read)
   * @return how many problems there were
   * @throws IllegalArgumentException if {@code threads} is below 1
   * @throws IngestException as {@link #read(Path)}
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public long forEach(Path file, Consumer<SurveyProcedure> consumer, Consumer<SurveyProblem> problems, int threads) {
    return forEach(file, consumer, problems, threads, CHUNK_BYTES);
  }

  /** As {@link #forEach(Path, Consumer, Consumer, int)} with the range size given (tests). */
  long forEach(Path file, Consumer<SurveyProcedure> consumer, Consumer<SurveyProblem> problems, int threads,
      long chunkBytes) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(problems, "problems");
    if (threads < 1) {
      throw new IllegalArgumentException("SurveyReader.threads: must be at least 1 (was '" + threads + "')");
    }
    long size;
    try {
      size = java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(file + ": cannot read", e);
    }
    if (threads == 1 || size <= chunkBytes) {
      return forEach(file, consumer, problems);
    }
    // the header and where the data begin, read once; a file without them is read sequentially, which says why
    org.municipaldx.ingest.Header<SurveyColumn> head;
    long dataStart;
    try (CsvSource src = CsvSource.open(file);
        TableReader<SurveyColumn> t = TableReader.of(new HeaderSeekingSource(src, spec()), spec(), new Problems())) {
      if (!t.next()) {
        return forEach(file, consumer, problems);
      }
      head = t.header().orElseThrow();
      dataStart = src.recordOffset();
    } catch (IngestException e) {
      return forEach(file, consumer, problems);
    }
    return new ParallelRead(file, head, size, threads, chunkBytes, dataStart).run(consumer, new Gate(problems));
  }

  /** One range parsed on a worker: what the sequential read would have passed on for it, in order. */
  private static final class ParsedRange {
    long start;
    long end;
    long endLine;
    Optional<java.nio.charset.Charset> charset;
    boolean fatal;
    /** Procedures, problems of rows ({@link SurveyProblem}) and the toolkit's problems ({@link TableProblem}), in order. */
    final List<Object> events = new ArrayList<>();
    /** The toolkit's problems counted but not listed in this range. */
    long unlisted;
  }

  /** A problem of the toolkit (row width, values beyond the header), passed on only while its list has room. */
  private record TableProblem(SurveyProblem problem) {}

  /** A read on several threads: workers parse ranges, the calling thread passes their results on in order. */
  private final class ParallelRead {
    final Path file;
    final org.municipaldx.ingest.Header<SurveyColumn> header;
    final long size;
    final int threads;
    final long chunkBytes;
    final long dataStart;
    final Shared parsed = new Shared();
    final ThreadLocal<SurveyReader> workers = ThreadLocal.withInitial(() -> new SurveyReader(mode, parsed));

    ParallelRead(Path file, org.municipaldx.ingest.Header<SurveyColumn> header, long size, int threads,
        long chunkBytes, long dataStart) {
      this.file = file;
      this.header = header;
      this.size = size;
      this.threads = threads;
      this.chunkBytes = chunkBytes;
      this.dataStart = dataStart;
    }

    // the merge's state: where the ranges merged so far ended, the encoding decided, the toolkit's problems
    long end;
    long line = 1;
    Optional<java.nio.charset.Charset> decided = Optional.empty();
    long tablePassed;
    final Problems tableProblems = new Problems();

    long run(Consumer<SurveyProcedure> consumer, Gate problems) {
      // the first range holds the header and the first data row
      org.municipaldx.ingest.FileRanges.parseInOrder(file, size, Math.max(chunkBytes, dataStart), chunkBytes, threads,
          "survey-parser", range -> workers.get().parse(file, range.start() == 0 ? null : header, range.start(), range.stop()),
          (range, r) -> merge(range, r, consumer, problems));
      problems.finish(file.toString());
      return problems.count;
    }

    /** Passes one range's results on, as the sequential read would have, or reads the range again here. */
    private void merge(org.municipaldx.ingest.FileRanges.Range range, ParsedRange r, Consumer<SurveyProcedure> consumer,
        Gate problems) {
      boolean rightCharset = decided.isEmpty() || r.charset.isEmpty() || r.charset.equals(decided);
      if (r.start != end || !rightCharset || r.fatal) {
        // began inside a quoted field, read another encoding, or failed: read it here, as the sequential read does
        try (CsvSource src = lazy(chunk(file, decided, end, line, Math.max(end, range.stop())));
            TableReader<SurveyColumn> t = end == 0 ? TableReader.of(new HeaderSeekingSource(src, spec()), spec(), tableProblems)
                : TableReader.of(src, header, tableProblems)) {
          tablePassed = rows(t, tableProblems, tablePassed, consumer, problems, problems);
          end = src.offset();
          line = src.line();
          if (decided.isEmpty()) {
            decided = src.charset();
          }
        }
        return;
      }
      long shift = line - 1;
      for (Object e : r.events) {
        if (e instanceof SurveyProcedure p) {
          consumer.accept(p);
        } else if (e instanceof TableProblem tp) {
          tableProblems.add(shifted(tp.problem(), shift).problem());
          if (tableProblems.listed().size() > tablePassed) {
            problems.accept(shifted(tp.problem(), shift));
            tablePassed = tableProblems.listed().size();
          }
        } else {
          problems.accept(shifted((SurveyProblem) e, shift));
        }
      }
      for (long k = 0; k < r.unlisted; k++) {
        tableProblems.add(tableProblems.listed().get(0)); // counted only: the list is full
      }
      if (decided.isEmpty()) {
        decided = r.charset;
      }
      end = r.end;
      line = r.endLine + shift;
    }
  }

  private static CsvSource chunk(Path file, Optional<java.nio.charset.Charset> charset, long start, long firstLine,
      long stop) {
    try {
      java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file);
      ch.position(start);
      return CsvSource.chunk(java.nio.channels.Channels.newInputStream(ch), file.toString(), charset, start, firstLine, stop);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(file + ": cannot read", e);
    }
  }

  /** Parses one range with this (worker's) reader: lines counted from 1, events kept in order. */
  private ParsedRange parse(Path file, org.municipaldx.ingest.Header<SurveyColumn> header, long start, long stop) {
    ParsedRange out = new ParsedRange();
    out.start = start;
    Problems local = new Problems();
    try (CsvSource src = lazy(chunk(file, Optional.empty(), start, 1, stop));
        TableReader<SurveyColumn> t = header == null ? TableReader.of(new HeaderSeekingSource(src, spec()), spec(), local)
            : TableReader.of(src, header, local)) {
      try {
        rows(t, local, 0, out.events::add, p -> out.events.add(new TableProblem(p)), out.events::add);
      } catch (IngestException e) {
        out.fatal = true;
      }
      if (header == null && t.header().isEmpty()) {
        out.fatal = true;
      }
      out.end = src.offset();
      out.endLine = src.line();
      out.charset = src.charset();
    }
    out.unlisted = local.total() - local.listed().size();
    return out;
  }

  /** The problem with its line moved down by {@code shift} (a range's lines are counted from 1). */
  private static SurveyProblem shifted(SurveyProblem p, long shift) {
    if (shift == 0 || !(p.location() instanceof org.municipaldx.ingest.TextLocation t)) {
      return p;
    }
    Problem moved = Problem.of(new org.municipaldx.ingest.TextLocation(t.source(), t.line() + shift, t.column(),
        t.byteOffset()), p.problem().header().orElse(null), p.reason());
    return new SurveyProblem(moved, p.procedureId(), p.column());
  }

  private org.municipaldx.ingest.Header<SurveyColumn> header;

  /** The cell's text, protection against formula injection removed as {@link Row#get} does. */
  private String text(Row<SurveyColumn> row, SurveyColumn column) {
    return org.municipaldx.ingest.ExcelCsvWriter.unescape(rec.get(fieldOf[column.ordinal()]));
  }

  private static Problem withId(SurveyProblem p) {
    if (p.procedureId().isEmpty()) {
      return p.problem();
    }
    return Problem.of(p.location(), p.problem().header().orElse(null), "手続ID " + p.procedureId() + ": " + p.reason());
  }

  /**
   * Moves the toolkit's problems (row width, values beyond the header) into the survey's; the
   * toolkit keeps its first {@value Problems#LISTED}, so later ones of that kind are counted by it
   * but not passed on.
   */
  private static long drain(Problems from, long seen, Consumer<SurveyProblem> to) {
    if (from.total() == seen) {
      return seen;
    }
    List<Problem> listed = from.listed();
    for (long i = seen; i < listed.size(); i++) {
      to.accept(new SurveyProblem(listed.get((int) i), "", null));
    }
    return listed.size();
  }

  /** The field index of each column in the current file's header (found once, by the first row). */
  private int[] fieldOf;

  /**
   * The current row's record, taken once per row: each of the ~33 cells a row looks up used to ask the
   * row for it, through the table reader and the header-seeking source, which cost more than many of
   * the look-ups themselves.
   */
  private Record rec;

  /** Finds the field of each column when the header is new; takes the row's record. */
  private void columns(Row<SurveyColumn> row) {
    rec = row.record();
    if (fieldOf == null || row.header() != header) {
      header = row.header();
      fieldOf = new int[SurveyColumn.values().length];
      for (SurveyColumn c : SurveyColumn.values()) {
        fieldOf[c.ordinal()] = row.index(c);
      }
    }
  }

  private SurveyProcedure procedure(Row<SurveyColumn> row, Consumer<SurveyProblem> problems) {
    columns(row);
    String id = text(row, SurveyColumn.PROCEDURE_ID).strip();
    RowContext ctx = this.ctx.start(row, id, problems);
    if (id.isEmpty()) {
      ctx.problem(SurveyColumn.PROCEDURE_ID, "the procedure id (手続ID) is blank; the row cannot be kept");
      return null;
    }
    Optional<Ministry> ministry = ctx.code(SurveyColumn.MINISTRY, ministries, Ministry.class);
    Optional<ProcedureType> type = ctx.code(SurveyColumn.TYPE, types, ProcedureType.class);
    Optional<PartyCode> actor = ctx.code(SurveyColumn.ACTOR, parties, PartyCode.class);
    Optional<PartyCode> receiver = ctx.code(SurveyColumn.RECEIVER, parties, PartyCode.class);
    Optional<PartyCode> via = ctx.code(SurveyColumn.VIA, parties, PartyCode.class);
    boolean local = actor.isPresent() && actor.get().includesLocal() || receiver.isPresent() && receiver.get().includesLocal();
    ApproximateCount.Basis basis = local ? ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES
        : ApproximateCount.Basis.ROUNDED_REPORT;
    counts(ctx);
    long total = ctx.total;
    long online = ctx.online;
    long offline = ctx.offline;
    // the values of repeated cells, and whether they have problems, come from arrays indexed by the
    // distinct cell: the value objects themselves are not read here (reading them missed the cache)
    int i = lawNumbers.index(rec, fieldOf[SurveyColumn.LAW_NUMBER.ordinal()]);
    Parsed<LawNumber> lawNumber = lawNumbers.values()[Interned.at(i)];
    if (Interned.hasExtra(i)) {
      ctx.problem(SurveyColumn.LAW_NUMBER, (String) lawNumbers.extra(i));
    }
    i = provisions.index(rec, fieldOf[SurveyColumn.PROVISION.ordinal()]);
    Parsed<ProvisionCitation> provision = provisions.values()[Interned.at(i)];
    if (Interned.hasExtra(i)) {
      for (Object reason : (List<?>) provisions.extra(i)) {
        ctx.problem(SurveyColumn.PROVISION, (String) reason);
      }
    }
    i = timings.index(rec, fieldOf[SurveyColumn.TIMING.ordinal()]);
    Optional<ImplementationTiming> timing = timings.values()[Interned.at(i)];
    if (Interned.hasExtra(i)) {
      ctx.unknown(SurveyColumn.TIMING, (String) timings.extra(i));
    }
    // each index before its array is taken: learning a new cell may grow the array
    int lawName = lawNames.index(rec, fieldOf[SurveyColumn.LAW_NAME.ordinal()]);
    int agencyName = agencyNames.index(rec, fieldOf[SurveyColumn.AGENCY_NAME.ordinal()]);
    int periodOnline = periodsOnline.index(rec, fieldOf[SurveyColumn.PERIOD_ONLINE.ordinal()]);
    int periodOffline = periodsOffline.index(rec, fieldOf[SurveyColumn.PERIOD_OFFLINE.ordinal()]);
    return new SurveyProcedure(
        id,
        ministry,
        text(row, SurveyColumn.NAME),
        lawNames.values()[Interned.at(lawName)],
        lawNumber,
        provision,
        type, actor, receiver, via,
        agencyNames.values()[Interned.at(agencyName)],
        ctx.code(SurveyColumn.LOCAL_WORK_KIND, localKinds, LocalWorkKind.class),
        ctx.code(SurveyColumn.COMMON, commons, CommonProcedure.class),
        ctx.multi(SurveyColumn.CARRIED_OUT_BY, Ministry.class),
        ctx.code(SurveyColumn.ONLINE_STATUS, statuses, OnlineStatus.class),
        ctx.multi(SurveyColumn.OBSTACLES, OnlineObstacle.class),
        timing,
        ctx.multi(SurveyColumn.IDENTITY_CHECKS, IdentityCheck.class),
        ctx.code(SurveyColumn.FEE, fees, FeeRequirement.class),
        ctx.multi(SurveyColumn.PAYMENT_METHODS, PaymentMethod.class),
        ctx.code(SurveyColumn.ONLINE_DISCOUNT, discounts, OnlineDiscount.class),
        periodsOnline.values()[Interned.at(periodOnline)],
        periodsOffline.values()[Interned.at(periodOffline)],
        ctx.texts(SurveyColumn.APPLICATION_SYSTEMS),
        ctx.texts(SurveyColumn.BACK_OFFICE_SYSTEMS),
        ApproximateCount.of(total, basis),
        ApproximateCount.of(online, basis),
        ApproximateCount.of(offline, basis),
        ctx.multi(SurveyColumn.FORM_INFORMATION, FormInformation.class),
        ctx.multi(SurveyColumn.ATTACHMENTS, Attachment.class),
        ctx.multi(SurveyColumn.ATTACHMENT_ABOLITION, AttachmentAbolition.class),
        ctx.multi(SurveyColumn.ATTACHMENT_SUBMISSION, AttachmentSubmission.class),
        ctx.multi(SurveyColumn.ATTACHMENT_SIGNATURE, AttachmentSignature.class),
        ctx.multi(SurveyColumn.ATTACHMENT_FORM_RULE, AttachmentFormRule.class),
        ctx.multi(SurveyColumn.INDIVIDUAL_EVENTS, IndividualLifeEvent.class),
        ctx.multi(SurveyColumn.BUSINESS_EVENTS, BusinessLifeEvent.class),
        ctx.multi(SurveyColumn.PROFESSIONS, Profession.class),
        ctx.texts(SurveyColumn.SUBMISSION_OFFICES),
        // the last argument marks the procedure as the reader's own: the constructor then takes the sets and lists
        // as they are (every one frozen once per distinct cell above), without reading their headers again
        Values.trusting(ctx.unknown()));
  }

  static Parsed<LawNumber> lawNumber(String text) {
    if (text.isBlank()) {
      return Parsed.blank(text);
    }
    try {
      return Parsed.of(LawNumber.parse(text), text);
    } catch (IllegalArgumentException e) {
      return Parsed.rejected(text, e.getMessage());
    }
  }

  static Parsed<ProvisionCitation> provision(String text) {
    if (text.isBlank()) {
      return Parsed.blank(text);
    }
    try {
      return Parsed.of(ProvisionCitation.parse(text), text);
    } catch (ProvisionParseException e) {
      return Parsed.rejected(text, e.getMessage());
    }
  }

  /** A value read from a cell's text, and what else the reader needs of it (null: nothing; a problem, the values not in a list). */
  private record Entry<T>(T value, Object extra) {}

  /**
   * The values of one column read once per distinct cell: the toolkit's {@link Lookup} finds a
   * cell seen before by its bytes, without decoding it to a String. Values and extras are kept in
   * arrays indexed by the distinct cell, so a row takes a value's reference without reading the
   * value (a read of a value object for each of the ~30 columns of a row missed the cache).
   */
  private static final class Interned<T> {
    private final Map<String, Integer> index = new HashMap<>();
    /**
     * Of the values' own class where {@link #values()} is used (a {@code Parsed[]}, a {@code String[]}): a row
     * then takes a value from an array of its type, with no cast of the value, which would read the value's
     * header and so miss the cache for every row (issue 11h: the casts of the law number's, the provision's
     * and the law name's values were 6.6% of the full read's samples).
     */
    private Object[] values;
    private Object[] extras = new Object[64];
    private int size;
    private final Lookup lookup;

    Interned(java.util.function.Function<String, Entry<T>> read) {
      this(read, new Object[64]);
    }

    Interned(java.util.function.Function<String, Entry<T>> read, Object[] initial) {
      this.values = initial;
      this.lookup = Lookup.resolving(text -> index.computeIfAbsent(text, t -> {
        Entry<T> e = read.apply(t);
        if (size == values.length) {
          values = java.util.Arrays.copyOf(values, size * 2);
          extras = java.util.Arrays.copyOf(extras, size * 2);
        }
        values[size] = e.value();
        extras[size] = e.extra();
        // the index, and in its low bit whether there is an extra (issue 11j)
        return size++ << 1 | (e.extra() != null ? 1 : 0);
      }));
    }

    static <T> Interned<T> of(java.util.function.Function<String, T> read) {
      return new Interned<>(t -> new Entry<>(read.apply(t), null));
    }

    static <T> Interned<T> of(java.util.function.Function<String, T> read, Object[] initial) {
      return new Interned<>(t -> new Entry<>(read.apply(t), null), initial);
    }

    /**
     * {@return the values by index, for an {@code Interned} made with an array of its values' class} Taken after
     * {@link #index}, which may grow it.
     */
    @SuppressWarnings("unchecked")
    T[] values() {
      return (T[]) values;
    }

    /**
     * {@return the distinct cell's reference: its index in {@link #values()} ({@link #at}) and whether it has an
     * extra ({@link #hasExtra})} A row reads the extras array only for a cell that has one (issue 11j: the
     * extras of the law numbers, provisions and twelve multi-value columns were read for every cell of every
     * row, one more array indexed by the distinct cell, as cold in the cache as the values were).
     */
    int index(Record record, int field) {
      return lookup.index(record, field);
    }

    /** {@return the index in {@link #values()} of a reference {@link #index} gave} */
    static int at(int ref) {
      return ref >>> 1;
    }

    /** {@return whether the distinct cell of a reference {@link #index} gave has an extra} */
    static boolean hasExtra(int ref) {
      return (ref & 1) != 0;
    }

    /** {@return the extra of the distinct cell of a reference {@link #index} gave, null if none} */
    Object extra(int ref) {
      return extras[ref >>> 1];
    }
  }

  /** The reader's one row context, restarted for each row ({@link RowContext#start}). */
  private final RowContext ctx = new RowContext();

  /**
   * The row being read, where its problems go. One per reader, restarted for each row, and the list of
   * values outside the code lists made only for a row that has one (issue 11h: the context and an empty
   * list per row were 5% of the bytes a full read allocated).
   */
  private final class RowContext {
    private Row<SurveyColumn> row;
    private String id;
    private Consumer<SurveyProblem> problems;
    private List<UnrecognisedValue> unknown;
    /** The row's counts, as {@link #counts} read them. */
    long total;
    long online;
    long offline;

    RowContext start(Row<SurveyColumn> row, String id, Consumer<SurveyProblem> problems) {
      this.row = row;
      this.id = id;
      this.problems = problems;
      this.unknown = null;
      return this;
    }

    /** {@return the row's values outside the code lists so far (an immutable empty list if none)} */
    List<UnrecognisedValue> unknown() {
      return unknown == null ? List.of() : unknown;
    }

    void problem(SurveyColumn column, String reason) {
      Location at = row.location(column);
      problems.accept(new SurveyProblem(Problem.of(at, column.japaneseName(), reason), id, column));
    }

    void unknown(SurveyColumn column, String text) {
      if (unknown == null) {
        unknown = new ArrayList<>(2);
      }
      unknown.add(new UnrecognisedValue(column, text));
      problem(column, "'" + text + "' is not in the code list of " + column.japaneseName() + " (item "
          + column.item() + "); kept as text");
    }

    <E extends Enum<E> & SurveyCode> Optional<E> code(SurveyColumn column, CodeLookup<E> lookup, Class<E> type) {
      int i = lookup.lookup.index(rec, fieldOf[column.ordinal()]);
      if (i > 0) {
        return lookup.values.get(i - 1);
      }
      if (i < 0) {
        unknown(column, text(row, column));
      }
      return Optional.empty();
    }

    long count(SurveyColumn column) {
      long v = rec.plainWhole(fieldOf[column.ordinal()]);
      if (v >= 0) {
        return v;
      }
      String text = text(row, column);
      if (text.isBlank()) {
        return 0;
      }
      try {
        return Fields.whole(text);
      } catch (IllegalArgumentException e) {
        problem(column, e.getMessage() + "; counted as 0");
        return 0;
      }
    }

    @SuppressWarnings("unchecked")
    <E extends Enum<E> & SurveyCode> Set<E> multi(SurveyColumn column, Class<E> type) {
      Interned<Set<E>> cells = (Interned<Set<E>>) interned[column.ordinal()];
      if (cells == null) {
        // the values (frozen), and the extra: the parts not in the list, if any
        cells = new Interned<Set<E>>(t -> {
          List<String> bad = new ArrayList<>();
          Set<E> values = Values.freeze(Codes.findAll(type, t, bad));
          return new Entry<>(values, bad.isEmpty() ? null : List.copyOf(bad));
        }, new Set<?>[64]);
        interned[column.ordinal()] = cells;
      }
      int i = cells.index(rec, fieldOf[column.ordinal()]);
      if (Interned.hasExtra(i)) {
        for (Object bad : (List<?>) cells.extra(i)) {
          unknown(column, (String) bad);
        }
      }
      // from the Set[]: no cast of the value, which read its header and missed the cache (issue 11i: 3.2% of
      // the full read's samples were this line)
      return cells.values()[Interned.at(i)];
    }

    @SuppressWarnings("unchecked")
    List<String> texts(SurveyColumn column) {
      Interned<List<String>> cells = (Interned<List<String>>) interned[column.ordinal()];
      if (cells == null) {
        cells = Interned.of(t -> {
          List<String> parts = new ArrayList<>();
          for (String s : t.split(";")) {
            if (!s.isBlank()) {
              parts.add(s.strip());
            }
          }
          return List.copyOf(parts);
        }, new List<?>[64]);
        interned[column.ordinal()] = cells;
      }
      int i = cells.index(rec, fieldOf[column.ordinal()]);
      return cells.values()[Interned.at(i)]; // from the List[], as multi's sets
    }
  }

  /**
   * Passes records on from the header onwards: records before the first one that names at least
   * two survey columns are skipped (the published file's row of item numbers). If none does
   * within {@link #HEADER_SEARCH_LIMIT} records, the first non-blank record is passed on as the
   * header (copied when read), so that the table reader names the columns it lacks.
   */
  private static final class HeaderSeekingSource implements RecordSource {
    private final RecordSource source;
    private final HeaderSpec<SurveyColumn> spec;
    private boolean found;
    private Record current;

    HeaderSeekingSource(RecordSource source, HeaderSpec<SurveyColumn> spec) {
      this.source = source;
      this.spec = spec;
    }

    @Override
    public String source() {
      return source.source();
    }

    @Override
    public boolean next() {
      if (found) {
        current = null;
        return source.next();
      }
      found = true;
      int seen = 0;
      Record first = null;
      while (seen < HEADER_SEARCH_LIMIT && source.next()) {
        Record r = source.record();
        if (r.isBlank()) {
          continue;
        }
        seen++;
        int names = 0;
        for (int i = 0; i < r.size() && names < 2; i++) {
          if (spec.match(r.get(i).strip()).isPresent()) {
            names++;
          }
        }
        if (names >= 2) {
          current = null;
          return true;
        }
        if (first == null) {
          first = Copied.of(r);
        }
      }
      current = first;
      return first != null;
    }

    @Override
    public Record record() {
      return current != null ? current : source.record();
    }

    @Override
    public Location start() {
      return source.start();
    }

    @Override
    public void close() {
      source.close();
    }
  }

  /** A record copied out of the source's buffer. */
  private record Copied(List<String> fields, List<Location> locations, Location location) implements Record {
    static Copied of(Record r) {
      List<String> f = new ArrayList<>();
      List<Location> l = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        f.add(r.get(i));
        l.add(r.location(i));
      }
      return new Copied(List.copyOf(f), List.copyOf(l), r.location());
    }

    @Override
    public int size() {
      return fields.size();
    }

    @Override
    public String get(int field) {
      return fields.get(field);
    }

    @Override
    public Location location(int field) {
      return locations.get(field);
    }
  }
}
