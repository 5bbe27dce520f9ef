package org.municipaldx.regulation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.municipaldx.regulation.Fixtures;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.RegulationType;

/**
 * Rules of the review workflow and its vocabulary left unchecked by the tests before mutation testing
 * (issue 13 part 4): the allowed next states, the closed states and their reasons, the English labels,
 * a progress cell's fields.
 */
class ReviewWorkflowRulesTest {
  private static final LocalDate APRIL = LocalDate.of(2023, 4, 20);

  private static ReviewHistory followedUp() {
    return ReviewHistory.identified(LocalDate.of(2023, 4, 1))
        .then(Fixtures.assess(APRIL, AssessmentVerdict.ANALOG_REGULATION))
        .then(Fixtures.classify(LocalDate.of(2023, 6, 1)))
        .then(Fixtures.decide(ReviewState.CLASSIFIED, LocalDate.of(2023, 7, 1), ReviewPolicy.REVISE))
        .then(Fixtures.revise(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 1)))
        .then(Fixtures.followUp(LocalDate.of(2024, 6, 1)));
  }

  @Test
  void anIdentifiedItemMayOnlyBeAssessedAndIsNotClosed() {
    // rule: 洗い出し → 該非判断 is the only step from an identified item
    ReviewHistory identified = ReviewHistory.identified(LocalDate.of(2023, 4, 1));
    assertThat(ReviewWorkflow.allowedTargets(identified)).containsExactly(ReviewState.ASSESSED);
    assertThat(identified.isClosed()).isFalse();
    ReviewHistory notAnalog = identified.then(Fixtures.assess(APRIL, AssessmentVerdict.NOT_ANALOG_REGULATION));
    assertThat(ReviewWorkflow.allowedTargets(notAnalog)).isEmpty();
    assertThat(notAnalog.isClosed()).isTrue();
  }

  @Test
  void checkAcceptsALegalStepAndRejectsAnIllegalOneWithItsRule() {
    // rule: ReviewWorkflow.check(history, step) is the workflow's rule for one step, no step index in the message
    ReviewHistory identified = ReviewHistory.identified(LocalDate.of(2023, 4, 1));
    ReviewWorkflow.check(identified, Fixtures.assess(APRIL, AssessmentVerdict.ANALOG_REGULATION));
    assertThatThrownBy(() -> ReviewWorkflow.check(identified, Fixtures.classify(APRIL)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Illegal review transition from IDENTIFIED (洗い出し) to CLASSIFIED (類型分類): "
            + "the step says it starts from ASSESSED but the item is in IDENTIFIED");
  }

  @Test
  void thenNamesTheRuleWithoutAStepIndex() {
    // rule: ReviewHistory.then checks the new step itself (a replayed history's check names the step's index)
    ReviewHistory identified = ReviewHistory.identified(LocalDate.of(2023, 4, 1));
    assertThatThrownBy(() -> identified.then(Fixtures.assess(LocalDate.of(2023, 3, 31), AssessmentVerdict.ANALOG_REGULATION)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Illegal review transition from IDENTIFIED (洗い出し) to ASSESSED (該非判断): "
            + "the step's date 2023-03-31 is before the previous date 2023-04-01");
  }

  @Test
  void aFollowedUpItemIsClosedAndSaysSo() {
    // rule: フォローアップ済 is the end of the workflow
    ReviewHistory done = followedUp();
    assertThat(done.isClosed()).isTrue();
    ReviewStep again = ReviewStep.builder().from(ReviewState.FOLLOWED_UP).to(ReviewState.REVISED)
        .on(LocalDate.of(2024, 7, 1)).by("法制担当").amendingInstrument("改正条例").effectiveDate(LocalDate.of(2024, 8, 1))
        .build();
    assertThatThrownBy(() -> done.then(again))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Illegal review transition from FOLLOWED_UP (フォローアップ済) to REVISED (改正済): "
            + "the item is closed (followed up)");
  }

  @Test
  void theLatestPolicyIsTheHistorysPolicy() {
    ReviewHistory done = followedUp();
    assertThat(done.policy()).contains(ReviewPolicy.REVISE);
    assertThat(done.verdict()).contains(AssessmentVerdict.ANALOG_REGULATION);
    assertThat(ReviewHistory.identified(null).policy()).isEmpty();
  }

  @Test
  void englishLabelsOfTheReviewVocabulary() {
    // rule: every constant carries its English label (DESIGN.md: Japanese first, English too)
    assertThat(List.of(AssessmentVerdict.values())).extracting(AssessmentVerdict::englishName)
        .containsExactly("analog regulation", "not an analog regulation");
    assertThat(List.of(ReviewPolicy.values())).extracting(ReviewPolicy::englishName)
        .containsExactly("revise", "no revision needed", "under consideration");
    assertThat(List.of(ReviewState.values())).extracting(ReviewState::englishName)
        .containsExactly("identified", "assessed", "classified", "policy decided", "revised", "followed up");
  }

  @Test
  void aProgressCellIsTypeStateAndDepartment() {
    ProgressCell cell = ProgressCell.of(RegulationType.VISUAL_INSPECTION, ReviewState.ASSESSED, "fire-department");
    assertThat(cell.departmentId()).isEqualTo("fire-department");
    assertThat(cell).hasToString("目視 × 該非判断 × fire-department");
  }

  @Test
  void theCellsOfAProgressCountEachTypeOfAnItemInView() {
    // rule: an item counts once per type it has, in the cell of type × state × department
    RegulationItem fire = Fixtures.fireEquipmentInspection();
    ReviewProgress p = ReviewProgress.of(List.of(fire), LocalDate.of(2023, 5, 1));
    assertThat(p.cells()).isEqualTo(Map.of(
        ProgressCell.of(RegulationType.VISUAL_INSPECTION, ReviewState.IDENTIFIED, "fire-department"), 1L,
        ProgressCell.of(RegulationType.ON_SITE_AUDIT, ReviewState.IDENTIFIED, "fire-department"), 1L,
        ProgressCell.of(RegulationType.PERIODIC_INSPECTION, ReviewState.IDENTIFIED, "fire-department"), 1L));
  }
}
