package org.municipaldx.metrics.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Merging partial roll-ups is associative and commutative, with the empty partial as identity. */
class RollupPartialProperties {
  private static final DepartmentDictionary DICTIONARY = DepartmentDictionary.of(BatchRows.DEPARTMENTS);

  @Provide
  Arbitrary<RollupPartial> partials() {
    return BatchRows.smallRows().list().ofMaxSize(50).map(rows -> RollupPartial.of(DICTIONARY, rows));
  }

  @Property(tries = 200)
  void mergeIsCommutative(@ForAll("partials") RollupPartial a, @ForAll("partials") RollupPartial b) {
    assertThat(a.merge(b)).isEqualTo(b.merge(a));
  }

  @Property(tries = 200)
  void mergeIsAssociative(@ForAll("partials") RollupPartial a, @ForAll("partials") RollupPartial b,
      @ForAll("partials") RollupPartial c) {
    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
  }

  @Property(tries = 100)
  void emptyIsTheIdentity(@ForAll("partials") RollupPartial a) {
    assertThat(a.merge(RollupPartial.empty(DICTIONARY))).isEqualTo(a);
    assertThat(RollupPartial.empty(DICTIONARY).merge(a)).isEqualTo(a);
  }

  @Property(tries = 100)
  void partialOfConcatenationIsMergeOfPartials(
      @ForAll("rows") List<ProcedureYearRow> x, @ForAll("rows") List<ProcedureYearRow> y) {
    List<ProcedureYearRow> both = new java.util.ArrayList<>(x);
    both.addAll(y);
    RollupPartial merged = RollupPartial.of(DICTIONARY, x).merge(RollupPartial.of(DICTIONARY, y));
    assertThat(merged).isEqualTo(RollupPartial.of(DICTIONARY, both));
    assertThat(merged.toRollup()).isEqualTo(Rollup.ofRows(both));
    assertThat(merged.rows()).isEqualTo(both.size());
  }

  @Provide
  Arbitrary<List<ProcedureYearRow>> rows() {
    return BatchRows.smallRows().list().ofMaxSize(50);
  }
}
