package org.municipaldx.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.Municipality;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.estimate.NotEstimated;
import org.municipaldx.core.estimate.PendingEstimate;
import org.municipaldx.core.estimate.SavingsEstimate;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.initiative.InitiativeStatus;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.procurement.Award;
import org.municipaldx.procurement.Bid;
import org.municipaldx.procurement.Channel;
import org.municipaldx.procurement.ContractingProcess;
import org.municipaldx.procurement.CorporateNumber;
import org.municipaldx.procurement.ProcurementCategory;
import org.municipaldx.procurement.ProcurementMethod;
import org.municipaldx.procurement.Supplier;

/**
 * The JSON round trip under Jackson 2 ({@code DxJson}) and Jackson 3 ({@link DxJackson3}): for every
 * generated value, Jackson 3 writes exactly the document Jackson 2 writes, and reads it (and so
 * Jackson 2's documents) back to an equal value.
 */
class Jackson3RoundTripProperties {
  private static final TrialsApi API = Trials.api();
  private static final Municipality KORIYAMA = Municipality.builder().code(MunicipalityCode.parse("072036"))
      .japaneseName("郡山市").prefecture(MunicipalityCode.parse("072036").prefecture()).build();

  static Trials<String> texts() {
    return API.choose("公共工事遠隔臨場", "電子申請の拡充", "窓口 DX（書かない窓口）", "a \"quoted\" \\ text", "x");
  }

  static Trials<SavingsEstimate> estimates() {
    Trials<Factor> duration = API.longs(0, 600).flatMap(v -> API.choose("分", "時間").map(u -> Factor.of(v, u)));
    Trials<Factor> count = API.longs(0, 2_000).flatMap(v -> API.choose("件", "回", "人", "か所")
        .flatMap(u -> API.choose("", "往復", "全庁").map(note -> note.isEmpty() ? Factor.of(v, u) : Factor.of(v, u, note))));
    Trials<SavingsEstimate> formula = duration.flatMap(d -> count.immutableLists().map(cs -> {
      FormulaEstimate.Builder b = FormulaEstimate.builder().addFactors(d);
      cs.stream().limit(3).forEach(b::addFactors);   // 600 × 2,000³: no overflow
      return b.build();
    }));
    Trials<SavingsEstimate> lumpSum = API.integers(0, 100_000).flatMap(tenths -> API.booleans().map(approx ->
        LumpSumEstimate.builder().hours(BigDecimal.valueOf(tenths, 1)).approximate(approx).build()));
    Trials<SavingsEstimate> pending = texts().map(r -> PendingEstimate.builder().reason(r).build());
    return API.alternate(formula, lumpSum, pending, API.only(NotEstimated.of()));
  }

  static Trials<Initiative> initiatives() {
    return API.integers(0, 9_999).flatMap(n -> API.integers(1873, 9998).flatMap(year -> texts().flatMap(title ->
        API.choose(InitiativeStatus.values()).flatMap(status -> estimates().immutableLists().map(es ->
            Initiative.builder().id("initiative-" + n).fiscalYear(FiscalYear.of(year)).status(status).title(title)
                .beneficiary(Beneficiary.RESIDENTS).addAllEstimates(es.subList(0, Math.min(3, es.size()))).build())))));
  }

  static Trials<ContractingProcess> processes() {
    return API.longs(1, 5_000_000_000L).flatMap(yen -> API.integers(0, 3_000).map(day -> {
      LocalDate notice = LocalDate.of(2020, 4, 1).plusDays(day);
      Supplier asaka = Supplier.builder().id("k-001").name("株式会社あさか建設")
          .corporateNumber(CorporateNumber.parse("7000012050002")).build();
      return ContractingProcess.builder().id("R5-" + day).title("市道〇〇線道路改良工事").buyer(KORIYAMA)
          .method(ProcurementMethod.CONDITIONAL_OPEN_TENDER).category(ProcurementCategory.WORKS)
          .noticeDate(notice).biddingChannel(Channel.ELECTRONIC)
          .addBids(Bid.builder().bidder(asaka).amountYen(yen).channel(Channel.ELECTRONIC)
              .submittedAt(notice.plusDays(14).atTime(10, 0).atZone(ContractingProcess.ZONE).toInstant()).build())
          .award(Award.builder().supplier(asaka).date(notice.plusDays(15)).amountYen(yen).build())
          .build();
    }));
  }

  static void sameUnderJackson2And3(Object value, Class<?> type) {
    String jackson2;
    try {
      jackson2 = DxJson.mapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
    String jackson3 = DxJackson3.mapper().writeValueAsString(value);
    assertThat(jackson3).isEqualTo(jackson2);
    assertThat(DxJackson3.mapper().readValue(jackson2, type)).isEqualTo(value);
    assertThat(DxJson.read(jackson3, type)).isEqualTo(value);
  }

  @Test
  void initiativesWithEveryKindOfEstimate() {
    initiatives().withLimit(150).supplyTo(i -> sameUnderJackson2And3(i, Initiative.class));
  }

  @Test
  void estimatesArePolymorphicOnKind() {
    estimates().withLimit(150).supplyTo(e -> sameUnderJackson2And3(e, SavingsEstimate.class));
  }

  @Test
  void contractingProcessesOfDxProcurement() {
    processes().withLimit(50).supplyTo(p -> sameUnderJackson2And3(p, ContractingProcess.class));
  }

  @Test
  void jackson3IsAsStrictAsJackson2() {
    String unknown = "{\"kind\":\"none\",\"surprise\":1}";
    assertThatThrownBy(() -> DxJson.read(unknown, SavingsEstimate.class)).hasMessageContaining("surprise");
    assertThatThrownBy(() -> DxJackson3.mapper().readValue(unknown, SavingsEstimate.class))
        .hasMessageContaining("surprise");
  }
}
