package org.municipaldx.procurement.ocds;

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
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.municipaldx.procurement.ContractingProcess;
import org.municipaldx.procurement.ProcessArbitraries;

@AddLifecycleHook(RequiresOcdsSchema.class)
class OcdsExportProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A test fixture prefix of the registered shape; not a registered prefix. */
  static final OcdsPublication PUBLICATION = OcdsPublication.builder()
      .uri(URI.create("https://example.org/ocds/koriyama/2023.json"))
      .publisherName("郡山市")
      .publishedDate(Instant.parse("2024-03-29T01:00:00Z"))
      .ocidPrefix(OcidPrefix.parse("ocds-test00"))
      .build();

  @Provide
  Arbitrary<List<ContractingProcess>> batches() {
    return ProcessArbitraries.processes().list().ofMinSize(1).ofMaxSize(4).map(OcdsExportProperties::distinctIds);
  }

  static List<ContractingProcess> distinctIds(List<ContractingProcess> ps) {
    Map<String, ContractingProcess> m = new LinkedHashMap<>();
    ps.forEach(p -> m.putIfAbsent(p.id(), p));
    return new ArrayList<>(m.values());
  }

  @Property(tries = 100)
  void randomValidProcessesExportToSchemaValidOcds(@ForAll("batches") List<ContractingProcess> processes)
      throws Exception {
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

  @Property(tries = 100)
  void valuesAndTagsFollowTheProcess(@ForAll("batches") List<ContractingProcess> processes) {
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
