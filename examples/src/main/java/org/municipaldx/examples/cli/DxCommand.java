package org.municipaldx.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dx} command line.
 *
 * <p>Exit codes: {@value #OK} success; {@value #INPUT_ERROR} the input was read but is wrong (a bad
 * dataset, payload, CSV or text) — the message says where and why; {@value #USAGE_ERROR} the command
 * line itself is wrong (picocli's usage error); {@value #IO_ERROR} a file could not be read or
 * written; {@value #FINDINGS} (audit only, with {@code --fail-on-inconsistency}) the text has
 * inconsistent figures.
 */
@Command(
    name = "dx",
    mixinStandardHelpOptions = true,
    versionProvider = DxVersion.class,
    description = "Model and measure a municipality's digital transformation (time performance).",
    subcommands = {
      ReportCommand.class, AuditCommand.class, DecodeLppCommand.class, OcdsCommand.class,
      ValidateCommand.class, RollupCommand.class, RegulationsCommand.class, SurveyCommand.class,
      IotCommand.class, CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the input is wrong (the message says where and why)",
      "2:usage error",
      "3:a file could not be read or written",
      "4:audit found inconsistent figures (with --fail-on-inconsistency)"
    })
public final class DxCommand implements Runnable {
  public static final int OK = 0;
  public static final int INPUT_ERROR = 1;
  public static final int USAGE_ERROR = 2;
  public static final int IO_ERROR = 3;
  public static final int FINDINGS = 4;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
  }

  /**
   * Runs a command line.
   *
   * @param args  the arguments
   * @return the exit code
   */
  public static int execute(String... args) {
    return newCommandLine().execute(args);
  }

  /** @return a configured command line (exit codes mapped from exceptions) */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new DxCommand());
    cl.getSubcommands().get("rollup").getCommandSpec().usageMessage().footer(RollupCommand.columnsHelp());
    // issue 12: the artifact version on every subcommand (-V), whole first sentences in the command list
    DxVersion.applyTo(cl);
    HelpSummaries.applyTo(cl);
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      line.getErr().println("dx: " + ex.getMessage());
      if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
        return IO_ERROR;
      }
      return INPUT_ERROR;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
