package org.municipaldx.regulation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.metrics.Rate;
import org.municipaldx.regulation.Fixtures;
import org.municipaldx.regulation.RegulationItem;

/**
 * The decided, revised and past-target rules of {@link ReviewProgress} at the state where each starts
 * (issue 13 part 4: mutation testing showed the boundaries untested).
 */
class ReviewProgressRulesTest {
  private static final LocalDate D1 = LocalDate.of(2023, 4, 10);
  private static final LocalDate D2 = LocalDate.of(2023, 5, 10);
  private static final LocalDate D3 = LocalDate.of(2023, 6, 10);
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 1);

  /** The fire inspection (target date 2024-06-30) decided with the policy given, not revised. */
  private static RegulationItem decided(ReviewPolicy policy) {
    return Fixtures.fireEquipmentInspection()
        .then(Fixtures.assess(D1, AssessmentVerdict.ANALOG_REGULATION))
        .then(Fixtures.classify(D2))
        .then(Fixtures.decide(ReviewState.CLASSIFIED, D3, policy));
  }

  @Test
  void aPolicyToReviseIsDecidedButNotRevisedAndStillDue() {
    // rule: decided = POLICY_DECIDED or later with a final policy; revised = REVISED or later; a decided
    // but unrevised item past its target date is past target
    ReviewProgress p = ReviewProgress.of(List.of(decided(ReviewPolicy.REVISE)), AS_OF);
    assertThat(p.decidedShare()).isEqualTo(Rate.of(1, 1));
    assertThat(p.revisedShare()).isEqualTo(Rate.of(0, 1));
    assertThat(p.pastTarget()).containsExactly("fire-044-1");
  }

  @Test
  void underConsiderationIsNotDecided() {
    ReviewProgress p = ReviewProgress.of(List.of(decided(ReviewPolicy.UNDER_CONSIDERATION)), AS_OF);
    assertThat(p.decidedShare()).isEqualTo(Rate.of(0, 1));
    assertThat(p.pastTarget()).containsExactly("fire-044-1");
  }

  @Test
  void noRevisionNeededIsDecidedAndFinished() {
    // rule: finished = revised, followed up, or decided 見直し不要: never past target
    ReviewProgress p = ReviewProgress.of(List.of(decided(ReviewPolicy.NO_REVISION_NEEDED)), AS_OF);
    assertThat(p.decidedShare()).isEqualTo(Rate.of(1, 1));
    assertThat(p.revisedShare()).isEqualTo(Rate.of(0, 1));
    assertThat(p.pastTarget()).isEmpty();
  }

  @Test
  void classifiedIsNotYetDecided() {
    RegulationItem classified = Fixtures.fireEquipmentInspection()
        .then(Fixtures.assess(D1, AssessmentVerdict.ANALOG_REGULATION)).then(Fixtures.classify(D2));
    ReviewProgress p = ReviewProgress.of(List.of(classified), AS_OF);
    assertThat(p.decidedShare()).isEqualTo(Rate.of(0, 1));
    assertThat(p.countByState(ReviewState.CLASSIFIED)).isEqualTo(1);
    assertThat(p.countByState(ReviewState.ASSESSED)).isZero();
  }

  @Test
  void theTargetDateItselfIsNotPast() {
    // rule: past target = target date strictly before the as-of date
    RegulationItem item = decided(ReviewPolicy.REVISE);
    assertThat(ReviewProgress.of(List.of(item), LocalDate.of(2024, 6, 30)).pastTarget()).isEmpty();
    assertThat(ReviewProgress.of(List.of(item), LocalDate.of(2024, 7, 1)).pastTarget()).containsExactly("fire-044-1");
  }

  @Test
  void aStepOnTheAsOfDateCounts() {
    // rule: the state at the end of the as-of day, steps of that day included
    ReviewProgress p = ReviewProgress.of(List.of(decided(ReviewPolicy.REVISE)), D3);
    assertThat(p.countByState(ReviewState.POLICY_DECIDED)).isEqualTo(1);
    assertThat(ReviewProgress.of(List.of(decided(ReviewPolicy.REVISE)), D3.minusDays(1))
        .countByState(ReviewState.CLASSIFIED)).isEqualTo(1);
  }
}
