package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.regulation.law.LawNumberKind;
import org.municipaldx.regulation.law.ProvisionNumber;

/** The reader on fictional fixtures in the published layout (src/test/resources/survey). */
class SurveyReaderTest {
  static final Path FIXTURE = Path.of("src/test/resources/survey/fictional-survey.csv");

  @Test
  void surveyModeKeepsEveryRowAndListsEachFlawWithLineIdColumnAndReason() {
    SurveyResult r = SurveyReader.survey().read(FIXTURE);
    assertThat(r.procedures()).extracting(SurveyProcedure::id)
        .containsExactly("F0001", "F0002", "F0003", "F0004", "F0005", "F0006");
    assertThat(r.problems()).extracting(SurveyProblem::procedureId, SurveyProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("F0003", SurveyColumn.ONLINE_CASES),
            org.assertj.core.groups.Tuple.tuple("F0004", SurveyColumn.TOTAL_CASES),
            org.assertj.core.groups.Tuple.tuple("F0004", SurveyColumn.PROVISION),
            org.assertj.core.groups.Tuple.tuple("F0005", SurveyColumn.ONLINE_STATUS));
    SurveyProblem above = r.problems().get(0);
    // F0003 starts on line 5 (item numbers on line 1, names on line 2, F0001 line 3, F0002 line 4);
    // its name holds a line break inside quotes, so its count fields are on line 6
    assertThat(above.line()).isEqualTo(6);
    assertThat(above.reason()).isEqualTo("online cases 150 exceed the total 100");
    assertThat(above.toString()).startsWith("手続ID F0003 at ").contains("オンライン手続件数");
    // F0003's name has a line break inside quotes, so F0004 is on line 7
    assertThat(r.problems().get(1).line()).isEqualTo(7);
    assertThat(r.problems().get(2).reason()).contains("'第-条'").contains("character 2");
    assertThat(r.procedures().get(4).unrecognised())
        .containsExactly(new UnrecognisedValue(SurveyColumn.ONLINE_STATUS, "9 謎の状況"));
    assertThat(r.procedures().get(4).onlineStatus()).isEmpty();
  }

