package org.municipaldx.regulation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.regulation.RegulationTrials.API;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.regulation.RegulationTrials;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.municipaldx.regulation.Provision;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.RegulationType;
import org.municipaldx.regulation.law.LegalInstrumentKind;
import org.municipaldx.testsupport.TrialScale;

/**
 * Conservation of progress counts. The counting rule (see {@link ReviewProgress}): an item counts
 * once per type it has, so the sum over all type × state × department cells equals the sum over
 * items in view of their number of types; summing the cells of one state over types counts each
 * item in that state |types| times.
 */
class ReviewProgressProperties {

  static Trials<List<RegulationItem>> inventories() {
    Trials<RegulationItem> item = RegulationTrials.enumSets(RegulationType.class, 1, 4).flatMap(t ->
        API.choose("fire-department", "general-affairs", "health-welfare").flatMap(d -> API.integers(0, 5).flatMap(n ->
            API.integers(0, 400).flatMap(day -> API.integers(0, 4).map(i -> i > 0).flatMap(isAnalog ->
                API.choose(ReviewPolicy.values()).map(pol -> {
          LocalDate start = LocalDate.of(2022, 12, 1).plusDays(day);
          ReviewHistory h = ReviewHistory.identified(start);
          LocalDate on = start;
          for (int i = 0; i < n && !h.isClosed(); i++) {
            on = on.plusDays(45);
            ReviewState to = ReviewWorkflow.allowedTargets(h).iterator().next();
            ReviewStep.Builder b = ReviewStep.builder().from(h.state()).to(to).on(on).by("担当");
            if (to == ReviewState.ASSESSED) {
              b.verdict(isAnalog ? AssessmentVerdict.ANALOG_REGULATION : AssessmentVerdict.NOT_ANALOG_REGULATION);
            } else if (to == ReviewState.POLICY_DECIDED) {
              ReviewPolicy p = h.state() == ReviewState.POLICY_DECIDED ? ReviewPolicy.REVISE : pol;
              b.policy(p);
              if (p == ReviewPolicy.NO_REVISION_NEEDED) {
                b.reason("理由");
              }
            } else if (to == ReviewState.REVISED) {
              b.amendingInstrument("改正規則").effectiveDate(on);
            }
            h = h.then(b.build());
          }
          return RegulationItem.builder().id("i").provision(Provision.of(LegalInstrumentKind.RULE, "規則", "第1条"))
              .quotedText("t").addAllTypes(t).departmentId(d).targetDate(start.plusDays(200)).review(h).build();
        }))))));
    return RegulationTrials.lists(item, 0, 40);
  }

  @Test
  void cellsSumToTypeAssignmentsOfItemsInView() {
    inventories().and(dates()).withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(ReviewProgressProperties::cellsSumToTypeAssignments);
  }

  private static void cellsSumToTypeAssignments(List<RegulationItem> items, LocalDate asOf) {
    ReviewProgress p = ReviewProgress.of(items, asOf);
    long expectedItems = items.stream().filter(i -> i.review().asOf(asOf).isPresent()).count();
    long expectedAssignments = items.stream().filter(i -> i.review().asOf(asOf).isPresent())
        .mapToLong(i -> i.types().size()).sum();
    assertThat(p.items()).isEqualTo(expectedItems);
    assertThat(p.typeAssignments()).isEqualTo(expectedAssignments);
    assertThat(p.total()).isEqualTo(expectedAssignments);
    // each item once per state
    assertThat(Arrays.stream(ReviewState.values()).mapToLong(p::countByState).sum()).isEqualTo(expectedItems);
    // the type marginals add up to the total too
    assertThat(Arrays.stream(RegulationType.values()).mapToLong(p::countByType).sum()).isEqualTo(p.total());
    // shares: numerators within denominators, revised items are decided
    assertThat(p.revisedShare().numerator()).isLessThanOrEqualTo(p.decidedShare().numerator());
    assertThat(p.decidedShare().denominator()).isLessThanOrEqualTo(expectedItems);
    assertThat(p.pastTarget()).hasSizeLessThanOrEqualTo((int) p.decidedShare().denominator());
  }

  @Test
  void countsDoNotDependOnInventoryOrder() {
    inventories().and(dates()).withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo(ReviewProgressProperties::countsDoNotDependOnOrder);
  }

  private static void countsDoNotDependOnOrder(List<RegulationItem> items, LocalDate asOf) {
    List<RegulationItem> reversed = new ArrayList<>(items);
    java.util.Collections.reverse(reversed);
    ReviewProgress a = ReviewProgress.of(items, asOf);
    ReviewProgress b = ReviewProgress.of(reversed, asOf);
    assertThat(b.cells()).isEqualTo(a.cells());
    assertThat(b.decidedShare()).isEqualTo(a.decidedShare());
    assertThat(b.revisedShare()).isEqualTo(a.revisedShare());
  }

  static Trials<LocalDate> dates() {
    return API.integers(0, 900).map(d -> LocalDate.of(2022, 11, 1).plusDays(d));
  }
}
