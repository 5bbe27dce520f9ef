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
        "CorporateNumber");
  }

  @Test
  void everyJsonTypeHasASchemaInTheJar() {
    for (Class<?> type : java.util.List.of(Supplier.class, ContractingProcess.class, SiteEvent.class,
        PipelineStatus.class, Bid.class, Award.class, Contract.class, Invoice.class)) {
      assertThat(DxSchemas.schema(type)).contains("\"title\" : \"" + type.getSimpleName() + "\"");
    }
  }
}
