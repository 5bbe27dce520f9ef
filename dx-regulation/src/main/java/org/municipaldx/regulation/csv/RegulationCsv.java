package org.municipaldx.regulation.csv;

import org.municipaldx.core.InvalidValueException;
import org.municipaldx.core.internal.Checks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.municipaldx.ingest.CellLocation;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.ExcelCsvWriter;
import org.municipaldx.ingest.HeaderSpec;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Location;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.Problems;
import org.municipaldx.ingest.RecordSource;
import org.municipaldx.ingest.Row;
import org.municipaldx.ingest.TableReader;
import org.municipaldx.ingest.TextLocation;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.municipaldx.core.internal.Text;
import org.municipaldx.regulation.Phase;
import org.municipaldx.regulation.Provision;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.RegulationSubType;
import org.municipaldx.regulation.RegulationType;
import org.municipaldx.regulation.TechnologySubstitute;
import org.municipaldx.regulation.law.LegalInstrument;
import org.municipaldx.regulation.law.LegalInstrumentKind;
import org.municipaldx.regulation.law.NationalLawReference;
import org.municipaldx.regulation.law.ProvisionReference;
import org.municipaldx.regulation.review.AssessmentVerdict;
import org.municipaldx.regulation.review.IllegalTransitionException;
import org.municipaldx.regulation.review.ReviewHistory;
import org.municipaldx.regulation.review.ReviewPolicy;
import org.municipaldx.regulation.review.ReviewState;
import org.municipaldx.regulation.review.ReviewStep;

/**
 * Reads and writes an inventory as two CSV files: the items ({@code items.csv}, one row per
 * provision) and their review history ({@code history.csv}, one row per step, oldest first).
 *
 * <h2>Items columns</h2>
 * {@code id, instrument_kind, instrument_title, instrument_number, provision, quoted_text, types,
 * sub_types, current_phase, target_phase, department, substitutes, national_laws, iot_setup_id,
 * target_date, identified_on, state}. Required: id, instrument_kind, instrument_title, provision,
 * quoted_text, types, department; the others may be left out or empty. Columns may come in any
 * order; an unknown column is an error.
 * <ul>
 *   <li>Multi-valued columns ({@code types}, {@code sub_types}, {@code substitutes},
 *       {@code national_laws}) separate values with {@code |} or {@code ;} (half- or full-width);
 *       output uses {@code |}.
 *   <li>{@code provision}: {@code 第12条の2第2項} or {@code 第十二条の二第二項}; output uses Arabic numerals.
 *   <li>{@code sub_types}: {@code <type>:<name>}, e.g. {@code 目視:調査}.
 *   <li>{@code national_laws}: {@code <e-Gov law ID> [provision]}, e.g. {@code 323AC0000000186 第17条の3の3}.
 *   <li>Enumerations accept the Japanese or English label or the constant name; output is Japanese.
 *   <li>Dates: {@code 2024-06-30} or {@code 2024/6/30}; output is ISO.
 *   <li>{@code state} is written for people reading the sheet; on input it is checked against the
 *       history (an item without history rows is {@code 洗い出し}).
 *   <li>Savings estimates do not travel in CSV (use JSON).
 * </ul>
 *
 * <h2>History columns</h2>
 * {@code item_id, from, to, on, by, note, verdict, policy, reason, amending_instrument,
 * effective_date}: see {@link ReviewStep}. Each item's rows must replay through the workflow.
 *
 * <h2>Encoding and errors</h2>
 * Output is UTF-8 with a byte-order mark and CRLF, each cell starting with {@code = + - @}, tab or
 * CR (after any apostrophes) prefixed with an apostrophe against formula injection; input is UTF-8
 * with or without a BOM, or Windows-31J, and that one apostrophe is removed again where it stands
 * in front of such a character (dx-metrics' {@code ExcelCsvWriter} rule: other apostrophes are
 * text and kept). Empty lines and records
 * whose cells are all blank (Excel leaves them after deleted rows) are skipped. A file with any error is
 * rejected whole: every problem is collected and thrown in one {@link IngestException}
 * naming file, line and column. Stateless and thread-safe.
 */
