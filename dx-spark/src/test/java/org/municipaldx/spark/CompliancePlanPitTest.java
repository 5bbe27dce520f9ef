package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.spark.internal.DayReadings;

/**
 * The compliance plans of {@link DxSpark} — the sorted day stage, the day stage from partials with and without
 * its fall-back to the sorted path, the period folds (text and columnar), the typed aggregators and the SQL
 * registration — on a handful of readings, each compared with the single-machine library: the periods with
 * {@link ComplianceReport} of the same readings, the day rows with {@link ComplianceDayAggregator} (the reference
 * of the day stage) called without Spark. Built for speed (issue 13u): one shared local session
 * ({@link SparkSessions#local}), at most a few hundred readings, partitions laid out by hand, so that PIT can run
 * it for each mutant of {@code Declarative}, {@code DxSpark} and the compliance aggregators and kill by assertion
 * where {@code ComplianceAgreementTest} (minutes per mutant under PIT) could only time out.
 *
 * <p>The readings cross midnight in Japan with a run below the limit (joined across the day by the fold), the
 * building-hygiene amendment of 2022-04-01 (air temperature 17 → 18 °C, CO 10 → 6 ppm), the fiscal-year and a
 * month boundary; they hold ties across sensors, invalid and suspect readings, daily-average and per-reading
 * limits, two municipalities with a place of the same name, and a place whose key is null.
 */
class CompliancePlanPitTest {
  static final EnvironmentalStandard STANDARD = Standards.BUILDING_HYGIENE;
  static final StructType SCHEMA = new StructType()
      .add("municipality", DataTypes.StringType)
      .add("location", DataTypes.StringType)
      .add("sensorId", DataTypes.StringType)
      .add("quantity", DataTypes.StringType)
      .add("observedAt", DataTypes.TimestampType)
      .add("unscaled", DataTypes.LongType)
      .add("quality", DataTypes.StringType);
  static final Location ANY_PLACE = Location.builder().facility("test").build();

  /** One reading of the fixture, at a local date-time in Japan. */
  record In(String municipality, String location, String sensor, Quantity quantity, Instant at, long unscaled,
      Quality quality) {
    Row row() {
      return RowFactory.create(municipality, location, sensor, quantity.name(), Timestamp.from(at), unscaled,
          quality == Quality.GOOD ? null : quality.name());
    }

    Reading reading() {
      return Reading.builder().sensorId(sensor).quantity(quantity)
          .value(BigDecimal.valueOf(unscaled, quantity.columnScale())).observedAt(at).quality(quality).build();
    }

    LocalDate day() {
      return LocalDate.ofInstant(at, ComplianceReport.JAPAN);
    }

    /** The place's key as the tests print it: the location, or municipality and location. */
    String key(boolean twoKeys) {
      return twoKeys ? municipality + "|" + location : String.valueOf(location);
    }
  }

  static In in(String municipality, String location, String sensor, Quantity q, String japanTime, long unscaled,
      Quality quality) {
    return new In(municipality, location, sensor, q, LocalDateTime.parse(japanTime).atZone(ComplianceReport.JAPAN)
        .toInstant(), unscaled, quality);
  }

  static In in(String location, String sensor, Quantity q, String japanTime, long unscaled) {
    return in("072036", location, sensor, q, japanTime, unscaled, Quality.GOOD);
  }

  static final String MAIN = "本庁舎";
  static final Quantity T = Quantity.AIR_TEMPERATURE;

