package org.municipaldx.metrics.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.InvalidValueException;

/**
 * The value rules of the roll-up types — {@link DepartmentDictionary}, {@link RollupPartial},
 * {@link ProcedureYearRollup} — that mutation testing left unchecked (issue 13 part 4): equality
 * sees every field, the checks name their rule, an empty partial stays empty.
 */
class RollupValueRulesTest {
  private static final FiscalYear FY2023 = FiscalYear.of(2023);

  private static ProcedureYearRow row(String dept, Set<FiveLess> five, long minutes, long online, long total) {
    return ProcedureYearRow.builder().departmentId(dept).fiscalYear(FY2023).addAllFiveLess(five)
        .minutesPerCase(minutes).online(online).total(total).build();
  }

  private static Map<FiveLess, Sums> five(Sums each) {
    Map<FiveLess, Sums> m = new EnumMap<>(FiveLess.class);
    for (FiveLess f : FiveLess.values()) {
      m.put(f, each);
    }
    return m;
  }

  @Test
  void aDictionaryEqualsOnlyTheDictionaryOfTheSameIds() {
    DepartmentDictionary ab = DepartmentDictionary.of(List.of("b", "a"));
    assertThat(ab).isEqualTo(DepartmentDictionary.of(List.of("a", "b", "a")))
        .hasSameHashCodeAs(DepartmentDictionary.of(List.of("a", "b")))
        .isNotEqualTo(DepartmentDictionary.of(List.of("a")))
        .isNotEqualTo(List.of("a", "b"))
        .hasToString("DepartmentDictionary[a, b]");
    assertThat(ab.contains("a")).isTrue();
    assertThat(ab.contains("c")).isFalse();
    assertThat(ab.id(1)).isEqualTo("b");
    assertThat(ab.size()).isEqualTo(2);
    assertThatThrownBy(() -> ab.id(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> DepartmentDictionary.of(java.util.Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("DepartmentDictionary.ids: must not contain null");
  }

  @Test
  void aPartialEqualsOnlyThePartialOfTheSameSums() {
    DepartmentDictionary d = DepartmentDictionary.of(List.of("a", "b"));
    List<ProcedureYearRow> rows = List.of(row("a", EnumSet.of(FiveLess.CASHLESS), 3, 2, 5),
        row("b", Set.of(), 1, 1, 1));
    RollupPartial p = RollupPartial.of(d, rows);
    assertThat(p).isEqualTo(RollupPartial.of(d, rows)).hasSameHashCodeAs(RollupPartial.of(d, rows));
    assertThat(p.rows()).isEqualTo(2);
    // each differs from p in one field
    assertThat(p).isNotEqualTo(RollupPartial.of(DepartmentDictionary.of(List.of("a", "b", "c")), rows))
        .isNotEqualTo(RollupPartial.of(d, List.of(rows.get(0), row("b", Set.of(), 1, 1, 1), row("b", Set.of(), 0, 0, 0))))
        .isNotEqualTo(RollupPartial.of(d, List.of(rows.get(0), row("b", Set.of(), 2, 1, 1))))
        .isNotEqualTo(RollupPartial.of(d, List.of(rows.get(0), row("b", Set.of(), 1, 1, 2))))
        .isNotEqualTo(RollupPartial.of(d, List.of(rows.get(0), row("b", Set.of(FiveLess.FILELESS), 1, 1, 1))))
        .isNotEqualTo(p.toRollup());
    assertThat(p).hasToString("RollupPartial{rows=2, " + p.toRollup() + "}");
    assertThat(RollupPartial.empty(d).rows()).isZero();
    assertThat(RollupPartial.empty(d).merge(p)).isEqualTo(p);
    assertThat(p.merge(p).toRollup().total()).isEqualTo(new Sums(14, 6, 12));
    assertThat(p.merge(p).rows()).isEqualTo(4);
  }

  @Test
  void partialsMergeOnlyOverEqualDictionariesAndSumsOverflowIsAnError() {
    DepartmentDictionary a = DepartmentDictionary.of(List.of("a"));
    RollupPartial pa = RollupPartial.empty(a);
    RollupPartial pb = RollupPartial.empty(DepartmentDictionary.of(List.of("b")));
    assertThatThrownBy(() -> pa.merge(pb)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RollupPartial.dictionary: partials over different departments cannot merge"
            + " (was 'DepartmentDictionary[b]', expected 'DepartmentDictionary[a]')");
    long max = Integer.MAX_VALUE;
    RollupPartial big = RollupPartial.of(a, List.of(row("a", Set.of(), max, max, max), row("a", Set.of(), max, max, max)));
    assertThatThrownBy(() -> big.merge(big)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> RollupPartial.of(a, List.of(row("b", Set.of(), 1, 1, 1))))
        .isInstanceOf(InvalidValueException.class).hasMessage("DepartmentDictionary.id: unknown department (was 'b')");
  }

  @Test
  void aRollupsTotalMustBeTheSumOfItsDepartments() {
    Sums s = new Sums(6, 2, 5);
    ProcedureYearRollup r = ProcedureYearRollup.of(Map.of("a", s), five(Sums.ZERO), s, 1);
    assertThat(r.total()).isEqualTo(s);
    assertThatThrownBy(() -> ProcedureYearRollup.of(Map.of("a", s), five(Sums.ZERO), new Sums(6, 2, 6), 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ProcedureYearRollup.total: must equal the sum of the department sums "
            + s + " (was '" + new Sums(6, 2, 6) + "')");
    Map<FiveLess, Sums> four = five(Sums.ZERO);
    four.remove(FiveLess.MOVELESS);
    assertThatThrownBy(() -> ProcedureYearRollup.of(Map.of("a", s), four, s, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("ProcedureYearRollup.byFiveLess: missing MOVELESS");
    assertThatThrownBy(() -> ProcedureYearRollup.of(Map.of("a", s), five(Sums.ZERO), s, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ProcedureYearRollup.rows");
    assertThat(ProcedureYearRollup.of(Map.of(), five(Sums.ZERO), Sums.ZERO, 0).rows()).isZero();
  }

  @Test
  void aRollupEqualsOnlyTheRollupOfTheSameFigures() {
    Sums s = new Sums(6, 2, 5);
    ProcedureYearRollup r = ProcedureYearRollup.of(Map.of("a", s), five(Sums.ZERO), s, 1);
    assertThat(r).isEqualTo(ProcedureYearRollup.of(Map.of("a", s), five(Sums.ZERO), s, 1))
        .hasSameHashCodeAs(ProcedureYearRollup.of(Map.of("a", s), five(Sums.ZERO), s, 1))
        .isNotEqualTo(ProcedureYearRollup.of(Map.of("a", s), five(Sums.ZERO), s, 2))
        .isNotEqualTo(ProcedureYearRollup.of(Map.of("b", s), five(Sums.ZERO), s, 1))
        .isNotEqualTo(ProcedureYearRollup.of(Map.of("a", s), five(s), s, 1))
        .isNotEqualTo(ProcedureYearRollup.of(Map.of("a", Sums.ZERO), five(Sums.ZERO), Sums.ZERO, 1))
        .isNotEqualTo(s);
    assertThat(r).hasToString("ProcedureYearRollup{rows=1, total=" + s + ", byDepartment={a=" + s
        + "}, byFiveLess=" + five(Sums.ZERO) + "}");
    assertThat(ProcedureYearRollup.ofRows(List.of(row("a", EnumSet.of(FiveLess.MOVELESS, FiveLess.CASHLESS), 3, 2, 5))))
        .satisfies(x -> {
          assertThat(x.rows()).isEqualTo(1);
          assertThat(x.byFiveLess().get(FiveLess.MOVELESS)).isEqualTo(new Sums(6, 2, 5));
          assertThat(x.byFiveLess().get(FiveLess.PAPERLESS)).isEqualTo(Sums.ZERO);
        });
  }
}
