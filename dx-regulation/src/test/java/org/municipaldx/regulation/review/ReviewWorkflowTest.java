package org.municipaldx.regulation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.municipaldx.regulation.Fixtures;
import org.municipaldx.regulation.RegulationItem;

class ReviewWorkflowTest {
  private static final LocalDate D1 = LocalDate.of(2023, 4, 10);
  private static final LocalDate D2 = LocalDate.of(2023, 6, 1);
  private static final LocalDate D3 = LocalDate.of(2023, 9, 1);
  private static final LocalDate D4 = LocalDate.of(2024, 3, 25);
  private static final LocalDate D5 = LocalDate.of(2024, 9, 1);

  @Test
  void theWholePathKeepsEveryStepWithWhenWhoAndNote() {
    RegulationItem item = Fixtures.fireEquipmentInspection()
        .then(Fixtures.assess(D1, AssessmentVerdict.ANALOG_REGULATION))
        .then(Fixtures.classify(D2))
        .then(Fixtures.decide(ReviewState.CLASSIFIED, D3, ReviewPolicy.UNDER_CONSIDERATION))
        .then(Fixtures.decide(ReviewState.POLICY_DECIDED, D3.plusDays(10), ReviewPolicy.REVISE))
        .then(Fixtures.revise(D4, LocalDate.of(2024, 4, 1)))
        .then(Fixtures.followUp(D5));
    ReviewHistory h = item.review();
    assertThat(h.state()).isEqualTo(ReviewState.FOLLOWED_UP);
    assertThat(h.steps()).hasSize(6);
    assertThat(h.steps()).extracting(ReviewStep::to).containsExactly(ReviewState.ASSESSED, ReviewState.CLASSIFIED,
        ReviewState.POLICY_DECIDED, ReviewState.POLICY_DECIDED, ReviewState.REVISED, ReviewState.FOLLOWED_UP);
    assertThat(h.steps().get(5).by()).isEqualTo("行政マネジメント課");
    assertThat(h.steps().get(5).note()).contains("センサーによる常時監視へ移行済み");
    assertThat(h.steps().get(4).amendingInstrument()).contains("火災予防条例の一部を改正する条例");
    assertThat(h.policy()).contains(ReviewPolicy.REVISE);
    assertThat(h.isClosed()).isTrue();
    assertThat(ReviewHistory.replay(null, h.steps())).isEqualTo(h);
  }

  @Test
  void skippingAStateIsRejectedNamingFromAndTo() {
    RegulationItem item = Fixtures.fireEquipmentInspection();
    ReviewStep skip = Fixtures.classify(D1);
    assertThatThrownBy(() -> item.then(ReviewStep.builder().from(ReviewState.IDENTIFIED).to(ReviewState.CLASSIFIED)
        .on(D1).by("x").build()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("from IDENTIFIED (洗い出し) to CLASSIFIED (類型分類)")
        .hasMessageContaining("allowed next states are [ASSESSED]");
    assertThatThrownBy(() -> item.then(skip))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("starts from ASSESSED but the item is in IDENTIFIED");
  }

  @Test
  void notAnAnalogRegulationClosesTheItem() {
    RegulationItem item = Fixtures.noticeBoard().then(Fixtures.assess(D1, AssessmentVerdict.NOT_ANALOG_REGULATION));
    assertThat(item.review().isClosed()).isTrue();
    IllegalTransitionException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalTransitionException.class,
        () -> item.then(Fixtures.classify(D2)));
    assertThat(e.from()).isEqualTo(ReviewState.ASSESSED);
    assertThat(e.to()).isEqualTo(ReviewState.CLASSIFIED);
    assertThat(e.getMessage()).contains("closed").contains("非該当");
  }

  @Test
  void onlyARevisePolicyLeadsToRevised() {
    RegulationItem decided = Fixtures.noticeBoard()
        .then(Fixtures.assess(D1, AssessmentVerdict.ANALOG_REGULATION))
        .then(Fixtures.classify(D2))
        .then(Fixtures.decide(ReviewState.CLASSIFIED, D3, ReviewPolicy.NO_REVISION_NEEDED));
    assertThatThrownBy(() -> decided.then(Fixtures.revise(D4, D4)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("from POLICY_DECIDED (見直し方針決定) to REVISED (改正済)")
        .hasMessageContaining("見直し不要");
    assertThatThrownBy(() -> decided.then(Fixtures.decide(ReviewState.POLICY_DECIDED, D4, ReviewPolicy.REVISE)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void stepsMayNotGoBackInTime() {
    RegulationItem item = Fixtures.noticeBoard().then(Fixtures.assess(D2, AssessmentVerdict.ANALOG_REGULATION));
    assertThatThrownBy(() -> item.then(Fixtures.classify(D1)))
        .hasMessageContaining("2023-04-10 is before the previous date 2023-06-01");
  }

  @Test
  void stepDataMustFitTheTargetState() {
    assertThatThrownBy(() -> ReviewStep.builder().from(ReviewState.IDENTIFIED).to(ReviewState.ASSESSED).on(D1).by("x").build())
        .hasMessageContaining("ReviewStep.verdict").hasMessageContaining("needs a verdict");
    assertThatThrownBy(() -> ReviewStep.builder().from(ReviewState.CLASSIFIED).to(ReviewState.POLICY_DECIDED).on(D1).by("x")
        .policy(ReviewPolicy.NO_REVISION_NEEDED).build())
        .hasMessageContaining("ReviewStep.reason").hasMessageContaining("needs a reason");
    assertThatThrownBy(() -> ReviewStep.builder().from(ReviewState.POLICY_DECIDED).to(ReviewState.REVISED).on(D1).by("x")
        .amendingInstrument("改正条例").build())
        .hasMessageContaining("ReviewStep.effectiveDate");
    assertThatThrownBy(() -> ReviewStep.builder().from(ReviewState.ASSESSED).to(ReviewState.CLASSIFIED).on(D1).by(" ").build())
        .hasMessageContaining("ReviewStep.by");
  }

  @Test
  void aHistoryBuiltFromIllegalStepsIsRejectedWithTheStepIndex() {
    assertThatThrownBy(() -> ReviewHistory.replay(null, java.util.List.of(
        Fixtures.assess(D1, AssessmentVerdict.ANALOG_REGULATION), Fixtures.revise(D2, D2))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("ReviewHistory.steps[1]")
        .hasMessageContaining("from ASSESSED (該非判断) to REVISED (改正済)");
  }

  @Test
  void historyAsOfADate() {
    ReviewHistory h = Fixtures.noticeBoard()
        .then(Fixtures.assess(D1, AssessmentVerdict.ANALOG_REGULATION))
        .then(Fixtures.classify(D3)).review();
    assertThat(h.asOf(D2).orElseThrow().state()).isEqualTo(ReviewState.ASSESSED);
    assertThat(h.asOf(D1.minusDays(1)).orElseThrow().state()).isEqualTo(ReviewState.IDENTIFIED);
    assertThat(ReviewHistory.identified(D2).asOf(D1)).isEmpty();
  }
}
