package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.procurement.ContractingProcessProperties.Violation;

class ContractingProcessTest {

  @Test
  void settledExampleHasItsTotals() {
    ContractingProcess p = Examples.settled().build();
    assertThat(p.invoicedYen()).isEqualTo(30_250_000L);
    assertThat(p.paidYen()).isEqualTo(30_250_000L);
    assertThat(p.settled()).isTrue();
    assertThat(p.electronicBidCount()).isEqualTo(1L);
    // one remote supervision: 40分×2（往復）×1人 = 80分; the on-site inspection avoids nothing
    assertThat(p.travelAvoidedMinutes()).isEqualTo(80L);
    assertThat(p.suppliers()).extracting(Supplier::id).containsExactly("k-001", "k-002");
  }

  @Test
  void everyViolationIsRejectedOnTheHandMadeExamples() {
    List<Violation> exercised = new ArrayList<>();
    for (Draft base : List.of(Examples.settled(), Examples.noticeOnly())) {
      for (Violation v : Violation.values()) {
        if (v.applies.test(base)) {
          exercised.add(v);
          assertThatThrownBy(() -> {
            Draft broken = base.copy();
            v.breaker.accept(broken);
            broken.build();
          }).as(v.name()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(v.expected);
        }
      }
    }
    assertThat(exercised).containsAll(List.of(Violation.values()));
  }

  @Test
  void errorNamesFieldValueAndRule() {
    Draft d = Examples.settled();
    d.invoices.add(ContractingProcessProperties.invoice("INV-3", d.contract.signedOn(), 1));
    assertThatThrownBy(d::build)
        .hasMessage("ContractingProcess.invoices[2].amountYen: invoices in total (30250001円 up to this one) "
            + "must not exceed contract.amountYen 30250000円 (was '1')");
  }

  @Test
  void awardWithoutBidsIsAllowedForANegotiatedContract() {
    Draft d = Examples.noticeOnly();
    d.method = ProcurementMethod.SOLE_SOURCE;
    d.biddingChannel = Channel.PAPER;
    d.award = Award.builder().supplier(Supplier.of("s-9", "株式会社特命")).date(d.noticeDate).amountYen(0).build();
    assertThat(d.build().award()).isPresent();
  }

  @Test
  void paperBidsAreAllowedInAnElectronicProcess() {
    ContractingProcess p = Examples.settled().build();
    assertThat(p.electronicBidding()).isTrue();
    assertThat(p.bids()).extracting(Bid::channel).contains(Channel.PAPER);
  }

  @Test
  void labelsParseInJapaneseAndEnglish() {
    assertThat(ProcurementMethod.parse("指名競争入札")).isEqualTo(ProcurementMethod.DESIGNATED_TENDER);
    assertThat(ProcurementMethod.parse("随意契約").ocdsCode()).isEqualTo("limited");
    assertThat(ProcurementMethod.parse("特命随意契約").ocdsCode()).isEqualTo("direct");
    assertThat(ProcurementCategory.parse("工事").ocdsCode()).isEqualTo("works");
    assertThat(AttendanceMode.parse("遠隔臨場")).isEqualTo(AttendanceMode.REMOTE);
    assertThat(Channel.parse("electronic")).isEqualTo(Channel.ELECTRONIC);
    assertThatThrownBy(() -> ProcurementMethod.parse("せり売り"))
        .hasMessageStartingWith("ProcurementMethod 'せり売り': unknown");
  }
}
