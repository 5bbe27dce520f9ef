package org.municipaldx.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import org.municipaldx.core.InputException;
import org.municipaldx.core.InvalidValueException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dx} command line.
 *
 * <p>Exit codes: {@value #OK} success; {@value #INPUT_ERROR} the input was read but is wrong (a bad
 * dataset, payload, CSV or text: an {@link InputException}, {@link InvalidValueException} included) — the
 * message says where and why; {@value #USAGE_ERROR} the command line itself is wrong (picocli's usage error);
 * {@value #IO_ERROR} a file could not be read or written ({@link IOException}, {@link UncheckedIOException});
 * {@value #FINDINGS} (audit only, with {@code --fail-on-inconsistency}) the text has inconsistent figures;
 * {@value #INTERNAL_ERROR} (EX_SOFTWARE of BSD's sysexits.h) any other exception: a bug in dx, never reported
 * as bad input — its stack trace goes to stderr with a request to report it.
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
      "4:audit found inconsistent figures (with --fail-on-inconsistency)",
      "70:internal error: a bug in dx, not in the input (the stack trace goes to stderr; please report it)"
    })
public final class DxCommand implements Runnable {
  public static final int OK = 0;
  public static final int INPUT_ERROR = 1;
  public static final int USAGE_ERROR = 2;
  public static final int IO_ERROR = 3;
  public static final int FINDINGS = 4;
  /** Any exception that is neither bad input nor I/O: a bug (EX_SOFTWARE of BSD's sysexits.h). */
  public static final int INTERNAL_ERROR = 70;
  /** Where a bug is reported. */
  static final String ISSUES = "https://github.com/municipaldx/municipal-dx/issues";

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
    // issue 10: `dx rollup …` builds the model of its own command only (OneCommand), not of all ten
    return OneCommand.commandLineFor(args).orElseGet(DxCommand::newCommandLine).execute(args);
  }

  /** @return a configured command line (exit codes mapped from exceptions) */
  public static CommandLine newCommandLine() {
    return configure(new CommandLine(new DxCommand()));
  }

  /** Configures a root {@code dx} command line, whole or of one command ({@link OneCommand}); returns it. */
  static CommandLine configure(CommandLine cl) {
    CommandLine rollup = cl.getSubcommands().get("rollup");
    if (rollup != null) {
      rollup.getCommandSpec().usageMessage().footer(RollupCommand.columnsHelp());
    }
    // issue 12: the artifact version on every subcommand (-V), whole first sentences in the command list
    DxVersion.applyTo(cl);
    HelpSummaries.applyTo(cl);
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> exitCode(ex, line.getErr()));
    return cl;
  }

  /**
   * Reports an exception a command threw and gives its exit code: the type decides, never the message.
   *
   * @param ex  the exception, not null
   * @param err  where to report it, not null
   * @return {@value #INPUT_ERROR}, {@value #IO_ERROR} or {@value #INTERNAL_ERROR}
   */
  static int exitCode(Exception ex, PrintWriter err) {
    if (ex instanceof InputException || badData(ex)) {
      err.println("dx: " + ex.getMessage());
      return INPUT_ERROR;
    }
    if (ex instanceof IOException || ex instanceof UncheckedIOException) {
      err.println("dx: " + ex.getMessage());
      return IO_ERROR;
    }
    err.println("dx: internal error (" + ex.getClass().getName() + "). This is a bug in dx, not a problem with"
        + " your input; please report it at " + ISSUES + " with the command line and this stack trace:");
    ex.printStackTrace(err);
    err.flush();
    return INTERNAL_ERROR;
  }

  /** An I/O exception that is about the data, not the file: bytes that are not the expected encoding. */
  private static boolean badData(Exception ex) {
    Throwable t = ex instanceof UncheckedIOException ? ex.getCause() : ex;
    return t instanceof CharacterCodingException;
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
