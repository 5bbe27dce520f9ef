package org.municipaldx.examples.cli;

import org.municipaldx.examples.output.IotComplianceOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.iot.MovelessSavings;
import org.municipaldx.iot.WorkingCalendar;
import org.municipaldx.iot.aggregate.Gap;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.iot.ingest.DeviceRegistry;
import org.municipaldx.iot.ingest.ReadingsCsvReader;
import org.municipaldx.iot.ingest.RegistryFormatException;
import org.municipaldx.iot.ingest.UplinkIngest;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.lpp.UplinkReader;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.report.LocationPeriod;
import org.municipaldx.iot.report.QuantityRow;
import org.municipaldx.iot.report.Span;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Limit;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.ingest.ExcelCsvWriter;
import org.municipaldx.metrics.notation.FormulaNotation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dx iot compliance}: the per-room compliance report of a month (or day, or fiscal year) of sensor data. */
@Command(name = "compliance", mixinStandardHelpOptions = true,
    description = {"Per location and period: readings per quantity, min/max/mean, readings and time out of range,",
        "exceedance spans, the judgement under the standard's own rule (per reading, or the day's average where",
        "the standard says so, with the source of each threshold), silent periods and coverage; days and months",
        "cut at Asia/Tokyo midnight whatever the input's offset. Messages that cannot be used are listed with",
        "file, line, byte offset, device and received time, and the rest is read. With a calendar",
        "(--working-days or --holidays), the moveless saving of the monitored places in the source's notation."})
public final class IotComplianceCommand implements Callable<Integer> {
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Option(names = "--uplinks", arity = "1..*", paramLabel = "FILE", required = true,
        description = "The Things Stack uplinks, one JSON message per line: a Storage Integration export "
            + "({\"result\": …}), webhook bodies or MQTT messages (needs --registry)")
    List<Path> uplinks;

