package org.municipaldx.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.Ids;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.Rate;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.Sums;
import org.municipaldx.core.Department;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.examples.output.Percentage;
import org.municipaldx.examples.output.RollupOutput;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.HeaderSpec;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.Problems;
import org.municipaldx.ingest.Row;
import org.municipaldx.ingest.TableReader;
import org.municipaldx.ingest.TextEncoding;
import org.municipaldx.ingest.TextLocation;
import org.municipaldx.metrics.csv.ProcedureYearColumn;
import java.util.List;
import org.municipaldx.metrics.csv.ProcedureYearCsvReader;
import org.municipaldx.metrics.csv.RollupCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dx rollup FILE}: the batch roll-up of a procedure-stats CSV by department and five-less category. */
@Command(name = "rollup", mixinStandardHelpOptions = true,
    description = {"Reads a procedure-stats CSV as an office exports it from Excel (UTF-8, UTF-8 with BOM or",
        "Windows-31J) and rolls it up by department and by five-less category in exact integer arithmetic:",
        "Σ minutes×online, Σ online, Σ total. A file with any error is rejected whole; every error names its",
        "line and column (exit code 1)."})
public final class RollupCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file, or an .xlsx workbook")
  Path file;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "UTF-8 or windows-31j (Shift_JIS as Excel writes it); default: detected")
  Charset encoding;

  @Option(names = "--format", description = "text, json or csv (Excel-safe) (default: ${DEFAULT-VALUE})", defaultValue = "text")
  String format;

  @Option(names = "--parallel", description = "read the file on several threads (same result, same problems):"
      + " a CSV's byte ranges, or a workbook's blocks of rows")
  boolean parallel;

  @Option(names = "--departments", paramLabel = "FILE",
      description = {"the departments, so that 部局 cells may name them (Japanese or English) as well as give ids:",
          "a JSON array in dx-core's Department schema (a dataset's departments.json) or a CSV with the",
          "columns id (部局ID) and japaneseName (部局名), optionally englishName (英語名)"})
  Path departments;
  @Option(names = "--sheet", paramLabel = "NAME",
      description = "for an .xlsx workbook: the sheet to read (default: the first visible sheet); its part is"
          + " inflated on a second thread while it is parsed, and with --parallel blocks of its rows are also parsed"
          + " on several threads (same result, same problems), its cells located as Excel shows them (手続!C12)")
  String sheet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    if (encoding != null) {
      reader = reader.withCharset(encoding);
    }
    if (departments != null) {
      try {
        reader = reader.withDepartmentNames(departmentNames(departments));
      } catch (IngestException e) {
        spec.commandLine().getErr().println("dx rollup: " + e.getMessage());
        return DxCommand.INPUT_ERROR;
      }
    }
    if ("json".equals(format)) {
      warmUpJson();
    }
    ProcedureYearRollup rollup;
    Workbooks.checkSheetOption(spec.commandLine(), file, sheet);
    try {
      if (Workbooks.isWorkbook(file)) {
        try (org.municipaldx.ingest.xlsx.XlsxSource src = Workbooks.open(file, sheet,
            parallel ? Runtime.getRuntime().availableProcessors() : 1)) {
          rollup = reader.partial(src).toRollup();
        }
      } else {
        rollup = parallel ? reader.rollupParallel(file, Runtime.getRuntime().availableProcessors())
            : reader.rollup(file);
      }
    } catch (IngestException e) {
      spec.commandLine().getErr().println("dx rollup: " + e.getMessage());
      return DxCommand.INPUT_ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json":
        out.println(Json.write(toJson(rollup)));
        break;
      case "csv":
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RollupCsv.write(rollup, bytes);
        out.print(bytes.toString(StandardCharsets.UTF_8));
        break;
      case "text":
        out.print(toText(rollup));
        break;
      default:
        throw new CommandLine.ParameterException(spec.commandLine(), "--format: expected text, json or csv (was '" + format + "')");
    }
    out.flush();
    return DxCommand.OK;
  }

  /**
   * Writes a one-department roll-up to JSON on a daemon thread and drops it, while the file is read: the first
   * use of Jackson's mapper (about 600 classes loaded, serializers of the output records built) would otherwise
   * come after the read, on the command's critical path. The output is written as before, from the real
   * roll-up, by the same mapper (thread-safe); this thread only makes its caches warm (issue 10).
   */
  private static void warmUpJson() {
    Thread t = new Thread(() -> {
      Sums one = new Sums(1, 1, 2);
      Json.write(toJson(ProcedureYearRollup.of(Map.of("warm-up", one), Map.of(FiveLess.PAPERLESS, one), one, 1)));
    }, "dx-json-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.setUncaughtExceptionHandler((thread, e) -> { }); // a warm-up only: the real write reports any failure
    t.start();
  }

  /** The columns of a departments CSV. */
  enum DepartmentColumn { ID, JAPANESE_NAME, ENGLISH_NAME }

  /**
   * Reads department names by id: a JSON array of {@code Department} or a CSV of id and names.
   *
   * @throws IngestException naming file, line and column of every problem
   */
  static Map<String, List<String>> departmentNames(Path file) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    byte[] bytes;
    try {
      bytes = java.nio.file.Files.readAllBytes(file); // a departments file is small
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(file + ": cannot read", e);
    }
    String text = TextEncoding.decode(bytes, java.util.Optional.empty(), file.toString());
    if (text.stripLeading().startsWith("[")) {
      List<Department> list;
      try {
        list = DxJson.mapper().readValue(text, new com.fasterxml.jackson.core.type.TypeReference<List<Department>>() {});
      } catch (java.io.IOException | IllegalArgumentException e) {
        throw IngestException.of(Problem.of(new TextLocation(file.toString(), 1, 0, -1),
            "not a JSON array of departments: " + e.getMessage()));
      }
      for (Department d : list) {
        List<String> n = new java.util.ArrayList<>();
        n.add(d.japaneseName());
        d.englishName().ifPresent(n::add);
        names.put(d.id(), n);
      }
      return names;
    }
    HeaderSpec<DepartmentColumn> layout = HeaderSpec.<DepartmentColumn>builder()
        .column(DepartmentColumn.ID, true, "部局ID", "id", "departmentId")
        .column(DepartmentColumn.JAPANESE_NAME, true, "部局名", "japaneseName", "名称", "name")
        .column(DepartmentColumn.ENGLISH_NAME, false, "英語名", "englishName").build();
    Problems problems = new Problems();
    try (TableReader<DepartmentColumn> t = TableReader.of(CsvSource.of(new java.io.ByteArrayInputStream(bytes),
        file.toString(), java.util.Optional.empty()), layout, problems)) {
      while (t.next()) {
        Row<DepartmentColumn> r = t.row();
        String id = r.get(DepartmentColumn.ID).strip();
        if (!Ids.isModelId(id)) {
          r.problem(DepartmentColumn.ID, "'" + id + "' is not a department id (" + Ids.MODEL_ID_PATTERN + ")");
          continue;
        }
        List<String> n = new java.util.ArrayList<>();
        n.add(r.get(DepartmentColumn.JAPANESE_NAME).strip());
        if (r.has(DepartmentColumn.ENGLISH_NAME) && !r.get(DepartmentColumn.ENGLISH_NAME).isBlank()) {
          n.add(r.get(DepartmentColumn.ENGLISH_NAME).strip());
        }
        if (names.put(id, n) != null) {
          r.problem(DepartmentColumn.ID, "department '" + id + "' appears twice");
        }
      }
    }
    problems.throwIfAny(file.toString());
    return names;
  }

  /** {@return the help section listing every accepted column name of the procedure-stats CSV} */
  static String columnsHelp() {
    HeaderSpec<ProcedureYearColumn> layout = ProcedureYearCsvReader.create().layout();
    StringBuilder sb = new StringBuilder("%nColumns of FILE (any order; header names match ignoring full-width/half-width,%n"
        + "case, spaces, hyphens and underscores; blank rows and Excel's empty trailing header cells are ignored):%n");
    for (ProcedureYearColumn c : layout.columns()) {
      sb.append("  ").append(String.join(", ", layout.names(c)))
          .append(layout.required().contains(c) ? "" : "  (optional)").append("%n");
    }
    return sb.toString();
  }

  /** @return the take-up as the text output prints it, e.g. {@code 64.4%} (0.1 %, half-up) */
  static String takeUpText(Sums s) {
    return Rate.of(s.online(), s.total()).percent(org.municipaldx.examples.report.Percent.POLICY)
        .map(p -> p.toPlainString() + "%").orElse("undefined");
  }

  static RollupOutput.Sums sumsJson(Sums s) {
    return new RollupOutput.Sums(s.minutesOnline(), s.online(), s.total(),
        Percentage.of(s.online(), s.total(), org.municipaldx.examples.report.Percent.POLICY));
  }

  static RollupOutput toJson(ProcedureYearRollup r) {
    Map<String, RollupOutput.Sums> byDept = new LinkedHashMap<>();
    r.byDepartment().forEach((k, v) -> byDept.put(k, sumsJson(v)));
    Map<FiveLess, RollupOutput.Sums> byFl = new java.util.EnumMap<>(FiveLess.class);
    for (FiveLess f : FiveLess.values()) {
      byFl.put(f, sumsJson(r.byFiveLess().getOrDefault(f, Sums.ZERO)));
    }
    return new RollupOutput(r.rows(), byDept, byFl, sumsJson(r.total()));
  }

  static String toText(ProcedureYearRollup r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%d rows%n%n%-24s %18s %14s %14s %9s%n", r.rows(), "department", "minutes×online", "online", "total", "take-up"));
    r.byDepartment().forEach((k, v) -> line(sb, k, v));
    sb.append(String.format("%n%-24s %18s %14s %14s %9s%n", "five-less", "minutes×online", "online", "total", "take-up"));
    for (FiveLess f : FiveLess.values()) {
      line(sb, f.japaneseName(), r.byFiveLess().getOrDefault(f, Sums.ZERO));
    }
    sb.append('\n');
    line(sb, "total", r.total());
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, Sums s) {
    sb.append(String.format("%-24s %18s %14s %14s %9s%n", label, Figures.group(s.minutesOnline()), Figures.group(s.online()),
        Figures.group(s.total()), takeUpText(s)));
  }
}
