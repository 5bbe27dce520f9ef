package org.municipaldx.procurement.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.procurement.DigitalState.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.Municipality;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.Prefecture;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.procurement.AttendanceMode;
import org.municipaldx.procurement.Award;
import org.municipaldx.procurement.Bid;
import org.municipaldx.procurement.Channel;
import org.municipaldx.procurement.Contract;
import org.municipaldx.procurement.ContractingProcess;
import org.municipaldx.procurement.CorporateNumber;
import org.municipaldx.procurement.Invoice;
import org.municipaldx.procurement.PeppolParticipantId;
import org.municipaldx.procurement.PipelineStage;
import org.municipaldx.procurement.PipelineStatus;
import org.municipaldx.procurement.ProcurementCategory;
import org.municipaldx.procurement.ProcurementMethod;
import org.municipaldx.procurement.ProcurementSavings;
import org.municipaldx.procurement.SiteEvent;
import org.municipaldx.procurement.SiteEventKind;
import org.municipaldx.procurement.Supplier;
import org.municipaldx.procurement.ocds.OcdsExporter;
import org.municipaldx.procurement.ocds.OcdsPublication;
import org.municipaldx.procurement.ocds.OcidPrefix;
import org.municipaldx.testsupport.GuideCode;

/** The code of {@code dx-procurement/README.md}, run, with what its comments say asserted. */
class ProcurementGuideTest {

  @Test
  void pipeline() {
    PipelineStatus s = PipelineStatus.of("郡山市",
        DIGITAL, PAPER, DIGITAL, DIGITAL, PARTLY_DIGITAL, PAPER, DIGITAL);   // 設計 … 支払, in order
    Optional<PipelineStage> bottleneck = s.bottleneck();   // Optional[COST_ESTIMATION]: the first stage not fully digital
    String stages = s.render();       // 設計（デジタル）▶積算（紙）▶起工（デジタル）▶…

    assertThat(bottleneck).contains(PipelineStage.COST_ESTIMATION);
    assertThat(stages).startsWith("設計（デジタル）▶積算（紙）▶起工（デジタル）▶");
  }

  @Test
  void aContractingProcessAndItsOcdsExport() throws Exception {
    Municipality koriyama = Municipality.builder().code(MunicipalityCode.parse("07203"))   // 072036
        .japaneseName("郡山市").prefecture(Prefecture.FUKUSHIMA).build();
    Supplier asaka = Supplier.builder().id("k-001").name("株式会社あさか建設")
        .corporateNumber(CorporateNumber.parse("7000012050002")).build();
    ContractingProcess p = ContractingProcess.builder()
        .id("R5-0001").title("市道〇〇線道路改良工事").buyer(koriyama)
        .method(ProcurementMethod.CONDITIONAL_OPEN_TENDER)       // 条件付一般競争入札
        .category(ProcurementCategory.WORKS)
        .noticeDate(LocalDate.of(2023, 4, 3)).biddingChannel(Channel.ELECTRONIC)
        .addBids(Bid.builder().bidder(asaka).amountYen(27_500_000).channel(Channel.ELECTRONIC)
            .submittedAt(Instant.parse("2023-04-17T01:00:00Z")).build())
        .award(Award.builder().supplier(asaka).date(LocalDate.of(2023, 4, 18)).amountYen(27_500_000).build())
        .contract(Contract.builder().id("C-2023-001").amountYen(30_250_000).signedOn(LocalDate.of(2023, 4, 25))
            .periodStart(LocalDate.of(2023, 4, 26)).periodEnd(LocalDate.of(2023, 10, 31))
            .signature(Channel.ELECTRONIC).build())                   // 電子契約
        .addInvoices(Invoice.builder().id("INV-1").issuedOn(LocalDate.of(2023, 7, 3)).amountYen(12_000_000)
            .channel(Channel.ELECTRONIC).peppolId(PeppolParticipantId.parse("0188:7000012050002"))
            .paidOn(LocalDate.of(2023, 7, 31)).build())
        .addSiteEvents(SiteEvent.builder().kind(SiteEventKind.SUPERVISION).date(LocalDate.of(2023, 6, 14))
            .mode(AttendanceMode.REMOTE).attendees(1).oneWayTravelMinutes(40).build())   // 遠隔臨場
        .build();

    assertThat(koriyama.code()).hasToString("072036");
    assertThat(p.contract()).isPresent();
    assertThat(p.invoices()).hasSize(1);

    List<ContractingProcess> processes = List.of(p);
    OcdsPublication pub = OcdsPublication.builder()
        .uri(URI.create("https://example.org/ocds/2023.json"))
        .publisherName("郡山市")
        .publishedDate(Instant.now())
        .ocidPrefix(OcidPrefix.parse("ocds-xxxxxx"))   // your prefix registered with the Open Contracting Partnership
        .build();
    String json = OcdsExporter.of(pub).write(processes);            // or releasePackage(...) for a Jackson tree

    JsonNode release = DxJson.readTree(json).get("releases").get(0);
    assertThat(release.get("ocid").asText()).isEqualTo("ocds-xxxxxx-R5-0001");
    assertThat(release.get("buyer").get("name").asText()).isEqualTo("郡山市");
  }

  @Test
  void savingsInTheSeedsNotation() {
    FormulaEstimate travel = ProcurementSavings.eBiddingBidderTravel(120, 5, 1_166);   // 120分×5者×1166件 = 699,600分
    FormulaEstimate staff = ProcurementSavings.eBiddingStaffProcessing(45, 1_166);     // 45分×1166件 = 52,470分
    LumpSumEstimate contracts = ProcurementSavings.eContractLumpSum(new BigDecimal("2000"),
        "契約書作成の時間（事業者）");                       // 約2,000時間（別途積算）
    FormulaEstimate remote = ProcurementSavings.remoteAttendanceTravel(40, 1, 5, 170);   // 40分×2（往復）×1人×5回×170件 = 68,000分
    FormulaEstimate stated = ProcurementSavings.withStated(staff, 52_470, new BigDecimal("875"));   // keep the printed figures

    // 120 · 5 · 1,166 = 699,600; 45 · 1,166 = 52,470; 40 · 2 · 1 · 5 · 170 = 68,000
    assertThat(travel.exactMinutes()).isEqualTo(699_600L);
    assertThat(staff.exactMinutes()).isEqualTo(52_470L);
    assertThat(contracts.hours()).isEqualByComparingTo("2000");
    assertThat(contracts.basis()).hasValue("別途積算");
    assertThat(remote.exactMinutes()).isEqualTo(68_000L);
    assertThat(stated.exactMinutes()).isEqualTo(52_470L);
    assertThat(stated.statedHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("875"));
  }

  @Test
  void theGuideShowsThisCode() {
    Path guide = Path.of("README.md");
    Assumptions.assumeTrue(Files.isRegularFile(guide), "run from the dx-procurement module directory");
    GuideCode.assertEveryBlockIsIn(guide,
        Path.of("src/test/java/org/municipaldx/procurement/guide/ProcurementGuideTest.java"), 4);
  }
}