  /** The fixture, in time order. */
  static final List<In> READINGS = List.of(
      in(MAIN, "a1", Quantity.CO2, "2022-03-31T09:00", 900),
      in(MAIN, "a1", Quantity.CO, "2022-03-31T10:00", 80), // 8.0 ppm: within 10 before the amendment
      in(MAIN, "a1", T, "2022-03-31T12:00", 2500),
      in(MAIN, "a2", T, "2022-03-31T12:00", 2950), // a tie across sensors, above 28 °C
      in(MAIN, "a1", Quantity.CO2, "2022-03-31T15:00", 1200), // the day's mean 1,050 > 1,000
      in(MAIN, "a1", T, "2022-03-31T22:00", 1750), // 17.5: within 17 before the amendment
      in(MAIN, "a1", T, "2022-03-31T23:00", 1650), // below 17: a run starts
      in("072044", MAIN, "b1", T, "2022-03-31T23:10", 1600, Quality.GOOD), // another municipality's 本庁舎
      in("072036", MAIN, "a1", T, "2022-03-31T23:30", 1000, Quality.INVALID),
      in(MAIN, "a1", T, "2022-04-01T00:00", 1750), // below 18 after the amendment: the run crosses midnight
      in("072036", MAIN, "a2", T, "2022-04-01T01:00", 1790, Quality.SUSPECT),
      in("072036", null, "c1", T, "2022-04-01T01:30", 1700, Quality.GOOD), // a place without a location key
      in(MAIN, "a1", T, "2022-04-01T02:00", 2000),
      in("072036", null, "c1", T, "2022-04-01T02:30", 2100, Quality.GOOD),
      in(MAIN, "a1", Quantity.CO2, "2022-04-01T09:00", 800),
      in(MAIN, "a1", Quantity.CO, "2022-04-01T10:00", 80), // 8.0 ppm: above 6 after the amendment
      in(MAIN, "a1", T, "2022-04-01T12:00", 2900),
      in(MAIN, "a2", Quantity.CO2, "2022-04-01T15:00", 950),
      in(MAIN, "a1", T, "2022-04-30T23:00", 1500), // a run across the month boundary: two months, one fiscal year
      in(MAIN, "a1", T, "2022-05-01T00:00", 1500));

  // ---------------------------------------------------------------------------------------------------------
  // the library's side

  /** {@return the day rows the day stage gives, by key, quantity and day: day, month, fiscal year, segment} */
  static Map<String, Object> expectedDays(List<In> readings, boolean twoKeys) {
    ComplianceDayAggregator a = new ComplianceDayAggregator(STANDARD, ComplianceReport.JAPAN);
    Map<String, DayReadings> buffers = new TreeMap<>();
    for (In r : readings) {
      String k = r.key(twoKeys) + "|" + r.quantity().name() + "|" + r.day();
      DayReadings b = buffers.computeIfAbsent(k, x -> a.zero());
      a.reduce(b, RowFactory.create(r.sensor(), r.quantity().name(), ChronoUnit.MICROS.between(Instant.EPOCH, r.at()),
          r.unscaled(), r.quality() == Quality.GOOD ? null : r.quality().name()));
    }
    Map<String, Object> out = new TreeMap<>();
    buffers.forEach((k, b) -> {
      LocalDate d = LocalDate.parse(k.substring(k.lastIndexOf('|') + 1));
      out.put(k, List.of(d.toString(), d.toString().substring(0, 7), CompliancePeriod.fiscalYear(FiscalYear.containing(d)).toString(),
          SparkSessions.plain(a.finish(b))));
    });
    return out;
  }

