package org.municipaldx.procurement;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

class ContractingProcessProperties {
  private static final ObjectMapper MAPPER = Json.mapper();

  @Test
  void jsonRoundTripGivesAnEqualProcess() {
    ProcessTrials.drafts().withLimit(200).supplyTo(draft -> {
      ContractingProcess p = draft.build();
      try {
        String json = MAPPER.writeValueAsString(p);
        assertThat(MAPPER.readValue(json, ContractingProcess.class)).isEqualTo(p);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void invoicesNeverExceedTheContractAmount() {
    ProcessTrials.drafts().withLimit(200).supplyTo(ContractingProcessProperties::invoicesNeverExceed);
  }

  private static void invoicesNeverExceed(Draft draft) {
    ContractingProcess p = draft.build();
    assertThat(p.invoicedYen()).isLessThanOrEqualTo(p.contract().map(Contract::amountYen).orElse(0L));
    assertThat(p.paidYen()).isLessThanOrEqualTo(p.invoicedYen());
    long remote = p.siteEvents().stream().mapToLong(SiteEvent::travelAvoidedMinutes).sum();
    assertThat(p.travelAvoidedMinutes()).isEqualTo(remote);
  }

  @Test
  void everyInvariantViolationIsRejectedWithAMessage() {
    ProcessTrials.drafts().and(ProcessTrials.API.integers(0, 1000)).withLimit(300)
        .supplyTo((draft, index) -> everyInvariantViolationIsRejected(draft, index));
  }

  private static void everyInvariantViolationIsRejected(Draft draft, int index) {
    List<Violation> applicable = Arrays.stream(Violation.values())
        .filter(v -> v.applies.test(draft)).collect(Collectors.toList());
    Violation v = applicable.get(index % applicable.size());
    assertThatThrownBy(() -> {
      Draft broken = draft.copy();
      v.breaker.accept(broken);
      broken.build();
    }).as(v.name()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(v.expected);
  }

  /** One way to break one invariant, the text its error must contain, and when it applies. */
  enum Violation {
    NEGATIVE_ESTIMATED_PRICE("ContractingProcess.estimatedPriceYen: must be zero or more", d -> true,
        d -> d.estimatedPriceYen = OptionalLong.of(-1)),
    BLANK_TITLE("ContractingProcess.title: must not be blank", d -> true, d -> d.title = " "),
    BAD_ID("ContractingProcess.id: must match", d -> true, d -> d.id = "案件 1"),
    NEGATIVE_BID("Bid.amountYen: must be zero or more", d -> !d.bids.isEmpty(),
        d -> d.bids.set(0, bid(d.bids.get(0), -1, d.bids.get(0).channel(), d.bids.get(0).submittedAt()))),
    BID_BEFORE_NOTICE("ContractingProcess.bids[0].submittedAt: must not be before noticeDate", d -> !d.bids.isEmpty(),
        d -> d.bids.set(0, bid(d.bids.get(0), 1, d.bids.get(0).channel(),
            d.noticeDate.atStartOfDay(ContractingProcess.ZONE).minusSeconds(1).toInstant()))),
    ELECTRONIC_BID_ON_PAPER("channel: a paper-bidding process cannot receive an electronic bid",
        d -> d.bids.stream().anyMatch(b -> b.channel() == Channel.ELECTRONIC), d -> d.biddingChannel = Channel.PAPER),
    BIDDER_TWICE("each bidder bids once", d -> !d.bids.isEmpty(), d -> d.bids.add(d.bids.get(0))),
    AWARD_BEFORE_NOTICE("ContractingProcess.award.date: must not be before noticeDate",
        d -> d.award != null,
        d -> d.award = Award.builder().supplier(d.award.supplier()).date(d.noticeDate.minusDays(1))
            .amountYen(d.award.amountYen()).build()),
    AWARD_TO_NON_BIDDER("ContractingProcess.award.supplier: must be one of the bidders",
        d -> d.award != null && !d.bids.isEmpty(),
        d -> d.award = Award.builder().supplier(Supplier.of("outsider", "入札していない社")).date(d.award.date())
            .amountYen(d.award.amountYen()).build()),
    NEGATIVE_AWARD("Award.amountYen: must be zero or more", d -> d.award != null,
        d -> d.award = Award.builder().supplier(d.award.supplier()).date(d.award.date()).amountYen(-5).build()),
    CONTRACT_WITHOUT_AWARD("ContractingProcess.contract: a contract needs an award first", d -> d.contract != null,
        d -> d.award = null),
    CONTRACT_BEFORE_AWARD("ContractingProcess.contract.signedOn: must not be before award.date", d -> d.contract != null,
        d -> d.contract = contract(d.contract, d.contract.amountYen(), d.award.date().minusDays(1),
            d.contract.periodStart(), d.contract.periodEnd())),
    NEGATIVE_CONTRACT("Contract.amountYen: must be zero or more", d -> d.contract != null,
        d -> d.contract = contract(d.contract, -1, d.contract.signedOn(), d.contract.periodStart(),
            d.contract.periodEnd())),
    PERIOD_REVERSED("Contract.periodEnd: must not be before periodStart", d -> d.contract != null,
        d -> d.contract = contract(d.contract, d.contract.amountYen(), d.contract.signedOn(),
            d.contract.periodStart(), d.contract.periodStart().minusDays(1))),
    PERIOD_BEFORE_SIGNING("Contract.periodStart: must not be before signedOn", d -> d.contract != null,
        d -> d.contract = contract(d.contract, d.contract.amountYen(), d.contract.signedOn(),
            d.contract.signedOn().minusDays(1), d.contract.periodEnd())),
    INVOICES_EXCEED_CONTRACT("must not exceed contract.amountYen", d -> d.contract != null,
        d -> d.invoices.add(invoice("INV-X", d.contract.signedOn(),
            d.contract.amountYen() - d.invoices.stream().mapToLong(Invoice::amountYen).sum() + 1))),
    INVOICE_WITHOUT_CONTRACT("ContractingProcess.invoices: invoices need a contract", d -> d.contract == null,
        d -> d.invoices.add(invoice("INV-X", d.noticeDate, 0))),
    INVOICE_BEFORE_SIGNING("].issuedOn: must not be before contract.signedOn", d -> d.contract != null,
        d -> d.invoices.add(invoice("INV-X", d.contract.signedOn().minusDays(1), 0))),
    DUPLICATE_INVOICE("invoice numbers must be unique", d -> !d.invoices.isEmpty(),
        d -> d.invoices.add(invoice(d.invoices.get(0).id(), d.invoices.get(0).issuedOn(), 0))),
    NEGATIVE_INVOICE("Invoice.amountYen: must be zero or more", d -> d.contract != null,
        d -> d.invoices.add(invoice("INV-X", d.contract.signedOn(), -1))),
    PEPPOL_ON_PAPER("Invoice.peppolId: only an electronic invoice can carry a Peppol id", d -> d.contract != null,
        d -> d.invoices.add(Invoice.builder().id("INV-X").issuedOn(d.contract.signedOn()).amountYen(0)
            .channel(Channel.PAPER).peppolId(PeppolParticipantId.parse("0188:7000012050002")).build())),
    PAID_BEFORE_ISSUED("Invoice.paidOn: must not be before issuedOn", d -> d.contract != null,
        d -> d.invoices.add(Invoice.builder().id("INV-X").issuedOn(d.contract.signedOn().plusDays(2)).amountYen(0)
            .channel(Channel.PAPER).paidOn(d.contract.signedOn().plusDays(1)).build())),
    EVENT_WITHOUT_CONTRACT("ContractingProcess.siteEvents: supervision and inspection need a contract",
        d -> d.contract == null, d -> d.siteEvents.add(event(d.noticeDate, 1))),
    EVENT_BEFORE_SIGNING("].date: must not be before contract.signedOn", d -> d.contract != null,
        d -> d.siteEvents.add(event(d.contract.signedOn().minusDays(1), 1))),
    NO_ATTENDEE("SiteEvent.attendees: must be positive", d -> d.contract != null,
        d -> d.siteEvents.add(event(d.contract.signedOn(), 0)));

    final String expected;
    final Predicate<Draft> applies;
    final Consumer<Draft> breaker;

    Violation(String expected, Predicate<Draft> applies, Consumer<Draft> breaker) {
      this.expected = expected;
      this.applies = applies;
      this.breaker = breaker;
    }
  }

  static Bid bid(Bid b, long amount, Channel channel, Instant at) {
    return Bid.builder().bidder(b.bidder()).amountYen(amount).channel(channel).submittedAt(at).build();
  }

  static Contract contract(Contract c, long amount, LocalDate signed, LocalDate start, LocalDate end) {
    return Contract.builder().id(c.id()).amountYen(amount).signedOn(signed).periodStart(start).periodEnd(end)
        .signature(c.signature()).build();
  }

  static Invoice invoice(String id, LocalDate issued, long amount) {
    return Invoice.builder().id(id).issuedOn(issued).amountYen(amount).channel(Channel.ELECTRONIC).build();
  }

  static SiteEvent event(LocalDate date, int attendees) {
    return SiteEvent.builder().kind(SiteEventKind.SUPERVISION).date(date).mode(AttendanceMode.REMOTE)
        .attendees(attendees).oneWayTravelMinutes(40).build();
  }
}
