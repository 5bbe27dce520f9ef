package org.municipaldx.examples.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The command list of {@code dx --help}: each command with the first whole sentence of its description
 * (picocli's default shows the description's first line, which the wrapped descriptions cut mid-sentence).
 */
final class HelpSummaries {
  /** A sentence ends at 。 or at a full stop followed by a space or the end; "e.g." and "i.e." do not end one. */
  private static final Pattern END = Pattern.compile("。|(?<!e\\.g)(?<!i\\.e)\\.(?=\\s|$)");

  private HelpSummaries() {}

  /**
   * @param description  a command's description lines, as declared
   * @return its first sentence, whole, with the lines joined; the whole text if it has no full stop
   */
  static String firstSentence(String[] description) {
    String text = String.join(" ", description).replaceAll("%n", " ").replaceAll("\\s+", " ").strip();
    Matcher m = END.matcher(text);
    return m.find() ? text.substring(0, m.end()) : text;
  }

  /**
   * @param spec  a command, not null
   * @return the summary the command list shows: the first sentence of its header, else of its description
   */
  static String summary(CommandLine.Model.CommandSpec spec) {
    UsageMessageSpec usage = spec.usageMessage();
    return firstSentence(usage.header().length > 0 ? usage.header() : usage.description());
  }

  /**
   * Renders the command list of this command and, recursively, of its subcommands with first sentences.
   *
   * @param line  the root command line, not null
   */
  static void applyTo(CommandLine line) {
    if (!line.getSubcommands().isEmpty()) {
      line.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpSummaries::commandList);
    }
    line.getSubcommands().values().forEach(HelpSummaries::applyTo);
  }

  static String commandList(Help help) {
    Map<String, Help> subs = help.subcommands();
    if (subs.isEmpty()) {
      return "";
    }
    int nameWidth = subs.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
    int width = help.commandSpec().usageMessage().width();
    Help.TextTable table = Help.TextTable.forColumns(help.colorScheme(),
        new Help.Column(nameWidth + 2, 2, Help.Column.Overflow.SPAN),
        new Help.Column(Math.max(20, width - nameWidth - 2), 2, Help.Column.Overflow.WRAP));
    subs.forEach((name, sub) -> table.addRowValues(name, summary(sub.commandSpec())));
    return table.toString();
  }
}