  /** {@return the library's compliance by key, period ({@code month} or {@code fiscalYear}) and quantity} */
  static Map<String, Object> expectedPeriods(List<In> readings, boolean twoKeys, String kind) {
    Function<LocalDate, CompliancePeriod> period = kind.equals("month")
        ? d -> CompliancePeriod.month(YearMonth.from(d))
        : d -> CompliancePeriod.fiscalYear(FiscalYear.containing(d));
    Map<String, List<In>> byKey = new TreeMap<>();
    for (In r : readings) {
      byKey.computeIfAbsent(r.key(twoKeys), k -> new ArrayList<>()).add(r);
    }
    Map<String, Object> out = new TreeMap<>();
    byKey.forEach((key, rs) -> {
      List<Reading> library = rs.stream().map(In::reading).toList();
      Map<String, Long> invalid = new TreeMap<>();
      for (In r : rs) {
        invalid.merge(period.apply(r.day()) + "|" + r.quantity().name(), r.quality() == Quality.INVALID ? 1L : 0L,
            Long::sum);
      }
      invalid.forEach((pq, n) -> {
        CompliancePeriod p = CompliancePeriod.parse(pq.substring(0, pq.indexOf('|')));
        Quantity q = Quantity.valueOf(pq.substring(pq.indexOf('|') + 1));
        ComplianceReport report = ComplianceReport.of(STANDARD, ANY_PLACE, p, ComplianceReport.JAPAN, library);
        out.put(key + "|" + pq, SparkSessions.plain(ComplianceAggregator.toRow(report.quantity(q).orElse(null), n)));
      });
    });
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Spark's side

  static Dataset<Row> frame(List<In> readings) {
    return SparkSessions.local().createDataFrame(readings.stream().map(In::row).toList(), SCHEMA);
  }

  /** {@return the readings in exactly these partitions, each in the order given} */
  static Dataset<Row> partitioned(List<List<In>> partitions) {
    SparkSession spark = SparkSessions.local();
    List<List<Row>> rows = new ArrayList<>();
    for (List<In> p : partitions) {
      rows.add(new ArrayList<>(p.stream().map(In::row).toList()));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return spark.createDataFrame(jsc.parallelize(rows, rows.size()).flatMap(List::iterator), SCHEMA);
  }

  static List<Column> keys(boolean twoKeys) {
    return twoKeys ? List.of(col("municipality"), col("location")) : List.of(col("location"));
  }

  /** {@return day rows by key, quantity and day; a key, quantity and day given twice fails} */
  static Map<String, Object> days(Dataset<Row> days, int keys) {
    return days(days.collectAsList(), keys);
  }

  static Map<String, Object> days(List<Row> days, int keys) {
    Map<String, Object> out = new TreeMap<>();
    for (Row r : days) {
      StringBuilder k = new StringBuilder();
      for (int i = 0; i < keys; i++) {
        k.append(r.get(i)).append('|');
      }
      k.append(r.getString(keys)).append('|').append(r.getString(keys + 1));
      Object previous = out.put(k.toString(), List.of(r.getString(keys + 1), r.getString(keys + 2),
          r.getString(keys + 3), SparkSessions.plain(r.get(keys + 4))));
      assertThat(previous).as("a second row of %s", k).isNull();
    }
    return out;
  }

  /** {@return the fallback flag of each day row, by key, quantity and day} */
  static Map<String, Boolean> fellBack(List<Row> days, int keys) {
    Map<String, Boolean> out = new TreeMap<>();
    for (Row r : days) {
      StringBuilder k = new StringBuilder();
      for (int i = 0; i < keys; i++) {
        k.append(r.get(i)).append('|');
      }
      out.put(k.append(r.getString(keys)).append('|').append(r.getString(keys + 1)).toString(),
          r.getBoolean(keys + 5));
    }
    return out;
  }

  static List<String> fallingBack(Map<String, Boolean> fell) {
    return fell.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
  }

  /** {@return the period rows of {@code complianceByPeriod} by key, period and quantity} */
  static Map<String, Object> periods(Dataset<Row> folded, int keys, boolean columnar) {
    Map<String, Object> out = new TreeMap<>();
    for (Row r : folded.collectAsList()) {
      StringBuilder k = new StringBuilder();
      for (int i = 0; i < keys; i++) {
        k.append(r.get(i)).append('|');
      }
      k.append(r.getString(keys + 1)).append('|').append(r.getString(keys));
      Object c = columnar ? ComplianceAgreementTest.asText(r.get(keys + 2), STANDARD)
          : SparkSessions.plain(r.get(keys + 2));
      assertThat(out.put(k.toString(), c)).as("a second row of %s", k).isNull();
    }
    return out;
  }

  static Dataset<Row> sortedDays(Dataset<Row> df, boolean twoKeys) {
    return twoKeys
        ? DxSpark.complianceDays(df, STANDARD, keys(true), col("sensorId"), col("quantity"), col("observedAt"),
            col("unscaled"), col("quality"))
        : DxSpark.complianceDays(df, STANDARD, col("location"), col("sensorId"), col("quantity"), col("observedAt"),
            col("unscaled"), col("quality"));
  }

  static Dataset<Row> partialDays(Dataset<Row> df, boolean twoKeys) {
    return DxSpark.complianceDaysFromPartials(df, STANDARD, keys(twoKeys), col("sensorId"), col("quantity"),
        col("observedAt"), col("unscaled"), col("quality"));
  }

  /** {@return the readings of a place, quantity and day, by index} */
  static List<In> of(String location, Quantity q, String day) {
    return READINGS.stream().filter(r -> java.util.Objects.equals(r.location(), location) && r.quantity() == q
        && r.day().toString().equals(day)).toList();
  }

  static List<In> except(List<In> readings, List<In> left) {
    return readings.stream().filter(r -> !left.contains(r)).toList();
  }

  // ---------------------------------------------------------------------------------------------------------

  @Test
  void sortedDaysAndTheirFoldsByMonthAndFiscalYearEqualTheLibrary() {
    Dataset<Row> d = sortedDays(frame(READINGS), false);
    assertThat(d.columns()).containsExactly("location", "quantity", "day", "month", "fiscalYear", "segment");
    assertThat(days(d, 1)).isEqualTo(expectedDays(READINGS, false));
    Map<String, Object> months = periods(DxSpark.complianceByPeriod(d, STANDARD, keys(false), col("month")), 1,
        false);
    assertThat(months).isEqualTo(expectedPeriods(READINGS, false, "month"));
    // the run below 18 °C from 04-30 23:00 to 05-01 00:00 is two exceedances by month, one by fiscal year
    Map<String, Object> years = periods(DxSpark.complianceByPeriodColumnar(d, STANDARD, keys(false),
        col("fiscalYear")), 1, true);
    assertThat(years).isEqualTo(expectedPeriods(READINGS, false, "fiscalYear"));
    // the typed dx_compliance over the same day rows gives the same fiscal years
    Map<String, Object> typed = new TreeMap<>();
    for (Row r : d.groupBy(col("location"), col("fiscalYear"), col("quantity"))
        .agg(DxSpark.compliance(STANDARD, col("segment")).as("c")).collectAsList()) {
      typed.put(r.get(0) + "|" + r.getString(1) + "|" + r.getString(2), SparkSessions.plain(r.get(3)));
    }
    assertThat(typed).isEqualTo(years);
  }

  @Test
  void theFixtureCrossesMidnightTheAmendmentAndAMonthWithRunsAndDailyAverages() {
    // what the other tests rely on: the library finds these exceedances in the fixture
    Map<String, Object> years = expectedPeriods(READINGS, false, "fiscalYear");
    @SuppressWarnings("unchecked")
    List<Object> t2022 = (List<Object>) years.get(MAIN + "|FY2022|AIR_TEMPERATURE");
    @SuppressWarnings("unchecked")
    List<Object> t2021 = (List<Object>) years.get(MAIN + "|FY2021|AIR_TEMPERATURE");
    assertThat(t2021.get(10)).as("FY2021: above 28 at noon, below 17 from 23:00 on").isEqualTo(2);
    assertThat(t2022.get(10)).as("FY2022: below 18 until 00:00 (joined across midnight by the fold), above 28, "
        + "below 18 across the month boundary").isEqualTo(3);
    assertThat(expectedPeriods(READINGS, false, "month").get(MAIN + "|2022-04|AIR_TEMPERATURE"))
        .isNotEqualTo(t2022);
    @SuppressWarnings("unchecked")
    List<Object> co = (List<Object>) years.get(MAIN + "|FY2022|CO");
    assertThat(co.get(10)).as("8.0 ppm on 2022-04-01: above the amended 6 ppm daily average").isEqualTo(1);
    @SuppressWarnings("unchecked")
    List<Object> co2 = (List<Object>) years.get(MAIN + "|FY2021|CO2");
    assertThat(co2.get(10)).as("a daily mean of 1,050 ppm").isEqualTo(1);
    assertThat(years).containsKey("null|FY2022|AIR_TEMPERATURE");
  }

  @Test
  void severalKeysKeepPlacesOfTheSameNameApartOnTheSortedAndThePartialPath() {
    Dataset<Row> df = frame(READINGS);
    Map<String, Object> expected = expectedDays(READINGS, true);
    assertThat(expected).as("本庁舎 of 072036 and of 072044 on 2022-03-31").containsKeys(
        "072036|本庁舎|AIR_TEMPERATURE|2022-03-31", "072044|本庁舎|AIR_TEMPERATURE|2022-03-31");
    Dataset<Row> sorted = sortedDays(df, true);
    assertThat(sorted.columns()).containsExactly("municipality", "location", "quantity", "day", "month",
        "fiscalYear", "segment");
    assertThat(days(sorted, 2)).isEqualTo(expected);
    Dataset<Row> partial = partialDays(df, true);
    assertThat(partial.columns()).containsExactly("municipality", "location", "quantity", "day", "month",
        "fiscalYear", "segment", "sortedFallback");
    List<Row> rows = partial.collectAsList();
    assertThat(days(rows, 2)).isEqualTo(expected);
    assertThat(fellBack(rows, 2)).as("one partition: no day falls back").doesNotContainValue(true);
    assertThat(periods(DxSpark.complianceByPeriod(partial, STANDARD, keys(true), col("month")), 2, false))
        .isEqualTo(expectedPeriods(READINGS, true, "month"));
  }

  @Test
  void theTypedDayAggregatorAsAColumnGivesTheSameDays() {
    Dataset<Row> df = frame(READINGS);
    Map<String, Object> typed = new TreeMap<>();
    for (Row r : df.groupBy(col("location"), col("quantity"), DxSpark.period(col("observedAt"), "day").as("day"))
        .agg(DxSpark.complianceDay(STANDARD, col("sensorId"), col("quantity"), col("observedAt"), col("unscaled"),
            col("quality")).as("segment")).collectAsList()) {
      typed.put(r.get(0) + "|" + r.getString(1) + "|" + r.getString(2), SparkSessions.plain(r.get(3)));
    }
    Map<String, Object> expected = new TreeMap<>();
    expectedDays(READINGS, false).forEach((k, v) -> expected.put(k, ((List<?>) v).get(3)));
    assertThat(typed).isEqualTo(expected);
  }

  @Test
  void aPlaceCutBetweenPartitionsInTimeOrderIsMergedFromItsPartialsWithoutFallingBack() {
    // two stretches of time, as files in time order are read: 本庁舎's temperature of 2022-04-01 is cut after
    // 00:00 (the run below 18 °C goes on in the second partition), the null place after 01:30
    int cut = READINGS.indexOf(READINGS.stream().filter(r -> r.sensor().equals("a2") && r.quantity() == T
        && r.day().toString().equals("2022-04-01")).findFirst().orElseThrow()) + 2;
    Dataset<Row> df = partitioned(List.of(READINGS.subList(0, cut), READINGS.subList(cut, READINGS.size())));
    assertThat(df.javaRDD().getNumPartitions()).isEqualTo(2);
    Dataset<Row> partial = partialDays(df, false);
    List<Row> rows = partial.collectAsList();
    assertThat(fellBack(rows, 1)).as("partials one after the other in time: no day falls back")
        .hasSize(expectedDays(READINGS, false).size()).doesNotContainValue(true);
    assertThat(days(rows, 1)).isEqualTo(expectedDays(READINGS, false));
    // with no day falling back the readings are read once: the result is the merged partials, no union with a
    // second (sorted) reading of them
    assertThat(partial.queryExecution().analyzed().toString()).doesNotContain("Union");
    // a partition that emits its partials every 2 readings (the cap of its buffer) gives the same days
    Dataset<Row> capped = Declarative.complianceDaysFromPartials(df, STANDARD, keys(false), col("sensorId"),
        col("quantity"), col("observedAt"), col("unscaled"), col("quality"), 2);
    assertThat(days(capped, 1)).isEqualTo(expectedDays(READINGS, false));
    assertThat(periods(DxSpark.complianceByPeriod(partial, STANDARD, keys(false), col("fiscalYear")), 1, false))
        .isEqualTo(expectedPeriods(READINGS, false, "fiscalYear"));
  }

  /**
   * Issue 15l: the days of {@code complianceDaysFromPartials} are folded from their long form (values as longs) only
   * where the keys and period read the same values there — not for a period that reads the segment's decimals (whose
   * text would differ in the long form), nor for a column bound to the returned Dataset's plan — and every way gives
   * the rows of the public form.
   */
  @Test
  void theLongFormOfTheDaysIsFoldedOnlyWhereTheKeysAndPeriodReadTheSameValues() {
    Dataset<Row> partial = partialDays(frame(READINGS), false);
    assertThat(CompactDays.of(partial)).as("no day fell back: the long form is kept").isNotNull();
    Dataset<Row> derived = partial.select("*");
    // a period of the segment's sum as text: "40.000" in the public form, not "40000"
    Column bySum = col("segment.sum").cast("string");
    assertThat(CompliancePlans.onLongForm(CompactDays.of(partial), List.of(col("location"), bySum, col("segment")), 2))
        .as("a period reading the segment").isNull();
    Map<String, Object> bySums = periods(DxSpark.complianceByPeriodColumnar(partial, STANDARD, keys(false), bySum), 1,
        true);
    assertThat(bySums).isEqualTo(periods(DxSpark.complianceByPeriodColumnar(derived, STANDARD, keys(false), bySum), 1,
        true));
    assertThat(bySums.keySet()).as("periods as the decimals' text").isNotEmpty()
        .allSatisfy(k -> assertThat(k.split("\\|")[1]).matches("-?[0-9]+\\.[0-9]{3}"));
    // a key bound to the returned Dataset's plan does not resolve on the long form: the public form is folded
    assertThat(CompliancePlans.onLongForm(CompactDays.of(partial), List.of(partial.col("location"), col("month"),
        col("segment")), 2)).isNull();
    assertThat(periods(DxSpark.complianceByPeriod(partial, STANDARD, List.of(partial.col("location")),
        col("month")), 1, false)).isEqualTo(expectedPeriods(READINGS, false, "month"));
    // plain columns, and an expression of the day: the long form
    assertThat(CompliancePlans.onLongForm(CompactDays.of(partial), List.of(col("location"),
        org.apache.spark.sql.functions.substring(col("day"), 1, 4), col("segment")), 2)).isNotNull();
    assertThat(periods(DxSpark.complianceByPeriod(partial, STANDARD, keys(false), col("fiscalYear")), 1, false))
        .isEqualTo(expectedPeriods(READINGS, false, "fiscalYear"));
  }

  /** Readings laid out in partitions, and all of them. */
  record Layout(Dataset<Row> df, List<In> readings) {}

  /**
   * Two partitions that each hold some readings of the places and days {@code a} and {@code b} (alternately)
   * between other places' rows, so that their times interleave and neither is a partition's first or last run of
   * one key (which would carry its raw readings to the merge): the day's order cannot be known from the partials,
   * so its readings go through the sorted path. The other readings of {@code rest} are split in time order,
   * each partition starting and ending with a filler place of its own.
   */
  static Layout interleaved(List<In> a, List<In> b, List<In> rest) {
    List<In> others = except(except(rest, a), b);
    int half = others.size() / 2;
    List<List<In>> parts = List.of(new ArrayList<>(), new ArrayList<>());
    List<In> all = new ArrayList<>(rest);
    for (int p = 0; p < 2; p++) {
      In head = in("000000", "head" + p, "f", T, "2022-04-01T06:00", 2000, Quality.GOOD);
      In tail = in("000000", "tail" + p, "f", T, "2022-04-01T06:00", 2000, Quality.GOOD);
      parts.get(p).add(head);
      parts.get(p).addAll(p == 0 ? others.subList(0, half) : others.subList(half, others.size()));
      for (List<In> place : List.of(a, b)) {
        for (int i = p; i < place.size(); i += 2) {
          parts.get(p).add(place.get(i));
        }
      }
      parts.get(p).add(tail);
      all.addAll(List.of(head, tail));
    }
    return new Layout(partitioned(parts), all);
  }

  @Test
  void daysWhosePartialsInterleaveFallBackToTheSortedPathAlsoWhenTheirKeyIsNull() {
    List<In> main = of(MAIN, T, "2022-04-01");
    List<In> none = of(null, T, "2022-04-01");
    assertThat(main).hasSize(4);
    assertThat(none).hasSize(2); // 01:30 in the first partition, 02:30 in the second, MAIN's 00:00–12:00 around
    List<In> three = new ArrayList<>(none);
    three.add(in("072036", null, "c1", T, "2022-04-01T03:30", 1500, Quality.GOOD));
    List<In> rest = new ArrayList<>(READINGS);
    rest.add(three.get(2));
    Layout l = interleaved(main, three, rest);
    Dataset<Row> partial = partialDays(l.df(), false);
    List<Row> rows = partial.collectAsList();
    Map<String, Boolean> fell = fellBack(rows, 1);
    assertThat(fallingBack(fell)).as("the two interleaved days, the null key's too")
        .containsExactlyInAnyOrder(MAIN + "|AIR_TEMPERATURE|2022-04-01", "null|AIR_TEMPERATURE|2022-04-01");
    assertThat(days(rows, 1)).as("the null place's readings are not lost by a filter on the first key")
        .isEqualTo(expectedDays(l.readings(), false));
    // with a null key among the falling-back days the raw readings are not filtered by key (IN would drop it)
    assertThat(partial.queryExecution().analyzed().toString()).doesNotContain(" IN (");
  }

  @Test
  void theReadingsOfFewFallingBackPlacesArePrefilteredByTheirFirstKey() {
    List<In> main = of(MAIN, T, "2022-04-01");
    List<In> rest = READINGS.stream().filter(r -> r.location() != null).toList();
    Layout l = interleaved(main, List.of(), rest);
    Dataset<Row> partial = partialDays(l.df(), true);
    List<Row> rows = partial.collectAsList();
    assertThat(fallingBack(fellBack(rows, 2)))
        .containsExactly("072036|本庁舎|AIR_TEMPERATURE|2022-04-01");
    assertThat(days(rows, 2)).isEqualTo(expectedDays(l.readings(), true));
    // the falling-back days' readings are read again filtered by the first key's few values (a columnar source
    // can push that filter down): 072036 only
    assertThat(partial.queryExecution().analyzed().toString()).containsPattern("municipality#\\d+ IN \\(072036\\)");
  }

  @Test
  void registerNamesEveryFunctionForSqlInAFreshSessionWithTheDeclarativeSumsAndSummary() {
    // a new session has its own function registry: nothing registered by another test is seen here
    SparkSession spark = SparkSessions.local().newSession();
    DxSpark.register(spark, STANDARD);
    spark.createDataFrame(READINGS.stream().map(In::row).toList(), SCHEMA).createOrReplaceTempView("readings");
    // dx_sums and dx_summary in a classic session: Spark's code-generated hash aggregation, not the typed
    // aggregators' object hash aggregation
    Dataset<Row> sums = spark.sql("SELECT dx_sums(m, o, t) FROM VALUES (30L, 1303L, 2000L), (2L, 1L, 1L) AS x(m, o, t)");
    assertThat(sums.queryExecution().executedPlan().toString()).contains("HashAggregate")
        .doesNotContain("ObjectHashAggregate");
    assertThat(sums.first().getStruct(0)).isEqualTo(RowFactory.create(39_092L, 1_304L, 2_001L, 2L));
    Dataset<Row> summary = spark.sql("SELECT sensorId, dx_summary(quantity, unscaled, quality) FROM readings"
        + " WHERE quantity = 'CO2' GROUP BY sensorId ORDER BY sensorId");
    assertThat(summary.queryExecution().executedPlan().toString()).doesNotContain("ObjectHashAggregate");
    assertThat(summary.collectAsList()).isEqualTo(spark.table("readings").where("quantity = 'CO2'")
        .groupBy("sensorId").agg(DxSpark.summaryFunction().apply(col("quantity"), col("unscaled"), col("quality")))
        .orderBy("sensorId").collectAsList());
    // the typed compliance aggregators by their SQL names: the library's fiscal years
    spark.sql("SELECT location, quantity, dx_period(observedAt, 'day') AS day,"
        + " dx_period(observedAt, 'fiscal-year') AS fiscalYear,"
        + " dx_compliance_day(sensorId, quantity, unix_micros(observedAt), unscaled, quality) AS segment"
        + " FROM readings GROUP BY location, quantity, dx_period(observedAt, 'day'),"
        + " dx_period(observedAt, 'fiscal-year')").createOrReplaceTempView("days");
    Map<String, Object> years = new TreeMap<>();
    for (Row r : spark.sql("SELECT location, fiscalYear, quantity, dx_compliance(segment) FROM days"
        + " GROUP BY location, fiscalYear, quantity").collectAsList()) {
      years.put(r.get(0) + "|" + r.getString(1) + "|" + r.getString(2), SparkSessions.plain(r.get(3)));
    }
    assertThat(years).isEqualTo(expectedPeriods(READINGS, false, "fiscalYear"));
    Row other = spark.sql("SELECT dx_rollup('citizens', 4, 30L, 2L, 3L).total, dx_five_less_mask('ムーブレス'),"
        + " dx_decode_lpp('zz', 'hex', 's-1', 0L).error.reason").first();
    assertThat(other.getStruct(0)).isEqualTo(RowFactory.create(60L, 2L, 3L, 1L));
    assertThat(other.getInt(1)).isEqualTo(4);
    // the same cell read by the DataFrame column
    assertThat(spark.sql("SELECT 'ムーブレス・ペーパーレス' AS c").select(DxSpark.fiveLessMask(col("c"))).first().getInt(0))
        .as("moveless 4 + paperless 8").isEqualTo(12);
    assertThat(other.getString(2)).isEqualTo("MALFORMED_TEXT");
  }

  @Test
  void theRollupOfNoGroupColumnsIsOneRowOfEveryRowAndGroupedItEqualsTheLibrary() {
    RollupAgreementTest.Generated g = RollupAgreementTest.generate(5, 60, false);
    Dataset<Row> df = RollupAgreementTest.frame(SparkSessions.local(), g.rows(), 2, false);
    assertThat(RollupAgreementTest.sparkDeclarative(df)).isEqualTo(RollupAgreementTest.library(g));
    // with group columns the departments are folded after a sort, not by collect_list's object hash aggregation
    assertThat(DxSpark.rollup(df, List.of(col("municipality")), col("department"), col("fiveLessMask"),
        col("minutesPerCase"), col("online"), col("total")).queryExecution().executedPlan().toString())
        .doesNotContain("ObjectHashAggregate");
    List<Row> all = DxSpark.rollup(df, List.of(), col("department"), col("fiveLessMask"), col("minutesPerCase"),
        col("online"), col("total")).collectAsList();
    assertThat(all).hasSize(1);
    Map<String, List<org.municipaldx.metrics.batch.ProcedureYearRow>> one = new LinkedHashMap<>();
    g.byGroup().values().forEach(rows -> one.computeIfAbsent("all", k -> new ArrayList<>()).addAll(rows));
    assertThat(SparkSessions.plain(all.get(0).get(0)))
        .isEqualTo(RollupAgreementTest.library(new RollupAgreementTest.Generated(g.rows(), one)).get("all"));
  }

  @Test
  void aRowAtTheEdgeOfTheMaskAndMinutesRangesIsRefusedForItsOwnFaultOnly() {
    // masks 0 and 31 and 0 minutes are valid: a row that has them and online above total is refused for online
    StructType schema = new StructType().add("department", DataTypes.StringType)
        .add("fiveLessMask", DataTypes.IntegerType).add("minutesPerCase", DataTypes.LongType)
        .add("online", DataTypes.LongType).add("total", DataTypes.LongType);
    Dataset<Row> df = SparkSessions.local().createDataFrame(List.of(RowFactory.create("citizens", 0, 0L, 2L, 1L),
        RowFactory.create("citizens", 31, 0L, 2L, 1L)), schema);
    for (int i = 0; i < 2; i++) {
      Dataset<Row> one = df.where(col("fiveLessMask").equalTo(i * 31));
      assertThatThrownBy(() -> DxSpark.rollup(one, List.of(), col("department"), col("fiveLessMask"),
          col("minutesPerCase"), col("online"), col("total")).collectAsList())
          .satisfies(e -> assertThat(BadInputTest.root(e)).isInstanceOf(IllegalArgumentException.class)
              .hasMessage("dx_rollup.online: must not exceed total (1) (was '2')"));
    }
  }

  @Test
  void aDepartmentWhoseTotalOverflowsFailsNamingTheCheckedTotalNotTheBoundedOnlineSum() {
    // online ≤ total row by row, so online's sum is Spark's wrapping sum (bounded by total's checked try_sum):
    // when both pass Long.MAX_VALUE the error is total's, which the bounded sum never raises itself
    SparkSession spark = SparkSessions.local();
    StructType schema = new StructType().add("department", DataTypes.StringType)
        .add("fiveLessMask", DataTypes.IntegerType).add("minutesPerCase", DataTypes.LongType)
        .add("online", DataTypes.LongType).add("total", DataTypes.LongType);
    long big = Long.MAX_VALUE / 2 + 1;
    Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create("citizens", 0, 0L, big, big),
        RowFactory.create("citizens", 0, 0L, big, big)), schema);
    for (List<Column> groupBy : List.of(List.<Column>of(), List.of(col("department")))) {
      assertThatThrownBy(() -> DxSpark.rollup(df, groupBy, col("department"), col("fiveLessMask"),
          col("minutesPerCase"), col("online"), col("total")).collectAsList())
          .as("grouped by %s", groupBy)
          .satisfies(e -> assertThat(BadInputTest.root(e)).isInstanceOf(ArithmeticException.class)
              .hasMessage("dx_rollup.total: the sum of 2 rows overflows long"));
    }
  }
}