    @Option(names = "--readings", arity = "1..*", paramLabel = "FILE", required = true,
        description = "readings CSV or .xlsx workbook: sensor/センサー, location/場所, time/日時, quantity/項目, value/値, "
            + "optional unit/単位 (a file with any problem is rejected whole, every problem listed)")
    List<Path> readings;
  }

  @Option(names = "--interval", paramLabel = "MINUTES",
      description = "with --readings: the reporting interval of sensors the registry does not give (for silences "
          + "and time out of range; unknown without it)")
  Long intervalMinutes;

  @Option(names = "--parallel", description = "with --readings: read each CSV on several threads (same table, same problems,"
      + " same spans; one parsing thread per processor, this thread accumulating their rows in file order, in the memory"
      + " of the one-thread read)")
  boolean parallel;

  @Option(names = "--max-spans", paramLabel = "N", defaultValue = "" + ComplianceAccumulator.DEFAULT_MAX_SPANS,
      description = "exceedance spans listed per row: the first N by start (default: ${DEFAULT-VALUE}); every "
          + "output says how many more there are, and the counts, time out of range and longest span stay exact")
  int maxSpans;

  @Option(names = "--spans", paramLabel = "FILE",
      description = "also write every exceedance span, listed or not, to this CSV, streamed as they are found "
          + "(location, period, quantity, sensor, limit, side, start, end, duration_s, readings, worst, unit, day)")
  Path spansFile;

  @Option(names = "--registry", paramLabel = "FILE",
      description = "device registry, CSV or JSON: device → sensor, building/floor/room, interval, LPP channel → quantity")
  Path registry;

  @Option(names = "--standard", paramLabel = "building-hygiene|school|FILE", defaultValue = "building-hygiene",
      description = "the standard: building-hygiene (建築物環境衛生管理基準), school (学校環境衛生基準) or a JSON file "
          + "(default: ${DEFAULT-VALUE})")
  String standard;

  @Option(names = "--period", paramLabel = "day|month|fy", defaultValue = "month",
      description = "rows per day, month or fiscal year (default: ${DEFAULT-VALUE})")
  String period;

  @Option(names = "--format", paramLabel = "text|json|csv|xlsx", defaultValue = "text",
      description = "output format (default: ${DEFAULT-VALUE}); xlsx: the report's tables as a workbook, one sheet "
          + "per table, written to --out FILE")
  String format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "with --format xlsx: the workbook to write (required: a workbook is not text)")
  Path out;

  @Option(names = "--sheet", paramLabel = "NAME",
      description = "for .xlsx readings: the sheet to read (default: the first visible sheet)")
  String sheet;

  @Option(names = "--html", paramLabel = "FILE", description = "also write the report as one self-contained HTML file")
  Path html;

  @Option(names = "--minutes-per-place", defaultValue = "5", paramLabel = "N",
      description = "minutes a manual measurement takes per place, for the moveless saving (default: ${DEFAULT-VALUE}, "
          + "the source minutes' 5分)")
  long minutesPerPlace;

  @Option(names = "--working-days", paramLabel = "N", description = "working days a year for the moveless saving")
  Long workingDays;

  @Option(names = "--holidays", paramLabel = "FILE",
      description = "holiday calendar (e.g. the Cabinet Office's syukujitsu.csv): working days = weekdays of the "
          + "data's fiscal year less these holidays and 12/29–1/3")
  Path holidays;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    CompliancePeriod.Kind kind = switch (period) {
      case "day" -> CompliancePeriod.Kind.DAY;
      case "month" -> CompliancePeriod.Kind.MONTH;
      case "fy" -> CompliancePeriod.Kind.FISCAL_YEAR;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--period: expected day, month or fy (was '" + period + "')");
    };
    if (!List.of("text", "json", "csv", "xlsx").contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format: expected text, json, csv or xlsx (was '"
          + format + "')");
    }
    IotComplianceXlsxOptions.check(spec.commandLine(), format, out, sheet, input.readings);
    if (registry == null && input.uplinks != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--uplinks needs --registry FILE (device → place)");
    }
    if (intervalMinutes != null && intervalMinutes <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--interval: must be positive minutes (was '"
          + intervalMinutes + "')");
    }
    if (workingDays != null && holidays != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --working-days or --holidays, not both");
    }
    EnvironmentalStandard std;
    try {
      std = standard(standard);
    } catch (org.municipaldx.core.InputException e) {
      err.println("dx iot compliance: " + e.getMessage());
      return DxCommand.INPUT_ERROR;
    }
    DeviceRegistry reg = null;
    if (registry != null) {
      try {
        reg = DeviceRegistry.read(registry);
      } catch (RegistryFormatException e) {
        err.println("dx iot compliance: " + e.getMessage());
        return DxCommand.INPUT_ERROR;
      }
    }
    if (maxSpans < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-spans: must be ≥ 0 (was " + maxSpans + ")");
    }
    ComplianceAccumulator acc = ComplianceAccumulator.create(std, kind, JAPAN).setMaxSpans(maxSpans);
    try (org.municipaldx.iot.report.SpansCsvWriter spansOut = spansFile == null ? null
        : org.municipaldx.iot.report.SpansCsvWriter.create(spansFile, JAPAN)) {
      if (spansOut != null) {
        acc.setSpanSink(spansOut);
      }
      int code = run(acc, reg, std, kind);
      if (code != DxCommand.OK && spansFile != null) {
        spansOut.close();
        Files.deleteIfExists(spansFile); // the input was rejected: no half-written spans file
      }
      return code;
    }
  }

  private int run(ComplianceAccumulator acc, DeviceRegistry reg, EnvironmentalStandard std, CompliancePeriod.Kind kind)
      throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    UplinkProblems problems = UplinkProblems.create();
    List<UplinkReader.Result> results = new ArrayList<>();
    if (input.uplinks != null) {
      UplinkIngest ingest = UplinkIngest.create(reg, acc, problems);
      for (Path f : input.uplinks) {
        try (InputStream in = Files.newInputStream(f)) {
          results.add(ingest.read(in, f.getFileName().toString()));
        }
      }
    } else {
      ReadingsCsvReader reader = ReadingsCsvReader.create();
      if (reg != null) {
        reader = reader.withRegistry(reg);
      }
      if (intervalMinutes != null) {
        reader = reader.withInterval(Duration.ofMinutes(intervalMinutes));
      }
      for (Path f : input.readings) {
        try {
          if (parallel && !org.municipaldx.iot.ingest.ReadingsXlsxReader.isWorkbook(f)) {
            reader.read(f, acc, Runtime.getRuntime().availableProcessors());
          } else {
            IotComplianceXlsxOptions.read(reader, f, sheet, acc);
          }
        } catch (IngestException e) {
          err.println("dx iot compliance: " + e.getMessage());
          return DxCommand.INPUT_ERROR;
        }
      }
    }
    ComplianceTable table = acc.finish();
    int places = reg != null ? reg.places() : (int) table.rows().stream().map(r -> r.location().key()).distinct().count();
    Saving saving = saving(places, table);
    IotComplianceOutput json = toJson(table, results, problems, saving);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> out.println(Json.write(json));
      case "csv" -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeCsv(table, bytes);
        out.print(bytes.toString(StandardCharsets.UTF_8));
      }
      case "xlsx" -> IotComplianceXlsxOptions.write(this.out, table, results, problems, saving);
      default -> out.print(toText(table, results, problems, saving));
    }
    out.flush();
    if (html != null) {
      try {
        Files.writeString(html, IotComplianceHtml.render(table, results, problems, saving.text()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + html + ": " + e.getMessage(), e);
      }
    }
    return DxCommand.OK;
  }

  static EnvironmentalStandard standard(String s) {
    switch (s) {
      case "building-hygiene": return Standards.BUILDING_HYGIENE;
      case "school": return Standards.SCHOOL;
      default:
        Path p = Path.of(s);
        if (!Files.isRegularFile(p)) {
          throw new org.municipaldx.core.InputException(org.municipaldx.core.InputLocation.of(s).atField("--standard"),
              "expected building-hygiene, school or a JSON file (was '" + s + "', which is no file)", null);
        }
        try {
          return DxJson.read(Files.readString(p, StandardCharsets.UTF_8), EnvironmentalStandard.class);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
    }
  }

  /** The moveless saving, or why it is unknown. */
  record Saving(Optional<FormulaEstimate> formula, String text) {}

  Saving saving(int places, ComplianceTable table) {
    long days;
    String basis;
    if (workingDays != null) {
      days = workingDays;
      basis = "working days as given (--working-days)";
    } else if (holidays != null && table.windowStart().isPresent()) {
      FiscalYear fy = FiscalYear.containing(table.windowStart().get().atZone(JAPAN).toLocalDate());
      try {
        days = WorkingCalendar.parse(Files.readAllBytes(holidays), holidays.getFileName().toString()).workingDays(fy);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      basis = "working days of " + fy + ": weekdays less the holidays of " + holidays.getFileName()
          + " and 12/29–1/3";
    } else {
      return new Saving(Optional.empty(), "moveless saving: unknown — the working days are not given "
          + "(--working-days N, or --holidays FILE such as the Cabinet Office's syukujitsu.csv)");
    }
    FormulaEstimate f = MovelessSavings.manualRounds(minutesPerPlace, places, days);
    String rendered = FormulaNotation.render(f, RoundingPolicy.seed(RoundingMode.HALF_UP));
    return new Saving(Optional.of(f), "moveless saving (ムーブレス) of the " + places + " monitored places: " + rendered
        + " a year (" + minutesPerPlace + "分 per place" + (minutesPerPlace == 5 ? ", the source minutes' figure" : "")
        + "; " + basis + ")");
  }

  // ------------------------------------------------------------------ JSON

  static IotComplianceOutput toJson(ComplianceTable t, List<UplinkReader.Result> results, UplinkProblems problems,
      Saving saving) {
    return IotComplianceJson.of(t, results, problems, saving.formula(), saving.text());
  }

  static BigDecimal seconds(Duration d) {
    BigDecimal s = BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  // ------------------------------------------------------------------ CSV

  static void writeCsv(ComplianceTable t, java.io.OutputStream out) {
    try (ExcelCsvWriter w = ExcelCsvWriter.open(out)) {
      w.writeRecord(List.of("location", "period", "quantity", "unit", "count", "min", "max", "mean", "judgement",
          "judged", "out_of_range", "time_out_of_range_s", "spans", "complies", "coverage", "gaps", "rule", "source",
          "spans_not_listed", "longest_span_s"));
      for (LocationPeriod r : t.rows()) {
        if (r.quantities().isEmpty()) {
          w.writeRecord(nulls(r.location().key(), r.period().toString(), null, null, 0L, null, null, null, null, null,
              null, null, null, null, r.coverage().orElse(null), (long) r.gaps().size(), null, null, null, null));
        }
        for (QuantityRow q : r.quantities()) {
          w.writeRecord(nulls(r.location().key(), r.period().toString(), q.quantity().name(), q.quantity().unit(),
              q.count(), q.min().orElse(null), q.max().orElse(null), q.mean(ComplianceAccumulator.SCALE).orElse(null),
              q.judgement().map(Enum::name).orElse(null), q.judged(), q.outOfRange(),
              q.timeOutOfRange().map(IotComplianceCommand::seconds).orElse(null), q.spanSummary().count(),
              q.complies().map(Object::toString).orElse(null), r.coverage().orElse(null), (long) r.gaps().size(),
              q.limits().stream().map(Limit::describe).reduce((a, b) -> a + " / " + b).orElse(null),
              q.limits().stream().map(Limit::source).distinct().reduce((a, b) -> a + " / " + b).orElse(null),
              q.spanSummary().notListed(), q.spanSummary().longest().map(IotComplianceCommand::seconds).orElse(null)));
        }
      }
    }
  }

  private static List<Object> nulls(Object... cells) {
    return java.util.Arrays.asList(cells);
  }

  // ------------------------------------------------------------------ text

  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  static String local(Instant t) {
    return LOCAL.format(t.atZone(JAPAN));
  }

  static String hm(Duration d) {
    long m = d.toMinutes();
    return m / 60 + "h" + String.format("%02d", m % 60) + "m";
  }

  static String toText(ComplianceTable t, List<UplinkReader.Result> results, UplinkProblems problems, Saving saving) {
    StringBuilder sb = new StringBuilder();
    sb.append(t.standard().japaneseName()).append(" (").append(t.standard().id()).append(") — rows per ")
        .append(t.periodKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .append(", days cut at midnight ").append(t.zone().getId()).append('\n');
    long uplinks = results.stream().mapToLong(UplinkReader.Result::uplinks).sum();
    long retrans = results.stream().mapToLong(UplinkReader.Result::retransmissions).sum();
    sb.append("data: ").append(t.windowStart().map(IotComplianceCommand::local).orElse("—")).append(" … ")
        .append(t.windowEnd().map(IotComplianceCommand::local).orElse("—")).append(" (JST); ")
        .append(Figures.group(t.readings())).append(" readings");
    if (!results.isEmpty()) {
      sb.append(" from ").append(Figures.group(uplinks)).append(" uplinks; ").append(Figures.group(retrans))
          .append(" retransmissions counted once; ").append(Figures.group(problems.total())).append(" messages not used");
    }
    sb.append('\n');
    Map<String, Integer> sources = new LinkedHashMap<>();
    for (LocationPeriod r : t.rows()) {
      sb.append('\n').append(r.location().key()).append("  ").append(r.period()).append("  ")
          .append(r.complies().map(c -> c ? "complies" : "DOES NOT COMPLY").orElse("not judged"))
          .append("  coverage ").append(r.coverage().map(c -> c.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN)
              + "%").orElse("unknown")).append("  sensors ").append(String.join(", ", r.sensors())).append('\n');
      if (!r.quantities().isEmpty()) {
        sb.append(String.format("  %-10s %8s %9s %9s %10s  %-22s %8s %6s %9s%n", "quantity", "readings", "min", "max",
            "mean", "rule", "judged", "out", "time out"));
      }
      for (QuantityRow q : r.quantities()) {
        String rule = q.limits().isEmpty() ? "no limit" : q.limits().stream().map(l -> {
          int n = sources.computeIfAbsent(l.source(), k -> sources.size() + 1);
          return l.describe() + "[" + n + "]";
        }).reduce((a, b) -> a + "," + b).get() + (q.judgement().map(j -> j.name().equals("DAILY_AVERAGE") ? " 日平均" : "")
            .orElse(""));
        sb.append(String.format("  %-10s %8s %9s %9s %10s  %-22s %8s %6s %9s%n", q.quantity().japaneseName(),
            Figures.group(q.count()), q.min().map(BigDecimal::toPlainString).orElse("—"),
            q.max().map(BigDecimal::toPlainString).orElse("—"),
            q.mean(2).map(BigDecimal::toPlainString).orElse("—"), rule,
            q.judged() + (q.judgement().map(j -> j.name().equals("DAILY_AVERAGE") ? "日" : "").orElse("")),
            q.outOfRange(), q.limits().isEmpty() || q.judgement().map(j -> j.name().equals("DAILY_AVERAGE")).orElse(false)
                ? "—" : q.timeOutOfRange().map(IotComplianceCommand::hm).orElse("unknown")));
        for (Span s : q.spans()) {
          sb.append("    ").append(s.above() ? "above " : "below ").append(s.limit().describe()).append(": ")
              .append(s.day().map(d -> d + " mean " + s.worst().toPlainString())
                  .orElse(local(s.start()) + " – " + local(s.end()) + " worst " + s.worst().toPlainString()))
              .append(" (").append(s.readings()).append(" readings, ").append(s.sensorId()).append(")\n");
        }
        if (q.spanSummary().notListed() > 0) {
          sb.append("    … ").append(Figures.group(q.spanSummary().notListed())).append(" more spans not listed (")
              .append(Figures.group(q.spanSummary().count())).append(" in all, the longest ")
              .append(hm(q.spanSummary().longest().orElseThrow())).append("; --max-spans N lists more, --spans FILE "
              + "writes every one)\n");
        }
      }
      for (Gap g : r.gaps()) {
        sb.append("    silent: ").append(g.sensorId()).append(' ').append(local(g.from())).append(" – ")
            .append(local(g.to())).append(" (").append(hm(g.duration())).append(")\n");
      }
    }
    if (!sources.isEmpty()) {
      sb.append("\nsources of the thresholds:\n");
      sources.forEach((s, n) -> sb.append("  [").append(n).append("] ").append(s).append('\n'));
    }
    if (problems.total() > 0) {
      sb.append("\nmessages not used (").append(Figures.group(problems.total())).append("):\n");
      problems.kept().stream().limit(100).forEach(p -> sb.append("  ").append(p).append('\n'));
      if (problems.total() > 100) {
        sb.append("  … and ").append(Figures.group(problems.total() - 100)).append(" more (all in --format json, up to ")
            .append(Figures.group(problems.limit())).append(")\n");
      }
    }
    sb.append('\n').append(saving.text()).append('\n');
    return sb.toString();
  }
}
