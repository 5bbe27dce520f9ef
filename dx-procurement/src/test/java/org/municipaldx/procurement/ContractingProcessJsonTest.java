package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractingProcessJsonTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  @Test
  void primitivesAreJsonStrings() throws Exception {
    String json = MAPPER.writeValueAsString(Examples.settled().build());
    assertThat(json).contains("\"peppolId\":\"0188:7000012050002\"", "\"corporateNumber\":\"7000012050002\"",
        "\"code\":\"072036\"", "\"method\":\"CONDITIONAL_OPEN_TENDER\"");
  }

  @Test
  void invalidJsonIsRejectedWithTheRuleAndThePath() throws Exception {
    ObjectNode tree = MAPPER.valueToTree(Examples.settled().build());
    ((ObjectNode) tree.get("invoices").get(1)).put("amountYen", 18_250_001L);
    assertThatThrownBy(() -> MAPPER.treeToValue(tree, ContractingProcess.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("ContractingProcess.invoices[1].amountYen: invoices in total (30250001円 up to this one) "
            + "must not exceed contract.amountYen 30250000円");
  }

  @Test
  void badPeppolIdInJsonNamesTheField() throws Exception {
    ObjectNode tree = MAPPER.valueToTree(Examples.settled().build());
    ((ObjectNode) tree.get("invoices").get(0)).put("peppolId", "0188:1234567890123");
    assertThatThrownBy(() -> MAPPER.treeToValue(tree, ContractingProcess.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("0188 (JP PINT) needs a valid 13-digit 法人番号")
        .hasMessageContaining("invoices");
  }

  @Test
  void invoiceTotalOverflowIsAnError() {
    Draft d = Examples.settled();
    LocalDate day = d.contract.signedOn();
    d.contract = ContractingProcessProperties.contract(d.contract, Long.MAX_VALUE, day, d.contract.periodStart(),
        d.contract.periodEnd());
    d.invoices.clear();
    d.invoices.add(ContractingProcessProperties.invoice("A", day, Long.MAX_VALUE));
    d.invoices.add(ContractingProcessProperties.invoice("B", day, 1));
    assertThatThrownBy(d::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ContractingProcess.invoices: the total overflows a long number of yen")
        .hasCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void siteEventTravelOverflowIsAnError() {
    assertThatThrownBy(() -> SiteEvent.builder().kind(SiteEventKind.SUPERVISION).date(LocalDate.of(2023, 5, 1))
        .mode(AttendanceMode.ON_SITE).attendees(3).oneWayTravelMinutes(Long.MAX_VALUE / 4).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SiteEvent.oneWayTravelMinutes")
        .hasMessageContaining("overflows");
  }
}
