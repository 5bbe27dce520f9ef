package org.municipaldx.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.testsupport.SchemaAgreement;

/**
 * Issue 14 part 6: the bundled Koriyama dataset's files validate against the schemas of their records, which this
 * module's jar ships, with a standard validator (networknt, draft 2020-12, formats asserted); one bad field gives one
 * error at its pointer; and {@link DatasetLoader} (so {@code dx validate}) reports a record's schema error.
 */
class DatasetFileSchemasTest {
  private static final Path KORIYAMA = Path.of("../examples/src/main/resources/org/municipaldx/examples/data/koriyama-fy2023");

  /** The files holding this module's records: one object, or an array of them. */
  private static final Map<String, Class<?>> RECORD_FILES = new LinkedHashMap<>();

  static {
    RECORD_FILES.put("dataset.json", DatasetManifest.class);
    RECORD_FILES.put("blocks.json", DepartmentBlock.class);
    RECORD_FILES.put("take-up.json", BlockTakeUp.class);
    RECORD_FILES.put("initiatives.json", BlockInitiative.class);
    RECORD_FILES.put("headline-figures.json", HeadlineFigure.class);
    RECORD_FILES.put("highlights.json", Highlight.class);
    RECORD_FILES.put("history.json", HistoryEvent.class);
    RECORD_FILES.put("tools.json", DigitalTools.class);
    RECORD_FILES.put("analog-regulation.json", AnalogRegulationPolicy.class);
    RECORD_FILES.put(DatasetLoader.PROCUREMENT_FILE, ProcurementRecords.class);
  }

  private static String read(String file) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(KORIYAMA), "the bundled dataset is beside this module in the checkout: " + KORIYAMA);
    return Files.readString(KORIYAMA.resolve(file), StandardCharsets.UTF_8);
  }

  /** The file's records as documents: its elements if it is an array, else the file. */
  private static List<String> documents(String file) throws IOException {
    JsonNode root = DxJson.readTree(read(file));
    List<String> out = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(e -> out.add(e.toString()));
    } else {
      out.add(root.toString());
    }
    return out;
  }

  @Test
  void everyRecordOfTheBundledDatasetIsValidAgainstItsSchema() throws IOException {
    int records = 0;
    for (Map.Entry<String, Class<?>> f : RECORD_FILES.entrySet()) {
      String schema = DxSchemas.schema(f.getValue());
      for (String document : documents(f.getKey())) {
        assertThat(SchemaAgreement.errors(schema, document)).as(f.getKey() + ": " + document).isEmpty();
        assertThat(DxJson.read(document, f.getValue())).as(f.getKey()).isNotNull();
        records++;
      }
    }
    // 1 manifest, 17 blocks, 17 take-ups, 51 initiatives, 7 headline figures, 12 highlights, 31 history events, the
    // tools, the analog-regulation policy and the procurement records, as the bundled files hold them
    assertThat(records).isEqualTo(139);
  }

  @Test
  void everyRecordTypeHasItsSchemaInTheJar() {
    for (Class<?> type : RECORD_FILES.values()) {
      assertThat(DxSchemas.resourceName(type)).startsWith("META-INF/municipaldx/schema/org.municipaldx.dataset.");
      assertThat(DxSchemas.schema(type)).contains("\"title\" : \"" + type.getSimpleName() + "\"")
          .contains("\"additionalProperties\" : false");
    }
  }

  @Test
  void oneBadFieldIsOneErrorAtItsPointer() throws IOException {
    String blocks = documents("blocks.json").get(2);
    assertThat(SchemaAgreement.errors(DxSchemas.schema(DepartmentBlock.class), blocks.replace("\"order\":3", "\"order\":0")))
        .singleElement().asString().startsWith("/order: ");
    String tools = read("tools.json");
    assertThat(SchemaAgreement.errors(DxSchemas.schema(DigitalTools.class), tools.replace("\"licences\": 9", "\"licences\": -9")))
        .singleElement().asString().startsWith("/tools/2/licences: ");
    String manifest = read("dataset.json");
    assertThat(SchemaAgreement.errors(DxSchemas.schema(DatasetManifest.class), manifest.replace("\"072036\"", "\"72036\"")))
        .singleElement().asString().startsWith("/municipality/code: ");
    String policy = read("analog-regulation.json");
    assertThat(SchemaAgreement.errors(DxSchemas.schema(AnalogRegulationPolicy.class),
        policy.replace("\"name\": \"目視\"", "\"name\": \"　\""))).singleElement().asString().startsWith("/types/0/name: ");
  }

  @Test
  void theLoaderReportsARecordsSchemaErrorAtItsPointer(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(KORIYAMA), "the bundled dataset is beside this module in the checkout: " + KORIYAMA);
    try (var files = Files.list(KORIYAMA)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path highlights = dir.resolve("highlights.json");
    Files.writeString(highlights, Files.readString(highlights, StandardCharsets.UTF_8)
        .replaceFirst("\"vision\": 1,", "\"vision\": 0,"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DatasetLoader.load(dir)).isInstanceOfSatisfying(DatasetException.class, e ->
        assertThat(e.errors()).singleElement().satisfies(err -> {
          assertThat(err.file()).isEqualTo("highlights.json");
          assertThat(err.location()).isEqualTo("/0/vision");
          assertThat(err.rule()).startsWith("schema Highlight (minimum)");
        }));
  }
}
