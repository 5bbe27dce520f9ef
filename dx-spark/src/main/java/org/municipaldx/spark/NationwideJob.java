package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Standards;

/**
 * The nationwide job: the procedure-year roll-up of every municipality and fiscal year (by
 * department and by five-less category, and the nation's totals by fiscal year) and the
 * environmental-standard compliance of every location by month and by fiscal year, with the
 * library's kernels on Spark, written as Parquet and CSV.
 *
 * <pre>
 * spark-submit --master local[2] --class org.municipaldx.spark.NationwideJob dx-spark-job.jar \
 *     --procedures DIR --readings DIR --out DIR [--format csv|parquet] [--standard building-hygiene|school|FILE.json]
 * </pre>
 *
 * <p>Output directories under {@code --out}, each as {@code parquet/} and {@code csv/} (CSV has
 * no nested columns: the exceedances themselves are in the Parquet only): {@code rollup-by-department},
 * {@code rollup-by-five-less}, {@code rollup-nationwide}, {@code summary-by-location-month},
 * {@code compliance-by-month}, {@code compliance-by-fiscal-year}. Bad input fails the job with the
 * file, column and value; an overflowing sum fails it with {@link ArithmeticException}.
 */
public final class NationwideJob {
  private NationwideJob() {}

  /**
   * Runs the job from the command line (spark-submit) and prints the rows written per output.
   *
   * @param args  the options above
   * @throws java.io.IOException if a standard file cannot be read
   */
  public static void main(String[] args) throws java.io.IOException {
    Options o = Options.parse(args);
    SparkSession spark = session("dx-nationwide");
    Map<String, Long> counts = run(spark, o.require("procedures"), o.require("readings"), o.get("format", "csv"),
        standard(o.get("standard", "building-hygiene")), o.require("out"));
    counts.forEach((k, v) -> System.out.println(k + ": " + v + " rows"));
  }

