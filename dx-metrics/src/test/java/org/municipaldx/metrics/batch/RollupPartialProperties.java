package org.municipaldx.metrics.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.metrics.MetricsTrials;
import org.municipaldx.testsupport.TrialScale;

/** Merging partial roll-ups is associative and commutative, with the empty partial as identity. */
class RollupPartialProperties {
  private static final DepartmentDictionary DICTIONARY = DepartmentDictionary.of(MetricsTrials.DEPARTMENTS);

  private static Trials<RollupPartial> partials() {
    return rows().map(rows -> RollupPartial.of(DICTIONARY, rows));
  }

  private static Trials<List<ProcedureYearRow>> rows() {
    return MetricsTrials.listsUpTo(MetricsTrials.smallRows(), 50);
  }

  @Test
  void mergeIsCommutative() {
    partials().and(partials()).withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo((a, b) -> assertThat(a.merge(b)).isEqualTo(b.merge(a)));
  }

  @Test
  void mergeIsAssociative() {
    partials().and(partials()).and(partials()).withLimits(TrialScale.trials(200), TrialScale.limits())
        .supplyTo((a, b, c) -> assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c))));
  }

  @Test
  void emptyIsTheIdentity() {
    partials().withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo(a -> {
      assertThat(a.merge(RollupPartial.empty(DICTIONARY))).isEqualTo(a);
      assertThat(RollupPartial.empty(DICTIONARY).merge(a)).isEqualTo(a);
    });
  }

  @Test
  void partialOfConcatenationIsMergeOfPartials() {
    rows().and(rows()).withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo((x, y) -> {
      List<ProcedureYearRow> both = new java.util.ArrayList<>(x);
      both.addAll(y);
      RollupPartial merged = RollupPartial.of(DICTIONARY, x).merge(RollupPartial.of(DICTIONARY, y));
      assertThat(merged).isEqualTo(RollupPartial.of(DICTIONARY, both));
      assertThat(merged.toRollup()).isEqualTo(ProcedureYearRollup.ofRows(both));
      assertThat(merged.rows()).isEqualTo(both.size());
    });
  }
}
