package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.estimate.EstimateKind;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.estimate.SavingsEstimate;

/** The seed's four procurement estimates (000_51fc7b12d6f603a3.txt, 2023年度 施策一覧), from counts and from records. */
class ProcurementSavingsTest {

  private static String notation(FormulaEstimate f) {
    return f.factors().stream().map(Factor::toString).collect(Collectors.joining("×"));
  }

  @Test
  void seedEBiddingBidderTravel_120min_x5_x1166_is_699600min_stated_11660h() {
    FormulaEstimate f = ProcurementSavings.withStated(ProcurementSavings.eBiddingBidderTravel(120, 5, 1_166),
        699_600, new BigDecimal("11660"));
    assertThat(notation(f)).isEqualTo("120分×5者×1166件");
    assertThat(f.exactMinutes()).isEqualTo(699_600L);
    assertThat(f.statedMinutes()).hasValue(699_600L);
    assertThat(f.statedHours()).hasValue(new BigDecimal("11660"));
    assertThat(f.description()).hasValue("入札参加のための移動等の時間（事業者）");
    // 699,600 / 60 = 11,660 exactly: the stated hours agree
    assertThat(BigDecimal.valueOf(f.exactMinutes()).divide(BigDecimal.valueOf(60))).isEqualByComparingTo("11660");
  }

  @Test
  void seedEBiddingStaffProcessing_45min_x1166_is_52470min_stated_875h_though_exactly_874_5h() {
    FormulaEstimate f = ProcurementSavings.withStated(ProcurementSavings.eBiddingStaffProcessing(45, 1_166),
        52_470, new BigDecimal("875"));
    assertThat(notation(f)).isEqualTo("45分×1166件");
    assertThat(f.exactMinutes()).isEqualTo(52_470L);
    // the seed prints 875時間; 52,470 / 60 = 874.5 — kept as printed, dx-metrics' audit reports it
    assertThat(f.statedHours()).hasValue(new BigDecimal("875"));
    assertThat(new BigDecimal(f.exactMinutes()).divide(BigDecimal.valueOf(60))).isEqualByComparingTo("874.5");
  }

  @Test
  void seedEContractLumpSums_about2000h_businesses_about1850h_staff_separatelyComputed() {
    LumpSumEstimate business = ProcurementSavings.eContractLumpSum(new BigDecimal("2000"), "契約書作成の時間（事業者）");
    LumpSumEstimate staff = ProcurementSavings.eContractLumpSum(new BigDecimal("1850"), "契約書事務の時間（職員）");
    assertThat(business.kind()).isEqualTo(EstimateKind.LUMP_SUM);
    assertThat(business.approximate()).isTrue();
    assertThat(business.basis()).hasValue("別途積算");
    assertThat(business.minutes()).hasValue(120_000L);
    assertThat(staff.minutes()).hasValue(111_000L);
    assertThat(staff.approximate()).isTrue();
  }

  @Test
  void seedRemoteAttendance_40min_x2roundTrip_x1_x5_x170_is_68000min_stated_1134h() {
    FormulaEstimate f = ProcurementSavings.withStated(ProcurementSavings.remoteAttendanceTravel(40, 1, 5, 170),
        68_000, new BigDecimal("1134"));
    assertThat(notation(f)).isEqualTo("40分×2（往復）×1人×5回×170件");
    assertThat(f.factors().get(1).note()).hasValue("往復");
    assertThat(f.exactMinutes()).isEqualTo(68_000L);
    assertThat(f.statedHours()).hasValue(new BigDecimal("1134"));
  }

  @Test
  void estimatesSerialiseAsDxCoreKinds() throws Exception {
    var mapper = Json.mapper();
    SavingsEstimate f = ProcurementSavings.eBiddingStaffProcessing(45, 1_166);
    String json = mapper.writeValueAsString(f);
    assertThat(json).contains("\"kind\":\"formula\"");
    assertThat(mapper.readValue(json, SavingsEstimate.class)).isEqualTo(f);
    SavingsEstimate l = ProcurementSavings.eContractLumpSum(new BigDecimal("2000"), "契約書作成の時間（事業者）");
    assertThat(mapper.writeValueAsString(l)).contains("\"kind\":\"lumpSum\"");
  }

  /** 1,166 e-bidding processes with 5 electronic bids each: the records give the seed's formula. */
  @Test
  void eBiddingFromRecordsReproducesTheSeedFormula() {
    List<ContractingProcess> records = new ArrayList<>();
    for (int i = 0; i < 1_166; i++) {
      records.add(tenderWithElectronicBids("E" + i, 5));
    }
    records.add(paperTender("PAPER-1"));
    FormulaEstimate travel = ProcurementSavings.eBiddingBidderTravel(120, records);
    assertThat(travel).isEqualTo(ProcurementSavings.eBiddingBidderTravel(120, 5, 1_166));
    assertThat(travel.exactMinutes()).isEqualTo(699_600L);
    FormulaEstimate staff = ProcurementSavings.eBiddingStaffProcessing(45, records);
    assertThat(notation(staff)).isEqualTo("45分×1166件");
    assertThat(staff.exactMinutes()).isEqualTo(52_470L);
  }

