package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;

/**
 * The rules of the survey's code lists that mutation testing left unchecked (issue 13 part 4): which
 * parties each 手続主体/受け手 code stands for, which payment methods are online, every form of a coded
 * cell, the implementation timing's code-year agreement, and the frozen sets the model hands out.
 */
class CodeListRulesTest {
  @Test
  void eachPartyCodeStandsForItsPartiesAndLocalGovernmentsAreInTheFourCodesNamingThem() {
    assertThat(PartyCode.NATIONAL.parties()).containsExactly(Party.NATIONAL);
    assertThat(PartyCode.AGENCY.parties()).containsExactly(Party.AGENCY);
    assertThat(PartyCode.LOCAL.parties()).containsExactly(Party.LOCAL);
    assertThat(PartyCode.NATIONAL_OR_AGENCY.parties()).containsExactly(Party.NATIONAL, Party.AGENCY);
    assertThat(PartyCode.AGENCY_OR_LOCAL.parties()).containsExactly(Party.AGENCY, Party.LOCAL);
    assertThat(PartyCode.NATIONAL_OR_LOCAL.parties()).containsExactly(Party.NATIONAL, Party.LOCAL);
    assertThat(PartyCode.INDIVIDUALS.parties()).containsExactly(Party.INDIVIDUALS);
    assertThat(PartyCode.BUSINESSES.parties()).containsExactly(Party.BUSINESSES);
    List<PartyCode> local = new ArrayList<>();
    for (PartyCode c : PartyCode.values()) {
      if (c.includesLocal()) {
        local.add(c);
      }
      // the rule, stated twice: a code includes local governments exactly when its parties do
      assertThat(c.includesLocal()).as(c.name()).isEqualTo(c.parties().contains(Party.LOCAL));
    }
    assertThat(local).containsExactly(PartyCode.LOCAL, PartyCode.AGENCY_OR_LOCAL, PartyCode.NATIONAL_OR_LOCAL,
        PartyCode.NATIONAL_AGENCY_OR_LOCAL);
    assertThat(PartyCode.NATIONAL_OR_LOCAL.englishName()).isEqualTo("the State or local governments");
  }

  @Test
  void thePaymentMethodsCoded2AreTheOnlineOnes() {
    List<PaymentMethod> online = new ArrayList<>();
    for (PaymentMethod m : PaymentMethod.values()) {
      if (m.isOnline()) {
        online.add(m);
      }
    }
    assertThat(online).containsExactly(PaymentMethod.PAY_EASY_NET_BANKING, PaymentMethod.PAY_EASY_DIRECT,
        PaymentMethod.CREDIT_CARD, PaymentMethod.QR_CODE, PaymentMethod.INTERNET_BANKING, PaymentMethod.OTHER_ONLINE);
  }

  @Test
  void aCodedCellIsReadInEveryFormTheFileWritesAndOnlyThose() {
    for (String cell : List.of("5", "国民等", "5 国民等", "5（国民等）", "5(国民等)", "５　国民等", " 5   国民等 ")) {
      assertThat(Codes.find(PartyCode.class, cell)).as(cell).contains(PartyCode.INDIVIDUALS);
    }
    assertThat(Codes.find(PartyCode.class, "4-3 国又は地方等")).contains(PartyCode.NATIONAL_OR_LOCAL);
    assertThat(Codes.find(PartyCode.class, "5 民間事業者等")).isEmpty();
    assertThat(Codes.find(PartyCode.class, "8")).isEmpty();
    assertThat(Codes.find(PartyCode.class, "")).isEmpty();
    assertThatThrownBy(() -> Codes.find(PartyCode.class, null)).isInstanceOf(NullPointerException.class).hasMessage("cell");
    assertThat(Codes.key("　５\t国民等  ")).isEqualTo("5 国民等");
  }

  @Test
  void aListCellIsSplitAtSemicolonsSkippingEmptyPartsAndListingUnknownOnes() {
    List<String> unknown = new ArrayList<>();
    assertThat(Codes.findAll(PaymentMethod.class, " ", unknown)).isEmpty();
    assertThat(Codes.findAll(PaymentMethod.class, ";; 2-3 クレジットカード払い ;;謎; 1-1", unknown))
        .containsExactly(PaymentMethod.OFFICE_COUNTER, PaymentMethod.CREDIT_CARD);
    assertThat(unknown).containsExactly("謎");
  }

