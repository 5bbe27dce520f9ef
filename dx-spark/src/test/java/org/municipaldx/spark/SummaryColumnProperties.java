package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.aggregate.Summary;
import org.municipaldx.testsupport.TrialScale;

/**
 * The laws the six-aggregate {@code dx_summary} column rests on (issue 15c): the one-quantity rule
 * held by the {@code bit_or} of quantity bits, invalid = all rows − valid values ({@code count(1)}
 * − {@code count(value)}), the mean derived from the exact sum and count at the end — so the
 * declarative column gives, on any groups of valid and invalid readings and any partitioning, the
 * same rows as the typed aggregator and the library's {@link Summary} of the valid readings.
 */
class SummaryColumnProperties {
  static final StructType SCHEMA = new StructType()
      .add("g", DataTypes.IntegerType)
      .add("quantity", DataTypes.StringType)
      .add("unscaled", DataTypes.LongType)
      .add("quality", DataTypes.StringType);

  static final Quantity[] QUANTITIES = Quantity.values();

  @Test
  void theDeclarativeColumnEqualsTheTypedAggregatorAndTheLibrary() {
    SparkSession spark = SparkSessions.local();
    // one reading: group, quantity ordinal (of the group when valid), value, quality (0 GOOD, 1 SUSPECT, 2 INVALID)
    var reading = Trials.api().integers(0, 5).flatMap(g -> Trials.api().integers(0, QUANTITIES.length - 1)
        .flatMap(q -> Trials.api().choose(-1_000_000L, -1L, 0L, 1L, 2_720L, 1_000_000_000_000L)
            .flatMap(v -> Trials.api().integers(0, 2).map(quality -> new long[] {g, q, v, quality}))));
    Trials.api().integers(1, 5).flatMap(partitions -> reading.immutableLists()
            .map(rows -> new Object[] {partitions, rows}))
        .withLimits(TrialScale.trials(6), TrialScale.limits())
        .supplyTo(trial -> {
          int partitions = (Integer) trial[0];
          @SuppressWarnings("unchecked")
          List<long[]> drawn = (List<long[]>) trial[1];
          List<Row> rows = new ArrayList<>();
          Map<Integer, Quantity> quantityOf = new TreeMap<>();
          Map<Integer, List<Long>> valid = new TreeMap<>();
          Map<Integer, Long> invalid = new TreeMap<>();
          for (long[] d : drawn) {
            int g = (int) d[0];
            Quality quality = d[3] == 2 ? Quality.INVALID : d[3] == 1 ? Quality.SUSPECT : Quality.GOOD;
            if (quality == Quality.INVALID) {
              // an invalid reading is counted, never checked: any quantity name (BadInputTest: a null value too)
              rows.add(RowFactory.create(g, d[1] % 2 == 0 ? "OZONE" : QUANTITIES[(int) d[1]].name(), d[2], "INVALID"));
              invalid.merge(g, 1L, Long::sum);
              valid.computeIfAbsent(g, k -> new ArrayList<>());
            } else {
              // a valid reading takes its group's quantity (the first drawn), so no group mixes quantities
              Quantity q = quantityOf.computeIfAbsent(g, k -> QUANTITIES[(int) d[1]]);
              rows.add(RowFactory.create(g, q.name(), d[2], quality == Quality.GOOD ? null : quality.name()));
              valid.computeIfAbsent(g, k -> new ArrayList<>()).add(d[2]);
              invalid.merge(g, 0L, Long::sum);
            }
          }
          var df = spark.createDataFrame(rows, SCHEMA).repartition(partitions);
          Map<Integer, Object> declarative = new TreeMap<>();
          for (Row r : df.groupBy(col("g")).agg(DxSpark.summary(col("quantity"), col("unscaled"), col("quality")))
              .collectAsList()) {
            declarative.put(r.getInt(0), SparkSessions.plain(r.getStruct(1)));
          }
          Map<Integer, Object> typed = new TreeMap<>();
          for (Row r : df.groupBy(col("g")).agg(DxSpark.summaryFunction().apply(col("quantity"), col("unscaled"),
              col("quality"))).collectAsList()) {
            typed.put(r.getInt(0), SparkSessions.plain(r.getStruct(1)));
          }
          Map<Integer, Object> library = new TreeMap<>();
          valid.forEach((g, values) -> library.put(g, expected(quantityOf.get(g), values, invalid.get(g))));
          assertThat(declarative).as("%d partitions, %s", partitions, rows).isEqualTo(typed).isEqualTo(library);
        });
  }

  /** The library's summary of a group's valid values, in the {@link SummaryAggregator#OUTPUT} shape. */
  private static List<Object> expected(Quantity q, List<Long> values, long invalid) {
    if (values.isEmpty()) {
      return java.util.Arrays.asList(0L, BigDecimal.ZERO.setScale(SummaryAggregator.SCALE), null, null, null,
          invalid);
    }
    int scale = q.columnScale();
    long sum = 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long v : values) {
      sum = Math.addExact(sum, v);
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    Summary s = Summary.of(values.size(), BigDecimal.valueOf(sum, scale), BigDecimal.valueOf(min, scale),
        BigDecimal.valueOf(max, scale));
    return java.util.Arrays.asList((long) values.size(), s.sum().setScale(SummaryAggregator.SCALE),
        s.min().orElseThrow().setScale(SummaryAggregator.SCALE), s.max().orElseThrow().setScale(SummaryAggregator.SCALE),
        s.mean(scale + 2, RoundingMode.HALF_EVEN).orElseThrow().setScale(SummaryAggregator.MEAN_SCALE), invalid);
  }
}
