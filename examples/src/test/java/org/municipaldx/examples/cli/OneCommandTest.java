package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dx rollup …} through {@link OneCommand}'s one-command tree prints, exits and reports errors exactly as
 * through the whole tree of {@link DxCommand#newCommandLine()}.
 */
class OneCommandTest {

  private static Run run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void rollupGetsItsOwnTreeAndEveryOtherCommandTheWholeOne() {
    assertThat(OneCommand.commandLineFor("rollup", "x.csv")).hasValueSatisfying(cl -> {
      assertThat(cl.getCommandName()).isEqualTo("dx");
      assertThat(cl.getSubcommands()).containsOnlyKeys("rollup");
    });
    for (String[] args : List.of(new String[0], new String[] {"report"}, new String[] {"--help"},
        new String[] {"help", "rollup"}, new String[] {"-V", "rollup"}, new String[] {"rollupx"})) {
      assertThat(OneCommand.commandLineFor(args)).as(String.join(" ", args)).isEmpty();
    }
  }

  @Test
  void theOneCommandTreeBehavesAsTheWholeTree(@TempDir Path tmp) throws IOException {
    String header = "部局,年度,5レス,1件あたり分,オンライン件数,総件数\n";
    Path good = tmp.resolve("good.csv");
    // 30·100 + 10·50 = 3,500 minutes online in kensetsu
    Files.writeString(good, header + "kensetsu,令和5年度,カウンターレス,30,100,400\n"
        + "kensetsu,2023,カウンターレス|ペーパーレス,10,50,50\nkikaku,2023,,5,0,10\n");
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, header + "kensetsu,2023,,30,500,400\n");
    List<String[]> cases = new ArrayList<>();
    for (String format : List.of("text", "json", "csv")) {
      cases.add(new String[] {"rollup", good.toString(), "--format", format});
      cases.add(new String[] {"rollup", good.toString(), "--format", format, "--parallel"});
    }
    cases.add(new String[] {"rollup", bad.toString()});
    cases.add(new String[] {"rollup", tmp.resolve("missing.csv").toString()});
    cases.add(new String[] {"rollup", good.toString(), "--format", "yaml"});
    cases.add(new String[] {"rollup", good.toString(), "--no-such-option"});
    cases.add(new String[] {"rollup"});
    cases.add(new String[] {"rollup", "--help"});
    cases.add(new String[] {"rollup", "-V"});
    for (String[] args : cases) {
      Run whole = run(DxCommand.newCommandLine(), args);
      Run one = run(OneCommand.commandLineFor(args).orElseThrow(), args);
      assertThat(one).as(String.join(" ", args)).isEqualTo(whole);
    }
    Run json = run(OneCommand.commandLineFor("rollup", good.toString(), "--format", "json").orElseThrow(),
        "rollup", good.toString(), "--format", "json");
    assertThat(json.exit()).isZero();
    assertThat(json.out()).contains("\"minutesOnline\" : 3500");
    Run badRun = run(OneCommand.commandLineFor("rollup", bad.toString()).orElseThrow(), "rollup", bad.toString());
    assertThat(badRun.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(badRun.err()).contains("line 2");
    Run help = run(OneCommand.commandLineFor("rollup", "--help").orElseThrow(), "rollup", "--help");
    assertThat(help.out()).startsWith("Usage: dx rollup").contains("部局, department");
    Run usage = run(OneCommand.commandLineFor("rollup").orElseThrow(), "rollup");
    assertThat(usage.exit()).isEqualTo(DxCommand.USAGE_ERROR);
  }
}
