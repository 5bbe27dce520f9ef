package org.municipaldx.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.InputLimits;

/** Issue 13, D1: the mapper and the schema validator read a dataset within the same {@link InputLimits}. */
class DatasetLimitsTest {
  private static final Path SAMPLE = Path.of("src/test/resources/datasets/sample-city");

  private static Path copy(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, tmp.resolve(f.getFileName()));
      }
    }
    return tmp;
  }

  @Test
  void d1_nestingDeeperThanTheLimitIsALocatedDatasetError(@TempDir Path tmp) throws IOException {
    Path dir = copy(tmp);
    Files.writeString(dir.resolve("departments.json"), "[".repeat(502) + "]".repeat(502));
    DatasetException e = catchThrowableOfType(() -> DatasetLoader.load(dir), DatasetException.class);
    assertThat(e).isNotNull();
    assertThat(e.errors()).anySatisfy(err -> {
      assertThat(err.file()).isEqualTo("departments.json");
      assertThat(err.location()).isEqualTo("line 1, column " + (InputLimits.MAX_NESTING_DEPTH + 2));
      assertThat(err.rule()).contains("nesting depth").contains(String.valueOf(InputLimits.MAX_NESTING_DEPTH));
    });
  }

  @Test
  void d1_theSchemaValidatorReadsWithTheMappersLimits() {
    tools.jackson.core.StreamReadConstraints c = DatasetLoader.validatorReadConstraints();
    assertThat(c.getMaxNestingDepth()).isEqualTo(InputLimits.MAX_NESTING_DEPTH);
    assertThat(c.getMaxNumberLength()).isEqualTo(InputLimits.MAX_NUMBER_LENGTH);
    assertThat(c.getMaxDocumentLength()).isEqualTo((long) InputLimits.MAX_DOCUMENT_LENGTH);
    assertThat(c.getMaxStringLength()).isEqualTo(InputLimits.MAX_STRING_LENGTH);
  }

  @Test
  void d1_aNumberOverTheLengthLimitIsLocatedInItsFile(@TempDir Path tmp) throws IOException {
    Path dir = copy(tmp);
    Path takeUp = dir.resolve("take-up.json");
    Files.writeString(takeUp, Files.readString(takeUp).replaceFirst("\"onlineApplications\"\\s*:\\s*\\d+",
        "\"onlineApplications\": " + "7".repeat(InputLimits.MAX_NUMBER_LENGTH + 1)));
    DatasetException e = catchThrowableOfType(() -> DatasetLoader.load(dir), DatasetException.class);
    assertThat(e.errors()).anySatisfy(err -> {
      assertThat(err.file()).isEqualTo("take-up.json");
      assertThat(err.location()).startsWith("line ");
      assertThat(err.rule()).contains("Number value length");
    });
  }
}
