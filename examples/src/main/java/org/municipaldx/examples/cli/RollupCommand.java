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
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.Rate;
import org.municipaldx.metrics.batch.Rollup;
import org.municipaldx.metrics.batch.Sums;
import org.municipaldx.ingest.IngestException;
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

  @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file")
  Path file;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "UTF-8 or windows-31j (Shift_JIS as Excel writes it); default: detected")
  Charset encoding;

  @Option(names = "--format", description = "text, json or csv (Excel-safe) (default: ${DEFAULT-VALUE})", defaultValue = "text")
  String format;

  @Option(names = "--parallel", description = "use the parallel kernel (same result)")
  boolean parallel;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    if (encoding != null) {
      reader = reader.withCharset(encoding);
    }
    Rollup rollup;
    try {
      rollup = parallel ? reader.rollupParallel(file, Runtime.getRuntime().availableProcessors())
          : reader.rollup(file);
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

  static Map<String, Object> sums(Sums s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("minutesOnline", s.minutesOnline());
    m.put("online", s.online());
    m.put("total", s.total());
    m.put("takeUp", Rate.of(s.online(), s.total()).percent(org.municipaldx.examples.report.Percent.POLICY)
        .map(p -> p.toPlainString() + "%").orElse("undefined"));
    return m;
  }

  static Map<String, Object> toJson(Rollup r) {
    Map<String, Object> byDept = new LinkedHashMap<>();
    r.byDepartment().forEach((k, v) -> byDept.put(k, sums(v)));
    Map<String, Object> byFl = new LinkedHashMap<>();
    for (FiveLess f : FiveLess.values()) {
      byFl.put(f.name(), sums(r.byFiveLess().getOrDefault(f, Sums.ZERO)));
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("rows", r.rows());
    root.put("byDepartment", byDept);
    root.put("byFiveLess", byFl);
    root.put("total", sums(r.total()));
    return root;
  }

  static String toText(Rollup r) {
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
        Figures.group(s.total()), sums(s).get("takeUp")));
  }
}
