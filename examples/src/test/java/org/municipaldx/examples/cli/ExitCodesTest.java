package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every exit code of {@code dx} through the real picocli {@link CommandLine} that {@link DxCommand#newCommandLine()}
 * configures (issue 12): 0 success, 1 bad input, 2 usage, 3 I/O, 4 audit findings, 70 internal error.
 */
class ExitCodesTest {
  /** Runs {@code dx} with one extra subcommand that fails as a bug would. */
  private static Run dxWithBug(Callable<Integer> bug, String... args) {
    CommandLine cl = DxCommand.newCommandLine();
    cl.addSubcommand("bug", new CommandLine(new Bug(bug)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Run(cl.execute(args), out.toString(), err.toString());
  }

  @Command(name = "bug")
  static final class Bug implements Callable<Integer> {
    private final Callable<Integer> body;

    Bug(Callable<Integer> body) {
      this.body = body;
    }

    @Override
    public Integer call() throws Exception {
      return body.call();
    }
  }

  @Test
  void zeroOnSuccess(@TempDir Path tmp) throws IOException {
    Path text = tmp.resolve("t.txt");
    Files.writeString(text, "30分×1,303件=39,090分=651.5時間\n", StandardCharsets.UTF_8);
    Run r = Run.dx("audit", text.toString(), "--fail-on-inconsistency");
    assertThat(r.exit()).isEqualTo(DxCommand.OK).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void oneForInputThatIsWrong(@TempDir Path tmp) throws IOException {
    // a malformed payload: the LPP decoder's LppFormatException, an InputException
    Run lpp = Run.dx("decode-lpp", "0367");
    assertThat(lpp.exit()).isEqualTo(DxCommand.INPUT_ERROR).isEqualTo(1);
    assertThat(lpp.err()).contains("byte offset 0").doesNotContain("internal error");

    // a text that is not UTF-8: AuditCommand's InputException, reported by DxCommand's handler
    Path latin = tmp.resolve("latin.txt");
    Files.write(latin, new byte[] {'a', (byte) 0xE9, 'b'});
    Run audit = Run.dx("audit", latin.toString());
    assertThat(audit.exit()).isEqualTo(1);
    assertThat(audit.err()).startsWith("dx: " + latin + ": is not UTF-8 text").doesNotContain("at org.");

    // a model check (InvalidValueException) thrown out of a command
    Run invalid = dxWithBug(() -> {
      throw new org.municipaldx.core.InvalidValueException("Rate", "numerator", -1, "must be zero or more");
    }, "bug");
    assertThat(invalid.exit()).isEqualTo(1);
    assertThat(invalid.err()).isEqualTo("dx: Rate.numerator: must be zero or more (was '-1')" + System.lineSeparator());

    // bytes in the wrong encoding surfacing as an UncheckedIOException are bad data, not I/O
    Run encoding = dxWithBug(() -> {
      throw new UncheckedIOException("x.csv", new MalformedInputException(1));
    }, "bug");
    assertThat(encoding.exit()).isEqualTo(1);
  }

  @Test
  void twoForUsage(@TempDir Path tmp) throws IOException {
    assertThat(Run.dx("no-such-command").exit()).isEqualTo(DxCommand.USAGE_ERROR).isEqualTo(2);
    assertThat(Run.dx("report", "--no-such-option").exit()).isEqualTo(2);
    Path text = tmp.resolve("t.txt");
    Files.writeString(text, "30分×2件=60分\n", StandardCharsets.UTF_8);
    Run badMode = Run.dx("audit", text.toString(), "--rounding", "SIDEWAYS");
    assertThat(badMode.exit()).isEqualTo(2);
    assertThat(badMode.err()).contains("--rounding");
  }

  @Test
  void threeForAFileThatCannotBeRead(@TempDir Path tmp) {
    Path missing = tmp.resolve("missing.txt");
    Run r = Run.dx("audit", missing.toString());
    assertThat(r.exit()).isEqualTo(DxCommand.IO_ERROR).isEqualTo(3);
    assertThat(r.err()).contains("missing.txt").doesNotContain("internal error");
    Run unchecked = dxWithBug(() -> {
      throw new UncheckedIOException(new IOException("disk full"));
    }, "bug");
    assertThat(unchecked.exit()).isEqualTo(3);
  }

  @Test
  void fourWhenTheAuditFindsInconsistentFigures(@TempDir Path tmp) throws IOException {
    // 5·64·250 = 80,000 minutes = 1,333.33… h, printed 1,334
    Path text = tmp.resolve("t.txt");
    Files.writeString(text, "5分×64か所×250日=80,000分=1,334時間\n", StandardCharsets.UTF_8);
    assertThat(Run.dx("audit", text.toString(), "--fail-on-inconsistency").exit()).isEqualTo(DxCommand.FINDINGS)
        .isEqualTo(4);
    assertThat(Run.dx("audit", text.toString()).exit()).isZero();
  }

  @Test
  void seventyForABugWithItsStackTraceAndNeverBlamingTheInput() {
    Run npe = dxWithBug(() -> {
      String nothing = null;
      return nothing.length();
    }, "bug");
    assertThat(npe.exit()).isEqualTo(DxCommand.INTERNAL_ERROR).isEqualTo(70);
    assertThat(npe.err())
        .contains("internal error (java.lang.NullPointerException)", "please report it at " + DxCommand.ISSUES)
        .contains("java.lang.NullPointerException", "\tat ")
        .doesNotContain("input is wrong");
    // a bare IllegalArgumentException is not an InputException: a bug too, not bad input
    Run iae = dxWithBug(() -> {
      throw new IllegalArgumentException("a precondition of the library's own code");
    }, "bug");
    assertThat(iae.exit()).isEqualTo(70);
    assertThat(iae.err()).contains("java.lang.IllegalArgumentException: a precondition");
  }

  @Test
  void helpListsEveryExitCode() {
    Run r = Run.dx("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Exit codes:").containsPattern("\\b0\\s+success")
        .containsPattern("\\b1\\s+the input is wrong").containsPattern("\\b2\\s+usage error")
        .containsPattern("\\b3\\s+a file could not be read").containsPattern("\\b4\\s+audit found")
        .containsPattern("\\b70\\s+internal error");
  }
}
