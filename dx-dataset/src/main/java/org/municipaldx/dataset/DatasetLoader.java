package org.municipaldx.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.HeaderSpec;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.Problems;
import org.municipaldx.ingest.Row;
import org.municipaldx.ingest.TableReader;
import org.municipaldx.ingest.TextLocation;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.municipaldx.core.Department;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxJsonException;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.core.plan.DxPlan;
import org.municipaldx.core.plan.KpiSeries;
import org.municipaldx.core.plan.WorkloadComparison;
import org.municipaldx.core.plan.WorkloadSurvey;
import org.municipaldx.core.roadmap.RoadmapItem;
import org.municipaldx.core.standard.MigrationPlan;

/**
 * Loads a dataset directory (layout in {@code DATASET.md} of the examples module) or a dataset folder on the class path.
 *
 * <p>Every JSON file is read as UTF-8; each value is validated against its type's JSON Schema
 * ({@link DxSchemas#schema}, with the networknt validator): dx-core's types, and this package's records of the
 * dataset's other files ({@link DatasetManifest}, {@link BlockInitiative} …, whose schemas this module's jar ships),
 * and then mapped with the strict {@link DxJson#mapper()} (model invariants between fields such as online ≤ total). The flat
 * {@code workload.csv} is read with dx-ingest's {@code TableReader}. Then the references are cross-checked:
 * unique ids, departments, blocks, reposts, the dataset's fiscal year, and printed fiscal-year
 * headings against their era. All errors of all files are collected and thrown together in one
 * {@link DatasetException}; nothing half-loaded is ever returned.
 *
 * <p>Thread-safe: the class holds no mutable state besides a cache of compiled schemas.
 */
public final class DatasetLoader {
  /** The files a dataset may hold; {@code dataset.json}, {@code departments.json} and {@code blocks.json} are required. */
  public static final List<String> FILES = List.of("dataset.json", "departments.json", "blocks.json", "take-up.json",
      "initiatives.json", "workload.csv", "headline-figures.json", "highlights.json", "history.json", "kpis.json",
      "roadmap.json", "migration-plan.json", "plan.json", "tools.json", "analog-regulation.json");
  static final Set<String> REQUIRED = Set.of("dataset.json", "departments.json", "blocks.json");
  /** The file of a dataset holding its contracting processes ({@link ProcurementRecords}), optional. */
  public static final String PROCUREMENT_FILE = "procurement-sample.json";
  /** Files a dataset may hold that are not read into {@link Dataset}'s own parts: the procurement records, validated too. */
  public static final List<String> OTHER_FILES = List.of(PROCUREMENT_FILE);

  /** The header of {@code workload.csv}, in this order. */
  public static final List<String> WORKLOAD_COLUMNS = List.of("block", "baselineFiscalYear", "baselineHours",
      "comparisonFiscalYear", "comparisonHours", "statedChangeHours", "printedBaselineHeading",
      "printedComparisonHeading", "notes");
  /** Separates several notes in the {@code notes} column of {@code workload.csv}. */
  public static final String NOTE_SEPARATOR = " | ";

