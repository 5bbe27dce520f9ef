package org.municipaldx.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.testsupport.SchemaAgreement;
import org.municipaldx.testsupport.TrialScale;
import org.municipaldx.metrics.batch.ProcedureYearRow;

/**
 * Issue 14 part 6: this module's JSON types have schemas in its jar, read by {@link DxSchemas#schema}, and
 * the strict reader and the schema accept the same documents: valid documents written from random model
 * values, and their mutants (see {@link SchemaAgreement}).
 */
class SchemaReaderAgreementTest {
  private static final int TRIALS = TrialScale.trials(150);

  private static <T> SchemaAgreement.Tally agree(Class<T> type, Trials<? extends T> values, String... rulesBetweenFields) {
    SchemaAgreement.Tally tally = SchemaAgreement.agree(type, values, TRIALS, rulesBetweenFields);
    assertThat(tally.disagreements).as(type.getSimpleName() + ": " + tally).isEmpty();
    assertThat(tally.bothRejected).as(tally.toString()).isGreaterThan(TRIALS);
    return tally;
  }

  @Test
  void procedureYearRow() {
    agree(ProcedureYearRow.class, MetricsTrials.anyRows(), "must not exceed total");
  }
}
