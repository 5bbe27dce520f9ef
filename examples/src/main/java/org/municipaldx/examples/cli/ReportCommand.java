package org.municipaldx.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.dataset.DatasetLoader;
import org.municipaldx.dataset.report.DatasetReport;
import org.municipaldx.dataset.report.ReportBuilder;
import org.municipaldx.dataset.report.ReportJson;
import org.municipaldx.dataset.report.WiderAreaReport;
import org.municipaldx.examples.report.HtmlReport;
import org.municipaldx.examples.report.Report;
import org.municipaldx.examples.report.TextReport;
import org.municipaldx.examples.report.WiderAreaHtml;
import org.municipaldx.examples.report.WiderAreaText;
import org.municipaldx.examples.report.XlsxReport;
import org.municipaldx.metrics.RoundingPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dx report}: the DX report of a dataset (default: the bundled Koriyama FY2023 dataset), or with
 * several {@code --data} the wider-area report of several municipalities side by side.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Reports a dataset: per-department take-up and hours saved, totals, the reconciliation of each",
        "headline figure with the detail, initiatives ranked by hours saved, the five-less breakdown, the workload",
        "trend and the roadmap by fiscal year. Default: the bundled Koriyama FY2023 dataset. With several --data,",
        "the wider-area report: each municipality side by side, their combined figures and each one's reconciliation."})
public final class ReportCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR",
      description = "a dataset directory (see examples/DATASET.md); repeat it for a wider-area report of several municipalities")
  List<Path> data = new ArrayList<>();

  @Option(names = "--html", paramLabel = "FILE", description = "also write a self-contained HTML report with SVG charts")
  Path html;

  @Option(names = "--xlsx", paramLabel = "FILE",
      description = "also write the report's tables as an Excel workbook, one sheet per table, numbers as numbers (one dataset only)")
  Path xlsx;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Option(names = "--rounding", paramLabel = "MODE",
      description = "how hours are rounded: a mode (exact within one decimal, else whole hours) or a full policy "
          + "such as HALF_UP/1 (default: ${DEFAULT-VALUE})", defaultValue = "HALF_UP")
  String rounding;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    RoundingPolicy policy;
    try {
      policy = AuditCommand.policy(rounding);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rounding: " + e.getMessage());
    }
    if (data.size() > 1) {
      return widerArea(policy);
    }
    Dataset dataset = data.isEmpty() ? BundledDataset.load() : DatasetLoader.load(data.get(0));
    DatasetReport typed = ReportBuilder.build(dataset, policy);
    Report report = Report.of(typed);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? ReportJson.write(typed) + "\n" : TextReport.render(report));
    if (html != null) {
      Files.writeString(html, HtmlReport.render(report, dataset.roadmap()), StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("wrote " + html);
    }
    if (xlsx != null) {
      try (OutputStream os = Files.newOutputStream(xlsx)) {
        XlsxReport.write(typed, os);
      }
      spec.commandLine().getErr().println("wrote " + xlsx);
    }
    out.flush();
    return DxCommand.OK;
  }

  private Integer widerArea(RoundingPolicy policy) throws IOException {
    if (xlsx != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--xlsx: takes one dataset, not " + data.size());
    }
    List<Dataset> datasets = new ArrayList<>();
    for (Path p : data) {
      datasets.add(DatasetLoader.load(p));
    }
    WiderAreaReport area = WiderAreaReport.of(datasets, policy);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? ReportJson.write(area) + "\n" : WiderAreaText.render(area));
    if (html != null) {
      Files.writeString(html, WiderAreaHtml.render(area), StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("wrote " + html);
    }
    out.flush();
    return DxCommand.OK;
  }
}
