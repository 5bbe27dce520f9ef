package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/** Take-up tables merge like the whole: any split of the procedures, merged in any order, gives the same table. */
class TakeUpTableProperties {
  private static final List<SurveyProcedure> FIXTURE =
      SurveyReader.survey().read(Path.of("src/test/resources/survey/fictional-survey.csv")).procedures();

  @Test
  void splittingAndMergingInAnyOrderGivesTheTableOfTheWhole() {
    Trials.api().integers(0, FIXTURE.size() - 1).immutableListsOfSize(12)
        .and(Trials.api().integers(0, FIXTURE.size()))
        .and(Trials.api().booleans())
        .withLimits(TrialScale.trials(300), TrialScale.limits())
        .supplyTo((picks, cut, reversed) -> {
          List<SurveyProcedure> ps = new ArrayList<>();
          picks.forEach(i -> ps.add(FIXTURE.get(i)));
          int at = Math.min(cut, ps.size());
          for (Dimension<?> d : Dimension.all()) {
            check(d, ps, at, reversed);
          }
        });
  }

  private static <K> void check(Dimension<K> d, List<SurveyProcedure> ps, int at, boolean reversed) {
    TakeUpTable<K> whole = TakeUpTable.by(d);
    ps.forEach(whole);
    TakeUpTable<K> a = TakeUpTable.by(d);
    TakeUpTable<K> b = TakeUpTable.by(d);
    List<SurveyProcedure> second = new ArrayList<>(ps.subList(at, ps.size()));
    if (reversed) {
      Collections.reverse(second);
    }
    ps.subList(0, at).forEach(a);
    second.forEach(b);
    TakeUpTable<K> merged = reversed ? b.merge(a) : a.merge(b);
    assertThat(merged.groups()).isEqualTo(whole.groups());
    assertThat(merged.total()).isEqualTo(whole.total());
    assertThat(merged.ungrouped()).isEqualTo(whole.ungrouped());
    // Σ online / Σ total conserved: the table's total is the sum over procedures
    assertThat(whole.total().cases().approximately()).isEqualTo(ps.stream().mapToLong(p -> p.totalCases().approximately()).sum());
  }
}
