package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.iot.standard.ComplianceReport;

/**
 * Generates synthetic nationwide input for {@link NationwideJob}: procedure-year rows of every
 * municipality (1,741 by default, each with a valid six-digit code and check digit) and hourly
 * readings of temperature, relative humidity and CO2 of sensors in their buildings, in the column
 * layouts {@link DxSources} reads, as CSV or Parquet. Values are deterministic functions (hashes) of
 * the row number and the seed, so a run is reproducible and independent of partitioning. The data
 * is synthetic: it stands for nothing real.
 *
 * <pre>
 * NationwideGenerator --out DIR [--format csv|parquet] [--municipalities 1741] [--departments 20]
 *     [--procedures 10] [--years 2021-2023] [--buildings 2] [--sensors 2] [--days 7]
 *     [--start 2022-03-28] [--interval-minutes 60] [--seed 1]
 * </pre>
 * writes {@code DIR/procedures} and {@code DIR/readings}.
 */
public final class NationwideGenerator {
  /** The number of municipalities in Japan (市町村 and 特別区, as of 2018 onward). */
  public static final int MUNICIPALITIES = 1741;

  private NationwideGenerator() {}

  /**
   * Generates the synthetic nationwide input files from the command line.
   *
   * @param args  the options above
   */
  public static void main(String[] args) {
    NationwideJob.Options o = NationwideJob.Options.parse(args);
    SparkSession spark = NationwideJob.session("dx-nationwide-generator");
    generate(spark, o.require("out"), o.get("format", "csv"), o.integer("municipalities", MUNICIPALITIES),
        o.integer("departments", 20), o.integer("procedures", 10), o.get("years", "2021-2023"),
        o.integer("buildings", 2), o.integer("sensors", 2), o.integer("days", 7),
        LocalDate.parse(o.get("start", "2022-03-28")), o.integer("interval-minutes", 60), o.integer("seed", 1));
  }

  /** {@return codes of {@code n} municipalities: prefecture 01–47, city numbers from 201, with check digits} */
  static List<String> municipalityCodes(int n) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String five = String.format(Locale.ROOT, "%02d%03d", 1 + i % 47, 201 + i / 47);
      codes.add(MunicipalityCode.parse(five + MunicipalityCode.checkDigit(five)).value());
    }
    return codes;
  }

  /**
   * Writes procedure-year rows and readings.
   *
   * @return the numbers of procedure rows and readings written
   */
  static long[] generate(SparkSession spark, String out, String format, int municipalities, int departments,
      int procedures, String years, int buildings, int sensors, int days, LocalDate start, int intervalMinutes,
      int seed) {
    String[] y = years.split("-");
    int firstYear = Integer.parseInt(y[0]);
    int yearCount = Integer.parseInt(y[y.length - 1]) - firstYear + 1;
    List<Row> codes = new ArrayList<>();
    int i = 0;
    for (String c : municipalityCodes(municipalities)) {
      codes.add(RowFactory.create(i++, c));
    }
    Dataset<Row> m = spark.createDataFrame(codes, new StructType().add("m", DataTypes.IntegerType)
        .add("municipality", DataTypes.StringType));
    long perMunicipality = (long) departments * procedures * yearCount;
    Dataset<Row> procs = spark.range(0, municipalities * perMunicipality)
        .withColumn("m", expr("cast(id div " + perMunicipality + " as int)"))
        .join(org.apache.spark.sql.functions.broadcast(m), "m")
        .withColumn("h", expr("abs(hash(id, " + seed + "))"))
        .select(col("municipality"),
            expr("concat('dept-', cast(((id div " + (procedures * yearCount) + ") % " + departments
                + ") as string))").as("department"),
            expr("cast(" + firstYear + " + id % " + yearCount + " as int)").as("fiscalYear"),
            expr("concat_ws('|', filter(array(if(h % 2 = 0, 'counterless', null), if(h % 3 = 0, 'cashless', null),"
                + " if(h % 5 = 0, 'moveless', null), if(h % 7 = 0, 'paperless', null),"
                + " if(h % 11 = 0, 'fileless', null)), x -> x is not null))").as("fiveLess"),
            expr("cast(5 + (h div 7) % 120 as long)").as("minutesPerCase"),
            expr("cast((h div 1000) % 50000 as long)").as("total"),
            expr("h div 100000000 % 101").as("share"))
        .withColumn("online", expr("cast(total * share div 100 as long)"))
        .select("municipality", "department", "fiscalYear", "fiveLess", "minutesPerCase", "online", "total");
    write(procs, out + "/procedures", format);

    int slots = days * 24 * 60 / intervalMinutes;
    long perSensor = 3L * slots;
    long startEpoch = start.atStartOfDay(ComplianceReport.JAPAN).toEpochSecond();
    Dataset<Row> readings = spark.range(0, (long) municipalities * buildings * sensors * perSensor)
        .withColumn("sensor", expr("id div " + perSensor))
        .withColumn("m", expr("cast(sensor div " + (buildings * sensors) + " as int)"))
        .join(org.apache.spark.sql.functions.broadcast(m), "m")
        .withColumn("b", expr("(sensor div " + sensors + ") % " + buildings))
        .withColumn("q", expr("cast((id % " + perSensor + ") div " + slots + " as int)"))
        .withColumn("slot", expr("id % " + slots))
        .withColumn("epoch", expr(startEpoch + " + slot * " + (intervalMinutes * 60L)))
        .withColumn("hour", expr("cast(((epoch + 32400) % 86400) div 3600 as int)"))
        .withColumn("h", expr("abs(hash(id, " + seed + "))"))
        .select(col("municipality"),
            expr("concat(municipality, '-building-', cast(b as string), '//')").as("location"),
            expr("concat(municipality, '-b', cast(b as string), '-s', cast(sensor % " + sensors + " as string))")
                .as("sensorId"),
            expr("element_at(array('AIR_TEMPERATURE', 'RELATIVE_HUMIDITY', 'CO2'), q + 1)").as("quantity"),
            expr("timestamp_seconds(epoch)").as("observedAt"),
            // temperature: cool nights (around 17 °C) and mild days; humidity 30–75 %; CO2 450–1250 ppm
            expr("case q when 0 then cast((if(hour >= 21 or hour < 5, 1650, 2300) + h % 400 - 200) / 100.0"
                + " as decimal(20,2))"
                + " when 1 then cast((300 + h % 450) / 10.0 as decimal(20,1))"
                + " else cast(450 + h % 800 as decimal(20,0)) end").cast("string").as("value"),
            expr("if(h % 997 = 0, 'INVALID', null)").as("quality"));
    if (format.equalsIgnoreCase("csv")) {
      readings = readings.withColumn("observedAt",
          expr("date_format(observedAt, \"yyyy-MM-dd'T'HH:mm:ss'Z'\")"));
    }
    write(readings, out + "/readings", format);
    return new long[] {municipalities * perMunicipality, (long) municipalities * buildings * sensors * perSensor};
  }

  static void write(Dataset<Row> df, String path, String format) {
    if (format.equalsIgnoreCase("csv")) {
      df.write().mode(SaveMode.Overwrite).option("header", "true").csv(path);
    } else {
      df.write().mode(SaveMode.Overwrite).parquet(path);
    }
  }
}
