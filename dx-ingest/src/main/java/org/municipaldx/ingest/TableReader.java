package org.municipaldx.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a table from a {@link RecordSource}: a header row, then data rows whose fields are taken by
 * column name. The same rules for every layout and every source (CSV or workbook):
 * <ul>
 *   <li>Blank records (empty lines, Excel's {@code ,,,}) are skipped wherever they are.
 *   <li>The first non-blank record is the header, matched by {@link HeaderSpec}. Empty header cells
 *       after the last column (Excel writes them when cells to the right were ever formatted) end
 *       the header; a value under one is a problem (the row is still returned, so that its other
 *       problems are found too). An empty header cell between columns, an
 *       unknown name (unless the spec ignores them), a column named twice and a missing required
 *       column are problems, and then no data row is read (they cannot be read without their
 *       columns).
 *   <li>A data record with fewer fields than the header is a problem naming the first missing
 *       column, and the row is not returned. Cells protected by {@link ExcelCsvWriter} against
 *       formula injection ({@code '=1+2}) are read back as written before protection.
 * </ul>
 * Problems go to the {@link Problems} given, so a reader finds every problem of a file in one
 * pass and throws one {@link IngestException} at the end. Not thread-safe.
 *
 * @param <K>  the key type of the columns
 */
public final class TableReader<K> implements AutoCloseable {
  private final RecordSource source;
  private final HeaderSpec<K> spec;
  private final Problems problems;
  private Header<K> header;
  private boolean stopped;
  private final Row<K> row = new Row<>(this);

  private TableReader(RecordSource source, HeaderSpec<K> spec, Problems problems) {
    this.source = Objects.requireNonNull(source, "source");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.problems = Objects.requireNonNull(problems, "problems");
  }

  /**
   * {@return the reader, never null}
   *
   * @param <K>  the key type
   * @param source  the records, not null; closed by {@link #close()}
   * @param spec  the layout, not null
   * @param problems  where problems go, not null
   */
  public static <K> TableReader<K> of(RecordSource source, HeaderSpec<K> spec, Problems problems) {
    return new TableReader<>(source, spec, problems);
  }

  /**
   * A reader of a part of a table whose header was read before (a chunk of a file read in
   * parallel): every non-blank record is a data row under that header.
   *
   * @param <K>  the key type
   * @param source  the records, not null; closed by {@link #close()}
   * @param header  the header, not null
   * @param problems  where problems go, not null
   * @return the reader, never null
   */
  public static <K> TableReader<K> of(RecordSource source, Header<K> header, Problems problems) {
    TableReader<K> t = new TableReader<>(source, header.spec(), problems);
    t.header = header;
    return t;
  }

  /** {@return the records read, never null} */
  public RecordSource source() {
    return source;
  }

  /** {@return the problems found so far, never null} */
  public Problems problems() {
    return problems;
  }

  /** {@return the header, once read and found usable} */
  public Optional<Header<K>> header() {
    return Optional.ofNullable(header);
  }

  /**
   * Moves to the next data row.
   *
   * @return false at the end, or when the header is missing or has problems
   * @throws IngestException if the source cannot be read further (the problems found before are
   *     in it too, first)
   */
  public boolean next() {
    if (stopped) {
      return false;
    }
    try {
      while (source.next()) {
        Record r = source.record();
        if (r.isBlank()) {
          continue;
        }
        if (header == null) {
          if (!readHeader(r)) {
            stopped = true;
            return false;
          }
          continue;
        }
        if (checkWidth(r)) {
          return true;
        }
      }
    } catch (IngestException e) {
      stopped = true;
      problems.addAll(e);
      problems.throwIfAny(source.source());
    }
    stopped = true;
    if (header == null && problems.isEmpty()) {
      problems.add(Problem.of(source.start(), "the file is empty; expected a header with "
          + labels(spec)));
    }
    return false;
  }

  private static String labels(HeaderSpec<?> spec) {
    return spec.labels();
  }

  /** {@return the current row, valid until the next call of {@link #next()}; never null} */
  public Row<K> row() {
    return row;
  }

  Record record() {
    return source.record();
  }

  Header<K> currentHeader() {
    return header;
  }

  void problem(Problem p) {
    problems.add(p);
  }

  private boolean readHeader(Record r) {
    long before = problems.total();
    int width = r.size();
    while (width > 0 && ExcelCsvWriter.unescape(r.get(width - 1)).isBlank()) {
      width--;
    }
    Map<K, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      String name = ExcelCsvWriter.unescape(r.get(i)).strip();
      names.add(name);
      if (name.isEmpty()) {
        if (!spec.ignoresUnknown()) {
          problems.add(Problem.of(r.location(i), "empty header; expected one of " + spec.labels()));
        }
        continue;
      }
      Optional<K> c = spec.match(name);
      if (c.isEmpty()) {
        if (!spec.ignoresUnknown()) {
          problems.add(Problem.of(r.location(i), name, "unknown column '" + name
              + "'; expected one of " + spec.labels()));
        }
      } else if (index.containsKey(c.get())) {
        problems.add(Problem.of(r.location(i), name, "column " + spec.label(c.get())
            + " appears twice (also column " + (index.get(c.get()) + 1) + ")"));
      } else {
        index.put(c.get(), i);
      }
    }
    for (K c : spec.required()) {
      if (!index.containsKey(c)) {
        problems.add(Problem.of(r.location(), "missing column " + spec.label(c)
            + spec.missingHint(c).map(h -> " (" + h + ")").orElse("")));
      }
    }
    if (problems.total() > before) {
      return false;
    }
    header = new Header<>(spec, index, names, r.location());
    return true;
  }

  private boolean checkWidth(Record r) {
    int width = header.width();
    int size = r.size();
    if (size < width) {
      problems.add(Problem.of(Locations.column(r.location(size - 1), size + 1), header.name(size),
          "the record has " + size + (size == 1 ? " field" : " fields") + "; the header has " + width));
      return false;
    }
    for (int i = width; i < size; i++) {
      String v = r.get(i);
      if (!v.isBlank()) {
        problems.add(Problem.of(r.location(i), "value '" + v + "' beyond the last column of the"
            + " header"));
      }
    }
    return true;
  }

  @Override
  public void close() {
    source.close();
  }
}
