package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.iot.standard.Limit;
import org.municipaldx.iot.standard.Standards;

/**
 * The nationwide job's command line and outputs on a tiny input (issue 13 part 4: only the 27-second end-to-end
 * test ran the job, and it checked the roll-up, not the layout of what was written): {@code main} prints one line
 * {@code name: N rows} per output, in order; each output is written under {@code --out} as {@code parquet/} and
 * {@code csv/} with the number of rows printed; CSV leaves out the array columns (the exceedances), Parquet keeps
 * them with the limit's text and start and end as timestamps; {@code compliance-by-month} is cut by month and
 * {@code compliance-by-fiscal-year} by fiscal year; the job's session is the one already running.
 */
class NationwideJobOutputsTest {
  private static final List<String> OUTPUTS = List.of("rollup-by-department", "rollup-by-five-less",
      "rollup-nationwide", "summary-by-location-month", "compliance-by-month", "compliance-by-fiscal-year");

  @Test
  void theJobsSessionIsTheSessionAlreadyRunning() {
    SparkSession spark = SparkSessions.local();
    assertThat(NationwideJob.session("dx-nationwide")).isSameAs(spark);
    assertThat(spark.conf().get("spark.sql.session.timeZone")).isEqualTo("UTC");
  }

  @Test
  void mainPrintsTheRowsOfEachOutputAndWritesEachAsParquetAndCsv(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkSessions.local();
    // 2 municipalities × 1 department × 1 procedure × 2 fiscal years; readings every 4 hours over 2022-03-31 and
    // 2022-04-01 in Japan: two months and two fiscal years
    NationwideGenerator.generate(spark, dir.resolve("in").toString(), "csv", 2, 1, 1, "2021-2022", 1, 1, 2,
        LocalDate.of(2022, 3, 31), 240, 3);
    String out = dir.resolve("out").toString();
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      NationwideJob.main(new String[] {"--procedures", dir.resolve("in/procedures").toString(), "--readings",
          dir.resolve("in/readings").toString(), "--out", out, "--standard", "building-hygiene"});
    } finally {
      System.setOut(stdout);
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String line : printed.toString(StandardCharsets.UTF_8).split("\\R")) {
      if (line.endsWith(" rows")) {
        int colon = line.indexOf(": ");
        counts.put(line.substring(0, colon), Long.parseLong(line.substring(colon + 2, line.length() - 5)));
      }
    }
    assertThat(counts.keySet()).containsExactlyElementsOf(OUTPUTS);
    // 2 municipalities × 2 fiscal years × 1 department; × 5 categories; 2 fiscal years; 2 locations (one
    // building each) × 3 quantities × 2 months, and × 2 fiscal years
    assertThat(new ArrayList<>(counts.values())).containsExactly(4L, 20L, 2L, 12L, 12L, 12L);

    for (String name : OUTPUTS) {
      Dataset<Row> parquet = spark.read().parquet(out + "/" + name + "/parquet");
      Dataset<Row> csv = spark.read().option("header", "true").csv(out + "/" + name + "/csv");
      assertThat(parquet.count()).as(name).isEqualTo(counts.get(name));
      assertThat(csv.count()).as(name).isEqualTo(counts.get(name));
      List<String> flat = new ArrayList<>();
      for (StructField f : parquet.schema().fields()) {
        if (!(f.dataType() instanceof ArrayType)) {
          flat.add(f.name());
        }
      }
      assertThat(csv.columns()).as("%s: CSV has the columns without arrays", name).containsExactlyElementsOf(flat);
    }

    // the compliance outputs: keys, period, quantity, then the columnar result's fields, once each
    List<String> columns = new ArrayList<>(List.of("municipality", "location", "period", "quantity"));
    for (String f : ComplianceAggregator.COLUMNAR_OUTPUT.fieldNames()) {
      if (!f.equals("quantity")) {
        columns.add(f);
      }
    }
    Dataset<Row> byMonth = spark.read().parquet(out + "/compliance-by-month/parquet");
    assertThat(byMonth.columns()).containsExactlyElementsOf(columns);
    assertThat(periods(byMonth)).containsExactly("2022-03", "2022-04");
    Dataset<Row> byYear = spark.read().parquet(out + "/compliance-by-fiscal-year/parquet");
    assertThat(byYear.columns()).containsExactlyElementsOf(columns);
    assertThat(periods(byYear)).containsExactly("FY2021", "FY2022");
    assertThat(csvColumns(out + "/compliance-by-month/csv", spark)).doesNotContain("exceedances")
        .contains("exceedanceCount");

    // the exceedances: the limit's own text, start and end as timestamps, seconds between them
    Set<String> limits = Standards.BUILDING_HYGIENE.limits().stream().map(Limit::describe)
        .collect(Collectors.toSet());
    List<Row> runs = byMonth.select(org.apache.spark.sql.functions.explode(col("exceedances")).as("e"))
        .select("e.*").collectAsList();
    assertThat(runs).as("the generated cool nights and dry or humid hours exceed the limits").isNotEmpty();
    assertThat(runs.get(0).schema().fieldNames()).containsExactly("limit", "above", "start", "end", "seconds",
        "readings", "worst", "day");
    for (Row e : runs) {
      assertThat(limits).contains(e.getString(0));
      Timestamp start = (Timestamp) e.get(2);
      Timestamp end = (Timestamp) e.get(3);
      assertThat(e.getLong(4)).isEqualTo(Duration.between(start.toInstant(), end.toInstant()).toSeconds());
    }
    long inRuns = byMonth.agg(org.apache.spark.sql.functions.sum("exceedanceCount")).first().getLong(0);
    assertThat(runs).hasSize((int) inRuns);
  }

  @Test
  void aMissingOrUnpairedOptionIsNamed() {
    SparkSessions.local(); // main takes the session already running (in a test, the shared local[2] one)
    assertThatThrownBy(() -> NationwideJob.main(new String[] {"--procedures", "p", "--out", "o"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("missing option --readings");
    assertThatThrownBy(() -> NationwideGenerator.main(new String[] {"--format", "csv"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("missing option --out");
    assertThatThrownBy(() -> NationwideJob.main(new String[] {"--procedures"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected --name value pairs (was '--procedures')");
  }

  private static Set<String> periods(Dataset<Row> d) {
    Set<String> s = new TreeSet<>();
    for (Row r : d.select("period").distinct().collectAsList()) {
      s.add(r.getString(0));
    }
    return s;
  }

  private static List<String> csvColumns(String path, SparkSession spark) {
    return List.of(spark.read().option("header", "true").csv(path).columns());
  }
}