  @Test
  void eBiddingFromRecordsWithUnevenBiddersCountsEveryBid() {
    List<ContractingProcess> records = List.of(tenderWithElectronicBids("A", 3), tenderWithElectronicBids("B", 4));
    FormulaEstimate travel = ProcurementSavings.eBiddingBidderTravel(120, records);
    assertThat(notation(travel)).isEqualTo("120分×7者");
    assertThat(travel.exactMinutes()).isEqualTo(840L);
  }

  /** 170 works with 5 remote attendances each, 40 minutes one way, one person: the seed's formula. */
  @Test
  void remoteAttendanceFromRecordsReproducesTheSeedFormula() {
    List<ContractingProcess> records = new ArrayList<>();
    for (int i = 0; i < 170; i++) {
      records.add(worksWithRemoteEvents("W" + i, 5, 40, 1));
    }
    FormulaEstimate f = ProcurementSavings.remoteAttendanceTravel(records);
    assertThat(notation(f)).isEqualTo("40分×2（往復）×1人×5回×170件");
    assertThat(f.exactMinutes()).isEqualTo(68_000L);
    assertThat(records.stream().mapToLong(ContractingProcess::travelAvoidedMinutes).sum()).isEqualTo(68_000L);
  }

  @Test
  void remoteAttendanceFromUnevenRecordsCountsVisits() {
    List<ContractingProcess> records = List.of(worksWithRemoteEvents("A", 2, 40, 1), worksWithRemoteEvents("B", 3, 40, 1));
    FormulaEstimate f = ProcurementSavings.remoteAttendanceTravel(records);
    assertThat(notation(f)).isEqualTo("40分×2（往復）×1人×5回");
    assertThat(f.exactMinutes()).isEqualTo(400L);
  }

  @Test
  void remoteAttendanceFromRecordsRejectsMixedTravelTimes() {
    List<ContractingProcess> records = List.of(worksWithRemoteEvents("A", 1, 40, 1), worksWithRemoteEvents("B", 1, 30, 1));
    assertThatThrownBy(() -> ProcurementSavings.remoteAttendanceTravel(records))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ProcurementSavings.siteEvents.oneWayTravelMinutes")
        .hasMessageContaining("[30, 40]");
  }

  @Test
  void remoteAttendanceWithoutRemoteEventsIsZero() {
    assertThat(ProcurementSavings.remoteAttendanceTravel(List.of(worksWithRemoteEvents("A", 0, 40, 1))).exactMinutes())
        .isZero();
  }

  @Test
  void eContractsFromRecordsCountElectronicSignatures() {
    ContractingProcess electronic = Examples.settled().build();
    FormulaEstimate f = ProcurementSavings.eContracts(60, "契約書作成の時間（事業者）",
        List.of(electronic, Examples.noticeOnly().build()));
    assertThat(notation(f)).isEqualTo("60分×1件");
  }

  private static final LocalDate NOTICE = LocalDate.of(2022, 4, 4);

  static ContractingProcess tenderWithElectronicBids(String id, int bidders) {
    Draft d = new Draft();
    d.id = id;
    d.noticeDate = NOTICE;
    for (int i = 0; i < bidders; i++) {
      d.bids.add(Bid.builder().bidder(Supplier.of("b" + i, "入札者" + i)).amountYen(1_000_000L + i)
          .channel(Channel.ELECTRONIC).submittedAt(Instant.parse("2022-04-11T01:00:00Z")).build());
    }
    return d.build();
  }

  static ContractingProcess paperTender(String id) {
    Draft d = new Draft();
    d.id = id;
    d.noticeDate = NOTICE;
    d.biddingChannel = Channel.PAPER;
    d.bids.add(Bid.builder().bidder(Supplier.of("p", "紙入札者")).amountYen(1).channel(Channel.PAPER)
        .submittedAt(Instant.parse("2022-04-11T01:00:00Z")).build());
    return d.build();
  }

  static ContractingProcess worksWithRemoteEvents(String id, int remote, long oneWayMinutes, int attendees) {
    Draft d = new Draft();
    d.id = id;
    d.noticeDate = NOTICE;
    d.award = Award.builder().supplier(Supplier.of("w", "受注者")).date(NOTICE.plusDays(14)).amountYen(10_000_000).build();
    d.contract = Contract.builder().id("C-" + id).amountYen(11_000_000).signedOn(NOTICE.plusDays(20))
        .periodStart(NOTICE.plusDays(21)).periodEnd(NOTICE.plusDays(200)).signature(Channel.ELECTRONIC).build();
    for (int i = 0; i < remote; i++) {
      d.siteEvents.add(SiteEvent.builder().kind(SiteEventKind.SUPERVISION).date(NOTICE.plusDays(30 + i))
          .mode(AttendanceMode.REMOTE).attendees(attendees).oneWayTravelMinutes(oneWayMinutes).build());
    }
    d.siteEvents.add(SiteEvent.builder().kind(SiteEventKind.COMPLETION_INSPECTION).date(NOTICE.plusDays(190))
        .mode(AttendanceMode.ON_SITE).attendees(2).oneWayTravelMinutes(oneWayMinutes).build());
    return d.build();
  }
}
