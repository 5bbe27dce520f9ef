package org.municipaldx.regulation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.metrics.Rate;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.regulation.Fixtures;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.RegulationType;

class ReviewProgressTest {
  private static final LocalDate APR_2023 = LocalDate.of(2023, 4, 20);
  private static final LocalDate JUN_2023 = LocalDate.of(2023, 6, 1);
  private static final LocalDate MAR_2024 = LocalDate.of(2024, 3, 15);

  /** fire: revised in FY2023; notice board: not an analog regulation; another notice: still identified. */
  private static List<RegulationItem> inventory() {
    RegulationItem fire = Fixtures.fireEquipmentInspection()
        .withReview(ReviewHistory.identified(LocalDate.of(2023, 4, 1)))
        .then(Fixtures.assess(APR_2023, AssessmentVerdict.ANALOG_REGULATION))
        .then(Fixtures.classify(JUN_2023))
        .then(Fixtures.decide(ReviewState.CLASSIFIED, JUN_2023, ReviewPolicy.REVISE))
        .then(Fixtures.revise(MAR_2024, LocalDate.of(2024, 4, 1)));
    RegulationItem notice = Fixtures.noticeBoard().then(Fixtures.assess(APR_2023, AssessmentVerdict.NOT_ANALOG_REGULATION));
    return List.of(fire, notice, idOf(Fixtures.noticeBoard(), "notice-004"));
  }

  private static RegulationItem idOf(RegulationItem i, String id) {
    return RegulationItem.builder().id(id).provision(i.provision()).quotedText(i.quotedText()).addAllTypes(i.types())
        .departmentId(i.departmentId()).targetDate(LocalDate.of(2024, 3, 31)).build();
  }

  @Test
  void countsByTypeStateAndDepartment() {
    ReviewProgress p = ReviewProgress.of(inventory(), LocalDate.of(2024, 6, 30));
    assertThat(p.items()).isEqualTo(3);
    // the fire inspection has 3 types and counts once in each; the two notices have 1 each
    assertThat(p.typeAssignments()).isEqualTo(5);
    assertThat(p.total()).isEqualTo(5);
    assertThat(p.count(RegulationType.VISUAL_INSPECTION, ReviewState.REVISED, "fire-department")).isEqualTo(1);
    assertThat(p.count(RegulationType.PERIODIC_INSPECTION, ReviewState.REVISED, "fire-department")).isEqualTo(1);
    assertThat(p.count(RegulationType.WRITTEN_POSTING, ReviewState.ASSESSED, "general-affairs")).isEqualTo(1);
    assertThat(p.count(RegulationType.WRITTEN_POSTING, ReviewState.IDENTIFIED, "general-affairs")).isEqualTo(1);
    assertThat(p.count(RegulationType.WRITTEN_POSTING, ReviewState.REVISED, "general-affairs")).isZero();
    assertThat(p.countByType(RegulationType.WRITTEN_POSTING)).isEqualTo(2);
    assertThat(p.countByState(ReviewState.REVISED)).isEqualTo(1);
  }

  @Test
  void sharesAreOverItemsInScope() {
    ReviewProgress p = ReviewProgress.of(inventory(), LocalDate.of(2024, 6, 30));
    // in scope: fire and the pending notice (the other notice is 非該当); decided 1, revised 1
    assertThat(p.decidedShare()).isEqualTo(Rate.of(1, 2));
    assertThat(p.revisedShare()).isEqualTo(Rate.of(1, 2));
    RoundingPolicy tenth = RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH);
    assertThat(p.decidedShare().percent(tenth)).contains(new BigDecimal("50"));
    assertThat(Rate.of(1, 3).percent(RoundingPolicy.of(RoundingMode.HALF_UP, new BigDecimal("0.01"))))
        .contains(new BigDecimal("33.33"));
    assertThat(ReviewProgress.of(List.of(), LocalDate.of(2024, 6, 30)).decidedShare().percent(tenth)).isEmpty();
  }

  @Test
  void itemsPastTheirTargetDate() {
    // fire's target is 2024-06-30 and it is revised; notice-004's target 2024-03-31 is past and it is untouched
    assertThat(ReviewProgress.of(inventory(), LocalDate.of(2024, 7, 1)).pastTarget()).containsExactly("notice-004");
    assertThat(ReviewProgress.of(inventory(), LocalDate.of(2024, 3, 31)).pastTarget()).isEmpty();
  }

  @Test
  void fiscalYearView() {
    // at the end of FY2022 (2023-03-31) the fire item, identified 2023-04-01, is not yet in view
    ReviewProgress fy2022 = ReviewProgress.atEndOf(inventory(), FiscalYear.of(2022));
    assertThat(fy2022.items()).isEqualTo(2);
    assertThat(fy2022.countByState(ReviewState.IDENTIFIED)).isEqualTo(2);
    ReviewProgress fy2023 = ReviewProgress.atEndOf(inventory(), FiscalYear.of(2023));
    assertThat(fy2023.asOf()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(fy2023.countByState(ReviewState.REVISED)).isEqualTo(1);
    Map<FiscalYear, Map<ReviewState, Long>> steps = ReviewProgress.stepsByFiscalYear(inventory());
    assertThat(steps).containsOnlyKeys(FiscalYear.of(2023));
    assertThat(steps.get(FiscalYear.of(2023))).containsEntry(ReviewState.ASSESSED, 2L).containsEntry(ReviewState.REVISED, 1L);
  }

  @Test
  void equalsContracts() {
    EqualsVerifier.forClass(ProgressCell.class).withNonnullFields("type", "state", "departmentId").verify();
  }
}
