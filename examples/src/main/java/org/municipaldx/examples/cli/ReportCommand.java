package org.municipaldx.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.municipaldx.examples.dataset.Dataset;
import org.municipaldx.examples.dataset.DatasetLoader;
import org.municipaldx.examples.report.HtmlReport;
import org.municipaldx.examples.report.Report;
import org.municipaldx.examples.report.ReportBuilder;
import org.municipaldx.examples.report.TextReport;
import org.municipaldx.examples.report.XlsxReport;
import org.municipaldx.metrics.RoundingPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dx report}: the DX report of a dataset (default: the bundled Koriyama FY2023 dataset). */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Reports a dataset: per-department take-up and hours saved, totals, the reconciliation of each",
        "headline figure with the detail, initiatives ranked by hours saved, the five-less breakdown, the workload",
        "trend and the roadmap by fiscal year. Default: the bundled Koriyama FY2023 dataset."})
public final class ReportCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", description = "a dataset directory (see examples/DATASET.md)")
  Path data;

  @Option(names = "--html", paramLabel = "FILE", description = "also write a self-contained HTML report with SVG charts")
  Path html;

  @Option(names = "--xlsx", paramLabel = "FILE",
      description = "also write the report's tables as an Excel workbook, one sheet per table, numbers as numbers")
  Path xlsx;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
  Format format;

  @Option(names = "--rounding", paramLabel = "MODE",
      description = "how hours are printed: a mode (exact within one decimal, else whole hours) or a full policy "
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
    Dataset dataset = data == null ? DatasetLoader.loadBundled() : DatasetLoader.load(data);
    Report report = ReportBuilder.build(dataset, policy);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? Json.write(report) + "\n" : TextReport.render(report));
    if (html != null) {
      Files.writeString(html, HtmlReport.render(report, dataset.roadmap()), StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("wrote " + html);
    }
    if (xlsx != null) {
      try (OutputStream os = Files.newOutputStream(xlsx)) {
        XlsxReport.write(report, os);
      }
      spec.commandLine().getErr().println("wrote " + xlsx);
    }
    out.flush();
    return DxCommand.OK;
  }
}
