package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.testsupport.SchemaAgreement;
import org.municipaldx.metrics.batch.ProcedureYearRow;

/**
 * Issue 14 part 6: this module's JSON types have schemas in its jar, read by {@link DxSchemas#schema}, and
 * the strict reader and the schema accept the same documents: valid documents written from random model
 * values, and their mutants (see {@link SchemaAgreement}).
 */
class SchemaReaderAgreementTest {
  private static final int TRIALS = 150;
  /**
   * Known gaps, still to close: rules the model checks in code on one field that carry no Bean Validation
   * annotation, so the generator cannot see them. Every other mutant must be judged alike by both.
   */
  private static final String[] KNOWN_GAPS = {"must not be blank", "elements must not be blank",
      "must match ^[a-z0-9][a-z0-9-]*$", "must be zero or more"};

  private static <T> SchemaAgreement.Tally agree(Class<T> type, Trials<? extends T> values, String... rulesBetweenFields) {
    SchemaAgreement.Tally tally = SchemaAgreement.check(DxSchemas.schema(type), json -> DxJson.read(json, type),
        values.map(DxJson::write), TRIALS,
        e -> SchemaAgreement.isRule(e, rulesBetweenFields) || SchemaAgreement.isRule(e, KNOWN_GAPS));
    assertThat(tally.disagreements).as(type.getSimpleName() + ": " + tally).isEmpty();
    assertThat(tally.bothRejected).as(tally.toString()).isGreaterThan(TRIALS);
    return tally;
  }

  @Test
  void procedureYearRow() {
    agree(ProcedureYearRow.class, MetricsTrials.anyRows(), "must not exceed total");
  }
}
