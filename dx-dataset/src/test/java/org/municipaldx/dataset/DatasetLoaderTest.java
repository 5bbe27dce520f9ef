package org.municipaldx.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.MunicipalityCode;

/** A second, fictional dataset loads through the same layout; broken copies of it fail with located errors. */
class DatasetLoaderTest {
  private static final Path SAMPLE = Path.of("src/test/resources/datasets/sample-city");

  @TempDir
  Path dir;

  @BeforeEach
  void copySample() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }

  @Test
  void theFictionalSampleCityLoads() {
    Dataset d = DatasetLoader.load(SAMPLE);
    assertThat(d.manifest().municipality().japaneseName()).isEqualTo("サンプル市");
    // 07999 completed with its check digit: 0·6+7·5+9·4+9·3+9·2 = 116, 116 mod 11 = 6, 11 − 6 = 5
    assertThat(d.manifest().municipality().code()).isEqualTo(MunicipalityCode.parse("07999"));
    assertThat(d.manifest().municipality().code().toString()).isEqualTo("079995");
    assertThat(d.blocks()).hasSize(3);
    assertThat(d.takeUps().stream().mapToLong(t -> t.takeUp().onlineApplications()).sum()).isEqualTo(1_300L);
    assertThat(d.initiatives()).hasSize(4);
    assertThat(d.workloads()).extracting(w -> w.comparison().changeHours()).containsExactly(-2_000L, 500L);
    assertThat(d.label(d.block("block-03").orElseThrow())).isEqualTo("部局名不明（ブロック3）");
    assertThat(d.plan()).isEmpty();
    assertThat(d.roadmap()).isEmpty();
  }

  @Test
  void aCopyInATemporaryDirectoryLoadsToo() {
    assertThat(DatasetLoader.load(dir).initiatives()).hasSize(4);
  }

  @Test
  void unknownPropertyIsRejectedBySchemaWithItsPointer() throws IOException {
    replace("departments.json", "\"kind\": \"BU\"}", "\"kind\": \"BU\", \"colour\": \"red\"}");
    DatasetException e = fail();
    assertThat(e.errors()).anySatisfy(err -> {
      assertThat(err.file()).isEqualTo("departments.json");
      assertThat(err.location()).isEqualTo("/0/colour");
      assertThat(err.rule()).contains("colour").contains("additionalProperties");
    });
  }

  /** A bad value inside a polymorphic estimate is reported once, not once per estimate kind the schema tries. */
  @Test
  void aFractionalFactorIsOneErrorAtItsPointer() throws IOException {
    replace("initiatives.json", "{\"value\": 20, \"unit\": \"分\"}", "{\"value\": 20.5, \"unit\": \"分\"}");
    DatasetException e = fail();
    assertThat(e.errors()).singleElement().satisfies(err -> {
      assertThat(err.file()).isEqualTo("initiatives.json");
      assertThat(err.location()).isEqualTo("/2/initiative/estimates/0/factors/0/value");
      assertThat(err.rule()).contains("integer expected");
    });
  }

  @Test
  void unknownPropertyInADatasetRecordIsRejectedByItsSchema() throws IOException {
    replace("blocks.json", "\"order\": 3,", "\"order\": 3, \"colour\": \"red\",");
    DatasetException e = fail();
    assertThat(e.errors()).singleElement().satisfies(err -> {
      assertThat(err.file()).isEqualTo("blocks.json");
      assertThat(err.location()).isEqualTo("/2/colour");
      assertThat(err.rule()).startsWith("schema DepartmentBlock (additionalProperties)").contains("colour");
    });
  }

  @Test
  void onlineApplicationsAboveTheTotalAreRejected() throws IOException {
    replace("take-up.json", "\"onlineApplications\": 100", "\"onlineApplications\": 900");
    DatasetException e = fail();
    assertThat(e.errors()).singleElement().satisfies(err -> {
      assertThat(err.file()).isEqualTo("take-up.json");
      assertThat(err.location()).startsWith("/1/takeUp");
      assertThat(err.rule()).contains("onlineApplications").contains("must not exceed applications 800");
    });
  }

  @Test
  void aMissingDepartmentReferenceIsNamed() throws IOException {
    replace("initiatives.json", "\"departmentId\": \"board-of-education\"", "\"departmentId\": \"no-such-department\"");
    DatasetException e = fail();
    assertThat(e.errors()).anySatisfy(err -> {
      assertThat(err.file()).isEqualTo("initiatives.json");
      assertThat(err.location()).isEqualTo("/2/initiative/departmentId");
      assertThat(err.rule()).contains("no-such-department").contains("departments.json");
    });
  }

  @Test
  void anUnknownEstimateKindIsOneErrorListingTheKinds() throws IOException {
    replace("initiatives.json", "{\"kind\": \"pending\", \"reason\": \"検証中\"}", "{\"kind\": \"guess\", \"reason\": \"検証中\"}");
    DatasetException e = fail();
    assertThat(e.errors()).extracting(DatasetError::toString).containsExactly("initiatives.json /3/initiative/estimates/0/kind: "
        + "schema BlockInitiative (enum): kind \"guess\" must be one of formula, lumpSum, measured, pending, none");
  }

  @Test
  void anInferenceTheBlockDoesNotMakeIsRejected() throws IOException {
    replace("take-up.json", "{\"departmentId\": \"citizen\",", "{\"departmentId\": \"citizen\", \"departmentInference\": \"a guess\",");
    DatasetException e = fail();
    assertThat(e.errors()).extracting(DatasetError::toString).containsExactly(
        "take-up.json /0/takeUp/departmentInference: must be absent: its block's department is stated (blocks.json block-01)");
  }

  @Test
  void aMissingRepostTargetAndBlockAreNamed() throws IOException {
    replace("initiatives.json", "\"repostOf\": \"online-procedures\"", "\"repostOf\": \"nothing-like-it\"");
    replace("take-up.json", "{\"block\": \"block-03\"", "{\"block\": \"block-99\"");
    DatasetException e = fail();
    assertThat(e.errors()).extracting(DatasetError::toString).anySatisfy(s -> assertThat(s)
        .isEqualTo("initiatives.json /1/initiative/repostOf: repostOf 'nothing-like-it' must be the id of an initiative in initiatives.json"));
    assertThat(e.errors()).extracting(DatasetError::toString).anySatisfy(s -> assertThat(s)
        .startsWith("take-up.json /2/block: block 'block-99' must be the id of a block in blocks.json"));
  }

  @Test
  void anEraMismatchInAPrintedHeadingNeedsANote() throws IOException {
    replace("workload.csv", "2023(令和5)年度", "2023(令和4)年度");
    DatasetException e = fail();
    assertThat(e.errors()).singleElement().satisfies(err -> {
      assertThat(err.file()).isEqualTo("workload.csv");
      assertThat(err.location()).isEqualTo("line 2, column 8 (printedComparisonHeading)");
      assertThat(err.rule()).contains("2023(令和4)年度").contains("令和4 is 2022").contains("never silently");
    });
  }

  @Test
  void anEraMismatchWithANoteIsKeptAsPrinted() throws IOException {
    replace("workload.csv", "2023(令和5)年度,", "2023(令和4)年度,The heading's era is a misprint; FY2023 recorded");
    Dataset d = DatasetLoader.load(dir);
    assertThat(d.workload("block-01").orElseThrow().printedComparisonHeading()).hasValue("2023(令和4)年度");
    assertThat(d.workload("block-01").orElseThrow().comparison().notes()).hasSize(1);
  }

  @Test
  void anEraMismatchInAJsonFiscalYearIsRejected() throws IOException {
    replace("initiatives.json", "\"id\": \"paperless-meetings\", \"fiscalYear\": 2024", "\"id\": \"paperless-meetings\", \"fiscalYear\": \"2024（令和5）年度\"");
    DatasetException e = fail();
    assertThat(e.errors()).anySatisfy(err -> {
      assertThat(err.file()).isEqualTo("initiatives.json");
      assertThat(err.location()).isEqualTo("/3/initiative/fiscalYear");
    });
  }

  @Test
  void malformedJsonNamesLineAndColumn() throws IOException {
    Files.writeString(dir.resolve("blocks.json"), "[\n  {\"id\": \"block-01\", \"order\": 1,,}\n]\n", StandardCharsets.UTF_8);
    DatasetException e = fail();
    assertThat(e.errors()).anySatisfy(err -> {
      assertThat(err.file()).isEqualTo("blocks.json");
      assertThat(err.location()).isEqualTo("line 2, column 33");
      assertThat(err.rule()).startsWith("malformed JSON");
    });
  }

  @Test
  void aBadCsvNumberNamesLineAndColumn() throws IOException {
    replace("workload.csv", "30500", "30,5OO");
    DatasetException e = fail();
    assertThat(e.errors()).anySatisfy(err -> {
      assertThat(err.file()).isEqualTo("workload.csv");
      assertThat(err.location()).startsWith("line 3");
    });
  }

  @Test
  void aWrongCsvValueNamesItsColumn() throws IOException {
    replace("workload.csv", "30500", "3O500");
    DatasetException e = fail();
    assertThat(e.errors()).extracting(DatasetError::toString).containsExactly(
        "workload.csv line 3, column 5 (comparisonHours): must be a whole number of hours, △ or - for a decrease (was '3O500')");
  }

  @Test
  void allErrorsOfAllFilesAreReportedTogether() throws IOException {
    replace("take-up.json", "\"onlineApplications\": 100", "\"onlineApplications\": 900");
    replace("blocks.json", "\"order\": 3,", "\"order\": 3, \"colour\": \"red\",");
    Files.delete(dir.resolve("dataset.json"));
    Files.writeString(dir.resolve("extra.json"), "{}", StandardCharsets.UTF_8);
    DatasetException e = fail();
    assertThat(e.errors()).extracting(DatasetError::file)
        .contains("dataset.json", "blocks.json", "take-up.json", "extra.json");
    assertThat(e.getMessage()).contains("dataset.json /: required file is missing").contains("extra.json /: unknown file");
  }

  @Test
  void aMissingDirectoryIsAnError() {
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetLoader.load(dir.resolve("nope")));
    assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.rule()).isEqualTo("is not a directory"));
  }

  private DatasetException fail() {
    DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetLoader.load(dir));
    assertThat(e).as("the broken dataset must not load").isNotNull();
    return e;
  }

  private void replace(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String s = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(s).as("test setup: %s holds %s", file, from).contains(from);
    Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
  }
}
