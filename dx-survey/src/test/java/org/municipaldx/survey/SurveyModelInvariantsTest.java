package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;

/**
 * Rules of the survey's value types that only the whole file's properties reached before (issue 13: model
 * invariants, dx-survey's unclassified survivors of issue 13y's unit-test run).
 */
class SurveyModelInvariantsTest {
  @Test
  void anApproximateCountKeepsItsValueOnBothSidesOfTheSharedInstances() {
    // counts below 1,024 are shared instances per basis, larger ones new objects: the value is the value either way
    for (ApproximateCount.Basis basis : ApproximateCount.Basis.values()) {
      for (long v = 0; v <= 1100; v++) {
        ApproximateCount c = ApproximateCount.of(v, basis);
        assertThat(c.approximately()).as("%s %d", basis, v).isEqualTo(v);
        assertThat(c.basis()).isEqualTo(basis);
      }
    }
  }

  @Test
  void aTimingIsOrLaterOnlyWhenTheCellSays以降() {
    assertThat(ImplementationTiming.parse("2025年度")).hasValueSatisfying(t -> {
      assertThat(t.year()).isEqualTo(FiscalYear.of(2025));
      assertThat(t.orLater()).as("2025年度").isFalse();
    });
    assertThat(ImplementationTiming.parse("2030年度以降")).hasValueSatisfying(t -> {
      assertThat(t.year()).isEqualTo(FiscalYear.of(2030));
      assertThat(t.orLater()).as("2030年度以降").isTrue();
    });
  }

  @Test
  void anUnknownPeriodPrintsTheTextItWasReadFrom() {
    for (String cell : List.of("不明", "随時", "3営業日程度")) {
      assertThat(ProcessingPeriod.parse(cell)).as(cell).hasToString(cell);
    }
  }

  @Test
  void theFilesOtherSpellingOfNeitherIsReadAsNeither() {
    // the published file writes その他(個人も法人にもあてはまらない) (no に, ASCII parentheses) for the code list's
    // その他（個人にも法人にもあてはまらない）: both life-event lists read it as NEITHER
    String spelling = "その他(個人も法人にもあてはまらない)";
    assertThat(Codes.find(IndividualLifeEvent.class, spelling)).contains(IndividualLifeEvent.NEITHER);
    assertThat(Codes.find(BusinessLifeEvent.class, spelling)).contains(BusinessLifeEvent.NEITHER);
    // Codes builds each list's table once per JVM, so under PIT (one JVM for many mutants) only the alias
    // tables themselves show a mutant of them (issue 13m: BusinessLifeEvent 61, IndividualLifeEvent 65)
    assertThat(IndividualLifeEvent.aliases()).containsExactly(Map.entry(spelling, IndividualLifeEvent.NEITHER));
    assertThat(BusinessLifeEvent.aliases()).containsExactly(Map.entry(spelling, BusinessLifeEvent.NEITHER));
  }

  @Test
  void aKnownLengthPrintsAsItsAmountAndUnitAndReadsBack() {
    // a length prints as amount + unit (30日), a range as both ends (1日～1月), whatever the cell's spacing
    // or digits (issue 13m: ProcessingPeriod.toString's length case, 178, had no test)
    assertThat(ProcessingPeriod.parse("30日")).hasToString("30日");
    assertThat(ProcessingPeriod.parse(" ３０ 日 ")).hasToString("30日");
    assertThat(ProcessingPeriod.parse("2週")).hasToString("2週");
    assertThat(ProcessingPeriod.parse("0")).hasToString("0日");
    assertThat(ProcessingPeriod.parse("1日～1月")).hasToString("1日～1月");
    for (String cell : List.of("30日", "2週", "3月", "0", "1日～1月")) {
      ProcessingPeriod p = ProcessingPeriod.parse(cell);
      assertThat(ProcessingPeriod.parse(p.toString())).as(cell).isEqualTo(p);
    }
  }

  private static final Path FIXTURE = Path.of("src/test/resources/survey/fictional-survey.csv");

  @Test
  void aProceduresIndicatorsFollowItsStatusAndPaymentMethods() {
    List<SurveyProcedure> ps = SurveyReader.survey().read(FIXTURE).procedures();
    assertThat(ps).extracting(SurveyProcedure::isOnline).contains(true, false);
    assertThat(ps).extracting(SurveyProcedure::offersOnlinePayment).contains(true, false);
    for (SurveyProcedure p : ps) {
      assertThat(p.isOnline()).as("%s online", p.id()).isEqualTo(p.onlineStatus()
          .filter(st -> st == OnlineStatus.ONLINE || st == OnlineStatus.PARTLY_ONLINE).isPresent());
      assertThat(p.offersOnlinePayment()).as("%s online payment", p.id())
          .isEqualTo(p.paymentMethods().stream().anyMatch(PaymentMethod::isOnline));
    }
  }

  @Test
  void takeUpAddedOneProcedureAtATimeEqualsTheSumOfItsParts() {
    List<SurveyProcedure> ps = SurveyReader.survey().read(FIXTURE).procedures();
    ApproximateTakeUp added = ApproximateTakeUp.NONE;
    long cases = 0;
    long online = 0;
    for (SurveyProcedure p : ps) {
      added = added.plus(p);
      cases += p.totalCases().approximately();
      online += p.onlineCases().approximately();
    }
    assertThat(added.procedures()).isEqualTo(ps.size());
    assertThat(added.cases().approximately()).isEqualTo(cases);
    assertThat(added.onlineCases().approximately()).isEqualTo(online);
  }

  @Test
  void aTimeSavingSaysEstimatedFromSampleMunicipalitiesExactlyWhenItsCasesAre() {
    List<SurveyProcedure> ps = SurveyReader.survey().read(FIXTURE).procedures();
    assertThat(ps).extracting(p -> p.offlineCases().basis()).contains(ApproximateCount.Basis.ROUNDED_REPORT,
        ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES);
    for (SurveyProcedure p : ps) {
      TimeSaving t = TimeSaving.of(p, 30, "test");
      boolean estimated = p.offlineCases().basis() == ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES;
      assertThat(t.provenance().contains(", estimated from sample municipalities")).as("%s: %s", p.id(),
          t.provenance()).isEqualTo(estimated);
    }
  }
}
