package org.municipaldx.examples.cli;

import org.municipaldx.examples.output.Rounding;
import org.municipaldx.examples.output.SurveyOutput;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.municipaldx.ingest.ExcelCsvWriter;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.survey.ApproximateTakeUp;
import org.municipaldx.survey.Coverage;
import org.municipaldx.survey.Dimension;
import org.municipaldx.survey.IdentityCheck;
import org.municipaldx.survey.MinutesPerCase;
import org.municipaldx.survey.SurveyAnalytics;
import org.municipaldx.survey.SurveyCode;
import org.municipaldx.survey.SurveyProblem;
import org.municipaldx.survey.SurveyProcedure;
import org.municipaldx.survey.SurveyReader;
import org.municipaldx.survey.SurveyResult;
import org.municipaldx.survey.TakeUpTable;
import org.municipaldx.survey.TimeSaving;
import org.municipaldx.core.Labelled;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dx survey FILE}: the national procedures survey (行政手続等の悉皆調査): take-up, problems, potential, coverage. */
@Command(name = "survey", mixinStandardHelpOptions = true,
    description = {"Reads the Digital Agency's national procedures survey (行政手続等の悉皆調査) CSV as published",
        "(survey mode: every row kept, every flaw listed with line, 手続ID, column and reason; --strict rejects",
        "the file on any flaw) and prints online take-up (Σ online / Σ cases, approximate) by group, the",
        "local-government view, five-less indicators, the identity-check mix, the time-saving potential when",
        "minutes per case are given (none are invented), a municipality's coverage gaps with --inventory, and",
        "the problem rows.",
        "--parallel reads the file in byte ranges on several threads: the same procedures, problems and figures.",
        "--format csv without --inventory, --html or --strict prints only the take-up table, so it reads only the",
        "columns take-up needs (手続ID, the --by column, 手続主体, 手続の受け手 and the three counts; one thread):",
        "the same table, faster. A byte that is not text or a row missing fields still rejects the file; the",
        "problems of the other columns are not looked for (the CSV does not list problems)."})
