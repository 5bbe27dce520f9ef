package org.municipaldx.metrics.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.InvalidValueException;

/**
 * The rules of {@link ColumnarTable.Builder} that mutation testing left unchecked (issue 13 part 4):
 * a table of more than 2<sup>22</sup> (fiscal year, department, mask) keys is clustered by the packed
 * sort (the counting sort's array would be too large), in the same stable order, up to exactly
 * 2<sup>27</sup> (fiscal year, department) pairs and no further; and each bound of a row.
 */
class ColumnarTableBuilderRulesTest {
  /** 2^17 departments: with two fiscal years 2^23 keys, past the counting sort's 2^22. */
  private static final DepartmentDictionary WIDE = DepartmentDictionary.of(
      IntStream.range(0, 1 << 17).mapToObj(i -> String.format("d%06d", i)).toList());
  private static final FiscalYear FY2023 = FiscalYear.of(2023);
  private static final FiscalYear FY2024 = FiscalYear.of(2024);

  @Test
  void pastTwoToThe22KeysRowsClusterByYearDepartmentMaskInOrderOfAddition() {
    ColumnarTable.Builder b = ColumnarTable.builder(WIDE);
    // minutes per case tag the rows: 10–16 in order of addition
    b.add(7, 3, FY2024, 10, 1, 1);
    b.add(131_071, 0, FY2023, 11, 1, 2);
    b.add(7, 1, FY2024, 12, 0, 3);
    b.add(7, 3, FY2024, 13, 2, 2);
    b.add(2, 31, FY2023, 14, 1, 1);
    b.add(7, 1, FY2023, 15, 1, 1);
    b.add(131_071, 0, FY2023, 16, 0, 0);
    ColumnarTable t = b.build();
    // 2023: d000002/31, d000007/1, d131071/0 (rows 11 then 16); 2024: d000007/1, d000007/3 (10 then 13)
    assertThat(t.minutesPerCaseColumn()).containsExactly(14, 15, 11, 16, 12, 10, 13);
    assertThat(t.onlineColumn()).containsExactly(1, 1, 1, 0, 0, 1, 2);
    assertThat(t.totalColumn()).containsExactly(1, 1, 2, 0, 3, 1, 2);
    assertThat(t.groupCount()).isEqualTo(5);
    assertThat(t.fiscalYears()).containsExactly(FY2023, FY2024);
    ProcedureYearRow third = t.row(2);
    assertThat(third.departmentId()).isEqualTo("d131071");
    assertThat(third.fiscalYear()).isEqualTo(FY2023);
    assertThat(third.fiveLessMask()).isZero();
    assertThat(t.row(0).fiveLess()).containsExactlyInAnyOrder(FiveLess.values());
    assertThat(t.rollup(FY2024).total()).isEqualTo(new Sums(10 + 26, 3, 6));
    assertThat(t.rollup(FY2023).byDepartment()).containsOnlyKeys("d000002", "d000007", "d131071");
    assertThat(t.rollup()).isEqualTo(ProcedureYearRollup.ofRows(t.rows()));
  }

