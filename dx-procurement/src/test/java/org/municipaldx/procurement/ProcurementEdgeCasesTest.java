package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;

/**
 * Rules of dx-procurement that mutation testing (PIT, issue 13 part 4) found unchecked: each test names the
 * rule and asserts the exact result or error.
 */
class ProcurementEdgeCasesTest {

  private static String notation(FormulaEstimate f) {
    return f.factors().stream().map(Factor::toString).collect(Collectors.joining("×"));
  }

  // ------------------------------------------------------------------ CorporateNumber

  /** 省令第2条: the digit furthest from the check digit (P12) has weight 2; P1 has weight 1. */
  @Test
  void checkDigitWeightsP1ByOneAndP12ByTwo() {
    // P1 = 1: 9 − (1×1 mod 9) = 8
    assertThat(CorporateNumber.checkDigit("000000000001")).isEqualTo(8);
    // P12 = 1: 9 − (1×2 mod 9) = 7
    assertThat(CorporateNumber.checkDigit("100000000000")).isEqualTo(7);
    // P2 = 1: 9 − (1×2 mod 9) = 7; the sum a multiple of 9 gives 9, never 0
    assertThat(CorporateNumber.checkDigit("000000000010")).isEqualTo(7);
    assertThat(CorporateNumber.checkDigit("000000000009")).isEqualTo(9);
    assertThat(CorporateNumber.parse("8000000000001").value()).isEqualTo("8000000000001");
  }

  @Test
  void checkDigitNeedsTwelveAsciiDigits() {
    for (String bad : new String[] {"00001205000a", "0000120500 2", "00001205000２", "00001205000", "0000120500020"}) {
      assertThatThrownBy(() -> CorporateNumber.checkDigit(bad)).as(bad)
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("CorporateNumber: the check digit needs 12 ASCII digits (was '" + bad + "')");
    }
  }

  @Test
  void corporateNumbersOrderByTheirDigits() {
    CorporateNumber nta = CorporateNumber.parse("7000012050002");
    CorporateNumber p1 = CorporateNumber.parse("8000000000001");
    CorporateNumber p12 = CorporateNumber.parse("7100000000000");
    assertThat(nta.compareTo(p1)).isNegative();
    assertThat(p1.compareTo(nta)).isPositive();
    assertThat(nta.compareTo(p12)).isNegative();
    assertThat(nta.compareTo(CorporateNumber.parse("７０００012050002"))).isZero();
  }

  // ------------------------------------------------------------------ PeppolParticipantId

  /** A colon first means an empty scheme, which is the scheme rule's error, not "cannot be parsed". */
  @Test
  void anEmptySchemeIsNamedAsTheSchemesError() {
    assertThatThrownBy(() -> PeppolParticipantId.parse(":7000012050002"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("scheme");
          assertThat(e.value()).isEmpty();
          assertThat(e.rule()).isEqualTo("must be a four-digit ICD code such as 0188");
        });
  }

  // ------------------------------------------------------------------ ContractingProcess

