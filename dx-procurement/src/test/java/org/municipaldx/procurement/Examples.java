package org.municipaldx.procurement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.OptionalLong;

/** Hand-made contracting processes for example tests. */
public final class Examples {
  private Examples() {}

  /** @return a notice-only open tender, no bids yet */
  public static Draft noticeOnly() {
    Draft d = new Draft();
    d.id = "R5-0100";
    d.title = "庁舎照明LED化工事";
    d.noticeDate = LocalDate.of(2023, 5, 8);
    return d;
  }

  /**
   * @return an e-bidding works contract with two bidders (one on paper), an award, an e-contract,
   *     two invoices (one over Peppol, both paid, together the contract amount) and two site events
   *     (one remote)
   */
  public static Draft settled() {
    Draft d = new Draft();
    d.id = "R5-0001";
    d.title = "市道〇〇線道路改良工事";
    d.method = ProcurementMethod.CONDITIONAL_OPEN_TENDER;
    d.noticeDate = LocalDate.of(2023, 4, 3);
    d.estimatedPriceYen = OptionalLong.of(30_000_000);
    Supplier a = Supplier.builder().id("k-001").name("株式会社あさか建設")
        .corporateNumber(CorporateNumber.parse("7000012050002")).build();
    Supplier b = Supplier.of("k-002", "有限会社ひわだ土木");
    d.bids.add(Bid.builder().bidder(a).amountYen(27_500_000).channel(Channel.ELECTRONIC)
        .submittedAt(LocalDateTime.of(2023, 4, 17, 10, 0).atZone(ContractingProcess.ZONE).toInstant()).build());
    d.bids.add(Bid.builder().bidder(b).amountYen(28_100_000).channel(Channel.PAPER)
        .submittedAt(LocalDateTime.of(2023, 4, 17, 9, 30).atZone(ContractingProcess.ZONE).toInstant()).build());
    d.award = Award.builder().supplier(a).date(LocalDate.of(2023, 4, 18)).amountYen(27_500_000).build();
    d.contract = Contract.builder().id("C-2023-001").amountYen(30_250_000).signedOn(LocalDate.of(2023, 4, 25))
        .periodStart(LocalDate.of(2023, 4, 26)).periodEnd(LocalDate.of(2023, 10, 31))
        .signature(Channel.ELECTRONIC).build();
    d.invoices.add(Invoice.builder().id("INV-1").issuedOn(LocalDate.of(2023, 7, 3)).amountYen(12_000_000)
        .channel(Channel.ELECTRONIC).peppolId(PeppolParticipantId.parse("0188:7000012050002"))
        .paidOn(LocalDate.of(2023, 7, 31)).build());
    d.invoices.add(Invoice.builder().id("INV-2").issuedOn(LocalDate.of(2023, 11, 10)).amountYen(18_250_000)
        .channel(Channel.PAPER).paidOn(LocalDate.of(2023, 12, 8)).build());
    d.siteEvents.add(SiteEvent.builder().kind(SiteEventKind.SUPERVISION).date(LocalDate.of(2023, 6, 14))
        .mode(AttendanceMode.REMOTE).attendees(1).oneWayTravelMinutes(40).build());
    d.siteEvents.add(SiteEvent.builder().kind(SiteEventKind.COMPLETION_INSPECTION).date(LocalDate.of(2023, 11, 2))
        .mode(AttendanceMode.ON_SITE).attendees(2).oneWayTravelMinutes(40).build());
    return d;
  }
}