  @Test
  void exactlyTwoToThe27YearDepartmentPairsAreIndexedAndOneYearMoreIsAnError() {
    ColumnarTable.Builder b = ColumnarTable.builder(WIDE);
    // 1,024 fiscal years × 2^17 departments = 2^27 pairs (2^32 keys), added latest year first
    for (int i = 1023; i >= 0; i--) {
      b.add((i * 37) % (1 << 17), i % 32, FiscalYear.of(FiscalYear.MIN_YEAR + i), i, 0, i);
    }
    ColumnarTable t = b.build();
    assertThat(t.groupCount()).isEqualTo(1024);
    assertThat(t.fiscalYears()).hasSize(1024).startsWith(FiscalYear.of(1873)).endsWith(FiscalYear.of(2896));
    int[] minutes = t.minutesPerCaseColumn();
    assertThat(minutes).startsWith(0, 1, 2).endsWith(1022, 1023);
    for (int i = 0; i < minutes.length; i++) {
      assertThat(minutes[i]).isEqualTo(i);
    }
    assertThat(t.rollup(FiscalYear.of(1873 + 500)).total()).isEqualTo(new Sums(0, 0, 500));
    b.add(0, 0, FiscalYear.of(2897), 1, 1, 1);
    // 1,025 × 131,072 = 134,348,800 pairs
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ColumnarTable.rows: too many fiscal year × department pairs to index"
            + " (was '134348800', at most 2^27)");
  }

  @Test
  void eachBoundOfARowIsInclusiveAndAValuePastItIsNamed() {
    ColumnarTable.Builder b = ColumnarTable.builder(DepartmentDictionary.of(List.of("a", "b")));
    long max = Integer.MAX_VALUE;
    // rule: department 0 to size − 1, mask 0 to 31, minutes and total 0 to 2^31 − 1, online 0 to total
    b.add(0, 0, FY2023, 0, 0, 0);
    b.add(1, 31, FY2023, max, max, max);
    assertThat(b.size()).isEqualTo(2);
    assertThatThrownBy(() -> b.add(0, 0, FY2023, 1, 1, max + 1)).isInstanceOf(InvalidValueException.class)
        .hasMessage("ColumnarTable.total: must be from 0 to 2147483647 at row 2 (was '2147483648')");
    assertThatThrownBy(() -> b.add(0, 0, FY2023, 1, 0, -1))
        .hasMessage("ColumnarTable.total: must be from 0 to 2147483647 at row 2 (was '-1')");
    assertThatThrownBy(() -> b.add(0, 0, FY2023, -1, 0, 0))
        .hasMessage("ColumnarTable.minutesPerCase: must be from 0 to 2147483647 at row 2 (was '-1')");
    assertThatThrownBy(() -> b.add(0, 0, FY2023, 1, -1, 0))
        .hasMessage("ColumnarTable.online: must be from 0 to total (0) at row 2 (was '-1')");
    assertThatThrownBy(() -> b.add(-1, 0, FY2023, 1, 0, 0))
        .hasMessage("ColumnarTable.departmentIndex: must be from 0 to 1 at row 2 (was '-1')");
    assertThatThrownBy(() -> b.add(0, -1, FY2023, 1, 0, 0))
        .hasMessage("ColumnarTable.fiveLessMask: must be from 0 to 31 at row 2 (was '-1')");
    assertThatThrownBy(() -> b.add(0, 0, null, 1, 0, 0)).isInstanceOf(NullPointerException.class)
        .hasMessage("fiscalYear");
    assertThat(b.size()).isEqualTo(2);
    ColumnarTable t = b.build();
    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.rollup().total()).isEqualTo(new Sums(max * max, max, max));
    assertThat(t.rollup().byFiveLess().get(FiveLess.FILELESS)).isEqualTo(new Sums(max * max, max, max));
  }

  @Test
  void theBuilderIsReusableAndATableDoesNotShareItsArrays() {
    ColumnarTable.Builder b = ColumnarTable.builder(DepartmentDictionary.of(List.of("a")));
    // 17 rows: the builder's columns grow past their first 16 places
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      b.add(0, 0, FY2023, i, 0, i);
      expected.add(i);
    }
    ColumnarTable first = b.build();
    b.add(0, 0, FY2023, 100, 1, 1);
    ColumnarTable second = b.build();
    assertThat(first.rowCount()).isEqualTo(17);
    assertThat(first.minutesPerCaseColumn()).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    assertThat(first.rollup().total()).isEqualTo(new Sums(0, 0, 136));
    assertThat(second.rowCount()).isEqualTo(18);
    assertThat(second.rollup().total()).isEqualTo(new Sums(100, 1, 137));
    // an empty dictionary builds the empty table
    ColumnarTable empty = ColumnarTable.builder(DepartmentDictionary.of(List.of())).build();
    assertThat(empty.rowCount()).isZero();
    assertThat(empty.groupCount()).isZero();
    assertThat(empty.rollup().total()).isEqualTo(Sums.ZERO);
  }
}