  /** The award is not dated before the day (Japan time) any bid was submitted. */
  @Test
  void anAwardBeforeABidsJapanDayIsRejected() {
    Draft d = Examples.settled();
    // both bids were submitted on 2023-04-17 in Japan; an award on the 16th is after the notice but before them
    d.award = Award.builder().supplier(d.award.supplier()).date(LocalDate.of(2023, 4, 16)).amountYen(27_500_000).build();
    d.contract = null;
    d.invoices.clear();
    d.siteEvents.clear();
    assertThatThrownBy(d::build).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo("award.date");
      assertThat(e.value()).isEqualTo("2023-04-16");
      assertThat(e.rule()).isEqualTo("must not be before bids[0] submitted on 2023-04-17 (Japan time)");
    });
    // 2023-04-16T20:00Z is already the 17th in Japan: an award on the 16th is before it
    Draft late = Examples.noticeOnly();
    Supplier s = Supplier.of("s-1", "株式会社深夜");
    late.bids.add(Bid.builder().bidder(s).amountYen(1).channel(Channel.ELECTRONIC)
        .submittedAt(Instant.parse("2023-05-16T20:00:00Z")).build());
    late.award = Award.builder().supplier(s).date(LocalDate.of(2023, 5, 16)).amountYen(1).build();
    assertThatThrownBy(late::build).hasMessage("ContractingProcess.award.date: must not be before bids[0] submitted on "
        + "2023-05-17 (Japan time) (was '2023-05-16')");
    late.award = Award.builder().supplier(s).date(LocalDate.of(2023, 5, 17)).amountYen(1).build();
    assertThat(late.build().award()).isPresent();
  }

  /** suppliers() lists the bidders and the award's supplier, once each, in order of appearance. */
  @Test
  void theSupplierOfANegotiatedAwardIsAmongTheSuppliers() {
    Draft d = Examples.noticeOnly();
    d.method = ProcurementMethod.SOLE_SOURCE;
    d.biddingChannel = Channel.PAPER;
    Supplier sole = Supplier.of("s-9", "株式会社特命");
    d.award = Award.builder().supplier(sole).date(d.noticeDate).amountYen(0).build();
    assertThat(d.build().suppliers()).containsExactly(sole);
    assertThat(Examples.noticeOnly().build().suppliers()).isEmpty();
  }

  /** settled(): a contract, at least one invoice, every invoice paid, and the invoices add up to the contract amount. */
  @Test
  void aProcessIsSettledOnlyWhenFullyInvoicedAndEveryInvoicePaid() {
    assertThat(Examples.settled().build().settled()).isTrue();
    assertThat(Examples.noticeOnly().build().settled()).isFalse();

    Draft unpaid = Examples.settled();
    unpaid.invoices.set(1, Invoice.builder().id("INV-2").issuedOn(LocalDate.of(2023, 11, 10)).amountYen(18_250_000)
        .channel(Channel.PAPER).build()); // not paid yet
    ContractingProcess p = unpaid.build();
    assertThat(p.invoicedYen()).isEqualTo(30_250_000L);
    assertThat(p.paidYen()).isEqualTo(12_000_000L);
    assertThat(p.settled()).isFalse();

    Draft partly = Examples.settled();
    partly.invoices.remove(1);
    assertThat(partly.build().paidYen()).isEqualTo(12_000_000L);
    assertThat(partly.build().settled()).isFalse();

    Draft noInvoice = Examples.settled();
    noInvoice.invoices.clear();
    assertThat(noInvoice.build().settled()).isFalse();
  }

  /** checkId: a null id is named with its type and field (the builders check null before, so call it directly). */
  @Test
  void aNullIdIsNamedWithTypeAndField() {
    assertThatThrownBy(() -> ContractingProcess.checkId(null, "Invoice", "id"))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("Invoice.id: must not be null");
    assertThatThrownBy(() -> ContractingProcess.checkId("請求 1", "Invoice", "id"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("id"));
  }

  // ------------------------------------------------------------------ ProcurementSavings

  /** e-contracts count the contracts signed electronically only. */
  @Test
  void aPaperSignedContractIsNotAnEContract() {
    ContractingProcess electronic = Examples.settled().build();
    Draft paper = Examples.settled();
    paper.id = "R5-0002";
    paper.contract = Contract.builder().id("C-2023-002").amountYen(30_250_000).signedOn(LocalDate.of(2023, 4, 25))
        .periodStart(LocalDate.of(2023, 4, 26)).periodEnd(LocalDate.of(2023, 10, 31)).signature(Channel.PAPER).build();
    FormulaEstimate f = ProcurementSavings.eContracts(60, "契約書作成の時間（事業者）", List.of(electronic, paper.build()));
    assertThat(notation(f)).isEqualTo("60分×1件");
    assertThat(f.exactMinutes()).isEqualTo(60L);
  }

  /** A project without remote events is not a project of the remote-attendance formula. */
  @Test
  void projectsWithoutRemoteEventsAreNotCounted() {
    List<ContractingProcess> records = List.of(ProcurementSavingsTest.worksWithRemoteEvents("A", 5, 40, 1),
        ProcurementSavingsTest.worksWithRemoteEvents("B", 0, 40, 1));
    FormulaEstimate f = ProcurementSavings.remoteAttendanceTravel(records);
    assertThat(notation(f)).isEqualTo("40分×2（往復）×1人×5回×1件");
    assertThat(f.exactMinutes()).isEqualTo(400L);
  }

  /** Remote events of one formula share one number of attendees. */
  @Test
  void remoteEventsWithDifferentAttendeesAreRejected() {
    List<ContractingProcess> records = List.of(ProcurementSavingsTest.worksWithRemoteEvents("A", 1, 40, 1),
        ProcurementSavingsTest.worksWithRemoteEvents("B", 1, 40, 2));
    assertThatThrownBy(() -> ProcurementSavings.remoteAttendanceTravel(records))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("siteEvents.attendees");
          assertThat(e.value()).isEqualTo("[1, 2]");
          assertThat(e.rule()).startsWith("remote events must share one number of attendees for one formula");
        });
  }
}