  @Test
  void anImplementationTimingsCodeMustAgreeWithItsYear() {
    // codebook item 12-3: codes 1–6 are FY2024–FY2029, 7 is 2030年度以降
    assertThat(ImplementationTiming.parse("6 2029年度")).contains(ImplementationTiming.of(FiscalYear.of(2029), false));
    assertThat(ImplementationTiming.parse("7 2031年度以降")).contains(ImplementationTiming.of(FiscalYear.of(2031), true));
    assertThat(ImplementationTiming.parse("7 2030年度")).isEmpty();
    assertThat(ImplementationTiming.parse("6 2030年度以降")).isEmpty();
    assertThat(ImplementationTiming.parse("1 2023年度")).isEmpty();
    assertThat(ImplementationTiming.parse("２０２４年度")).contains(ImplementationTiming.of(FiscalYear.of(2024), false));
    assertThat(ImplementationTiming.parse("2024年度まで")).isEmpty();
    ImplementationTiming t = ImplementationTiming.of(FiscalYear.of(2030), true);
    assertThat(t).hasToString("2030年度以降").hasSameHashCodeAs(ImplementationTiming.of(FiscalYear.of(2030), true))
        .isNotEqualTo(ImplementationTiming.of(FiscalYear.of(2030), false))
        .isNotEqualTo(ImplementationTiming.of(FiscalYear.of(2031), true))
        .isNotEqualTo("2030年度以降");
    assertThat(t.year()).isEqualTo(FiscalYear.of(2030));
    assertThat(t.orLater()).isTrue();
    assertThat(ImplementationTiming.of(FiscalYear.of(2025), false)).hasToString("2025年度");
    assertThatThrownBy(() -> ImplementationTiming.of(null, true)).isInstanceOf(NullPointerException.class).hasMessage("year");
  }

  @Test
  void aSurveyColumnKnowsItsCodebookItem() {
    assertThat(SurveyColumn.SUBMISSION_OFFICES.item()).isEqualTo("22");
    assertThat(SurveyColumn.SUBMISSION_OFFICES.japaneseName()).isEqualTo("申請を提出する機関");
    assertThat(SurveyColumn.SUBMISSION_OFFICES.englishName()).isEqualTo("submission offices");
  }

  @Test
  void aFrozenSetIsACopyThatCannotBeChanged() {
    EnumSet<PaymentMethod> source = EnumSet.of(PaymentMethod.QR_CODE);
    Set<PaymentMethod> frozen = Values.freeze(source);
    source.add(PaymentMethod.CREDIT_CARD);
    assertThat(frozen).containsExactly(PaymentMethod.QR_CODE);
    assertThat(frozen.contains(PaymentMethod.QR_CODE)).isTrue();
    assertThat(frozen.contains(PaymentMethod.CREDIT_CARD)).isFalse();
    assertThat(Values.freeze(frozen)).isSameAs(frozen);
    Iterator<PaymentMethod> it = frozen.iterator();
    it.next();
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    Set<PaymentMethod> plain = new HashSet<>(List.of(PaymentMethod.OTHER_ONLINE, PaymentMethod.BANK_COUNTER));
    Set<PaymentMethod> frozenPlain = Values.freeze(plain);
    plain.clear();
    // a set that is not an EnumSet is copied in the constants' order
    assertThat(frozenPlain).containsExactly(PaymentMethod.BANK_COUNTER, PaymentMethod.OTHER_ONLINE);
    assertThat(frozenPlain).hasSize(2);
    assertThat(Values.freeze(new HashSet<PaymentMethod>())).isEmpty();
    assertThatThrownBy(() -> frozenPlain.add(PaymentMethod.QR_CODE)).isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * Rule (issue 11i): every empty set freezes to one shared frozen set, which freezing again returns as it is;
   * it is empty, cannot be changed, and equals any empty set. {@code Values.copy} is {@code List.copyOf}.
   */
  @Test
  void everyEmptySetFreezesToTheOneFrozenEmptySet() {
    Set<PaymentMethod> empty = Values.freeze(EnumSet.noneOf(PaymentMethod.class));
    assertThat(Values.freeze(new HashSet<PaymentMethod>())).isSameAs(empty);
    assertThat(Values.freeze(Set.<Attachment>of())).isSameAs(empty);
    assertThat(Values.freeze(empty)).isSameAs(empty);
    assertThat(empty).isEmpty();
    assertThat(empty).isEqualTo(Set.of()).hasSameHashCodeAs(Set.of());
    assertThatThrownBy(() -> empty.add(PaymentMethod.QR_CODE)).isInstanceOf(UnsupportedOperationException.class);
    // a non-empty set is still copied, not shared
    EnumSet<PaymentMethod> one = EnumSet.of(PaymentMethod.QR_CODE);
    assertThat(Values.freeze(one)).isNotSameAs(empty).containsExactly(PaymentMethod.QR_CODE);
    List<String> none = List.of();
    assertThat(Values.copy(none)).isSameAs(none);
    List<String> mutable = new java.util.ArrayList<>(List.of("a"));
    List<String> copied = Values.copy(mutable);
    mutable.add("b");
    assertThat(copied).containsExactly("a");
    assertThatThrownBy(() -> copied.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Values.copy(List.copyOf(copied))).isEqualTo(copied);
    assertThatThrownBy(() -> Values.copy(null)).isInstanceOf(NullPointerException.class);
  }
}