public final class RegulationCsv {
  /** The file role of the items file in problem reports. */
  public static final String ITEMS = "items.csv";
  /** The file role of the history file in problem reports. */
  public static final String HISTORY = "history.csv";

  /** The items columns, in output order. */
  public static final List<String> ITEM_COLUMNS = List.of("id", "instrument_kind", "instrument_title",
      "instrument_number", "provision", "quoted_text", "types", "sub_types", "current_phase", "target_phase",
      "department", "substitutes", "national_laws", "iot_setup_id", "target_date", "identified_on", "state");
  private static final Set<String> ITEM_REQUIRED = Set.of("id", "instrument_kind", "instrument_title", "provision",
      "quoted_text", "types", "department");

  /** The history columns, in output order. */
  public static final List<String> HISTORY_COLUMNS = List.of("item_id", "from", "to", "on", "by", "note", "verdict",
      "policy", "reason", "amending_instrument", "effective_date");
  private static final Set<String> HISTORY_REQUIRED = Set.of("item_id", "from", "to", "on", "by");

  private static final Set<String> VERBATIM = Set.of("quoted_text", "note", "reason");

  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private RegulationCsv() {}

  // ---------------------------------------------------------------- writing

  /**
   * {@return {@code items.csv} as bytes (UTF-8 with BOM, CRLF), never null}
   *
   * @param items  the items, not null
   */
  public static byte[] writeItems(Collection<RegulationItem> items) {
    List<List<String>> rows = new ArrayList<>();
    for (RegulationItem i : items) {
      List<String> r = new ArrayList<>();
      r.add(i.id());
      r.add(i.provision().instrument().kind().japaneseName());
      r.add(i.provision().instrument().title());
      r.add(i.provision().instrument().number().orElse(""));
      r.add(i.provision().reference().toArabicString());
      r.add(i.quotedText());
      r.add(i.types().stream().map(RegulationType::japaneseName).collect(Collectors.joining("|")));
      r.add(i.subTypes().stream().map(RegulationSubType::toString).collect(Collectors.joining("|")));
      r.add(i.currentPhase().japaneseName());
      r.add(i.targetPhase().map(Phase::japaneseName).orElse(""));
      r.add(i.departmentId());
      r.add(i.substitutes().stream().map(TechnologySubstitute::japaneseName).collect(Collectors.joining("|")));
      r.add(i.nationalLaws().stream().map(NationalLawReference::toString).collect(Collectors.joining("|")));
      r.add(i.iotMonitoringSetupId().orElse(""));
      r.add(i.targetDate().map(LocalDate::toString).orElse(""));
      r.add(i.review().identifiedOn().map(LocalDate::toString).orElse(""));
      r.add(i.state().japaneseName());
      rows.add(r);
    }
    return write(ITEM_COLUMNS, rows);
  }