  private static final ObjectMapper MAPPER = DxJson.mapper();
  // the schema validator (Jackson 3) reads the same documents as DxJson's mapper (Jackson 2): the same limits
  private static final tools.jackson.core.StreamReadConstraints VALIDATOR_READ_CONSTRAINTS =
      tools.jackson.core.StreamReadConstraints.builder()
          .maxNestingDepth(org.municipaldx.core.InputLimits.MAX_NESTING_DEPTH)
          .maxNumberLength(org.municipaldx.core.InputLimits.MAX_NUMBER_LENGTH)
          .maxDocumentLength(org.municipaldx.core.InputLimits.MAX_DOCUMENT_LENGTH)
          .maxStringLength(org.municipaldx.core.InputLimits.MAX_STRING_LENGTH)
          .build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
          .locale(Locale.ENGLISH).build())
          .nodeReader(r -> r.jsonMapper(tools.jackson.databind.json.JsonMapper.builder(
              tools.jackson.core.json.JsonFactory.builder().streamReadConstraints(VALIDATOR_READ_CONSTRAINTS).build())
              .build())));
  private static final Map<Class<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();
  private static final java.util.regex.Pattern ANY_OF_BRANCH = java.util.regex.Pattern.compile("^(.*?/anyOf/\\d+)");

  private DatasetLoader() {}

  /** {@return the limits the schema validator reads a document within: DxJson's (InputLimits)} */
  static tools.jackson.core.StreamReadConstraints validatorReadConstraints() {
    return VALIDATOR_READ_CONSTRAINTS;
  }

  /**
   * Loads a dataset directory.
   *
   * @param directory  the directory, not null
   * @return the dataset, never null
   * @throws DatasetException listing every error, if the directory is not a valid dataset
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Dataset load(Path directory) {
    Objects.requireNonNull(directory, "directory");
    List<DatasetError> errors = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      errors.add(new DatasetError(directory.toString(), "/", "is not a directory"));
      throw new DatasetException(directory.toString(), errors);
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path f : files.sorted().collect(Collectors.toList())) {
        String name = f.getFileName().toString();
        if ((name.endsWith(".json") || name.endsWith(".csv")) && !FILES.contains(name)
            && !OTHER_FILES.contains(name)) {
          errors.add(new DatasetError(name, "/", "unknown file: a dataset holds only " + FILES + " and " + OTHER_FILES));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + directory, e);
    }
    return load(directory.toString(), name -> {
      Path p = directory.resolve(name);
      if (!Files.isRegularFile(p)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readAllBytes(p));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + p, e);
      }
    }, errors);
  }

  /**
   * Loads a dataset from a folder on the class path, e.g. one an application bundles in its jar.
   *
   * @param loader  the class loader to read the folder with, not null
   * @param folder  the folder's resource name, e.g. {@code com/example/data/my-city-fy2024/}, not null
   * @return the dataset, never null
   * @throws DatasetException listing every error
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Dataset loadResource(ClassLoader loader, String folder) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(folder, "folder");
    String root = folder.endsWith("/") ? folder : folder + "/";
    return load("classpath:" + root, file -> {
      try (InputStream in = loader.getResourceAsStream(root + file)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + root + file, e);
      }
    }, new ArrayList<>());
  }

  private static Dataset load(String where, Function<String, Optional<byte[]>> reader, List<DatasetError> errors) {
    Run run = new Run(errors);
    Map<String, String> texts = new LinkedHashMap<>();
    for (String file : Stream.concat(FILES.stream(), OTHER_FILES.stream()).collect(Collectors.toList())) {
      Optional<byte[]> bytes = reader.apply(file);
      if (bytes.isEmpty()) {
        if (REQUIRED.contains(file)) {
          errors.add(new DatasetError(file, "/", "required file is missing"));
        }
        continue;
      }
      try {
        texts.put(file, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes.get())).toString());
      } catch (CharacterCodingException e) {
        errors.add(new DatasetError(file, "/", "is not valid UTF-8: " + e.getMessage()));
      }
    }
    // every value is validated against its type's schema: dx-core's, or this module's records (issue 14 part 6)
    DatasetManifest manifest = run.one(texts, "dataset.json", DatasetManifest.class);
    List<Located<Department>> departments = run.array(texts, "departments.json", Department.class);
    List<Located<DepartmentBlock>> blocks = run.array(texts, "blocks.json", DepartmentBlock.class);
    List<Located<BlockTakeUp>> takeUps = run.array(texts, "take-up.json", BlockTakeUp.class);
    List<Located<BlockInitiative>> initiatives = run.array(texts, "initiatives.json", BlockInitiative.class);
    List<Located<HeadlineFigure>> headlines = run.array(texts, "headline-figures.json", HeadlineFigure.class);
    List<Located<Highlight>> highlights = run.array(texts, "highlights.json", Highlight.class);
    List<Located<HistoryEvent>> history = run.array(texts, "history.json", HistoryEvent.class);
    List<Located<KpiSeries>> kpis = run.array(texts, "kpis.json", KpiSeries.class);
    List<Located<RoadmapItem>> roadmap = run.array(texts, "roadmap.json", RoadmapItem.class);
    MigrationPlan migration = run.oneTyped(texts, "migration-plan.json", MigrationPlan.class);
    DxPlan plan = run.oneTyped(texts, "plan.json", DxPlan.class);
    DigitalTools tools = run.one(texts, "tools.json", DigitalTools.class);
    AnalogRegulationPolicy analog = run.one(texts, "analog-regulation.json", AnalogRegulationPolicy.class);
    ProcurementRecords procurement = run.one(texts, PROCUREMENT_FILE, ProcurementRecords.class);

    // references are checked against the ids written in the files, so that an invalid element is reported once,
    // by its own file, and a malformed file switches off the checks that refer to it
    Set<String> departmentIds = run.writtenIds(texts, "departments.json", null);
    Set<String> blockIds = run.writtenIds(texts, "blocks.json", null);
    Set<String> initiativeIds = run.writtenIds(texts, "initiatives.json", "initiative");
    Map<String, Department> departmentById = new HashMap<>();
    for (Located<Department> d : departments) {
      if (departmentById.putIfAbsent(d.value.id(), d.value) != null) {
        run.error(d.file, d.pointer + "/id", "id '" + d.value.id() + "' must be unique in departments.json");
      }
    }
    Map<String, DepartmentBlock> blockById = new HashMap<>();
    Set<Integer> orders = new HashSet<>();
    for (Located<DepartmentBlock> b : blocks) {
      if (blockById.putIfAbsent(b.value.id(), b.value) != null) {
        run.error(b.file, b.pointer + "/id", "id '" + b.value.id() + "' must be unique in blocks.json");
      }
      if (!orders.add(b.value.order())) {
        run.error(b.file, b.pointer + "/order", "order " + b.value.order() + " must be unique in blocks.json");
      }
      b.value.departmentId().ifPresent(id -> checkDepartment(run, departmentIds, id, b.file, b.pointer + "/departmentId"));
    }

    Set<String> takeUpBlocks = new HashSet<>();
    for (Located<BlockTakeUp> t : takeUps) {
      DepartmentBlock block = checkBlock(run, blockIds, blockById, t.value.block(), t.file, t.pointer + "/block");
      if (!takeUpBlocks.add(t.value.block())) {
        run.error(t.file, t.pointer + "/block", "block '" + t.value.block() + "' has more than one take-up");
      }
      checkSameDepartment(run, block, t.value.takeUp().departmentId(), t.file, t.pointer + "/takeUp/departmentId");
      checkSameInference(run, block, t.value.takeUp().departmentInference(), t.file, t.pointer + "/takeUp/departmentInference");
      t.value.takeUp().departmentId().ifPresent(id ->
          checkDepartment(run, departmentIds, id, t.file, t.pointer + "/takeUp/departmentId"));
    }

    Map<String, Initiative> initiativeById = new HashMap<>();
    for (Located<BlockInitiative> i : initiatives) {
      Initiative in = i.value.initiative();
      if (initiativeById.putIfAbsent(in.id(), in) != null) {
        run.error(i.file, i.pointer + "/initiative/id", "id '" + in.id() + "' must be unique in initiatives.json");
      }
    }
    for (Located<BlockInitiative> i : initiatives) {
      Initiative in = i.value.initiative();
      DepartmentBlock block = checkBlock(run, blockIds, blockById, i.value.block(), i.file, i.pointer + "/block");
      checkSameDepartment(run, block, in.departmentId(), i.file, i.pointer + "/initiative/departmentId");
      checkSameInference(run, block, in.departmentInference(), i.file, i.pointer + "/initiative/departmentInference");
      in.departmentId().ifPresent(id -> checkDepartment(run, departmentIds, id, i.file, i.pointer + "/initiative/departmentId"));
      in.repostOf().ifPresent(r -> {
        if (initiativeIds != null && !initiativeIds.contains(r)) {
          run.error(i.file, i.pointer + "/initiative/repostOf", "repostOf '" + r + "' must be the id of an initiative in initiatives.json");
        }
      });
      if (manifest != null && !in.fiscalYear().equals(manifest.fiscalYear())) {
        run.error(i.file, i.pointer + "/initiative/fiscalYear", "fiscal year " + in.fiscalYear().year()
            + " must be the dataset's fiscal year " + manifest.fiscalYear().year() + " (dataset.json)");
      }
    }

    List<BlockWorkload> workloads = readWorkload(run, texts.get("workload.csv"), blockById, blockIds);

    uniqueIds(run, headlines, HeadlineFigure::id, "headline-figures.json");
    uniqueIds(run, highlights, Highlight::id, "highlights.json");
    uniqueIds(run, kpis, KpiSeries::id, "kpis.json");
    uniqueIds(run, roadmap, RoadmapItem::id, "roadmap.json");

    if (!errors.isEmpty()) {
      throw new DatasetException(where, errors);
    }
    return new Dataset(manifest, values(departments), values(blocks), values(takeUps), values(initiatives), workloads,
        values(headlines), values(highlights), values(history), values(kpis), values(roadmap),
        Optional.ofNullable(migration), Optional.ofNullable(plan), Optional.ofNullable(tools), Optional.ofNullable(analog),
        Optional.ofNullable(procurement));
  }

  private static <T> List<T> values(List<Located<T>> located) {
    return located.stream().map(l -> l.value).collect(Collectors.toList());
  }

  private static <T> void uniqueIds(Run run, List<Located<T>> items, Function<T, String> id, String file) {
    Set<String> seen = new HashSet<>();
    for (Located<T> l : items) {
      String v = id.apply(l.value);
      if (!seen.add(v)) {
        run.error(file, l.pointer + "/id", "id '" + v + "' must be unique in " + file);
      }
    }
  }

  private static void checkDepartment(Run run, Set<String> departments, String id, String file, String pointer) {
    if (departments != null && !departments.contains(id)) {
      run.error(file, pointer, "department '" + id + "' must be the id of a department in departments.json");
    }
  }

  private static DepartmentBlock checkBlock(Run run, Set<String> written, Map<String, DepartmentBlock> blocks, String id,
      String file, String where) {
    DepartmentBlock b = blocks.get(id);
    if (b == null && written != null && !written.contains(id)) {
      run.error(file, where, "block '" + id + "' must be the id of a block in blocks.json");
    }
    return b;
  }

  private static void checkSameDepartment(Run run, DepartmentBlock block, Optional<String> departmentId, String file,
      String pointer) {
    if (block != null && !block.departmentId().equals(departmentId)) {
      run.error(file, pointer, "departmentId '" + departmentId.orElse("(absent)") + "' must be its block's departmentId '"
          + block.departmentId().orElse("(absent)") + "' (blocks.json " + block.id() + ")");
    }
  }

  private static void checkSameInference(Run run, DepartmentBlock block, Optional<String> inference, String file,
      String pointer) {
    if (block != null && block.departmentId().isPresent() && !block.departmentInference().equals(inference)) {
      run.error(file, pointer, block.departmentInference().isPresent()
          ? "must repeat its block's departmentInference (blocks.json " + block.id() + "): the department is inferred, not stated"
          : "must be absent: its block's department is stated (blocks.json " + block.id() + ")");
    }
  }

  // ---------------------------------------------------------------- workload.csv

  private static List<BlockWorkload> readWorkload(Run run, String text, Map<String, DepartmentBlock> blocks,
      Set<String> writtenBlockIds) {
    List<BlockWorkload> result = new ArrayList<>();
    if (text == null) {
      return result;
    }
    String file = "workload.csv";
    // read through dx-ingest like every office file: header by name (any order), blank records and
    // Excel's empty trailing header cells skipped, every field located by line and column
    HeaderSpec.Builder<String> spec = HeaderSpec.builder();
    WORKLOAD_COLUMNS.forEach(c -> spec.column(c, true, c));
    Problems problems = new Problems();
    int[] reported = {0};
    Runnable report = () -> {
      List<Problem> listed = problems.listed();
      for (; reported[0] < listed.size(); reported[0]++) {
        Problem p = listed.get(reported[0]);
        run.error(file, p.location().place().replaceAll(" \\([A-Z]+\\)$", "")
            + p.header().map(h -> " (" + h + ")").orElse(""), p.reason());
      }
    };
    Set<String> seen = new HashSet<>();
    try (TableReader<String> table = TableReader.of(CsvSource.of(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)), file, Optional.of(StandardCharsets.UTF_8)), spec.build(), problems)) {
      while (table.next()) {
        report.run();
        Row<String> r = table.row();
        String[] row = new String[WORKLOAD_COLUMNS.size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = r.get(WORKLOAD_COLUMNS.get(c));
        }
        int line = (int) ((TextLocation) r.location()).line();
        CsvRow cells = new CsvRow(run, file, line, row);
        String blockId = cells.text(0, true);
        DepartmentBlock block = blockId == null ? null : blocks.get(blockId);
        if (blockId != null && block == null && writtenBlockIds != null && !writtenBlockIds.contains(blockId)) {
          cells.error(0, "block '" + blockId + "' must be the id of a block in blocks.json");
        }
        if (blockId != null && !seen.add(blockId)) {
          cells.error(0, "block '" + blockId + "' has more than one workload comparison");
        }
        FiscalYear baseFy = cells.fiscalYear(1);
        OptionalLong baseHours = cells.whole(2, true);
        FiscalYear compFy = cells.fiscalYear(3);
        OptionalLong compHours = cells.whole(4, true);
        OptionalLong stated = cells.whole(5, false);
        String baseHeading = cells.text(6, false);
        String compHeading = cells.text(7, false);
        String notesText = cells.text(8, false);
        List<String> notes = notesText == null ? List.of()
            : Stream.of(notesText.split(java.util.regex.Pattern.quote(NOTE_SEPARATOR))).map(String::strip)
                .collect(Collectors.toList());
        if (block == null) {
          cells.failed = true;
        }
        if (block == null || baseFy == null || compFy == null || baseHours.isEmpty() || compHours.isEmpty() || cells.failed) {
          continue;
        }
        try {
          WorkloadComparison.Builder b = WorkloadComparison.builder()
              .baseline(survey(block, baseFy, baseHours.getAsLong()))
              .comparison(survey(block, compFy, compHours.getAsLong()))
              .addAllNotes(notes);
          stated.ifPresent(b::statedChangeHours);
          WorkloadComparison comparison = b.build();
          checkHeading(cells, 6, baseHeading, baseFy, notes);
          checkHeading(cells, 7, compHeading, compFy, notes);
          result.add(new BlockWorkload(blockId, comparison, Optional.ofNullable(baseHeading),
              Optional.ofNullable(compHeading), line));
        } catch (IllegalArgumentException e) {
          run.error(file, "line " + line, e.getMessage());
        }
      }
    } catch (IngestException e) {
      // the file cannot be read further; its problems are listed
    }
    report.run();
    return result;
  }

  private static WorkloadSurvey survey(DepartmentBlock block, FiscalYear fy, long hours) {
    WorkloadSurvey.Builder b = WorkloadSurvey.builder().fiscalYear(fy).hours(hours);
    block.departmentId().ifPresent(b::departmentId);
    block.departmentInference().ifPresent(b::departmentInference);
    return b.build();
  }

  /**
   * A printed heading must name the recorded fiscal year; a heading whose year and era disagree
   * (2022(令和3)年度) may stay as printed only when the row's notes explain the fiscal year recorded.
   */
  private static void checkHeading(CsvRow cells, int column, String heading, FiscalYear recorded, List<String> notes) {
    if (heading == null) {
      return;
    }
    FiscalYear printed;
    try {
      printed = FiscalYear.parse(heading);
    } catch (IllegalArgumentException e) {
      if (notes.isEmpty()) {
        cells.error(column, "printed heading '" + heading + "' is not a consistent fiscal year (" + e.getMessage()
            + "): record the fiscal year the source means and explain it in the notes column, never silently");
      }
      return;
    }
    if (!printed.equals(recorded)) {
      cells.error(column, "printed heading '" + heading + "' names fiscal year " + printed.year()
          + " but the row records " + recorded.year());
    }
  }

  /** The cells of one CSV record with located conversions. */
  private static final class CsvRow {
    private final Run run;
    private final String file;
    private final int line;
    private final String[] cells;
    private boolean failed;

    CsvRow(Run run, String file, int line, String[] cells) {
      this.run = run;
      this.file = file;
      this.line = line;
      this.cells = cells;
    }

    void error(int column, String rule) {
      failed = true;
      run.error(file, "line " + line + ", column " + (column + 1) + " (" + WORKLOAD_COLUMNS.get(column) + ")", rule);
    }

    String text(int column, boolean required) {
      String v = cells[column].strip();
      if (v.isEmpty()) {
        if (required) {
          error(column, "must not be empty");
        }
        return null;
      }
      return v;
    }

    OptionalLong whole(int column, boolean required) {
      String v = text(column, required);
      if (v == null) {
        return OptionalLong.empty();
      }
      String s = java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC).replace(",", "").replace("△", "-").replace("▲", "-");
      try {
        return OptionalLong.of(Long.parseLong(s));
      } catch (NumberFormatException e) {
        error(column, "must be a whole number of hours, △ or - for a decrease (was '" + v + "')");
        return OptionalLong.empty();
      }
    }

    FiscalYear fiscalYear(int column) {
      String v = text(column, true);
      if (v == null) {
        return null;
      }
      try {
        return FiscalYear.parse(v);
      } catch (IllegalArgumentException e) {
        error(column, e.getMessage());
        return null;
      }
    }
  }

  // ---------------------------------------------------------------- JSON

  /** A value read from a file, with where it was read. */
  private static final class Located<T> {
    final T value;
    final String file;
    final String pointer;

    Located(T value, String file, String pointer) {
      this.value = value;
      this.file = file;
      this.pointer = pointer;
    }
  }

  /** One load: the errors collected so far. */
  private static final class Run {
    final List<DatasetError> errors;

    Run(List<DatasetError> errors) {
      this.errors = errors;
    }

    void error(String file, String location, String rule) {
      errors.add(new DatasetError(file, location.isEmpty() ? "/" : location, rule));
    }

    private final Map<String, Optional<JsonNode>> trees = new HashMap<>();

    /** The file's tree, parsed once; null when the file is absent or malformed (reported once). */
    JsonNode tree(Map<String, String> texts, String file) {
      String text = texts.get(file);
      if (text == null) {
        return null;
      }
      return trees.computeIfAbsent(file, f -> {
        try {
          return Optional.of(DxJson.readTree(text)); // within InputLimits, errors located
        } catch (DxJsonException located) {
          error(file, "line " + located.line() + ", column " + located.column(), "malformed JSON: " + located.reason());
          return Optional.empty();
        }
      }).orElse(null);
    }

    /**
     * The ids written in an array file (at {@code /i/id}, or {@code /i/<wrapper>/id}), whether or not their
     * elements were valid; null when the file is absent or malformed, so that references to it are not checked
     * and one broken file does not cascade into spurious errors elsewhere.
     */
    Set<String> writtenIds(Map<String, String> texts, String file, String wrapper) {
      JsonNode root = tree(texts, file);
      if (root == null || !root.isArray()) {
        return null;
      }
      Set<String> ids = new HashSet<>();
      for (JsonNode element : root) {
        JsonNode holder = wrapper == null ? element : element.path(wrapper);
        if (holder.path("id").isTextual()) {
          ids.add(holder.path("id").asText());
        }
      }
      return ids;
    }

    /** A file holding one object of a type of this package, validated against the type's schema (issue 14 part 6). */
    <T> T one(Map<String, String> texts, String file, Class<T> type) {
      JsonNode root = tree(texts, file);
      if (root == null) {
        return null;
      }
      if (!root.isObject()) {
        error(file, "/", "must be a JSON object (" + type.getSimpleName() + "), was " + root.getNodeType());
        return null;
      }
      return map(root, file, "", type);
    }

    /** A file holding one dx-core value, validated against its schema. */
    <T> T oneTyped(Map<String, String> texts, String file, Class<T> type) {
      JsonNode root = tree(texts, file);
      if (root == null) {
        return null;
      }
      return map(root, file, "", type);
    }

    /** A file holding an array; each element validated against its type's schema and mapped. */
    <T> List<Located<T>> array(Map<String, String> texts, String file, Class<T> type) {
      List<Located<T>> out = new ArrayList<>();
      JsonNode root = tree(texts, file);
      if (root == null) {
        return out;
      }
      if (!root.isArray()) {
        error(file, "/", "must be a JSON array of " + type.getSimpleName() + ", was " + root.getNodeType());
        return out;
      }
      ArrayNode array = (ArrayNode) root;
      for (int i = 0; i < array.size(); i++) {
        String pointer = "/" + i;
        T value = map(array.get(i), file, pointer, type);
        if (value != null) {
          out.add(new Located<>(value, file, pointer));
        }
      }
      return out;
    }

    private <T> T map(JsonNode node, String file, String pointer, Class<T> type) {
      int before = errors.size();
      validate(node, file, pointer, type);
      if (errors.size() > before) {
        return null; // the schema already said what is wrong; mapping would repeat it
      }
      try {
        JavaType javaType = MAPPER.constructType(type);
        return MAPPER.readerFor(javaType).readValue(node);
      } catch (JsonProcessingException e) {
        DxJsonException located = DxJson.located(e);
        String p = "/".equals(located.pointer()) ? "" : located.pointer();
        error(file, pointer + p, located.reason());
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (IllegalArgumentException e) {
        error(file, pointer.isEmpty() ? "/" : pointer, e.getMessage());
        return null;
      }
    }

    private void validate(JsonNode node, String file, String pointer, Class<?> schemaType) {
      Schema schema = SCHEMAS.computeIfAbsent(schemaType,
          t -> REGISTRY.getSchema(DxSchemas.schema(t), InputFormat.JSON));
      String json;
      try {
        json = MAPPER.writeValueAsString(node);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Cannot re-serialise a parsed JSON tree", e);
      }
      for (String[] e : relevant(schema.validate(json, InputFormat.JSON), schemaType.getSimpleName())) {
        error(file, pointer + e[0], e[1]);
      }
    }

    /**
     * Keeps the errors a person needs. A polymorphic value ({@code SavingsEstimate}, told apart by {@code kind}) is
     * an {@code anyOf} in the schema, and a failing value fails every branch: the branches whose {@code kind}
     * constant does not match are noise and are dropped, unless no branch matches the kind (then the kind itself is
     * the error). Identical messages are reported once.
     */
    private static List<String[]> relevant(List<Error> all, String typeName) {
      Map<String, List<Error>> byBranch = new LinkedHashMap<>();
      List<Error> outside = new ArrayList<>();
      for (Error e : all) {
        java.util.regex.Matcher m = ANY_OF_BRANCH.matcher(String.valueOf(e.getEvaluationPath()));
        if (m.find()) {
          byBranch.computeIfAbsent(String.valueOf(e.getInstanceLocation()).replaceAll("/kind$", "") + "|" + m.group(1),
              k -> new ArrayList<>()).add(e);
        } else {
          outside.add(e);
        }
      }
      List<Error> kept = new ArrayList<>(outside);
      Map<String, List<Error>> kindErrors = new LinkedHashMap<>();
      for (List<Error> branch : byBranch.values()) {
        boolean wrongKind = branch.stream().anyMatch(DatasetLoader.Run::isKindConst);
        if (wrongKind) {
          branch.stream().filter(DatasetLoader.Run::isKindConst)
              .forEach(e -> kindErrors.computeIfAbsent(location(e), k -> new ArrayList<>()).add(e));
        } else {
          kept.addAll(branch);
        }
      }
      Set<String> seen = new HashSet<>();
      List<String[]> out = new ArrayList<>();
      for (Error e : kept) {
        String at = location(e);
        if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
          at = at + "/" + e.getProperty().replace("~", "~0").replace("/", "~1");
        }
        String rule = "schema " + typeName + " (" + e.getKeyword() + "): " + e.getMessage();
        if ("enum".equals(e.getKeyword()) && at.endsWith("/kind") && e.getSchemaNode() != null && e.getSchemaNode().isArray()) {
          // a value discriminated by kind (issue 14: kind is one of the known ids, then that kind's schema): the
          // accepted kinds from the schema's enum, not from the validator's message
          java.util.List<String> kinds = new ArrayList<>();
          e.getSchemaNode().forEach(k -> kinds.add(k.isString() ? k.asString() : k.toString()));
          rule = "schema " + typeName + " (enum): kind " + e.getInstanceNode() + " must be one of " + String.join(", ", kinds);
        }
        if (seen.add(at + "|" + rule)) {
          out.add(new String[] {at, rule});
        }
      }
      if (kept.size() == outside.size()) {
        // no branch accepted the kind: say so once, listing the kinds the schema accepts
        for (Map.Entry<String, List<Error>> k : kindErrors.entrySet()) {
          // the accepted kind is the const keyword's value in the schema, not a quote in the validator's message
          String accepted = k.getValue().stream().map(e -> e.getSchemaNode() == null ? "?"
              : e.getSchemaNode().isString() ? e.getSchemaNode().asString() : e.getSchemaNode().toString())
              .distinct().collect(Collectors.joining(", "));
          Error first = k.getValue().get(0);
          out.add(new String[] {k.getKey(), "schema " + typeName + " (const): kind " + first.getInstanceNode()
              + " must be one of " + accepted});
        }
      }
      return out;
    }

    private static boolean isKindConst(Error e) {
      return "const".equals(e.getKeyword()) && String.valueOf(e.getInstanceLocation()).endsWith("/kind");
    }

    private static String location(Error e) {
      String at = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
      return "/".equals(at) ? "" : at;
    }
  }
}
