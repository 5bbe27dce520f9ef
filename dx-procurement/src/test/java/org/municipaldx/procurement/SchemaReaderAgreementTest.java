package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.testsupport.SchemaAgreement;


/**
 * Issue 14 part 6: this module's JSON types have schemas in its jar, read by {@link DxSchemas#schema}, and
 * the strict reader and the schema accept the same documents: valid documents written from random model
 * values, and their mutants (see {@link SchemaAgreement}).
 */
class SchemaReaderAgreementTest {
  private static final int TRIALS = 150;

  private static <T> SchemaAgreement.Tally agree(Class<T> type, Trials<? extends T> values, String... rulesBetweenFields) {
    SchemaAgreement.Tally tally = SchemaAgreement.agree(type, values, TRIALS, rulesBetweenFields);
    assertThat(tally.disagreements).as(type.getSimpleName() + ": " + tally).isEmpty();
    assertThat(tally.bothRejected).as(tally.toString()).isGreaterThan(TRIALS);
    return tally;
  }

  @Test
  void contractingProcess() {
    // rules between fields, and the grammar of values written as text (check digits, law ids, citations),
    // are the reader's: JSON Schema compares no two values and the schema gives such values as texts
    agree(ContractingProcess.class, ProcessTrials.processes(), "must be one of the bidders", "invoices in total", "a contract needs an award first",
        "CorporateNumber", "PeppolParticipantId");
  }

  static Trials<org.municipaldx.procurement.ocds.OcdsPublication> publications() {
    com.sageserpent.americium.java.TrialsApi api = Trials.api();
    Trials<java.net.URI> uris = api.choose("https://example.jp/ocds/2024.json", "https://www.city.koriyama.lg.jp/",
        "urn:ocds:publisher:072036", "https://creativecommons.org/licenses/by/4.0/").map(java.net.URI::create);
    return uris.flatMap(uri -> api.choose("郡山市", "Koriyama City", "財務部 契約課").flatMap(name -> uris.optionals()
        .flatMap(publisher -> uris.optionals().flatMap(license -> uris.optionals().flatMap(policy ->
            api.longs(946_684_800L, 4_102_444_800L).flatMap(seconds -> api.choose("ocds-abc123", "ocds-0a1b2c")
                .map(prefix -> {
                  org.municipaldx.procurement.ocds.OcdsPublication.Builder b =
                      org.municipaldx.procurement.ocds.OcdsPublication.builder().uri(uri).publisherName(name)
                      .publishedDate(java.time.Instant.ofEpochSecond(seconds))
                      .ocidPrefix(org.municipaldx.procurement.ocds.OcidPrefix.parse(prefix));
                  publisher.ifPresent(b::publisherUri);
                  license.ifPresent(b::license);
                  policy.ifPresent(b::publicationPolicy);
                  return b.build();
                })))))));
  }

  @Test
  void ocdsPublication() {
    // an OCDS prefix's grammar (ocds- and six letters or digits) is the reader's: the schema gives it as a text
    agree(org.municipaldx.procurement.ocds.OcdsPublication.class, publications(), "(a prefix registered with OCDS)");
  }

  @Test
  void pipelineStatus() {
    com.sageserpent.americium.java.TrialsApi api = Trials.api();
    Trials<PipelineStatus> statuses = api.choose(DigitalState.values()).immutableListsOfSize(PipelineStage.values().length)
        .flatMap(states -> api.choose("土木工事", "建築工事 (本庁舎)", "委託業務").flatMap(subject -> api.integers(0, 20_000)
            .optionals().map(days -> {
              java.util.Map<PipelineStage, DigitalState> map = new java.util.EnumMap<>(PipelineStage.class);
              for (PipelineStage stage : PipelineStage.values()) {
                map.put(stage, states.get(stage.ordinal()));
              }
              PipelineStatus.Builder b = PipelineStatus.builder();
              b.subject(subject).putAllStates(map);
              days.ifPresent(d -> b.asOf(java.time.LocalDate.of(2000, 1, 1).plusDays(d)));
              return b.build();
            })));
    // every rule is on one field: a state for every stage is @Size on the map, which the schema states with the
    // stages' names as its only keys (a dropped stage is refused by both)
    agree(PipelineStatus.class, statuses);
  }

  @Test
  void everyJsonTypeHasASchemaInTheJar() {
    for (Class<?> type : java.util.List.of(Supplier.class, ContractingProcess.class, SiteEvent.class,
        PipelineStatus.class, Bid.class, Award.class, Contract.class, Invoice.class)) {
      assertThat(DxSchemas.schema(type)).contains("\"title\" : \"" + type.getSimpleName() + "\"");
    }
  }
}