  /**
   * {@return {@code history.csv} as bytes (UTF-8 with BOM, CRLF), never null}
   *
   * @param items  the items, not null
   */
  public static byte[] writeHistory(Collection<RegulationItem> items) {
    List<List<String>> rows = new ArrayList<>();
    for (RegulationItem i : items) {
      for (ReviewStep s : i.review().steps()) {
        rows.add(List.of(i.id(), s.from().japaneseName(), s.to().japaneseName(), s.on().toString(), s.by(),
            s.note().orElse(""), s.verdict().map(AssessmentVerdict::japaneseName).orElse(""),
            s.policy().map(ReviewPolicy::japaneseName).orElse(""), s.reason().orElse(""),
            s.amendingInstrument().orElse(""), s.effectiveDate().map(LocalDate::toString).orElse("")));
      }
    }
    return write(HISTORY_COLUMNS, rows);
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads an inventory from streams (the streams are read fully, not closed).
   *
   * @param items  {@code items.csv}, not null
   * @param history  {@code history.csv}, or null if there is none (every item just identified)
   * @return the items, in file order, never null
   * @throws IngestException listing every problem, if there is any
   */
  public static List<RegulationItem> read(InputStream items, InputStream history) {
    Objects.requireNonNull(items, "items");
    try {
      return read(items.readAllBytes(), history == null ? null : history.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an inventory from file contents in UTF-8 (with or without BOM) or Windows-31J.
   *
   * @param items  {@code items.csv}, not null
   * @param history  {@code history.csv}, or null if there is none
   * @return the items, in file order, never null
   * @throws IngestException listing every problem, if there is any
   */
  public static List<RegulationItem> read(byte[] items, byte[] history) {
    Objects.requireNonNull(items, "items");
    return read(CsvSource.of(new ByteArrayInputStream(items), ITEMS, Optional.empty()),
        history == null ? null : CsvSource.of(new ByteArrayInputStream(history), HISTORY, Optional.empty()));
  }

  /**
   * Reads an inventory from record sources, e.g. sheets of a workbook (dx-ingest's
   * {@code XlsxSource}), whose problems are then located by sheet and cell. The sources are read
   * to their end and closed.
   *
   * @param items  the items' records, laid out as {@code items.csv}, not null
   * @param history  the history's records, laid out as {@code history.csv}, or null if there is none
   * @return the items, in source order, never null
   * @throws IngestException listing every problem, if there is any
   */
  public static List<RegulationItem> read(RecordSource items, RecordSource history) {
    Objects.requireNonNull(items, "items");
    Problems problems = new Problems();
    String itemsDocument = document(items.start());
    Table itemTable = Table.parse(items.source(), items, ITEM_COLUMNS, ITEM_REQUIRED, problems);
    Table historyTable = history == null ? null : Table.parse(history.source(), history, HISTORY_COLUMNS,
        HISTORY_REQUIRED, problems);
    if (itemTable == null || (history != null && historyTable == null)) {
      throw new IngestException(items.source(), problems.listed(), problems.total());
    }
    return read(itemTable, historyTable, problems, itemsDocument);
  }

  /** {@return the file, or the file and sheet of a workbook: problems are listed by document, then row} */
  private static String document(Location l) {
    return l instanceof CellLocation c ? c.source() + "!" + c.sheet() : l.source();
  }

  /** {@return the line of a text location, the row of a cell, else 0} */
  private static long row(Location l) {
    return l instanceof TextLocation t ? t.line() : l instanceof CellLocation c ? c.row() : 0;
  }

  /**
   * Reads an inventory from decoded text.
   *
   * @param items  the text of {@code items.csv}, not null
   * @param history  the text of {@code history.csv}, or null if there is none
   * @return the items, in file order, never null
   * @throws IngestException listing every problem, if there is any
   */
  public static List<RegulationItem> read(String items, String history) {
    Objects.requireNonNull(items, "items");
    return read(items.getBytes(StandardCharsets.UTF_8),
        history == null ? null : history.getBytes(StandardCharsets.UTF_8));
  }

  private static List<RegulationItem> read(Table itemTable, Table historyTable, Problems fileProblems,
      String itemsDocument) {
    List<Problem> problems = new ArrayList<>(fileProblems.listed());
    // items, without their history
    Map<String, Pending> byId = new LinkedHashMap<>();
    for (Record r : itemTable.records) {
      Pending p = readItem(r, problems);
      if (p == null) {
        continue;
      }
      if (byId.containsKey(p.item.id())) {
        Location first = byId.get(p.item.id()).record.location;
        r.problem("id", "duplicate id '" + p.item.id() + "' (first " + (first instanceof TextLocation t
            ? "on line " + t.line() : "at " + first.place()) + ")");
        continue;
      }
      byId.put(p.item.id(), p);
    }

    // history, grouped by item in file order
    if (historyTable != null) {
      for (Record r : historyTable.records) {
        String id = r.get("item_id");
        ReviewStep step = readStep(r);
        if (id == null) {
          continue;
        }
        Pending p = byId.get(id);
        if (p == null) {
          if (itemTable.records.stream().noneMatch(x -> id.equals(x.get("id")))) {
            r.problem("item_id", "no item with id '" + id + "' in " + ITEMS);
          }
          continue;
        }
        if (step == null || p.failed) {
          p.failed |= step == null;
          continue;
        }
        try {
          p.history = p.history.then(step);
        } catch (IllegalTransitionException e) {
          r.problem("to", e.getMessage());
          p.failed = true;
        }
      }
    }

    List<RegulationItem> out = new ArrayList<>();
    for (Pending p : byId.values()) {
      if (p.failed) {
        continue;
      }
      if (p.statedState != null && p.statedState != p.history.state()) {
        p.record.problem("state", "the state says " + p.statedState.japaneseName() + " (" + p.statedState.name()
            + ") but the history leads to " + p.history.state().japaneseName() + " (" + p.history.state().name() + ")");
        continue;
      }
      out.add(p.item.withReview(p.history));
    }
    problems.addAll(itemTable.problems);
    if (historyTable != null) {
      problems.addAll(historyTable.problems);
    }
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> {
        String da = document(a.location());
        String db = document(b.location());
        int c = da.equals(db) ? 0 : da.equals(itemsDocument) ? -1 : db.equals(itemsDocument) ? 1 : da.compareTo(db);
        if (c == 0) {
          c = Long.compare(row(a.location()), row(b.location()));
        }
        return c != 0 ? c : Integer.compare(a.column(), b.column());
      });
      Problems sorted = new Problems();
      problems.forEach(sorted::add);
      throw new IngestException(itemTable.file, sorted.listed(), sorted.total());
    }
    return List.copyOf(out);
  }

  /** An item read from a row, waiting for its history. */
  private static final class Pending {
    final Record record;
    final RegulationItem item;
    final ReviewState statedState;
    ReviewHistory history;
    boolean failed;

    Pending(Record record, RegulationItem item, ReviewState statedState, ReviewHistory history) {
      this.record = record;
      this.item = item;
      this.statedState = statedState;
      this.history = history;
    }
  }

  private static Pending readItem(Record r, List<Problem> problems) {
    int before = r.table.problems.size();
    String id = r.require("id");
    LegalInstrumentKind kind = r.parse("instrument_kind", true, LegalInstrumentKind::parse);
    String title = r.require("instrument_title");
    String number = r.get("instrument_number");
    ProvisionReference ref = r.parse("provision", true, ProvisionReference::parse);
    String quoted = r.require("quoted_text");
    List<RegulationType> types = r.parseList("types", true, RegulationType::parse);
    List<RegulationSubType> subTypes = r.parseList("sub_types", false, RegulationSubType::parse);
    Phase current = r.parse("current_phase", false, Phase::parse);
    Phase target = r.parse("target_phase", false, Phase::parse);
    String department = r.require("department");
    List<TechnologySubstitute> substitutes = r.parseList("substitutes", false, TechnologySubstitute::parse);
    List<NationalLawReference> laws = r.parseList("national_laws", false, NationalLawReference::parse);
    String iot = r.get("iot_setup_id");
    LocalDate targetDate = r.parse("target_date", false, RegulationCsv::date);
    LocalDate identifiedOn = r.parse("identified_on", false, RegulationCsv::date);
    ReviewState state = r.parse("state", false, ReviewState::parse);
    if (r.table.problems.size() > before) {
      return null;
    }
    try {
      LegalInstrument.Builder ib = LegalInstrument.builder().kind(kind).title(title);
      if (number != null) {
        ib.number(number);
      }
      RegulationItem.Builder b = RegulationItem.builder()
          .id(id)
          .provision(Provision.builder().instrument(ib.build()).reference(ref).build())
          .quotedText(quoted)
          .addAllTypes(types)
          .addAllSubTypes(subTypes)
          .departmentId(department)
          .addAllSubstitutes(substitutes)
          .addAllNationalLaws(laws)
          .iotMonitoringSetupId(Optional.ofNullable(iot))
          .targetDate(Optional.ofNullable(targetDate))
          .targetPhase(Optional.ofNullable(target))
          .review(ReviewHistory.identified(identifiedOn));
      if (current != null) {
        b.currentPhase(current);
      }
      RegulationItem item = b.build();
      return new Pending(r, item, state, item.review());
    } catch (InvalidValueException e) {
      r.problem(COLUMNS.getOrDefault(e.type() + "." + e.field(), "id"), e.getMessage());
      return null;
    }
  }

  /**
   * The column of each model field an item's or a step's row sets: a model check's {@link InvalidValueException}
   * names the type and field, and the problem is put at that field's column (issue 12: from the exception's
   * fields, never from its message).
   */
  private static final Map<String, String> COLUMNS = Map.ofEntries(
      Map.entry("RegulationItem.id", "id"),
      Map.entry("RegulationItem.quotedText", "quoted_text"),
      Map.entry("RegulationItem.types", "types"),
      Map.entry("RegulationItem.subTypes", "sub_types"),
      Map.entry("RegulationItem.currentPhase", "current_phase"),
      Map.entry("RegulationItem.targetPhase", "target_phase"),
      Map.entry("RegulationItem.departmentId", "department"),
      Map.entry("RegulationItem.substitutes", "substitutes"),
      Map.entry("RegulationItem.nationalLaws", "national_laws"),
      Map.entry("RegulationItem.iotMonitoringSetupId", "iot_setup_id"),
      Map.entry("RegulationItem.targetDate", "target_date"),
      Map.entry("LegalInstrument.kind", "instrument_kind"),
      Map.entry("LegalInstrument.title", "instrument_title"),
      Map.entry("LegalInstrument.number", "instrument_number"),
      Map.entry("Provision.reference", "provision"),
      Map.entry("ReviewStep.from", "from"),
      Map.entry("ReviewStep.to", "to"),
      Map.entry("ReviewStep.on", "on"),
      Map.entry("ReviewStep.by", "by"),
      Map.entry("ReviewStep.note", "note"),
      Map.entry("ReviewStep.verdict", "verdict"),
      Map.entry("ReviewStep.policy", "policy"),
      Map.entry("ReviewStep.reason", "reason"),
      Map.entry("ReviewStep.amendingInstrument", "amending_instrument"),
      Map.entry("ReviewStep.effectiveDate", "effective_date"));

  private static ReviewStep readStep(Record r) {
    int before = r.table.problems.size();
    r.require("item_id");
    ReviewState from = r.parse("from", true, ReviewState::parse);
    ReviewState to = r.parse("to", true, ReviewState::parse);
    LocalDate on = r.parse("on", true, RegulationCsv::date);
    String by = r.require("by");
    String note = r.get("note");
    AssessmentVerdict verdict = r.parse("verdict", false, AssessmentVerdict::parse);
    ReviewPolicy policy = r.parse("policy", false, ReviewPolicy::parse);
    String reason = r.get("reason");
    String amending = r.get("amending_instrument");
    LocalDate effective = r.parse("effective_date", false, RegulationCsv::date);
    if (r.table.problems.size() > before) {
      return null;
    }
    try {
      return ReviewStep.builder().from(from).to(to).on(on).by(by)
          .note(Optional.ofNullable(note))
          .verdict(Optional.ofNullable(verdict))
          .policy(Optional.ofNullable(policy))
          .reason(Optional.ofNullable(reason))
          .amendingInstrument(Optional.ofNullable(amending))
          .effectiveDate(Optional.ofNullable(effective))
          .build();
    } catch (InvalidValueException e) {
      r.problem(COLUMNS.getOrDefault(e.type() + "." + e.field(), "to"), e.getMessage());
      return null;
    }
  }

  private static LocalDate date(String text) {
    String s = Text.nfkc(text).strip();
    try {
      return s.contains("/") ? LocalDate.parse(s, SLASHED) : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw Checks.invalid("date", "", text, "cannot be parsed: expected 2024-06-30 or 2024/6/30");
    }
  }

  // ---------------------------------------------------------------- table plumbing

  /** A read CSV file (dx-ingest's TableReader): its header's column positions and its records. */
  private static final class Table {
    final String file;
    final Map<String, Integer> columns = new LinkedHashMap<>();
    final List<Record> records = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    Table(String file) {
      this.file = file;
    }

    /**
     * {@return the table, or null if it cannot be read at all (the file's problems are added to
     * {@code out})}
     */
    static Table parse(String file, RecordSource source, List<String> known, Set<String> required,
        Problems out) {
      HeaderSpec.Builder<String> spec = HeaderSpec.builder();
      for (String c : known) {
        spec.column(c, required.contains(c), c);
      }
      Problems problems = new Problems();
      Table t = new Table(file);
      boolean usable;
      try (TableReader<String> reader = TableReader.of(source, spec.build(), problems)) {
        while (reader.next()) {
          Row<String> row = reader.row();
          if (t.columns.isEmpty()) {
            for (String c : known) {
              if (row.has(c)) {
                t.columns.put(c, row.index(c));
              }
            }
          }
          int width = row.header().width();
          List<String> cells = new ArrayList<>(width);
          List<Location> locations = new ArrayList<>(width);
          for (int i = 0; i < width; i++) {
            cells.add(ExcelCsvWriter.unescape(row.record().get(i)));
            locations.add(row.record().location(i));
          }
          t.records.add(new Record(t, row.location(), cells, locations));
        }
        usable = reader.header().isPresent();
      } catch (IngestException e) {
        usable = false; // the file cannot be read further; its problems, the last one fatal, are listed
      }
      if (!usable) {
        out.addAll(problems);
        return null;
      }
      t.problems.addAll(problems.listed());
      return t;
    }
  }

  /** One record with helpers that turn cell errors into located problems. */
  private static final class Record {
    final Table table;
    final Location location;
    final List<String> cells;
    final List<Location> locations;

    Record(Table table, Location location, List<String> cells, List<Location> locations) {
      this.table = table;
      this.location = location;
      this.cells = cells;
      this.locations = locations;
    }

    long line() {
      return location instanceof TextLocation t ? t.line() : 0;
    }

    /** {@return the stripped cell, or null if the column is absent or the cell blank} */
    String get(String column) {
      Integer i = table.columns.get(column);
      if (i == null || i >= cells.size()) {
        return null;
      }
      String v = cells.get(i).strip();
      if (v.isEmpty()) {
        return null;
      }
      // text columns keep their spacing (a provision's text often starts with a full-width space)
      return VERBATIM.contains(column) ? cells.get(i) : v;
    }

    String require(String column) {
      String v = get(column);
      if (v == null) {
        problem(column, "must not be empty");
      }
      return v;
    }

    <T> T parse(String column, boolean required, Function<String, T> parser) {
      String v = required ? require(column) : get(column);
      if (v == null) {
        return null;
      }
      try {
        return parser.apply(v);
      } catch (IllegalArgumentException e) {
        problem(column, e.getMessage());
        return null;
      }
    }

    <T> List<T> parseList(String column, boolean required, Function<String, T> parser) {
      String v = required ? require(column) : get(column);
      List<T> out = new ArrayList<>();
      if (v == null) {
        return out;
      }
      int before = table.problems.size();
      for (String part : Text.nfkc(v).split("[|;]")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          out.add(parser.apply(part.strip()));
        } catch (IllegalArgumentException e) {
          problem(column, e.getMessage());
        }
      }
      if (required && out.isEmpty() && table.problems.size() == before) {
        problem(column, "must have at least one value");
      }
      return out;
    }

    void problem(String column, String message) {
      Integer i = table.columns.get(column);
      Location at = i == null ? location : locations.get(i);
      table.problems.add(Problem.of(at, column, message));
    }
  }

  private static byte[] write(List<String> header, List<List<String>> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExcelCsvWriter w = ExcelCsvWriter.open(out)) {
      w.writeRecord(header);
      for (List<String> r : records) {
        List<String> cells = new ArrayList<>(r.size());
        r.forEach(c -> cells.add(c == null ? "" : c));
        w.writeRecord(cells);
      }
    }
    return out.toByteArray();
  }
}
