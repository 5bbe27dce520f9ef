package org.municipaldx.examples.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.testsupport.FuzzBudget.timed;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.dataset.DatasetException;
import org.municipaldx.dataset.DatasetLoader;

/**
 * Coverage-guided fuzz target (Jazzer) for the dataset's {@code workload.csv} reader (issue 13), which
 * {@link DatasetLoader} runs through dx-ingest's {@code TableReader}. Each input is the
 * {@code workload.csv} of a dataset whose other files are the bundled dataset's three required
 * files (valid), so every error must be reported against {@code workload.csv}, with a location. The
 * target fails on any exception but {@link DatasetException}, on an error named against another
 * file, on a workload that breaks the loader's own rules (one per block, a block of blocks.json, a
 * data line ≥ 2), and, while fuzzing, on an input slower than one second. {@code mvn verify} replays
 * the corpus under
 * {@code src/test/resources/org/municipaldx/examples/dataset/DatasetFuzzTestInputs/workloadCsv/};
 * {@code JAZZER_FUZZ=1} fuzzes (README, "Fuzzing").
 */
class DatasetFuzzTest {
  private static final List<String> REQUIRED = List.of("dataset.json", "departments.json", "blocks.json");
  private static final Path DIR = dataset();
  private static final Set<String> BLOCKS = blockIds();

  private static Path dataset() {
    try {
      Path dir = Files.createTempDirectory("dx-workload-fuzz");
      dir.toFile().deleteOnExit();
      for (String f : REQUIRED) {
        String resource = org.municipaldx.examples.cli.BundledDataset.FOLDER + f;
        try (InputStream in = DatasetFuzzTest.class.getClassLoader().getResourceAsStream(resource)) {
          Path p = dir.resolve(f);
          Files.write(p, in.readAllBytes());
          p.toFile().deleteOnExit();
        }
      }
      dir.resolve("workload.csv").toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> blockIds() {
    Set<String> ids = new HashSet<>();
    DatasetLoader.load(DIR).blocks().forEach(b -> ids.add(b.id()));
    return ids;
  }

  @FuzzTest(maxDuration = "5s")
  void workloadCsv(byte[] data) throws IOException {
    Files.write(DIR.resolve("workload.csv"), data);
    Dataset d;
    try {
      d = timed(() -> DatasetLoader.load(DIR));
    } catch (DatasetException documented) {
      assertThat(documented.errors()).isNotEmpty().allSatisfy(e -> {
        assertThat(e.file()).isEqualTo("workload.csv");
        assertThat(e.location()).isNotBlank();
      });
      return;
    }
    Set<String> seen = new HashSet<>();
    assertThat(d.workloads()).allSatisfy(w -> {
      assertThat(BLOCKS).contains(w.block());
      assertThat(seen.add(w.block())).as("one comparison per block: %s", w.block()).isTrue();
      assertThat(w.line()).isGreaterThanOrEqualTo(2);
    });
  }
}
