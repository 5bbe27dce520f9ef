package org.municipaldx.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiveLess;
import org.municipaldx.metrics.batch.Sums;

/**
 * The aggregation buffers and small helpers of dx-spark on their own, without Spark (issue 13 part 4: PIT
 * showed them covered only through Spark jobs, where a wrong sum of an unused field or a missed overflow went
 * unnoticed): every sum is exact or an {@link ArithmeticException}, merging is adding, bad rows are named.
 */
class BuffersTest {

  @Test
  void sumsBufferAddsEachRowExactlyAndCountsIt() {
    SumsBuffer b = new SumsBuffer();
    b.add(30, 1_303, 2_000);
    b.add(5, 2, 3);
    assertThat(b.getRows()).isEqualTo(2);
    assertThat(b.getMinutesOnline()).as("30 × 1,303 + 5 × 2").isEqualTo(39_100);
    assertThat(b.getOnline()).isEqualTo(1_305);
    assertThat(b.getTotal()).isEqualTo(2_003);
  }

  @Test
  void sumsBufferIsABeanWhoseFieldsReadBackAsSet() {
    // Spark's bean encoder writes and reads the buffer through these accessors
    SumsBuffer b = new SumsBuffer();
    b.setRows(7);
    b.setMinutesOnline(11);
    b.setOnline(13);
    b.setTotal(17);
    assertThat(new long[] {b.getRows(), b.getMinutesOnline(), b.getOnline(), b.getTotal()})
        .containsExactly(7, 11, 13, 17);
  }

  @Test
  void sumsBufferMergeAddsEveryFieldAndEitherOrderGivesTheSame() {
    SumsBuffer a = sums(1, 30, 10, 20);
    SumsBuffer b = sums(2, 45, 3, 4);
    a.merge(b);
    assertThat(new long[] {a.getRows(), a.getMinutesOnline(), a.getOnline(), a.getTotal()})
        .containsExactly(3, 75, 13, 24);
    SumsBuffer c = sums(2, 45, 3, 4);
    c.merge(sums(1, 30, 10, 20));
    assertThat(new long[] {c.getRows(), c.getMinutesOnline(), c.getOnline(), c.getTotal()})
        .containsExactly(3, 75, 13, 24);
  }

