package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.InputLimits;

/** The fuzz findings D1 and D3 of issue 13 as the command line meets them. */
class ReaderLimitsCommandTest {
  private static final Path SAMPLE = Path.of("../dx-dataset/src/test/resources/datasets/sample-city");

  private static Path copy(Path tmp) throws IOException {
    Path dir = tmp.resolve("dataset");
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  @Test
  void d1_validateReportsTooDeepNestingWithFileAndLocation(@TempDir Path tmp) throws IOException {
    Path dir = copy(tmp);
    Files.writeString(dir.resolve("departments.json"), "[".repeat(502) + "]".repeat(502));
    Run r = Run.dx("validate", dir.toString());
    assertThat(r.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(r.err()).contains("departments.json")
        .contains("line 1, column " + (InputLimits.MAX_NESTING_DEPTH + 2))
        .contains("nesting depth")
        .doesNotContain("StreamConstraintsException");
  }

  @Test
  void d3_ocdsOfANullProcurementFileIsAnInputErrorNotANullPointer(@TempDir Path tmp) throws IOException {
    Path dir = copy(tmp);
    Files.writeString(dir.resolve("procurement-sample.json"), "null");
    Run r = Run.dx("ocds", "--data", dir.toString(), "--out", tmp.resolve("out.json").toString());
    assertThat(r.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(r.err()).contains("procurement-sample.json").containsIgnoringCase("was null").doesNotContain("NullPointerException");
  }
}
