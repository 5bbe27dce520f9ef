package org.municipaldx.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.dataset.DatasetException;
import org.municipaldx.dataset.DatasetLoader;
import org.municipaldx.examples.output.ValidateOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dx validate DIR}: checks a dataset directory; every error names its file, line or pointer and rule. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validates every file of a dataset directory (procurement-sample.json included) against the model's JSON Schemas and rules and checks its",
        "references; lists every error with its file, JSON pointer or CSV line, and the rule (exit code 1)."})
public final class ValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "the dataset directory")
  Path directory;

  @CommandLine.Option(names = "--format", description = "text or json: a JSON object with every problem's file, location and rule (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  Format format;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (format == Format.json) {
      return json();
    }
    try {
      Dataset d = DatasetLoader.load(directory);
      spec.commandLine().getOut().printf("%s: valid (%d departments, %d blocks, %d initiatives, %d KPI series, %d roadmap items, %s)%n",
          directory, d.departments().size(), d.blocks().size(), d.initiatives().size(), d.kpis().size(), d.roadmap().size(),
          d.procurement().map(p -> p.processes().size() + " contracting processes").orElse("no procurement records"));
      return DxCommand.OK;
    } catch (DatasetException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return DxCommand.INPUT_ERROR;
    }
  }

  private int json() {
    ValidateOutput out;
    try {
      Dataset d = DatasetLoader.load(directory);
      out = new ValidateOutput(directory.toString(), true, java.util.Optional.of(new ValidateOutput.Counts(
          d.departments().size(), d.blocks().size(), d.initiatives().size(), d.kpis().size(), d.roadmap().size())),
          java.util.List.of());
    } catch (DatasetException e) {
      out = new ValidateOutput(directory.toString(), false, java.util.Optional.empty(), e.errors().stream()
          .map(x -> new ValidateOutput.Problem(x.file(), x.location(), x.rule())).toList());
    }
    spec.commandLine().getOut().println(Json.write(out));
    spec.commandLine().getOut().flush();
    return out.valid() ? DxCommand.OK : DxCommand.INPUT_ERROR;
  }
}
