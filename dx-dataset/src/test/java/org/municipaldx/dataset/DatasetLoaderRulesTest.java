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

/**
 * The loader's cross-file rules, one broken copy of the fictional sample city each, with the exact error
 * (file, location, rule) — the rules mutation testing (PIT, issue 13 part 4) found unchecked by
 * {@link DatasetLoaderTest}.
 */
class DatasetLoaderRulesTest {
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

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  private void failsWith(String... errors) {
    assertThat(fail().errors()).extracting(DatasetError::toString).containsExactly(errors);
  }

  // ------------------------------------------------------------------ files

  /** Only .json and .csv files are dataset files; anything else in the directory is left alone. */
  @Test
  void anUnknownCsvIsAnErrorAndOtherFilesAreLeftAlone() throws IOException {
    write("README.txt", "notes");
    assertThat(DatasetLoader.load(dir).blocks()).hasSize(3);
    write("extra.csv", "a,b\n");
    assertThat(fail().errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo("extra.csv");
      assertThat(e.location()).isEqualTo("/");
      assertThat(e.rule()).startsWith("unknown file: a dataset holds only [dataset.json, departments.json");
    });
  }

  @Test
  void aFolderOnTheClassPathLoadsWithOrWithoutItsSlash() {
    ClassLoader loader = getClass().getClassLoader();
    assertThat(DatasetLoader.loadResource(loader, "datasets/sample-city").blocks()).hasSize(3);
    assertThat(DatasetLoader.loadResource(loader, "datasets/sample-city/").initiatives()).hasSize(4);
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> DatasetLoader.loadResource(loader, "datasets/no-such-city"));
    assertThat(e.dataset()).isEqualTo("classpath:datasets/no-such-city/");
    assertThat(e.errors()).extracting(DatasetError::toString).containsExactly(
        "dataset.json /: required file is missing", "departments.json /: required file is missing",
        "blocks.json /: required file is missing");
  }

  @Test
  void aFileOfTheWrongJsonShapeIsNamed() throws IOException {
    write("dataset.json", "[]");
    write("blocks.json", "{}");
    assertThat(fail().errors()).extracting(DatasetError::toString).contains(
        "dataset.json /: must be a JSON object (DatasetManifest), was ARRAY",
        "blocks.json /: must be a JSON array of DepartmentBlock, was OBJECT");
  }

  // ------------------------------------------------------------------ unique ids and orders

  @Test
  void departmentIdsAreUnique() throws IOException {
    replace("departments.json", "{\"id\": \"board-of-education\"", "{\"id\": \"citizen\"");
    assertThat(fail().errors()).extracting(DatasetError::toString)
        .contains("departments.json /1/id: id 'citizen' must be unique in departments.json");
  }

  @Test
  void blockIdsAndOrdersAreUnique() throws IOException {
    replace("blocks.json", "{\"id\": \"block-03\", \"order\": 3", "{\"id\": \"block-02\", \"order\": 2");
    assertThat(fail().errors()).extracting(DatasetError::toString).contains(
        "blocks.json /2/id: id 'block-02' must be unique in blocks.json",
        "blocks.json /2/order: order 2 must be unique in blocks.json");
  }

  @Test
  void initiativeIdsAreUnique() throws IOException {
    replace("initiatives.json", "\"id\": \"paperless-meetings\"", "\"id\": \"school-web-meetings\"");
    assertThat(fail().errors()).extracting(DatasetError::toString)
        .contains("initiatives.json /3/initiative/id: id 'school-web-meetings' must be unique in initiatives.json");
  }

  @Test
  void headlineFigureAndHighlightIdsAreUnique() throws IOException {
    String figure = "{\"id\": \"online-applications\", \"label\": \"オンライン申請数\", \"value\": 1300, \"unit\": \"件\", "
        + "\"approximate\": false, \"source\": \"fictional summary slide\"}";
    write("headline-figures.json", "[" + figure + ", " + figure + "]");
    String highlight = "{\"id\": \"v2-data\", \"vision\": 2, \"kind\": \"CATEGORY\", \"title\": \"データの活用\", "
        + "\"approximate\": true}";
    write("highlights.json", "[" + highlight + ", " + highlight + "]");
    failsWith("headline-figures.json /1/id: id 'online-applications' must be unique in headline-figures.json",
        "highlights.json /1/id: id 'v2-data' must be unique in highlights.json");
  }

  @Test
  void kpiIdsAreUnique() throws IOException {
    String kpi = "{\"id\": \"online-applications\", \"indicator\": \"オンライン申請数\", \"fiveLess\": \"COUNTERLESS\", "
        + "\"unit\": \"件\", \"granularity\": \"SNAPSHOT\", \"points\": [{\"asOf\": \"2022-12-31\", \"value\": 461215}]}";
    write("kpis.json", "[" + kpi + "]");
    assertThat(DatasetLoader.load(dir).kpi("online-applications")).isPresent();
    write("kpis.json", "[" + kpi + ", " + kpi + "]");
    failsWith("kpis.json /1/id: id 'online-applications' must be unique in kpis.json");
  }

  // ------------------------------------------------------------------ references

  @Test
  void aBlocksDepartmentMustBeListed() throws IOException {
    replace("blocks.json", "\"departmentId\": \"board-of-education\"", "\"departmentId\": \"no-such-department\"");
    assertThat(fail().errors()).extracting(DatasetError::toString).contains(
        "blocks.json /1/departmentId: department 'no-such-department' must be the id of a department in departments.json");
  }

  @Test
  void aBlockHasOneTakeUp() throws IOException {
    replace("take-up.json", "{\"block\": \"block-03\"", "{\"block\": \"block-02\"");
    assertThat(fail().errors()).extracting(DatasetError::toString)
        .contains("take-up.json /2/block: block 'block-02' has more than one take-up");
  }

  /** A take-up's department is its block's; a department not in departments.json is named too. */
  @Test
  void aTakeUpsDepartmentIsItsBlocksAndListed() throws IOException {
    replace("take-up.json", "{\"departmentId\": \"board-of-education\"", "{\"departmentId\": \"citizen\"");
    failsWith("take-up.json /1/takeUp/departmentId: departmentId 'citizen' must be its block's departmentId "
        + "'board-of-education' (blocks.json block-02)");
  }

  @Test
  void aTakeUpsDepartmentMustBeListed() throws IOException {
    replace("blocks.json", "\"departmentId\": \"board-of-education\"", "\"departmentId\": \"finance\"");
    replace("take-up.json", "{\"departmentId\": \"board-of-education\"", "{\"departmentId\": \"finance\"");
    replace("initiatives.json", "\"departmentId\": \"board-of-education\"", "\"departmentId\": \"finance\"");
    failsWith("blocks.json /1/departmentId: department 'finance' must be the id of a department in departments.json",
        "take-up.json /1/takeUp/departmentId: department 'finance' must be the id of a department in departments.json",
        "initiatives.json /2/initiative/departmentId: department 'finance' must be the id of a department in "
            + "departments.json");
  }

  @Test
  void anInitiativesDepartmentIsItsBlocks() throws IOException {
    replace("initiatives.json", "\"departmentId\": \"board-of-education\"", "\"departmentId\": \"citizen\"");
    failsWith("initiatives.json /2/initiative/departmentId: departmentId 'citizen' must be its block's departmentId "
        + "'board-of-education' (blocks.json block-02)");
  }

  @Test
  void anInitiativeRepeatsItsBlocksInference() throws IOException {
    replace("initiatives.json", "\"departmentId\": \"board-of-education\",",
        "\"departmentId\": \"board-of-education\", \"departmentInference\": \"a guess\",");
    failsWith("initiatives.json /2/initiative/departmentInference: must be absent: its block's department is stated "
        + "(blocks.json block-02)");
  }

  /** An inferred block department is repeated by its take-up and initiatives and carried into its workload surveys. */
  @Test
  void anInferredDepartmentIsCarriedIntoTheWorkloadSurveys() throws IOException {
    replace("blocks.json", "\"heading\": \"教育委員会事務局\"", "\"departmentInference\": \"学校名から推定\"");
    replace("take-up.json", "{\"departmentId\": \"board-of-education\",",
        "{\"departmentId\": \"board-of-education\", \"departmentInference\": \"学校名から推定\",");
    replace("initiatives.json", "\"departmentId\": \"board-of-education\",",
        "\"departmentId\": \"board-of-education\", \"departmentInference\": \"学校名から推定\",");
    Dataset d = DatasetLoader.load(dir);
    BlockWorkload w = d.workload("block-02").orElseThrow();
    assertThat(w.comparison().baseline().departmentId()).hasValue("board-of-education");
    assertThat(w.comparison().baseline().departmentInference()).hasValue("学校名から推定");
    assertThat(w.comparison().comparison().departmentInference()).hasValue("学校名から推定");
    assertThat(d.label(d.block("block-02").orElseThrow())).isEqualTo("教育委員会事務局（推定）");
    assertThat(d.workload("block-01").orElseThrow().comparison().baseline().departmentInference()).isEmpty();
  }

  @Test
  void anInitiativeIsOfTheDatasetsFiscalYear() throws IOException {
    replace("initiatives.json", "\"id\": \"paperless-meetings\", \"fiscalYear\": 2024",
        "\"id\": \"paperless-meetings\", \"fiscalYear\": 2023");
    failsWith("initiatives.json /3/initiative/fiscalYear: fiscal year 2023 must be the dataset's fiscal year 2024 "
        + "(dataset.json)");
  }

  // ------------------------------------------------------------------ workload.csv

  @Test
  void aWorkloadRowNamesAListedBlockOnce() throws IOException {
    replace("workload.csv", "block-02,", "block-99,");
    failsWith("workload.csv line 3, column 1 (block): block 'block-99' must be the id of a block in blocks.json");
  }

  @Test
  void aBlockHasOneWorkloadComparison() throws IOException {
    replace("workload.csv", "block-02,", "block-01,");
    failsWith("workload.csv line 3, column 1 (block): block 'block-01' has more than one workload comparison");
  }

  @Test
  void aRequiredCellMustNotBeEmptyAndAFiscalYearMustParse() throws IOException {
    replace("workload.csv", "block-02,2022,30000", ",2022,30000");
    replace("workload.csv", "block-01,2022,", "block-01,20x2,");
    // the cell's error is FiscalYear.parse's own message, at the cell
    String parseError = org.assertj.core.api.Assertions.catchThrowable(() -> org.municipaldx.core.FiscalYear.parse("20x2"))
        .getMessage();
    assertThat(parseError).startsWith("FiscalYear '20x2' cannot be parsed");
    failsWith("workload.csv line 2, column 2 (baselineFiscalYear): " + parseError,
        "workload.csv line 3, column 1 (block): must not be empty");
  }

  @Test
  void aPrintedBaselineHeadingNamesTheRecordedYear() throws IOException {
    replace("workload.csv", "2022(令和4)年度", "2021(令和3)年度");
    failsWith("workload.csv line 2, column 7 (printedBaselineHeading): printed heading '2021(令和3)年度' names fiscal year "
        + "2021 but the row records 2022");
  }

  /** The model's own rule (comparison after baseline) is reported at the row's line. */
  @Test
  void aComparisonBeforeItsBaselineIsReportedAtItsLine() throws IOException {
    replace("workload.csv", "block-02,2022,30000,2023", "block-02,2023,30000,2022");
    failsWith("workload.csv line 3: WorkloadComparison.comparison.fiscalYear: must come after the baseline's "
        + "2023（令和5）年度 (was '2022（令和4）年度')");
  }

  /** A header without a required column is the table reader's located problem; no row is read. */
  @Test
  void aHeaderWithoutARequiredColumnIsReported() throws IOException {
    replace("workload.csv", ",notes\n", "\n");
    assertThat(fail().errors()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo("workload.csv");
      assertThat(e.location()).startsWith("line 1");
      assertThat(e.rule()).contains("notes");
    });
  }
}