  @Test
  void sumsBufferOverflowIsAnArithmeticExceptionInEveryField() {
    assertThatThrownBy(() -> new SumsBuffer().add(Long.MAX_VALUE, 2, 2)).as("the product")
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> sums(0, Long.MAX_VALUE - 1, 0, 0).add(1, 2, 2)).as("Σ minutes × online")
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> sums(0, 0, Long.MAX_VALUE, Long.MAX_VALUE).add(0, 1, 1)).as("Σ online")
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> sums(0, 0, 0, Long.MAX_VALUE).add(0, 0, 1)).as("Σ total")
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> sums(Long.MAX_VALUE, 0, 0, 0).add(0, 0, 0)).as("rows")
        .isInstanceOf(ArithmeticException.class);
    for (int field = 0; field < 4; field++) {
      long[] big = new long[4];
      big[field] = Long.MAX_VALUE;
      long[] one = new long[4];
      one[field] = 1;
      SumsBuffer x = sums(big[0], big[1], big[2], big[3]);
      SumsBuffer y = sums(one[0], one[1], one[2], one[3]);
      assertThatThrownBy(() -> x.merge(y)).as("merge, field %d", field).isInstanceOf(ArithmeticException.class);
    }
  }

  static SumsBuffer sums(long rows, long minutesOnline, long online, long total) {
    SumsBuffer b = new SumsBuffer();
    b.setRows(rows);
    b.setMinutesOnline(minutesOnline);
    b.setOnline(online);
    b.setTotal(total);
    return b;
  }

  @Test
  void summaryBufferStartsEmptyAndKeepsCountSumMinMaxAndInvalid() {
    SummaryBuffer b = new SummaryBuffer();
    assertThat(b.getQuantity()).as("no quantity yet").isEqualTo(-1);
    assertThat(b.getMin()).isEqualTo(Long.MAX_VALUE);
    assertThat(b.getMax()).isEqualTo(Long.MIN_VALUE);
    b.add(5);
    b.add(-3);
    b.add(7);
    b.add(-3);
    b.addInvalid();
    b.addInvalid();
    assertThat(new long[] {b.getCount(), b.getSum(), b.getMin(), b.getMax(), b.getInvalid()})
        .containsExactly(4, 6, -3, 7, 2);
    b.setQuantity(3);
    b.setCount(1);
    b.setSum(2);
    b.setMin(-8);
    b.setMax(9);
    b.setInvalid(4);
    assertThat(new long[] {b.getQuantity(), b.getCount(), b.getSum(), b.getMin(), b.getMax(), b.getInvalid()})
        .containsExactly(3, 1, 2, -8, 9, 4);
  }

  @Test
  void summaryBufferMergeAddsCountsAndSumsAndTakesTheExtremesOfBoth() {
    SummaryBuffer a = new SummaryBuffer();
    a.setQuantity(2);
    a.add(10);
    a.add(20);
    a.addInvalid();
    SummaryBuffer b = new SummaryBuffer();
    b.setQuantity(2);
    b.add(-5);
    b.add(40);
    b.addInvalid();
    b.addInvalid();
    a.merge(b);
    assertThat(new long[] {a.getQuantity(), a.getCount(), a.getSum(), a.getMin(), a.getMax(), a.getInvalid()})
        .containsExactly(2, 4, 65, -5, 40, 3);
    // a buffer with only invalid readings (no quantity) takes the other's quantity, and gives none away
    SummaryBuffer onlyInvalid = new SummaryBuffer();
    onlyInvalid.addInvalid();
    onlyInvalid.merge(a);
    assertThat(onlyInvalid.getQuantity()).isEqualTo(2);
    SummaryBuffer empty = new SummaryBuffer();
    a.merge(empty);
    assertThat(a.getQuantity()).isEqualTo(2);
    assertThat(a.getMin()).isEqualTo(-5);
    assertThat(a.getMax()).isEqualTo(40);
  }

  @Test
  void summaryBufferTakesAndChecksQuantityOrdinalZeroLikeAnyOther() {
    // AIR_TEMPERATURE is ordinal 0: a buffer holding it is not empty of a quantity
    SummaryBuffer temperature = new SummaryBuffer();
    temperature.setQuantity(0);
    temperature.add(2_000);
    SummaryBuffer none = new SummaryBuffer();
    none.merge(temperature);
    assertThat(none.getQuantity()).isZero();
    SummaryBuffer co2 = new SummaryBuffer();
    co2.setQuantity(2);
    assertThatThrownBy(() -> temperature.merge(co2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_summary.quantity: a group must hold one quantity (was ordinals 0 and 2)");
  }

  @Test
  void summaryBufferRefusesTwoQuantitiesAndAnOverflowingSum() {
    SummaryBuffer a = new SummaryBuffer();
    a.setQuantity(1);
    SummaryBuffer b = new SummaryBuffer();
    b.setQuantity(4);
    assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_summary.quantity: a group must hold one quantity (was ordinals 1 and 4)");
    SummaryBuffer big = new SummaryBuffer();
    big.add(Long.MAX_VALUE);
    assertThatThrownBy(() -> big.add(1)).isInstanceOf(ArithmeticException.class);
    SummaryBuffer one = new SummaryBuffer();
    one.add(1);
    assertThatThrownBy(() -> big.merge(one)).isInstanceOf(ArithmeticException.class);
    SummaryBuffer manyCounts = new SummaryBuffer();
    manyCounts.setCount(Long.MAX_VALUE);
    assertThatThrownBy(() -> manyCounts.merge(one)).as("count").isInstanceOf(ArithmeticException.class);
    SummaryBuffer manyInvalid = new SummaryBuffer();
    manyInvalid.setInvalid(Long.MAX_VALUE);
    SummaryBuffer oneInvalid = new SummaryBuffer();
    oneInvalid.addInvalid();
    assertThatThrownBy(() -> manyInvalid.merge(oneInvalid)).as("invalid").isInstanceOf(ArithmeticException.class);
  }

  @Test
  void rollupBufferCountsARowInEachOfItsCategoriesAndOnceInTheTotal() {
    RollupBuffer b = new RollupBuffer();
    int counterAndCash = FiveLess.COUNTERLESS.bit() | FiveLess.CASHLESS.bit();
    b.add("citizens", counterAndCash, 30, 1_303, 2_000);
    b.add("citizens", 0, 10, 1, 1);
    b.add("tax", FiveLess.FILELESS.bit(), 2, 5, 7);
    var r = b.toRollup();
    assertThat(r.byDepartment()).containsExactly(Map.entry("citizens", new Sums(39_100, 1_304, 2_001)),
        Map.entry("tax", new Sums(10, 5, 7)));
    assertThat(r.byFiveLess()).containsEntry(FiveLess.COUNTERLESS, new Sums(39_090, 1_303, 2_000))
        .containsEntry(FiveLess.CASHLESS, new Sums(39_090, 1_303, 2_000))
        .containsEntry(FiveLess.MOVELESS, Sums.ZERO).containsEntry(FiveLess.PAPERLESS, Sums.ZERO)
        .containsEntry(FiveLess.FILELESS, new Sums(10, 5, 7));
    assertThat(r.total()).isEqualTo(new Sums(39_110, 1_309, 2_008));
    assertThat(r.rows()).isEqualTo(3);
    assertThat(b.rowsByDepartment()).containsExactly(Map.entry("citizens", 2L), Map.entry("tax", 1L));
  }

  @Test
  void rollupBufferMergeEqualsOneBufferOfAllRowsAndLeavesTheOtherUntouched() {
    RollupBuffer whole = new RollupBuffer();
    RollupBuffer a = new RollupBuffer();
    RollupBuffer b = new RollupBuffer();
    Object[][] rows = {{"citizens", 3, 30L, 10L, 20L}, {"tax", 31, 4L, 5L, 6L}, {"citizens", 16, 7L, 1L, 2L},
        {"welfare", 8, 1L, 0L, 9L}};
    for (int i = 0; i < rows.length; i++) {
      Object[] r = rows[i];
      whole.add((String) r[0], (Integer) r[1], (Long) r[2], (Long) r[3], (Long) r[4]);
      (i % 2 == 0 ? a : b).add((String) r[0], (Integer) r[1], (Long) r[2], (Long) r[3], (Long) r[4]);
    }
    // b holds departments a does not (tax, welfare) and one it does (citizens)
    b.add("citizens", 1, 1L, 1L, 1L);
    whole.add("citizens", 1, 1L, 1L, 1L);
    RollupBuffer bBefore = copy(b);
    a.merge(b);
    assertThat(a.toRollup()).isEqualTo(whole.toRollup());
    assertThat(a.rowsByDepartment()).isEqualTo(whole.rowsByDepartment());
    // adding to the merged buffer must not change the buffer merged in (its arrays are copied, not shared)
    a.add("tax", 31, 100L, 100L, 100L);
    a.add("welfare", 0, 100L, 100L, 100L);
    assertThat(b.toRollup()).isEqualTo(bBefore.toRollup());
    assertThat(b.rowsByDepartment()).isEqualTo(bBefore.rowsByDepartment());
  }

  static RollupBuffer copy(RollupBuffer b) {
    RollupBuffer c = new RollupBuffer();
    c.merge(b);
    return c;
  }

  @Test
  void rollupBufferOverflowIsAnArithmeticException() {
    RollupBuffer b = new RollupBuffer();
    assertThatThrownBy(() -> b.add("citizens", 0, Long.MAX_VALUE, 2, 2)).isInstanceOf(ArithmeticException.class);
    RollupBuffer big = new RollupBuffer();
    big.add("citizens", 1, 1, Long.MAX_VALUE, Long.MAX_VALUE);
    RollupBuffer one = new RollupBuffer();
    one.add("tax", 1, 0, 1, 1);
    assertThatThrownBy(() -> big.merge(one)).as("the mask sums").isInstanceOf(ArithmeticException.class);
    RollupBuffer sameDept = new RollupBuffer();
    sameDept.add("citizens", 2, 0, 1, 1);
    RollupBuffer big2 = new RollupBuffer();
    big2.add("citizens", 1, 1, Long.MAX_VALUE, Long.MAX_VALUE);
    assertThatThrownBy(() -> big2.merge(sameDept)).as("the department sums").isInstanceOf(ArithmeticException.class);
    RollupBuffer big3 = new RollupBuffer();
    big3.add("citizens", 1, 0, 0, Long.MAX_VALUE);
    assertThatThrownBy(() -> big3.add("citizens", 2, 0, 0, 1)).as("a department's total")
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void dayReadingsGrowKeepEveryReadingAndRefuseASecondQuantity() {
    DayReadings r = new DayReadings();
    assertThat(r.quantity()).isEqualTo(-1);
    for (int i = 0; i < 40; i++) {
      r.add(2, "s-" + i, 1_000L + i, 10L * i, i % 3);
    }
    assertThat(r.size()).isEqualTo(40);
    assertThat(r.quantity()).isEqualTo(2);
    for (int i = 0; i < 40; i++) {
      assertThat(new Object[] {r.sensor(i), r.micros(i), r.unscaled(i), r.quality(i)}).as("reading %d", i)
          .containsExactly("s-" + i, 1_000L + i, 10L * i, i % 3);
    }
    assertThatThrownBy(() -> r.add(3, "s", 1, 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_compliance_day.quantity: a group must hold one quantity (was ordinals 2 and 3)");
    r.clear();
    assertThat(r.size()).isZero();
    assertThat(r.quantity()).as("a cleared buffer holds no quantity").isEqualTo(-1);
    r.add(3, "t", 5, 6, 1);
    assertThat(r.quantity()).isEqualTo(3);
    assertThat(r.sensor(0)).isEqualTo("t");
  }

  @Test
  void dayReadingsMergeAppendsInOrderAndRefusesASecondQuantity() {
    DayReadings a = new DayReadings();
    for (int i = 0; i < 10; i++) {
      a.add(1, "a" + i, i, i, 0);
    }
    DayReadings b = new DayReadings();
    for (int i = 0; i < 12; i++) {
      b.add(1, "b" + i, 100 + i, -i, 2);
    }
    a.merge(b);
    assertThat(a.size()).isEqualTo(22);
    assertThat(a.sensor(9)).isEqualTo("a9");
    assertThat(new Object[] {a.sensor(10), a.micros(10), a.unscaled(10), a.quality(10)})
        .containsExactly("b0", 100L, 0L, 2);
    assertThat(new Object[] {a.sensor(21), a.micros(21), a.unscaled(21), a.quality(21)})
        .containsExactly("b11", 111L, -11L, 2);
    DayReadings empty = new DayReadings();
    empty.merge(new DayReadings());
    assertThat(empty.quantity()).as("merging nothing sets no quantity").isEqualTo(-1);
    empty.merge(b);
    assertThat(empty.quantity()).isEqualTo(1);
    assertThat(empty.size()).isEqualTo(12);
    DayReadings other = new DayReadings();
    other.add(0, "c", 1, 1, 0);
    assertThatThrownBy(() -> a.merge(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_compliance_day.quantity: a group must hold one quantity (was ordinals 1 and 0)");
    a.merge(new DayReadings());
    assertThat(a.size()).as("an empty buffer adds nothing").isEqualTo(22);
  }

  @Test
  void procedureInputNamesTheFunctionFieldAndValueOfABadCount() {
    Row row = RowFactory.create(null, -4L, 0, 7);
    assertThatThrownBy(() -> ProcedureInput.count("dx_sums", row, 0, "minutesPerCase"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_sums.minutesPerCase: must not be null (was 'null')");
    assertThatThrownBy(() -> ProcedureInput.count("dx_rollup", row, 1, "online"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_rollup.online: must be zero or more (was '-4')");
    assertThat(ProcedureInput.count("dx_sums", row, 2, "total")).as("zero is a count").isZero();
    assertThat(ProcedureInput.count("dx_sums", row, 3, "total")).as("an int column reads as its value").isEqualTo(7);
    ProcedureInput.onlineWithinTotal("dx_sums", 5, 5); // online may equal total
    assertThatThrownBy(() -> ProcedureInput.onlineWithinTotal("dx_sums", 6, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_sums.online: must not exceed total (5) (was '6')");
  }

  @Test
  void runsFoldEachRunOfEqualKeysIntoOneRowAndEndWithNoSuchElement() {
    List<Row> in = List.of(RowFactory.create("a", 1, 10), RowFactory.create("a", 1, 11),
        RowFactory.create("a", 2, 12), RowFactory.create(null, 2, 13), RowFactory.create(null, 2, 14),
        RowFactory.create("b", 2, 15));
    Iterator<Row> runs = new Runs(in.iterator()) {
      Row first;
      final List<Object> values = new ArrayList<>();

      @Override
      protected void start(Row row) {
        first = row;
        values.clear();
        values.add(row.get(2));
      }

      @Override
      protected boolean belongs(Row row) {
        return Runs.sameKeys(first, row, 2);
      }

      @Override
      protected void add(Row row) {
        values.add(row.get(2));
      }

      @Override
      protected Row finish() {
        return RowFactory.create(first.get(0), first.get(1), List.copyOf(values));
      }
    };
    List<String> out = new ArrayList<>();
    while (runs.hasNext()) {
      out.add(runs.next().toString());
    }
    assertThat(out).containsExactly("[a,1,[10, 11]]", "[a,2,[12]]", "[null,2,[13, 14]]", "[b,2,[15]]");
    assertThatThrownBy(runs::next).isInstanceOf(NoSuchElementException.class);
    assertThat(Runs.sameKeys(RowFactory.create("x"), RowFactory.create("y"), 0)).as("no key columns: one run")
        .isTrue();
    assertThat(Runs.sameKeys(RowFactory.create("x", 1), RowFactory.create("x", 2), 2)).isFalse();
    assertThat(Runs.sameKeys(RowFactory.create("x", 1), RowFactory.create("x", 2), 1)).isTrue();
  }
}
