package org.municipaldx.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;

/**
 * The loader accepts a take-up exactly when its counts are consistent (online ≤ total for procedures and for
 * applications), and a rejected dataset is never returned: the error names take-up.json and the element.
 */
class TakeUpInvariantProperties {
  private static final Path SAMPLE = Path.of("src/test/resources/datasets/sample-city");

  @Test
  void acceptedIffOnlineNeverExceedsTotal() {
    var api = Trials.api();
    api.longs(0, 50).and(api.longs(0, 50)).and(api.longs(0, 5_000)).and(api.longs(0, 5_000)).withLimit(40)
        .supplyTo((procedures, onlineProcedures, applications, onlineApplications) -> {
          try {
            acceptedIffOnlineNeverExceedsTotal(procedures, onlineProcedures, applications, onlineApplications);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void acceptedIffOnlineNeverExceedsTotal(long procedures, long onlineProcedures, long applications,
      long onlineApplications) throws IOException {
    Path dir = Files.createTempDirectory("dataset");
    try {
      copySample(dir);
      Path takeUp = dir.resolve("take-up.json");
      String original = "\"procedures\": 12, \"onlineProcedures\": 3,\n    \"applications\": 800, \"onlineApplications\": 100";
      String text = Files.readString(takeUp, StandardCharsets.UTF_8);
      assertThat(text).as("test setup: the sample's block-02 take-up").contains(original);
      String s = text.replace(original,
          "\"procedures\": " + procedures + ", \"onlineProcedures\": " + onlineProcedures + ",\n    \"applications\": "
              + applications + ", \"onlineApplications\": " + onlineApplications);
      Files.writeString(takeUp, s, StandardCharsets.UTF_8);
      boolean consistent = onlineProcedures <= procedures && onlineApplications <= applications;
      if (consistent) {
        Dataset d = DatasetLoader.load(dir);
        assertThat(d.takeUp("block-02").orElseThrow().takeUp().onlineApplications()).isEqualTo(onlineApplications);
      } else {
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetLoader.load(dir));
        assertThat(e).isNotNull();
        assertThat(e.errors()).singleElement().satisfies(err -> {
          assertThat(err.file()).isEqualTo("take-up.json");
          assertThat(err.location()).startsWith("/1/takeUp");
          assertThat(err.rule()).contains("must not exceed");
        });
      }
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        files.forEach(f -> f.toFile().delete());
      }
      Files.delete(dir);
    }
  }

  private static void copySample(Path dir) {
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
