package org.municipaldx.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sageserpent.americium.java.Trials;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.ProcedureYearRow;
import org.municipaldx.testsupport.TrialScale;

/**
 * The law the roll-up's stage 1 rests on since issue 15f: of its 19 sums per group and department,
 * only minutes × online and total are summed with an overflow check ({@code try_sum}); online and
 * the 15 five-less sums are Spark's wrapping {@code sum}, exact because each is a sum of
 * non-negative terms bounded by a checked sum of the same rows. So, on rows whose sums lie near and
 * beyond {@code Long.MAX_VALUE}, in any partitioning and with {@code spark.sql.ansi.enabled} on or
 * off, {@code DxSpark.rollup(Dataset, …)} either equals the library's {@link ProcedureYearRollup}
 * or, exactly when the library's exact arithmetic fails, fails with {@link ArithmeticException}: a
 * sum beyond {@code long} names the roll-up's field ({@code dx_rollup.total: the sum of … rows
 * overflows long}), never a wrapped value and never Spark's own ANSI error.
 */
class RollupExactnessProperties {
  /** Totals around 2^61 and 2^62: two to four rows of a group reach beyond {@code Long.MAX_VALUE}. */
  private static final long[] TOTALS = {0L, 1L, 1_303L, 1L << 61, (1L << 62) - 1, 1L << 62, Long.MAX_VALUE / 3 + 7};

  @Test
  void stageOnesUncheckedSumsAreExactOrTheGroupFailsNamingTheField() {
    SparkSession spark = SparkSessions.local();
    var api = Trials.api();
    // a row: department 0–1, mask 0–31, minutes 0–1 (so minutes × online never overflows alone), total, online share
    var row = api.integers(0, 1).flatMap(d -> api.integers(0, 31).flatMap(mask -> api.integers(0, 1)
        .flatMap(m -> api.integers(0, TOTALS.length - 1).flatMap(t -> api.integers(0, 2)
            .map(share -> new int[] {d, mask, m, t, share})))));
    row.immutableListsOfSize(1).flatMap(first -> api.integers(0, 5).flatMap(row::immutableListsOfSize)
            .flatMap(rest -> api.integers(1, 3).flatMap(parts -> api.booleans()
                .map(ansi -> new Object[] {first, rest, parts, ansi}))))
        .withLimits(TrialScale.trials(12), TrialScale.limits())
        .supplyTo(trial -> {
          @SuppressWarnings("unchecked")
          List<int[]> drawn = new ArrayList<>((List<int[]>) trial[0]);
          @SuppressWarnings("unchecked")
          List<int[]> rest = (List<int[]>) trial[1];
          drawn.addAll(rest);
          int parts = (Integer) trial[2];
          boolean ansi = (Boolean) trial[3];
          List<Row> rows = new ArrayList<>();
          List<ProcedureYearRow> library = new ArrayList<>();
          for (int[] r : drawn) {
            long total = TOTALS[r[3]];
            long online = r[4] == 0 ? 0 : r[4] == 1 ? total / 2 : total;
            String department = "dept-" + r[0];
            rows.add(RowFactory.create("131016", department, 2023, r[1], (long) r[2], online, total, rows.size() % 8));
            Set<FiveLess> five = EnumSet.noneOf(FiveLess.class);
            for (FiveLess f : FiveLess.values()) {
              if ((r[1] & f.bit()) != 0) {
                five.add(f);
              }
            }
            library.add(ProcedureYearRow.builder().departmentId(department).fiscalYear(FiscalYear.of(2023))
                .addAllFiveLess(five).minutesPerCase(r[2]).online(online).total(total).build());
          }
          Object expected;
          try {
            ProcedureYearRollup rollup = ProcedureYearRollup.ofRows(library);
            Map<String, Long> rowsByDept = new TreeMap<>();
            for (ProcedureYearRow r : library) {
              rowsByDept.merge(r.departmentId(), 1L, Long::sum);
            }
            expected = SparkSessions.plain(RollupAggregator.toRow(rollup, rowsByDept));
          } catch (ArithmeticException e) {
            expected = null;
          }
          // the library fails exactly when an exact sum of the group lies beyond long
          assertThat(expected == null).as("library fails iff a sum overflows: %s", describe(drawn))
              .isEqualTo(anySumBeyondLong(drawn));

          String old = spark.conf().get("spark.sql.ansi.enabled");
          spark.conf().set("spark.sql.ansi.enabled", Boolean.toString(ansi));
          try {
            Dataset<Row> df = RollupAgreementTest.frame(spark, rows, parts, false);
            Object[] result = new Object[1];
            Throwable thrown = catchThrowable(() -> result[0] = SparkSessions.plain(DxSpark.rollup(df,
                List.of(col("municipality"), col("fiscalYear")), col("department"), col("fiveLessMask"),
                col("minutesPerCase"), col("online"), col("total")).collectAsList().get(0).get(2)));
            if (expected == null) {
              assertThat(thrown).as("ansi %s, %d partitions: %s", ansi, parts, describe(drawn)).isNotNull();
              assertThat(BadInputTest.root(thrown)).isInstanceOf(ArithmeticException.class)
                  .hasMessageStartingWith("dx_rollup.").hasMessageEndingWith("overflows long");
            } else {
              assertThat(thrown).as("ansi %s, %d partitions: %s", ansi, parts, describe(drawn)).isNull();
              assertThat(result[0]).isEqualTo(expected);
            }
          } finally {
            spark.conf().set("spark.sql.ansi.enabled", old);
          }
        });
  }

  /**
   * Whether the group's exact sum of minutes × online, online or total exceeds long; it bounds every
   * department's and five-less category's sum, whose terms are never negative.
   */
  private static boolean anySumBeyondLong(List<int[]> drawn) {
    BigInteger[] s = {BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO};
    for (int[] r : drawn) {
      long total = TOTALS[r[3]];
      long online = r[4] == 0 ? 0 : r[4] == 1 ? total / 2 : total;
      BigInteger[] v = {BigInteger.valueOf(r[2]).multiply(BigInteger.valueOf(online)), BigInteger.valueOf(online),
          BigInteger.valueOf(total)};
      for (int i = 0; i < 3; i++) {
        s[i] = s[i].add(v[i]);
      }
    }
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    return s[0].compareTo(max) > 0 || s[1].compareTo(max) > 0 || s[2].compareTo(max) > 0;
  }

  private static String describe(List<int[]> drawn) {
    StringBuilder b = new StringBuilder();
    for (int[] r : drawn) {
      b.append(java.util.Arrays.toString(r));
    }
    return b.toString();
  }
}
