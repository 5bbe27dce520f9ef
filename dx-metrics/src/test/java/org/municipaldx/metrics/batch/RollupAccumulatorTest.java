package org.municipaldx.metrics.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.InvalidValueException;

/**
 * The rules of {@link RollupAccumulator}, the streaming readers' roll-up (issue 13 part 4: it had
 * no test of its own; mutation testing left its growth, merge and empty-department rules unchecked).
 * The oracle is the object path, {@link RollupPartial#of}, over the departments that have rows.
 */
class RollupAccumulatorTest {
  private static final FiscalYear FY2023 = FiscalYear.of(2023);

  /** A row and the department id it is added under. */
  private record Added(String dept, int mask, long minutes, long online, long total) {
    ProcedureYearRow row() {
      Set<FiveLess> five = EnumSet.noneOf(FiveLess.class);
      for (FiveLess f : FiveLess.values()) {
        if ((mask & f.bit()) != 0) {
          five.add(f);
        }
      }
      return ProcedureYearRow.builder().departmentId(dept).fiscalYear(FY2023).addAllFiveLess(five)
          .minutesPerCase(minutes).online(online).total(total).build();
    }
  }

  private static void add(RollupAccumulator acc, Added a) {
    acc.add(acc.department(a.dept()), a.mask(), a.minutes(), a.online(), a.total());
  }

  private static RollupPartial objectPath(List<Added> added) {
    Set<String> ids = new TreeSet<>();
    List<ProcedureYearRow> rows = new ArrayList<>();
    for (Added a : added) {
      ids.add(a.dept());
      rows.add(a.row());
    }
    return RollupPartial.of(DepartmentDictionary.of(ids), rows);
  }

