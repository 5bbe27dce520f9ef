package org.municipaldx.examples.cli;

import org.municipaldx.examples.output.Percentage;
import org.municipaldx.examples.output.RegulationsOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.RegulationType;
import org.municipaldx.regulation.csv.RegulationCsv;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.RecordSource;
import org.municipaldx.regulation.review.ProgressCell;
import org.municipaldx.regulation.review.ReviewProgress;
import org.municipaldx.regulation.review.ReviewState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dx regulations FILE}: progress of an analog-regulation inventory by type × state × department. */
@Command(name = "regulations", mixinStandardHelpOptions = true,
    description = {"Reads an analog-regulation inventory in the dx-regulation CSV format (items.csv, and its",
        "history.csv beside it when present) and reports the review's progress by regulation type × review",
        "state × department, the shares decided and revised, and the items past their target date."})
public final class RegulationsCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "the inventory's items.csv, or an .xlsx workbook")
  Path items;

  @Option(names = "--history", paramLabel = "FILE", description = "its history.csv (default: history.csv beside FILE, if present)")
  Path history;

  @Option(names = "--as-of", paramLabel = "DATE", description = "the date of the view (default: today)")
  LocalDate asOf;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Option(names = "--sheet", paramLabel = "NAME",
      description = "for an .xlsx FILE: the items' sheet (default: the first visible sheet); errors name sheet and cell")
  String sheet;

  @Option(names = "--history-sheet", paramLabel = "NAME",
      description = "for an .xlsx --history: the history's sheet (default: the first visible sheet)")
  String historySheet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path h = history != null ? history : items.resolveSibling(RegulationCsv.HISTORY);
    boolean hasHistory = history != null || Files.isRegularFile(h);
    Workbooks.checkSheetOption(spec.commandLine(), items, sheet);
    if (historySheet != null) {
      Workbooks.checkSheetOption(spec.commandLine(), hasHistory ? h : items, historySheet);
    }
    List<RegulationItem> inventory;
    try {
      if (Workbooks.isWorkbook(items) || hasHistory && Workbooks.isWorkbook(h)) {
        // workbooks (or a workbook and a CSV): read as record sources, problems located by sheet and cell
        RecordSource itemSource = source(items, sheet);
        RecordSource historySource = null;
        try {
          historySource = hasHistory ? source(h, historySheet) : null;
        } finally {
          if (hasHistory && historySource == null) {
            itemSource.close();
          }
        }
        inventory = RegulationCsv.read(itemSource, historySource);
      } else {
        byte[] historyBytes = hasHistory ? Files.readAllBytes(h) : null;
        inventory = RegulationCsv.read(Files.readAllBytes(items), historyBytes);
      }
    } catch (IngestException e) {
      spec.commandLine().getErr().println("dx regulations: " + e.getMessage());
      return DxCommand.INPUT_ERROR;
    }
    ReviewProgress p = ReviewProgress.of(inventory, asOf != null ? asOf : LocalDate.now());
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? Json.write(toJson(p)) + "\n" : toText(p));
    out.flush();
    return DxCommand.OK;
  }

  private static RecordSource source(Path file, String sheetName) {
    return Workbooks.isWorkbook(file) ? Workbooks.open(file, sheetName) : CsvSource.open(file);
  }

  static String share(org.municipaldx.metrics.Rate s) {
    // one decimal, half up, printed with its decimal (0.0%, 50.0%) as before
    org.municipaldx.metrics.RoundingPolicy tenth = org.municipaldx.metrics.RoundingPolicy.of(
        java.math.RoundingMode.HALF_UP, org.municipaldx.metrics.RoundingPolicy.TENTH);
    return s.numerator() + "/" + s.denominator() + " ("
        + s.percent(tenth).map(v -> v.setScale(1).toPlainString() + "%").orElse("undefined") + ")";
  }

  /** Shares of items: to 0.1 %, half-up (the text's {@link #share}). */
  static final org.municipaldx.metrics.RoundingPolicy SHARE_POLICY =
      org.municipaldx.metrics.RoundingPolicy.of(java.math.RoundingMode.HALF_UP, org.municipaldx.metrics.RoundingPolicy.TENTH);

  static Percentage shareJson(org.municipaldx.metrics.Rate s) {
    return Percentage.of(s.numerator(), s.denominator(), SHARE_POLICY);
  }

  static RegulationsOutput toJson(ReviewProgress p) {
    List<RegulationsOutput.Cell> cells = new ArrayList<>();
    for (Map.Entry<ProgressCell, Long> e : p.cells().entrySet()) {
      cells.add(new RegulationsOutput.Cell(e.getKey().type(), e.getKey().type().japaneseName(), e.getKey().state(),
          e.getKey().departmentId(), e.getValue()));
    }
    Map<ReviewState, Long> byState = new java.util.EnumMap<>(ReviewState.class);
    for (ReviewState s : ReviewState.values()) {
      byState.put(s, p.countByState(s));
    }
    Map<RegulationType, Long> byType = new java.util.EnumMap<>(RegulationType.class);
    for (RegulationType t : RegulationType.values()) {
      byType.put(t, p.countByType(t));
    }
    return new RegulationsOutput(p.asOf(), p.items(), p.typeAssignments(), byState, byType, cells,
        shareJson(p.decidedShare()), shareJson(p.revisedShare()), List.copyOf(p.pastTarget()));
  }

  static String toText(ReviewProgress p) {
    StringBuilder sb = new StringBuilder();
    sb.append("as of ").append(p.asOf()).append(": ").append(p.items()).append(" items, ")
        .append(p.typeAssignments()).append(" type assignments (a provision can have several types)\n\n");
    sb.append(String.format("%-24s %-14s %-20s %6s%n", "type", "state", "department", "count"));
    p.cells().forEach((c, n) -> sb.append(String.format("%-24s %-14s %-20s %6d%n", c.type().japaneseName(),
        c.state().japaneseName(), c.departmentId(), n)));
    sb.append("\nby state: ");
    for (ReviewState s : ReviewState.values()) {
      sb.append(s.japaneseName()).append(' ').append(p.countByState(s)).append("  ");
    }
    sb.append("\ndecided: ").append(share(p.decidedShare())).append("\nrevised: ").append(share(p.revisedShare()))
        .append("\npast their target date: ").append(p.pastTarget().isEmpty() ? "none" : String.join(", ", p.pastTarget()))
        .append('\n');
    return sb.toString();
  }
}
