package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code -V} prints the artifact version on every command; {@code --help} lists whole sentences. */
class VersionAndHelpTest {

  /** Every command path of the command line: {@code report}, {@code iot compliance}, … */
  private static List<String[]> commands(CommandLine line, List<String> prefix, List<String[]> out) {
    for (Map.Entry<String, CommandLine> e : line.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      List<String> path = new ArrayList<>(prefix);
      path.add(e.getKey());
      out.add(path.toArray(String[]::new));
      commands(e.getValue(), path, out);
    }
    return out;
  }

  private static String readPom() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void everyCommandAndSubcommandPrintsTheArtifactVersion() {
    // the filtered resource holds the Maven project version: the pom's, not a string kept by hand
    java.util.regex.Matcher pom = java.util.regex.Pattern.compile("(?s)<parent>.*?<version>([^<]+)</version>")
        .matcher(readPom());
    assertThat(pom.find()).isTrue();
    assertThat(DxVersion.version()).isEqualTo(pom.group(1)).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    Run root = Run.dx("-V");
    assertThat(root.exit()).isZero();
    assertThat(root.out().strip()).isEqualTo("dx " + DxVersion.version());
    List<String[]> all = commands(DxCommand.newCommandLine(), List.of(), new ArrayList<>());
    assertThat(all).extracting(c -> String.join(" ", c)).contains("report", "rollup", "iot", "iot compliance", "survey");
    for (String[] c : all) {
      String[] args = java.util.Arrays.copyOf(c, c.length + 1);
      args[c.length] = "-V";
      Run r = Run.dx(args);
      assertThat(r.exit()).as(String.join(" ", args)).isZero();
      assertThat(r.out().strip()).as(String.join(" ", args)).isEqualTo("dx " + DxVersion.version());
    }
  }

  @Test
  void theCommandListShowsEachCommandsFirstWholeSentence() {
    Run r = Run.dx("--help");
    assertThat(r.exit()).isZero();
    // picocli wraps the column at spaces and inside long Japanese runs: compare without whitespace
    String help = squeeze(r.out());
    for (Map.Entry<String, CommandLine> e : DxCommand.newCommandLine().getSubcommands().entrySet()) {
      String summary = HelpSummaries.summary(e.getValue().getCommandSpec());
      assertThat(summary).as(e.getKey()).matches("(?s).*[.。]");
      assertThat(help).as(e.getKey()).contains(squeeze(e.getKey() + summary));
    }
    // the audit's summary runs past its "e.g." and its first line break to the end of the sentence
    assertThat(help).contains(squeeze("in a UTF-8 text, recomputes it exactly"));
    assertThat(squeeze(Run.dx("iot", "--help").out()))
        .contains("compliance" + squeeze(HelpSummaries.summary(DxCommand.newCommandLine().getSubcommands().get("iot")
            .getSubcommands().get("compliance").getCommandSpec())));
  }

  @Test
  void firstSentenceStopsAtTheFirstFullStopThatEndsASentence() {
    assertThat(HelpSummaries.firstSentence(new String[] {"Finds every formula (e.g. 30分×1,303件) in a", "text. More."}))
        .isEqualTo("Finds every formula (e.g. 30分×1,303件) in a text.");
    assertThat(HelpSummaries.firstSentence(new String[] {"OCDS 1.1.5 release package", "of a dataset"}))
        .isEqualTo("OCDS 1.1.5 release package of a dataset");
    assertThat(HelpSummaries.firstSentence(new String[] {"行政手続の調査を読む。次の文。"})).isEqualTo("行政手続の調査を読む。");
  }
}
