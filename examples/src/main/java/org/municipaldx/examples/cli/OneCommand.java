package org.municipaldx.examples.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code dx} command line holding only the command that is run, for the commands whose start-up
 * matters ({@code dx rollup}: a batch read timed against DuckDB as a whole process, issue 10).
 *
 * <p>{@code new CommandLine(new DxCommand())} reflects over all ten commands, their options and the
 * classes their fields name before it parses anything: 0.38–0.43 s of CPU for {@code dx --version}
 * against 0.18–0.22 s for a command line of {@code rollup} alone (JDK 17, loaded 2-core machine, three
 * runs each, {@code /usr/bin/time}). Picocli's classes are class-file version 49, which class data
 * sharing does not archive, so an AppCDS archive cannot take that cost away; building less does.
 *
 * <p>The root here is named {@code dx}, has no other command, and is configured by
 * {@link DxCommand#configure} like the whole tree, so {@code dx rollup …} prints, exits and reports errors
 * exactly as through {@link DxCommand#newCommandLine()} ({@code OneCommandTest} compares them).
 */
final class OneCommand {
  private OneCommand() {}

  /**
   * The command line of the one command the arguments name, when it is one that has it.
   *
   * @param args  the arguments as given to {@code dx}, not null
   * @return a configured command line whose root has only that command; empty for any other arguments
   *     (they get the whole tree)
   */
  static Optional<CommandLine> commandLineFor(String... args) {
    if (args.length == 0 || !"rollup".equals(args[0])) {
      return Optional.empty();
    }
    CommandLine root = new CommandLine(CommandSpec.create().name("dx").mixinStandardHelpOptions(true));
    root.addSubcommand("rollup", new RollupCommand());
    return Optional.of(DxCommand.configure(root));
  }
}
