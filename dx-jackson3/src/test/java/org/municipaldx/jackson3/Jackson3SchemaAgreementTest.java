package org.municipaldx.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.procurement.ContractingProcess;
import org.municipaldx.testsupport.SchemaAgreement;

/**
 * Issue 14 parts 6 and 7: the Jackson 3 mapper accepts exactly the documents the schema accepts, as
 * DxJson's Jackson 2 mapper does (dx-core's and dx-procurement's {@code SchemaReaderAgreementTest}): valid
 * documents and their mutants, with the same rules between fields and value grammars left to the reader.
 */
class Jackson3SchemaAgreementTest {
  private static final int TRIALS = 100;
  /**
   * As dx-core's and dx-procurement's tests, only the rules JSON Schema cannot state: saved hours = before − after,
   * the first factor (only) a duration, hours a whole number of minutes; the winner one of the bidders, invoices
   * within the contract, an award before a contract (between fields); a corporate number's check digit and a Peppol
   * participant id's scheme (a value's grammar). Every rule on one field is in the schema.
   */
  private static final String[] READER_ONLY = {"must equal beforeHours", "the first factor must be a duration",
      "only the first factor may be a duration", "must be a whole number of minutes", "must be one of the bidders",
      "invoices in total", "a contract needs an award first", "CorporateNumber", "PeppolParticipantId"};

  private static <T> void agree(Class<T> type, Trials<? extends T> values) {
    SchemaAgreement.Tally tally = SchemaAgreement.check(DxSchemas.schema(type),
        json -> DxJackson3.mapper().readValue(json, type), values.map(DxJson::write), TRIALS,
        // Jackson 3 states a value parser's rule in its own exception's message (CorporateNumber's check digit)
        e -> SchemaAgreement.isRule(e, READER_ONLY) || String.valueOf(e.getMessage()).contains("problem: CorporateNumber '")
            || String.valueOf(e.getMessage()).contains("problem: PeppolParticipantId '"));
    assertThat(tally.disagreements).as(type.getSimpleName() + ": " + tally).isEmpty();
    assertThat(tally.bothRejected).as(tally.toString()).isGreaterThan(TRIALS);
  }

  @Test
  void initiative() {
    agree(Initiative.class, Jackson3RoundTripProperties.initiatives());
  }

  @Test
  void contractingProcess() {
    agree(ContractingProcess.class, Jackson3RoundTripProperties.processes());
  }
  @Test
  void valuesOfAFixedTextFormAreReadOnlyInThatForm() {
    String procedure = "{\"id\":\"p\",\"name\":\"転入届\",\"onlineSince\":\"2023-04-01\"}";
    String municipality = "{\"code\":\"072036\",\"japaneseName\":\"郡山市\",\"prefecture\":\"FUKUSHIMA\"}";
    assertThat(DxJackson3.mapper().readValue(procedure, org.municipaldx.core.Procedure.class).onlineSince())
        .hasValue(java.time.LocalDate.of(2023, 4, 1));
    assertThat(DxJackson3.mapper().readValue(municipality, org.municipaldx.core.Municipality.class).code().value())
        .isEqualTo("072036");
    for (String json : java.util.List.of(procedure.replace("\"2023-04-01\"", "[2023,4,1]"),
        procedure.replace("\"2023-04-01\"", "[]"), procedure.replace("\"2023-04-01\"", "\" 2023-04-01\""))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> DxJackson3.mapper().readValue(json, org.municipaldx.core.Procedure.class))
          .as(json).isInstanceOf(tools.jackson.databind.DatabindException.class)
          .satisfies(e -> assertThat(((tools.jackson.databind.DatabindException) e).getPath().get(0).getPropertyName())
              .isEqualTo("onlineSince"));
    }
    for (String json : java.util.List.of(municipality.replace("\"FUKUSHIMA\"", "\"FUKUSHIMA \""),
        municipality.replace("\"072036\"", "\"07203\""))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> DxJackson3.mapper().readValue(json, org.municipaldx.core.Municipality.class))
          .as(json).isInstanceOf(tools.jackson.databind.DatabindException.class);
    }
  }
}