  @Test
  void strictModeRejectsTheFileWithEveryProblemLocated() {
    assertThatThrownBy(() -> SurveyReader.strict().read(FIXTURE))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.total()).isEqualTo(4);
          assertThat(e.problems()).extracting(p -> p.line()).containsExactly(6L, 7L, 7L, 8L);
          assertThat(e.problems().get(0).reason()).isEqualTo("手続ID F0003: online cases 150 exceed the total 100");
          assertThat(e.problems().get(0).header()).contains("オンライン手続件数");
        });
  }

  @Test
  void everyColumnIsTyped() {
    SurveyProcedure p = SurveyReader.survey().read(FIXTURE).procedures().get(0);
    assertThat(p.ministry()).contains(Ministry.INTERNAL_AFFAIRS);
    assertThat(p.lawNumber().value()).hasValueSatisfying(n -> {
      assertThat(n.kind()).isEqualTo(LawNumberKind.ACT);
      assertThat(n.gregorianYear()).isEqualTo(1947);
      assertThat(n.number()).isEqualTo(67);
    });
    assertThat(p.provision().value().orElseThrow().asReference().orElseThrow().article()).isEqualTo(ProvisionNumber.of(100, 4));
    assertThat(p.type()).contains(ProcedureType.APPLICATION);
    assertThat(p.actor()).contains(PartyCode.INDIVIDUALS);
    assertThat(p.receiver()).contains(PartyCode.LOCAL);
    assertThat(p.localWorkKind()).contains(LocalWorkKind.AUTONOMOUS);
    assertThat(p.common()).contains(CommonProcedure.NOT_COMMON);
    assertThat(p.carriedOutBy()).containsExactly(Ministry.INTERNAL_AFFAIRS);
    assertThat(p.identityChecks()).containsExactly(IdentityCheck.SEAL, IdentityCheck.SIGNATURE);
    assertThat(p.paymentMethods()).containsExactly(PaymentMethod.OFFICE_COUNTER, PaymentMethod.CREDIT_CARD);
    assertThat(p.offersOnlinePayment()).isTrue();
    assertThat(p.onlineDiscount()).contains(OnlineDiscount.NO_DISCOUNT);
    assertThat(p.periodOffline().exactDays()).contains(45L); // written ４５日 (full-width)
    assertThat(p.totalCases()).isEqualTo(ApproximateCount.of(1000, ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES));
    assertThat(p.totalCases().toString()).isEqualTo("約1,000");
    assertThat(p.attachments()).containsExactly(Attachment.RESIDENCE_CERTIFICATE);
    assertThat(p.isPaperless()).isTrue();
    assertThat(p.individualEvents()).containsExactly(IndividualLifeEvent.MOVING);
    assertThat(p.businessEvents()).containsExactly(BusinessLifeEvent.NEITHER);
    assertThat(p.professions()).containsExactly(Profession.ADMINISTRATIVE_SCRIVENER);
    assertThat(p.submissionOffices()).containsExactly("市役所・町村役場");
    // the source minutes' 約45日 → 約35日: time performance × 45/35 = 9/7
    assertThat(p.leadTimeGain().orElseThrow().factor()).contains(org.municipaldx.metrics.Rational.of(9, 7));

    SurveyProcedure q = SurveyReader.survey().read(FIXTURE).procedures().get(1);
    assertThat(q.obstacles()).containsExactly(OnlineObstacle.PLANNED, OnlineObstacle.NO_SYSTEM);
    assertThat(q.timing().orElseThrow().year()).isEqualTo(FiscalYear.of(2025));
    assertThat(q.periodOnline().kind()).isEqualTo(ProcessingPeriod.Kind.NOT_STATED);
    assertThat(q.leadTimeGain()).isEmpty();
    assertThat(q.totalCases().basis()).isEqualTo(ApproximateCount.Basis.ROUNDED_REPORT);
    SurveyProcedure s = SurveyReader.survey().read(FIXTURE).procedures().get(3);
    assertThat(s.lawNumber().value()).isEmpty();
    assertThat(s.lawNumber().reason()).hasValueSatisfying(why -> assertThat(why).contains("人事院規則"));
    assertThat(s.lawNumber().text()).isEqualTo("平成二十一年人事院規則八―一二―七");
    SurveyProcedure t = SurveyReader.survey().read(FIXTURE).procedures().get(4);
    assertThat(t.timing().orElseThrow()).hasToString("2030年度以降");
    assertThat(t.actor().orElseThrow().parties()).containsExactly(Party.NATIONAL, Party.LOCAL);
  }

  @Test
  void aFileNotInTheSurveyLayoutIsRejectedNamingTheMissingColumns() {
    assertThatThrownBy(() -> SurveyReader.survey().read(Path.of("src/test/resources/survey/not-a-survey.csv")))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.problems()).extracting(p -> p.reason()).contains("missing column 法令番号/law number",
              "missing column 申請を提出する機関/submission offices");
          assertThat(e.problems().stream().filter(p -> p.reason().startsWith("missing column")).count()).isEqualTo(35);
        });
    assertThatThrownBy(() -> SurveyReader.survey().read(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), "x.csv"))
        .isInstanceOf(IngestException.class).hasMessageContaining("missing column 手続ID");
  }

  @Test
  void streamingGivesTheSameProceduresAsReadingTheWholeFile() {
    List<SurveyProcedure> streamed = new ArrayList<>();
    List<SurveyProblem> problems = SurveyReader.survey().forEach(FIXTURE, streamed::add);
    SurveyResult whole = SurveyReader.survey().read(FIXTURE);
    assertThat(streamed).isEqualTo(whole.procedures());
    assertThat(problems).isEqualTo(whole.problems());
    List<SurveyProblem> sunk = new ArrayList<>();
    long count = SurveyReader.survey().forEach(FIXTURE, p -> { }, sunk::add);
    assertThat(count).isEqualTo(4);
    assertThat(sunk).isEqualTo(whole.problems());
  }

  @Test
  void takeUpByMinistryAndTheLocalGovernmentView() {
    List<SurveyProcedure> ps = SurveyReader.survey().read(FIXTURE).procedures();
    Map<Ministry, ApproximateTakeUp> byMinistry = SurveyAnalytics.takeUpBy(ps, Dimension.MINISTRY);
    assertThat(byMinistry.keySet()).first().isEqualTo(Ministry.DIGITAL_AGENCY); // 2,000 cases, the largest
    assertThat(byMinistry.get(Ministry.INTERNAL_AFFAIRS).percent(org.municipaldx.metrics.RoundingPolicy.DEFAULT))
        .contains(new java.math.BigDecimal("60"));
    assertThat(byMinistry.get(Ministry.NATIONAL_PERSONNEL_AUTHORITY).rate().isDefined()).isFalse();
    TakeUpTable<Ministry> local = TakeUpTable.localBy(Dimension.MINISTRY);
    ps.forEach(local);
    // F0001 (receiver 地方等), F0003 (receiver 地方等), F0005 (actor 国又は地方等)
    assertThat(local.total().procedures()).isEqualTo(3);
    assertThat(local.total().cases().approximately()).isEqualTo(1130);
    assertThat(local.total().onlineCases().approximately()).isEqualTo(760);
    assertThat(local.total().cases().basis()).isEqualTo(ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES);
  }

  @Test
  void timeSavingPotentialNeedsTheCallersMinutesAndCarriesProvenance() {
    List<SurveyProcedure> ps = SurveyReader.survey().read(FIXTURE).procedures();
    List<TimeSaving> uniform = SurveyAnalytics.timeSavingPotential(ps, MinutesPerCase.uniform(30, "source minutes: 30分/件"));
    assertThat(uniform).extracting(TimeSaving::procedureId).containsExactly("F0002", "F0001", "F0005");
    assertThat(uniform.get(0).approximateMinutes()).isEqualTo(15_000); // 500 × 30
    assertThat(uniform.get(0).provenance()).contains("約500件").contains("30分 (source minutes: 30分/件)");
    MinutesPerCase byType = MinutesPerCase.read(Path.of("src/test/resources/survey/minutes.csv"));
    List<TimeSaving> typed = SurveyAnalytics.timeSavingPotential(ps, byType);
    // type 1 at 30 minutes: F0002 (500 × 30), F0001 (400 × 30); type 3 at 10 minutes: F0005 (20 × 10)
    assertThat(typed).extracting(TimeSaving::approximateMinutes).containsExactly(15_000L, 12_000L, 200L);
  }

  @Test
  void fiveLessIndicatorsAndTheIdentityCheckMix() {
    List<SurveyProcedure> ps = SurveyReader.survey().read(FIXTURE).procedures();
    SurveyAnalytics.FiveLess f = SurveyAnalytics.fiveLess(ps);
    assertThat(f).isEqualTo(new SurveyAnalytics.FiveLess(6, 4, 1, 1, 4, 2));
    assertThat(SurveyAnalytics.identityCheckMix(ps)).containsExactly(
        Map.entry(IdentityCheck.SEAL_AND_CERTIFICATE, 1L), Map.entry(IdentityCheck.SEAL, 1L), Map.entry(IdentityCheck.SIGNATURE, 1L));
  }

  @Test
  void coverageListsWhatIsOnlineNationallyButNotInTheCity() {
    List<SurveyProcedure> ps = SurveyReader.survey().read(FIXTURE).procedures();
    List<Coverage.InventoryEntry> inventory = Coverage.readInventory(Path.of("src/test/resources/survey/inventory.csv"));
    List<Coverage.Gap> gaps = Coverage.gaps(ps, inventory, MinutesPerCase.uniform(30, "test"));
    // online nationally and local: F0001 (city: not online) and F0003 (not in the inventory); F0006 is not local
    assertThat(gaps).extracting(g -> g.procedure().id(), Coverage.Gap::cityStatus).containsExactly(
        org.assertj.core.groups.Tuple.tuple("F0001", Coverage.CityStatus.NOT_ONLINE),
        org.assertj.core.groups.Tuple.tuple("F0003", Coverage.CityStatus.NOT_IN_INVENTORY));
    assertThat(gaps.get(0).approximateMinutes()).hasValue(30_000);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Coverage.writeCsv(gaps, out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF順位,手続ID").contains("1,F0001,架空の住所変更届出,総務省,1000,実施済,オンライン未実施,住所変更届,30,30000");
  }
}
