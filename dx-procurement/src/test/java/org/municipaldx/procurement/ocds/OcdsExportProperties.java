package org.municipaldx.procurement.ocds;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.municipaldx.procurement.ContractingProcess;
import org.municipaldx.procurement.ProcessTrials;

class OcdsExportProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A test fixture prefix of the registered shape; not a registered prefix. */
  static final OcdsPublication PUBLICATION = OcdsPublication.builder()
      .uri(URI.create("https://example.org/ocds/koriyama/2023.json"))
      .publisherName("郡山市")
      .publishedDate(Instant.parse("2024-03-29T01:00:00Z"))
      .ocidPrefix(OcidPrefix.parse("ocds-test00"))
      .build();

  static Trials<List<ContractingProcess>> batches() {
    return ProcessTrials.API.integers(1, 4).flatMap(n -> ProcessTrials.processes().immutableListsOfSize(n))
        .map(OcdsExportProperties::distinctIds);
  }

  @BeforeEach
  void requireTheOcdsSchema() {
    Assumptions.assumeTrue(OcdsSchema.present(), OcdsSchema.SKIP_REASON);
  }

  static List<ContractingProcess> distinctIds(List<ContractingProcess> ps) {
    Map<String, ContractingProcess> m = new LinkedHashMap<>();
    ps.forEach(p -> m.putIfAbsent(p.id(), p));
    return new ArrayList<>(m.values());
  }

  @Test
  void randomValidProcessesExportToSchemaValidOcds() {
    batches().withLimit(100).supplyTo(processes -> {
      try {
        exportToSchemaValidOcds(processes);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static void exportToSchemaValidOcds(List<ContractingProcess> processes) throws Exception {
    OcdsExporter exporter = OcdsExporter.of(PUBLICATION);
    ObjectNode pkg = exporter.releasePackage(processes);
    List<String> releases = new ArrayList<>();
    for (JsonNode r : pkg.get("releases")) {
      releases.add(MAPPER.writeValueAsString(r));
    }
    assertThat(OcdsSchema.errors(exporter.write(processes), releases)).isEmpty();
    assertThat(OcdsSchema.codelistErrors(pkg)).isEmpty();
    assertThat(pkg.get("releases")).hasSize(processes.size());
  }

  @Test
  void valuesAndTagsFollowTheProcess() {
    batches().withLimit(100).supplyTo(OcdsExportProperties::valuesAndTagsFollowTheProcess);
  }

  private static void valuesAndTagsFollowTheProcess(List<ContractingProcess> processes) {
    ObjectNode pkg = OcdsExporter.of(PUBLICATION).releasePackage(processes);
    for (int i = 0; i < processes.size(); i++) {
      ContractingProcess p = processes.get(i);
      JsonNode r = pkg.get("releases").get(i);
      assertThat(r.get("ocid").asText()).isEqualTo("ocds-test00-" + p.id());
      assertThat(r.has("awards")).isEqualTo(p.award().isPresent());
      assertThat(r.has("contracts")).isEqualTo(p.contract().isPresent());
      assertThat(r.get("tender").get("numberOfTenderers").asInt()).isEqualTo(p.bids().size());
      long paid = 0;
      for (JsonNode tx : r.path("contracts").path(0).path("implementation").path("transactions")) {
        paid += tx.get("value").get("amount").asLong();
      }
      assertThat(paid).isEqualTo(p.paidYen());
      assertThat(r.path("contracts").path(0).path("implementation").path("milestones").size())
          .isEqualTo(p.siteEvents().size());
    }
  }
}