  /** 40 rows over 20 departments (past the initial room for 16), every mask 0–31, some cells twice. */
  private static List<Added> rows() {
    List<Added> added = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // registered in reverse id order: the partial must put them in natural order
      String dept = String.format("dept-%02d", 19 - i % 20);
      added.add(new Added(dept, (i * 7) % 32, 1 + i % 9, i % 5, i % 5 + i % 3));
    }
    return added;
  }

  @Test
  void streamedRowsGiveThePartialOfTheObjectPathPastSixteenDepartments() {
    RollupAccumulator acc = new RollupAccumulator();
    List<Added> added = rows();
    added.forEach(a -> add(acc, a));
    RollupPartial p = acc.toPartial();
    assertThat(p).isEqualTo(objectPath(added));
    assertThat(p.rows()).isEqualTo(40);
    assertThat(p.dictionary().ids()).first().isEqualTo("dept-00");
    assertThat(p.dictionary().size()).isEqualTo(20);
    // the 17th department registered (dept-03) grew the arrays and kept its sums:
    // rows 16 and 36: minutes 8 and 1, online 1 and 1, totals 2 and 1
    assertThat(p.toRollup().byDepartment().get("dept-03")).isEqualTo(new Sums(8 + 1, 2, 3));
    assertThat(acc.departments()).hasSize(20).first().isEqualTo("dept-19");
  }

  @Test
  void aRegisteredDepartmentWithoutRowsIsNotInThePartial() {
    RollupAccumulator acc = new RollupAccumulator();
    assertThat(acc.department("unused")).isZero();
    add(acc, new Added("citizens", 3, 10, 2, 5));
    assertThat(acc.departments()).containsExactly("unused", "citizens");
    RollupPartial p = acc.toPartial();
    assertThat(p.dictionary().ids()).containsExactly("citizens");
    assertThat(p.toRollup().total()).isEqualTo(new Sums(20, 2, 5));
    assertThat(p.toRollup().byFiveLess().get(FiveLess.CASHLESS)).isEqualTo(new Sums(20, 2, 5));
    // no rows at all: the partial of an empty dictionary
    assertThat(new RollupAccumulator().toPartial())
        .isEqualTo(RollupPartial.empty(DepartmentDictionary.of(List.of())));
  }

  @Test
  void aRegisteredDepartmentWithoutRowsStaysOutEvenWhenTheNextDepartmentHasRowsOfMaskZero() {
    // the cells are laid out department by department, 32 masks each: the empty department's last
    // cell (mask 31) is followed by the next department's mask-0 cell, which must not count for it
    // (issue 13m: toPartial's row count per department, RollupAccumulator 120)
    RollupAccumulator acc = new RollupAccumulator();
    assertThat(acc.department("unused")).isZero();
    add(acc, new Added("citizens", 0, 10, 2, 5));
    RollupPartial p = acc.toPartial();
    assertThat(p.dictionary().ids()).containsExactly("citizens");
    assertThat(p.rows()).isEqualTo(1);
    assertThat(p.toRollup().total()).isEqualTo(new Sums(20, 2, 5));
  }

  @Test
  void exactlySixteenDepartmentsTheInitialRoomEachWithARowAllRollUp() {
    // 16 departments fill the initial arrays (16 × 32 cells) exactly, without growing them: the
    // partial counts every department's rows and reads no cell past the last department's
    // (issue 13m: toPartial's department loop, RollupAccumulator 118)
    RollupAccumulator acc = new RollupAccumulator();
    List<Added> added = new ArrayList<>();
    for (int d = 0; d < 16; d++) {
      added.add(new Added(String.format("dept-%02d", d), d % 32, 1 + d, 1, 2));
    }
    added.forEach(a -> add(acc, a));
    RollupPartial p = acc.toPartial();
    assertThat(p.dictionary().size()).isEqualTo(16);
    assertThat(p.rows()).isEqualTo(16);
    assertThat(p).isEqualTo(objectPath(added));
    // Σ (1 + d) × 1 for d = 0..15 = 136 minutes, 16 online, 32 cases
    assertThat(p.toRollup().total()).isEqualTo(new Sums(136, 16, 32));
  }

  @Test
  void aDepartmentKeepsTheIndexOfItsFirstUseAndABadIdIsRejected() {
    RollupAccumulator acc = new RollupAccumulator();
    assertThat(acc.department("b")).isZero();
    assertThat(acc.department("a")).isEqualTo(1);
    assertThat(acc.department("b")).isZero();
    assertThat(acc.departments()).containsExactly("b", "a");
    assertThatThrownBy(() -> acc.department("Bad Id"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RollupAccumulator.department: must match ^[a-z0-9][a-z0-9-]*$ (was 'Bad Id')");
    assertThatThrownBy(() -> acc.department(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThat(acc.departments()).containsExactly("b", "a");
    assertThat(acc).hasToString("RollupAccumulator{departments=[b, a]}");
  }

  @Test
  void aRowOfAnUnregisteredDepartmentOrAMaskOutside0To31IsRejected() {
    RollupAccumulator acc = new RollupAccumulator();
    acc.department("a");
    assertThatThrownBy(() -> acc.add(1, 0, 1, 1, 1)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("Index 1 out of bounds for length 1");
    assertThatThrownBy(() -> acc.add(-1, 0, 1, 1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> acc.add(0, 32, 1, 1, 1)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("Index 32 out of bounds for length 32");
    acc.add(0, 31, 1, 1, 1);
    assertThat(acc.toPartial().rows()).isEqualTo(1);
  }

  @Test
  void sumsAreExactAndAnOverflowIsAnError() {
    RollupAccumulator acc = new RollupAccumulator();
    int a = acc.department("a");
    long max = Integer.MAX_VALUE;
    // (2^31 − 1)² = 4,611,686,014,132,420,609 twice fits a long, a third time does not
    acc.add(a, 0, max, max, max);
    acc.add(a, 0, max, max, max);
    assertThat(acc.toPartial().toRollup().total())
        .isEqualTo(new Sums(9_223_372_028_264_841_218L, 2 * max, 2 * max));
    assertThatThrownBy(() -> acc.add(a, 0, max, max, max)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> acc.add(a, 0, Long.MAX_VALUE, 2, 2)).isInstanceOf(ArithmeticException.class);
    RollupAccumulator totals = new RollupAccumulator();
    totals.add(totals.department("a"), 0, 0, 0, Long.MAX_VALUE);
    assertThatThrownBy(() -> totals.add(0, 0, 0, 0, 1)).isInstanceOf(ArithmeticException.class);
    RollupAccumulator onlines = new RollupAccumulator();
    onlines.add(onlines.department("a"), 0, 0, Long.MAX_VALUE, Long.MAX_VALUE);
    assertThatThrownBy(() -> onlines.add(0, 0, 0, 1, 0)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void mergingAccumulatorsOfConsecutivePartsGivesTheAccumulatorOfTheWhole() {
    List<Added> added = rows();
    // parts register the departments in different orders, and the second has one the first lacks
    added.add(new Added("zz-only-second", 17, 4, 3, 3));
    int cut = 13;
    RollupAccumulator first = new RollupAccumulator();
    RollupAccumulator second = new RollupAccumulator();
    second.department("registered-only");
    added.subList(0, cut).forEach(a -> add(first, a));
    added.subList(cut, added.size()).forEach(a -> add(second, a));
    assertThat(first.addAll(second)).isSameAs(first);
    assertThat(first.toPartial()).isEqualTo(objectPath(added));
    assertThat(first.departments()).hasSize(22).contains("registered-only", "zz-only-second");
    // the merged-in accumulator is unchanged
    assertThat(second.toPartial()).isEqualTo(objectPath(added.subList(cut, added.size())));
  }

  @Test
  void mergingSumsThatOverflowIsAnError() {
    for (int field = 0; field < 4; field++) {
      RollupAccumulator a = new RollupAccumulator();
      RollupAccumulator b = new RollupAccumulator();
      long big = Long.MAX_VALUE / 2 + 1;
      switch (field) {
        case 0 -> { // Σ minutes × online
          a.add(a.department("d"), 1, big, 1, 1);
          b.add(b.department("d"), 1, big, 1, 1);
        }
        case 1 -> { // Σ online
          a.add(a.department("d"), 1, 0, big, big);
          b.add(b.department("d"), 1, 0, big, big);
        }
        case 2 -> { // Σ total
          a.add(a.department("d"), 1, 0, 0, big);
          b.add(b.department("d"), 1, 0, 0, big);
        }
        default -> { // row counts cannot overflow in a test; a sum one below the limit merges
          a.add(a.department("d"), 1, big - 1, 1, 1);
          b.add(b.department("d"), 1, big, 1, 1);
        }
      }
      int f = field;
      if (f < 3) {
        assertThatThrownBy(() -> a.addAll(b)).as("field %d", f).isInstanceOf(ArithmeticException.class);
      } else {
        assertThat(a.addAll(b).toPartial().toRollup().total())
            .isEqualTo(new Sums(Long.MAX_VALUE, 2, 2));
      }
    }
  }
}
