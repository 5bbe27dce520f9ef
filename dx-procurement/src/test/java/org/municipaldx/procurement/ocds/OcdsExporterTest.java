package org.municipaldx.procurement.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.municipaldx.procurement.ContractingProcess;
import org.municipaldx.procurement.Examples;
import org.municipaldx.procurement.ProcurementCategory;
import org.municipaldx.procurement.ProcurementMethod;

class OcdsExporterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final OcdsExporter EXPORTER = OcdsExporter.of(OcdsExportProperties.PUBLICATION);

  @Test
  void settledProcessMapsToEveryOcdsSection() {
    ContractingProcess p = Examples.settled().build();
    JsonNode r = EXPORTER.releasePackage(List.of(p)).get("releases").get(0);
    assertThat(r.get("ocid").asText()).isEqualTo("ocds-test00-R5-0001");
    assertThat(r.get("id").asText()).isEqualTo("ocds-test00-R5-0001-20240329T010000Z");
    assertThat(r.get("date").asText()).isEqualTo("2024-03-29T10:00:00+09:00");
    assertThat(texts(r.get("tag"))).containsExactly("tender", "award", "contract", "implementation");
    assertThat(r.get("buyer").get("id").asText()).isEqualTo("buyer-072036");
    JsonNode parties = r.get("parties");
    assertThat(texts(parties.get(0).get("roles"))).containsExactly("buyer", "procuringEntity", "payer");
    assertThat(texts(parties.get(1).get("roles"))).containsExactly("tenderer", "supplier", "payee");
    assertThat(texts(parties.get(2).get("roles"))).containsExactly("tenderer");
    JsonNode t = r.get("tender");
    assertThat(t.get("procurementMethod").asText()).isEqualTo("open");
    assertThat(t.get("procurementMethodDetails").asText()).isEqualTo("条件付一般競争入札");
    assertThat(texts(t.get("submissionMethod"))).containsExactly("electronicSubmission", "written");
    assertThat(t.get("tenderPeriod").get("startDate").asText()).isEqualTo("2023-04-03T00:00:00+09:00");
    assertThat(t.get("value").get("amount").asLong()).isEqualTo(30_000_000L);
    assertThat(t.get("value").get("currency").asText()).isEqualTo("JPY");
    JsonNode c = r.get("contracts").get(0);
    assertThat(c.get("status").asText()).isEqualTo("terminated");
    assertThat(c.get("period").get("endDate").asText()).isEqualTo("2023-10-31T23:59:59+09:00");
    assertThat(c.get("implementation").get("transactions")).hasSize(2);
    JsonNode remote = c.get("implementation").get("milestones").get(0);
    assertThat(remote.get("description").asText()).isEqualTo("遠隔臨場（1人）、移動時間 80分 削減");
    assertThat(remote.get("dateMet").asText()).isEqualTo("2023-06-14T00:00:00+09:00");
  }

  @Test
  void noticeOnlyProcessIsATenderRelease() {
    JsonNode r = EXPORTER.release(Examples.noticeOnly().build());
    assertThat(texts(r.get("tag"))).containsExactly("tender");
    assertThat(r.get("tender").get("status").asText()).isEqualTo("active");
    assertThat(r.has("awards")).isFalse();
    assertThat(r.get("parties")).hasSize(1);
  }

  @Test
  void duplicateProcessIdsAreRejected() {
    ContractingProcess p = Examples.noticeOnly().build();
    assertThatThrownBy(() -> EXPORTER.releasePackage(List.of(p, p)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("process ids must be distinct").hasMessageContaining("R5-0100");
  }

  @Test
  void examplesValidateAgainstTheOfficialSchema() throws Exception {
    Assumptions.assumeTrue(OcdsSchema.present(), OcdsSchema.SKIP_REASON);
    List<ContractingProcess> ps = List.of(Examples.settled().build(), Examples.noticeOnly().build());
    ObjectNode pkg = EXPORTER.releasePackage(ps);
    assertThat(OcdsSchema.errors(EXPORTER.write(ps), List.of(
        MAPPER.writeValueAsString(pkg.get("releases").get(0)), MAPPER.writeValueAsString(pkg.get("releases").get(1)))))
        .isEmpty();
    assertThat(OcdsSchema.codelistErrors(pkg)).isEmpty();
  }

  /** The validator really validates: a package broken in three ways is rejected for each. */
  @Test
  void brokenPackagesAreRejectedBySchemaAndCodelists() throws Exception {
    Assumptions.assumeTrue(OcdsSchema.present(), OcdsSchema.SKIP_REASON);
    ObjectNode pkg = EXPORTER.releasePackage(List.of(Examples.settled().build()));
    ObjectNode release = (ObjectNode) pkg.get("releases").get(0);
    ((ObjectNode) release.get("tender").get("value")).put("currency", "YEN");
    release.remove("initiationType");
    ((ArrayNode) release.get("tag")).add("finished");
    List<String> errors = OcdsSchema.errors(MAPPER.writeValueAsString(pkg), List.of(MAPPER.writeValueAsString(release)));
    assertThat(errors).anyMatch(e -> e.contains("initiationType"));
    assertThat(errors).anyMatch(e -> e.contains("currency"));
    assertThat(errors).anyMatch(e -> e.contains("tag"));
    assertThat(OcdsSchema.codelistErrors(pkg)).contains(
        "releases[0].tag: 'finished' is not in codelist releaseTag",
        "releases[0].tender.value.currency: 'YEN' is not in codelist currency");
  }

  /** Draft-04 {@code format: date-time} is asserted: a date-time without seconds is not RFC 3339. */
  @Test
  void dateTimeWithoutSecondsIsRejectedBySchema() throws Exception {
    Assumptions.assumeTrue(OcdsSchema.present(), OcdsSchema.SKIP_REASON);
    ObjectNode pkg = EXPORTER.releasePackage(List.of(Examples.noticeOnly().build()));
    ObjectNode release = (ObjectNode) pkg.get("releases").get(0);
    release.put("date", "2024-03-29T10:00+09:00");
    assertThat(OcdsSchema.errors(MAPPER.writeValueAsString(pkg), List.of(MAPPER.writeValueAsString(release))))
        .anyMatch(e -> e.contains("date"));
  }

  @Test
  void everyMethodAndCategoryMapsToACodelistValue() {
    Assumptions.assumeTrue(OcdsSchema.present(), OcdsSchema.SKIP_REASON);
    for (ProcurementMethod m : ProcurementMethod.values()) {
      assertThat(OcdsSchema.codes("method")).as(m.name()).contains(m.ocdsCode());
    }
    for (ProcurementCategory c : ProcurementCategory.values()) {
      assertThat(OcdsSchema.codes("procurementCategory")).as(c.name()).contains(c.ocdsCode());
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