public final class SurveyCommand implements Callable<Integer> {
  private static final RoundingPolicy PERCENT = RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH);

  @Parameters(index = "0", paramLabel = "FILE", description = "the survey CSV (UTF-8 with or without BOM, or Windows-31J)")
  Path file;

  @Option(names = "--local", description = "only procedures whose actor or receiver includes local governments (地方等)")
  boolean local;

  @Option(names = "--by", paramLabel = "DIMENSION", defaultValue = "ministry",
      description = "group take-up by ministry, type, actor, receiver, local-work, status or office (default: ${DEFAULT-VALUE})")
  String by;

  @Option(names = "--minutes-per-case", paramLabel = "N", description = "minutes one case takes that going online saves (the source minutes use 30)")
  Long minutesPerCase;

  @Option(names = "--minutes", paramLabel = "FILE", description = "CSV of minutes per case by procedure type (columns 手続類型, 分/件)")
  Path minutesFile;

  @Option(names = "--inventory", paramLabel = "FILE", description = "a municipality's inventory CSV (columns 手続ID, 手続名, オンライン): list its coverage gaps")
  Path inventory;

  @Option(names = "--strict", description = "reject the file on any flaw instead of listing it")
  boolean strict;

  @Option(names = "--parallel", description = "read the file on several threads (the same procedures, problems and figures)")
  boolean parallel;

  @Option(names = "--problems", paramLabel = "N", defaultValue = "20", description = "problem rows printed as text (default: ${DEFAULT-VALUE}; JSON lists all)")
  int problemsShown;

  @Option(names = "--format", description = "text, json or csv (Excel-safe; the take-up table, or the coverage gaps with --inventory) (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  String format;

  @Option(names = "--html", paramLabel = "FILE",
      description = "also write one self-contained HTML page with charts (take-up, cases, five-less, identity checks)")
  Path html;

  @Option(names = "--coverage-xlsx", paramLabel = "FILE",
      description = "with --inventory: also write the coverage gaps as an Excel workbook (the CSV's columns, numbers as numbers)")
  Path coverageXlsx;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (minutesPerCase != null && minutesFile != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --minutes-per-case or --minutes, not both");
    }
    if (!List.of("text", "json", "csv").contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format: expected text, json or csv (was '" + format + "')");
    }
    if (coverageXlsx != null && inventory == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--coverage-xlsx needs --inventory FILE");
    }
    Dimension<?> dimension;
    try {
      dimension = Dimension.parse(by);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--by: " + e.getMessage());
    }
    if (takeUpOnly()) {
      return takeUpCsv(dimension);
    }
    SurveyResult result;
    MinutesPerCase minutes = null;
    List<Coverage.InventoryEntry> entries = null;
    try {
      SurveyReader reader = strict ? SurveyReader.strict() : SurveyReader.survey();
      if (parallel) {
        List<SurveyProcedure> procedures = new ArrayList<>();
        List<SurveyProblem> problems = new ArrayList<>();
        reader.forEach(file, procedures::add, problems::add, Math.max(2, Runtime.getRuntime().availableProcessors()));
        result = new SurveyResult(procedures, problems);
      } else {
        result = reader.read(file);
      }
      if (minutesPerCase != null) {
        minutes = MinutesPerCase.uniform(minutesPerCase, "--minutes-per-case " + minutesPerCase + " (given on the command line)");
      } else if (minutesFile != null) {
        minutes = MinutesPerCase.read(minutesFile);
      }
      if (inventory != null) {
        entries = Coverage.readInventory(inventory);
      }
    } catch (IngestException e) {
      spec.commandLine().getErr().println("dx survey: " + e.getMessage());
      return DxCommand.INPUT_ERROR;
    } catch (org.municipaldx.core.InputException e) {
      spec.commandLine().getErr().println("dx survey: " + e.getMessage());
      return DxCommand.INPUT_ERROR;
    }
    List<SurveyProcedure> view = local ? result.procedures().stream().filter(SurveyProcedure::involvesLocalGovernment).toList()
        : result.procedures();
    TakeUpTable<?> table = table(dimension, view);
    TakeUpTable<Object> localTable = TakeUpTable.localBy(anyDimension(dimension));
    result.procedures().forEach(localTable);
    List<TimeSaving> potential = minutes == null ? List.of() : SurveyAnalytics.timeSavingPotential(view, minutes);
    List<Coverage.Gap> gaps = entries == null ? null : Coverage.gaps(result.procedures(), entries, minutes);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json":
        out.println(Json.write(json(result, view, table, localTable.total(), potential, minutes, gaps)));
        break;
      case "csv":
        out.print(csv(table, gaps));
        break;
      default:
        out.print(text(result, view, table, localTable.total(), potential, minutes, gaps));
    }
    out.flush();
    if (html != null) {
      SurveyOutputs.writeHtml(html, file, strict, local, result, view, table, localTable.total(), potential,
          minutes == null ? null : minutes.source(), gaps);
    }
    if (coverageXlsx != null) {
      SurveyOutputs.writeCoverageXlsx(coverageXlsx, gaps);
    }
    return DxCommand.OK;
  }

  /** {@return whether the output is the take-up table alone, which the reader's take-up path gives} */
  private boolean takeUpOnly() {
    return format.equals("csv") && inventory == null && html == null && !strict;
  }

  /** The take-up table as CSV from {@link SurveyReader#takeUp}: only the columns take-up reads are typed. */
  private int takeUpCsv(Dimension<?> dimension) {
    TakeUpTable<Object> table = local ? TakeUpTable.localBy(anyDimension(dimension)) : TakeUpTable.by(anyDimension(dimension));
    try {
      SurveyReader.survey().takeUp(file, table, p -> { });
      if (minutesFile != null) {
        MinutesPerCase.read(minutesFile); // checked as the full read checks it, though the CSV does not use it
      }
    } catch (IngestException e) {
      spec.commandLine().getErr().println("dx survey: " + e.getMessage());
      return DxCommand.INPUT_ERROR;
    } catch (org.municipaldx.core.InputException e) {
      spec.commandLine().getErr().println("dx survey: " + e.getMessage());
      return DxCommand.INPUT_ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(csv(table, null));
    out.flush();
    return DxCommand.OK;
  }

  @SuppressWarnings("unchecked")
  private static Dimension<Object> anyDimension(Dimension<?> d) {
    return (Dimension<Object>) d;
  }

  private static TakeUpTable<?> table(Dimension<?> d, List<SurveyProcedure> ps) {
    TakeUpTable<Object> t = TakeUpTable.by(anyDimension(d));
    ps.forEach(t);
    return t;
  }

  static String label(Object key) {
    if (key instanceof SurveyCode c) {
      return c.code().equals(c.japaneseName()) ? c.japaneseName() : c.code() + " " + c.japaneseName();
    }
    if (key instanceof Labelled l) {
      return l.japaneseName();
    }
    return String.valueOf(key);
  }

  static String percent(ApproximateTakeUp t) {
    return t.percent(PERCENT).map(p -> "約" + p.toPlainString() + "%").orElse("undefined");
  }

  static SurveyOutput.TakeUp takeUpJson(ApproximateTakeUp t) {
    return new SurveyOutput.TakeUp(t.procedures(), t.cases().approximately(), t.onlineCases().approximately(),
        t.percent(PERCENT), Rounding.of(PERCENT), t.cases().basis());
  }

  private SurveyOutput json(SurveyResult r, List<SurveyProcedure> view, TakeUpTable<?> table, ApproximateTakeUp localTotal,
      List<TimeSaving> potential, MinutesPerCase minutes, List<Coverage.Gap> gaps) {
    List<SurveyOutput.Group> groups = new ArrayList<>();
    table.groups().forEach((k, t) -> groups.add(
        new SurveyOutput.Group(k instanceof Enum<?> e ? e.name() : String.valueOf(k), label(k), takeUpJson(t))));
    SurveyAnalytics.FiveLess f = SurveyAnalytics.fiveLess(view);
    Map<IdentityCheck, Long> mix = new java.util.EnumMap<>(IdentityCheck.class);
    mix.putAll(SurveyAnalytics.identityCheckMix(view));
    java.util.Optional<SurveyOutput.TimeSavingPotential> ts = minutes == null ? java.util.Optional.empty()
        : java.util.Optional.of(new SurveyOutput.TimeSavingPotential(minutes.source(),
            potential.stream().mapToLong(TimeSaving::approximateMinutes).reduce(0, Math::addExact), potential.size(),
            potential.stream().limit(20).map(SurveyCommand::savingJson).toList()));
    return new SurveyOutput(file.toString(), strict ? "strict" : "survey", r.procedures().size(),
        local ? "local-government" : "national", table.dimension().name(),
        "counts are approximate: two significant figures; local-government counts estimated from sample municipalities",
        groups, table.ungrouped(), takeUpJson(table.total()), takeUpJson(localTotal),
        new SurveyOutput.FiveLess(f.procedures(), f.counterless(), f.feeProcedures(), f.cashless(), f.applications(),
            f.paperless()),
        mix, ts, gaps == null ? java.util.Optional.empty() : java.util.Optional.of(gaps.stream().map(SurveyCommand::gapJson).toList()),
        r.problems().size(), r.problems().stream().map(SurveyCommand::problemJson).toList());
  }

  static SurveyOutput.Saving savingJson(TimeSaving s) {
    return new SurveyOutput.Saving(s.procedureId(), s.name(), s.ministry(), s.offlineCases().approximately(),
        s.minutesPerCase(), s.approximateMinutes(), s.provenance());
  }

  static SurveyOutput.Gap gapJson(Coverage.Gap g) {
    return new SurveyOutput.Gap(g.procedure().id(), g.procedure().name(), g.procedure().totalCases().approximately(),
        g.cityStatus(), g.cityName(),
        g.minutesPerCase().isPresent() ? java.util.Optional.of(g.minutesPerCase().getAsLong()) : java.util.Optional.empty(),
        g.approximateMinutes().isPresent() ? java.util.Optional.of(g.approximateMinutes().getAsLong()) : java.util.Optional.empty());
  }

  static SurveyOutput.Problem problemJson(SurveyProblem p) {
    return new SurveyOutput.Problem(p.procedureId(), p.line(), p.problem().column(),
        p.surveyColumn().map(c -> c.japaneseName()), p.reason());
  }

  private String text(SurveyResult r, List<SurveyProcedure> view, TakeUpTable<?> table, ApproximateTakeUp localTotal,
      List<TimeSaving> potential, MinutesPerCase minutes, List<Coverage.Gap> gaps) {
    StringBuilder sb = new StringBuilder();
    sb.append("national procedures survey (行政手続等の悉皆調査): ").append(file).append(" (").append(strict ? "strict" : "survey")
        .append(" mode)\n").append(Figures.group(r.procedures().size())).append(" procedures, ")
        .append(Figures.group(r.problems().size())).append(" problems")
        .append(local ? "; view: local governments (actor or receiver includes 地方等), " + Figures.group(view.size()) + " procedures" : "")
        .append("\ncounts are approximate (約): two significant figures; local-government counts estimated from sample municipalities\n\n");
    sb.append("take-up by ").append(table.dimension().name()).append(" (").append(table.dimension().japaneseName()).append(")\n");
    sb.append(String.format("%-34s %10s %16s %16s %10s%n", "", "procedures", "cases", "online", "take-up"));
    table.groups().forEach((k, t) -> sb.append(row(label(k), t)));
    if (table.ungrouped() > 0) {
      sb.append("  (").append(table.ungrouped()).append(" procedures without a value)\n");
    }
    sb.append(row("total", table.total()));
    sb.append(row("local governments (地方等)", localTotal)).append('\n');
    SurveyAnalytics.FiveLess f = SurveyAnalytics.fiveLess(view);
    sb.append("five-less: counterless (online) ").append(f.counterless()).append('/').append(f.procedures())
        .append(" procedures; cashless (online payment offered) ").append(f.cashless()).append('/').append(f.feeProcedures())
        .append(" with a fee; paperless (no paper attachments) ").append(f.paperless()).append('/').append(f.applications())
        .append(" applications\nidentity checks:");
    Map<IdentityCheck, Long> mix = SurveyAnalytics.identityCheckMix(view);
    mix.forEach((c, n) -> sb.append(' ').append(c.japaneseName()).append(' ').append(n));
    sb.append(mix.isEmpty() ? " none\n" : "\n");
    if (minutes != null) {
      long total = potential.stream().mapToLong(TimeSaving::approximateMinutes).reduce(0, Math::addExact);
      sb.append("\ntime-saving potential: 約").append(Figures.group(total)).append("分 = 約")
          .append(Figures.group(BigDecimal.valueOf(total).divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP)))
          .append("時間 over ").append(potential.size()).append(" procedures (cases not online × minutes; ").append(minutes.source())
          .append(")\n");
      potential.stream().limit(10).forEach(s -> sb.append("  ").append(s).append('\n'));
    }
    if (gaps != null) {
      sb.append("\ncoverage: ").append(gaps.size()).append(" procedures online nationally but not in this city\n");
      gaps.stream().limit(20).forEach(g -> sb.append("  手続ID ").append(g.procedure().id()).append(' ').append(g.procedure().name())
          .append(": ").append(g.procedure().totalCases()).append("件 nationally; ")
          .append(g.cityStatus() == Coverage.CityStatus.NOT_ONLINE ? "not online here (" + g.cityName() + ")" : "not in the inventory")
          .append(g.approximateMinutes().isPresent() ? "; 約" + Figures.group(g.approximateMinutes().getAsLong()) + "分" : "").append('\n'));
    }
    sb.append("\nproblems: ").append(r.problems().size()).append('\n');
    r.problems().stream().limit(problemsShown).forEach(p -> sb.append("  ").append(p).append('\n'));
    if (r.problems().size() > problemsShown) {
      sb.append("  … and ").append(r.problems().size() - problemsShown).append(" more (--problems N, or --format json for all)\n");
    }
    return sb.toString();
  }

  private static String row(String label, ApproximateTakeUp t) {
    return String.format("%-34s %10s %16s %16s %10s%n", label, Figures.group(t.procedures()), t.cases(), t.onlineCases(), percent(t));
  }

  private static String csv(TakeUpTable<?> table, List<Coverage.Gap> gaps) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (gaps != null) {
      Coverage.writeCsv(gaps, bytes);
    } else {
      try (ExcelCsvWriter w = ExcelCsvWriter.open(bytes)) {
        w.writeRecord(List.of(table.dimension().japaneseName(), "手続数", "総手続件数（概数）", "オンライン手続件数（概数）", "オンライン利用率（%・概数）"));
        table.groups().forEach((k, t) -> w.writeRecord(java.util.Arrays.asList(label(k), t.procedures(), t.cases().approximately(),
            t.onlineCases().approximately(), t.percent(PERCENT).orElse(null))));
        ApproximateTakeUp t = table.total();
        w.writeRecord(java.util.Arrays.asList("合計", t.procedures(), t.cases().approximately(), t.onlineCases().approximately(),
            t.percent(PERCENT).orElse(null)));
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
