package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.municipaldx.core.FiscalYear;

class SurveyValuesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1月 | LENGTH | 1月 | 1月",
      "１月 | LENGTH | 1月 | 1月",
      "1週 | LENGTH | 1週 | 1週",
      "１週間 | LENGTH | 1週 | 1週",
      "30日 | LENGTH | 30日 | 30日",
      "0日 | LENGTH | 0日 | 0日",
      "0 | LENGTH | 0日 | 0日",
      "1か月 | LENGTH | 1月 | 1月",
      "1日～1月 | RANGE | 1日 | 1月",
      "1週~1月 | RANGE | 1週 | 1月",
  })
  void processingPeriodsAreTyped(String cell, ProcessingPeriod.Kind kind, String shortest, String longest) {
    ProcessingPeriod p = ProcessingPeriod.parse(cell);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.shortest().orElseThrow()).hasToString(shortest);
    assertThat(p.longest().orElseThrow()).hasToString(longest);
    assertThat(p.text()).isEqualTo(cell);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"不明", "-", "なし", "ー", "実施なし", "標準処理期間の定め無し"})
  void textThatGivesNoLengthIsAnExplicitUnknownKeepingTheText(String cell) {
    ProcessingPeriod p = ProcessingPeriod.parse(cell);
    assertThat(p.kind()).isEqualTo(ProcessingPeriod.Kind.UNKNOWN);
    assertThat(p.isKnown()).isFalse();
    assertThat(p.shortest()).isEmpty();
    assertThat(p.exactDays()).isEmpty();
    assertThat(p).hasToString(cell);
  }

  @Test
  void blanksAreNotStatedAndMonthsNeverBecomeDays() {
    assertThat(ProcessingPeriod.parse(" ").kind()).isEqualTo(ProcessingPeriod.Kind.NOT_STATED);
    assertThat(ProcessingPeriod.parse("1月").exactDays()).isEmpty();
    assertThat(ProcessingPeriod.parse("2週").exactDays()).contains(14L);
    assertThat(ProcessingPeriod.leadTimeGain(ProcessingPeriod.parse("1月"), ProcessingPeriod.parse("30日"))).isEmpty();
    assertThat(ProcessingPeriod.leadTimeGain(ProcessingPeriod.parse("2月"), ProcessingPeriod.parse("1月")).orElseThrow().factor())
        .contains(org.municipaldx.metrics.Rational.of(2));
    assertThat(ProcessingPeriod.leadTimeGain(ProcessingPeriod.parse("2週"), ProcessingPeriod.parse("7日")).orElseThrow().factor())
        .contains(org.municipaldx.metrics.Rational.of(2));
  }

  @Test
  void everyConstantOfEveryCodeListIsReadFromItsCodeAndLabelAsTheFileWritesThem() {
    List<Class<? extends Enum<?>>> lists = List.of(Ministry.class, ProcedureType.class, PartyCode.class, LocalWorkKind.class,
        CommonProcedure.class, OnlineStatus.class, OnlineObstacle.class, IdentityCheck.class, FeeRequirement.class,
        PaymentMethod.class, OnlineDiscount.class, FormInformation.class, Attachment.class, AttachmentAbolition.class,
        AttachmentSubmission.class, AttachmentSignature.class, AttachmentFormRule.class, IndividualLifeEvent.class,
        BusinessLifeEvent.class, Profession.class);
    int constants = 0;
    for (Class<? extends Enum<?>> type : lists) {
      for (Enum<?> e : type.getEnumConstants()) {
        SurveyCode c = (SurveyCode) e;
        String cell = c.code().equals(c.japaneseName()) ? c.japaneseName()
            : c.code().matches("[○●×]") ? c.code() + "（" + c.japaneseName() + "）" : c.code() + " " + c.japaneseName();
        assertThat(find(type, cell)).as(cell).isSameAs(e);
        constants++;
      }
    }
    assertThat(constants).isEqualTo(26 + 6 + 10 + 4 + 3 + 5 + 8 + 6 + 2 + 11 + 2 + 11 + 15 + 4 + 5 + 3 + 5 + 14 + 12 + 13);
    assertThat(Codes.find(IndividualLifeEvent.class, "その他(個人も法人にもあてはまらない)")).contains(IndividualLifeEvent.NEITHER);
    assertThat(Codes.find(IndividualLifeEvent.class, "その他イベント(個人)")).contains(IndividualLifeEvent.OTHER);
    assertThat(Codes.find(OnlineStatus.class, "9 謎")).isEmpty();
    List<String> unknown = new ArrayList<>();
    assertThat(Codes.findAll(PaymentMethod.class, "1-3 ペイジー(ATM); 2-1 ペイジー(ネットバンキング); 3-1 謎", unknown))
        .containsExactly(PaymentMethod.PAY_EASY_ATM, PaymentMethod.PAY_EASY_NET_BANKING);
    assertThat(unknown).containsExactly("3-1 謎");
    assertThat(PartyCode.NATIONAL_AGENCY_OR_LOCAL.parties()).containsExactly(Party.NATIONAL, Party.AGENCY, Party.LOCAL);
    assertThat(PartyCode.INDIVIDUALS_AND_BUSINESSES.parties()).containsExactly(Party.INDIVIDUALS, Party.BUSINESSES);
    assertThat(PaymentMethod.QR_CODE.isOnline()).isTrue();
    assertThat(PaymentMethod.BANK_COUNTER.isOnline()).isFalse();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object find(Class type, String cell) {
    return Codes.find(type, cell).orElse(null);
  }

  @Test
  void implementationTimingIsAFiscalYearOr2030OrLater() {
    assertThat(ImplementationTiming.parse("1 2024年度")).contains(ImplementationTiming.of(FiscalYear.of(2024), false));
    assertThat(ImplementationTiming.parse("7 2030年度以降")).contains(ImplementationTiming.of(FiscalYear.of(2030), true));
    assertThat(ImplementationTiming.parse("2025年度以降")).contains(ImplementationTiming.of(FiscalYear.of(2025), true));
    assertThat(ImplementationTiming.parse("3 2025年度")).isEmpty(); // code 3 is FY2026
    assertThat(ImplementationTiming.parse("いつか")).isEmpty();
  }

  @Test
  void approximateCountsSayTheyAreApproximate() {
    ApproximateCount a = ApproximateCount.of(18_000, ApproximateCount.Basis.ROUNDED_REPORT);
    ApproximateCount b = ApproximateCount.of(2_300, ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES);
    assertThat(a).hasToString("約18,000");
    assertThat(a.plus(b).approximately()).isEqualTo(20_300);
    assertThat(a.plus(b).basis()).isEqualTo(ApproximateCount.Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES);
    assertThatThrownBy(() -> ApproximateCount.of(-1, ApproximateCount.Basis.ROUNDED_REPORT)).hasMessageContaining("zero or more");
    assertThatThrownBy(() -> ApproximateCount.of(Long.MAX_VALUE, ApproximateCount.Basis.ROUNDED_REPORT).plus(a))
        .isInstanceOf(ArithmeticException.class);
    ApproximateTakeUp t = ApproximateTakeUp.of(2, a, ApproximateCount.of(9_300, ApproximateCount.Basis.ROUNDED_REPORT));
    assertThat(t).hasToString("約51.7% (約9,300 / 約18,000, 2 procedures)");
    assertThat(ApproximateTakeUp.NONE).hasToString("undefined (約0 / 約0, 0 procedures)");
  }
}