  /** {@return the session spark-submit configured, or a local one on all cores when run without it} */
  static SparkSession session(String name) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder b = SparkSession.builder().appName(name)
        .config("spark.sql.session.timeZone", "UTC");
    if (!conf.contains("spark.master")) {
      b.master("local[*]");
    }
    return b.getOrCreate();
  }

  static EnvironmentalStandard standard(String s) throws java.io.IOException {
    switch (s) {
      case "building-hygiene":
        return Standards.BUILDING_HYGIENE;
      case "school":
        return Standards.SCHOOL;
      default:
        return DxJson.read(Files.readString(Path.of(s)), EnvironmentalStandard.class);
    }
  }

  /**
   * Runs the job in a session.
   *
   * @param spark  the session, not null
   * @param procedures  the directory (or file) of procedure-year CSV files
   * @param readings  the directory (or file) of sensor readings CSV files
   * @param format  {@code csv} or {@code parquet}: the format of the input files
   * @param standard  the environmental standard the readings are judged against, not null
   * @param out  the output directory; each output is written under it as {@code parquet/} and {@code csv/}
   * @return the rows written per output, in order
   */
  public static Map<String, Long> run(SparkSession spark, String procedures, String readings, String format,
      EnvironmentalStandard standard, String out) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Dataset<Row> p = DxSources.procedureYears(spark, format, procedures);
    // the declarative roll-up (Spark's code-generated hash aggregation; the same rows as dx_rollup, issue 15c)
    Dataset<Row> rollup = DxSpark.rollup(p, java.util.List.of(col("municipality"), col("fiscalYear")),
            col("department"), col("fiveLessMask"), col("minutesPerCase"), col("online"), col("total"))
        .withColumnRenamed("rollup", "r")
        .persist();
    counts.put("rollup-by-department", write(rollup
        .select(col("municipality"), col("fiscalYear"), functions.explode(col("r.byDepartment")).as("d"))
        .select(col("municipality"), col("fiscalYear"), col("d.*")), out, "rollup-by-department"));
    counts.put("rollup-by-five-less", write(rollup
        .select(col("municipality"), col("fiscalYear"), functions.explode(col("r.byFiveLess")).as("f"))
        .select(col("municipality"), col("fiscalYear"), col("f.*")), out, "rollup-by-five-less"));
    // the nation per fiscal year: the library's exact sums over every procedure row again (summing the
    // municipalities' totals would need a sum of sums, which dx_sums, a sum of products, is not)
    counts.put("rollup-nationwide", write(p
        .groupBy(col("fiscalYear"))
        .agg(DxSpark.sums(col("minutesPerCase"), col("online"), col("total")).as("s"),
            functions.count_distinct(col("municipality")).as("municipalities"))
        .select(col("fiscalYear"), col("municipalities"), col("s.rows").as("rows"), col("s.minutesOnline"),
            col("s.online"), col("s.total")), out, "rollup-nationwide"));
    rollup.unpersist();

    Dataset<Row> r = DxSources.readings(spark, format, readings);
    Column observedAt = col("observedAt");
    Dataset<Row> withPeriods = r.withColumn("day", DxSpark.period(observedAt, "day"))
        .withColumn("month", functions.substring(col("day"), 1, 7))
        .withColumn("fiscalYear", DxSpark.period(observedAt, "fiscal-year"));
    counts.put("summary-by-location-month", write(withPeriods
        .groupBy(col("municipality"), col("location"), col("quantity"), col("month"))
        .agg(DxSpark.summary(col("quantity"), col("unscaled"), col("quality")).as("s"))
        .select(col("municipality"), col("location"), col("quantity"), col("month"), col("s.*")),
        out, "summary-by-location-month"));
    // the day stage from partial states of the input partitions, without a sort of the readings (issue
    // 15e; days whose partials interleave in time go through the sorted path of issue 15d, which stays
    // the reference: ComplianceAgreementTest), then each period by the sorted fold of the day rows
    java.util.List<Column> place = java.util.List.of(col("municipality"), col("location"));
    Dataset<Row> days = DxSpark.complianceDaysFromPartials(r, standard, place, col("sensorId"), col("quantity"),
            observedAt, col("unscaled"), col("quality"))
        .persist();
    for (String period : new String[] {"month", "fiscalYear"}) {
      // exceedances folded as numbers (issue 15g); the Parquet gets the limit's text and timestamps from
      // Spark's own expressions, not from text formatted per exceedance
      Dataset<Row> c = DxSpark.complianceByPeriodColumnar(days, standard, place, col(period))
          .withColumnRenamed("compliance", "c")
          .select(complianceColumns(standard));
      String name = period.equals("month") ? "compliance-by-month" : "compliance-by-fiscal-year";
      counts.put(name, write(c, out, name));
    }
    days.unpersist();
    return counts;
  }

  private static Column[] complianceColumns(EnvironmentalStandard standard) {
    java.util.List<Column> cs = new java.util.ArrayList<>(java.util.List.of(col("municipality"), col("location"),
        col("period"), col("quantity")));
    Column[] limits = standard.limits().stream().map(l -> functions.lit(l.describe())).toArray(Column[]::new);
    Column limitText = functions.array(limits);
    for (String f : ComplianceAggregator.COLUMNAR_OUTPUT.fieldNames()) {
      if (f.equals("exceedances")) {
        cs.add(functions.transform(col("c.exceedances"), e -> functions.struct(
            functions.element_at(limitText, e.getField("limitIndex").plus(1)).as("limit"), e.getField("above").as("above"),
            functions.timestamp_micros(e.getField("startMicros")).as("start"),
            functions.timestamp_micros(e.getField("endMicros")).as("end"), e.getField("seconds").as("seconds"),
            e.getField("readings").as("readings"), e.getField("worst").as("worst"), e.getField("day").as("day")))
            .as(f));
      } else if (!f.equals("quantity")) {
        cs.add(col("c." + f).as(f));
      }
    }
    return cs.toArray(new Column[0]);
  }

  private static long write(Dataset<Row> df, String out, String name) {
    Dataset<Row> d = df.persist();
    d.write().mode(SaveMode.Overwrite).parquet(out + "/" + name + "/parquet");
    Dataset<Row> flat = d;
    for (org.apache.spark.sql.types.StructField f : d.schema().fields()) {
      if (f.dataType() instanceof org.apache.spark.sql.types.ArrayType) {
        flat = flat.drop(f.name());
      }
    }
    flat.write().mode(SaveMode.Overwrite).option("header", "true").csv(out + "/" + name + "/csv");
    long n = d.count();
    d.unpersist();
    return n;
  }

  /** {@code --name value} options. */
  static final class Options {
    private final Map<String, String> values;

    private Options(Map<String, String> values) {
      this.values = values;
    }

    static Options parse(String[] args) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        if (!args[i].startsWith("--") || i + 1 >= args.length) {
          throw new IllegalArgumentException("expected --name value pairs (was '" + args[i] + "')");
        }
        m.put(args[i].substring(2).toLowerCase(Locale.ROOT), args[++i]);
      }
      return new Options(m);
    }

    String require(String name) {
      String v = values.get(name);
      if (v == null) {
        throw new IllegalArgumentException("missing option --" + name);
      }
      return v;
    }

    String get(String name, String otherwise) {
      return values.getOrDefault(name, otherwise);
    }

    int integer(String name, int otherwise) {
      return values.containsKey(name) ? Integer.parseInt(values.get(name)) : otherwise;
    }
  }
}
