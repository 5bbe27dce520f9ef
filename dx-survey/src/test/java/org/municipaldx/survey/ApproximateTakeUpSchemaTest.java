package org.municipaldx.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.testsupport.SchemaAgreement;
import org.municipaldx.testsupport.TrialScale;

/**
 * Issue 14 part 6: {@link ApproximateTakeUp} is written ({@code DxJson.write}) and never read — it is a sum with a
 * derived share ({@code percent}), so a reader would have to check the share against the counts — so its schema, in
 * dx-survey's jar ({@link DxSchemas#schema}), describes the output for consumers, and the property covers the output
 * direction only: every value written is valid against the schema; the schema rejects what the output never is.
 */
class ApproximateTakeUpSchemaTest {
  private static final int TRIALS = 150;
  private static final TrialsApi API = Trials.api();

  static Trials<ApproximateTakeUp> takeUps() {
    return API.longs(0, 1_000_000_000L).flatMap(procedures -> SchemaReaderAgreementTest.counts().flatMap(cases ->
        SchemaReaderAgreementTest.counts().map(online -> ApproximateTakeUp.of(procedures, cases, online))));
  }

  @Test
  void everyWrittenTakeUpIsValidAgainstItsSchema() {
    String schema = DxSchemas.schema(ApproximateTakeUp.class);
    takeUps().withLimits(TrialScale.trials(TRIALS), TrialScale.limits()).supplyTo(t -> {
      String json = DxJson.write(t);
      assertThat(SchemaAgreement.errors(schema, json)).as(json).isEmpty();
    });
    // no cases: the share is undefined
    assertThat(SchemaAgreement.errors(schema, DxJson.write(ApproximateTakeUp.NONE))).isEmpty();
  }

  @Test
  void theSchemaDescribesTheOutputAndRejectsWhatItNeverIs() {
    String schema = DxSchemas.schema(ApproximateTakeUp.class);
    ApproximateTakeUp t = ApproximateTakeUp.of(2, ApproximateCount.of(18_000, ApproximateCount.Basis.ROUNDED_REPORT),
        ApproximateCount.of(9_300, ApproximateCount.Basis.ROUNDED_REPORT));
    String json = DxJson.write(t);
    assertThat(json).contains("\"procedures\" : 2", "\"onlineCases\" : {", "\"percent\" : 51.7");
    assertThat(SchemaAgreement.errors(schema, json)).isEmpty();
    // one bad field, one error at its pointer
    assertThat(SchemaAgreement.errors(schema, json.replace("\"procedures\" : 2", "\"procedures\" : -2")))
        .singleElement().asString().startsWith("/procedures: ");
    assertThat(SchemaAgreement.errors(schema, json.replace("\"approximately\" : 9300", "\"approximately\" : \"9300\"")))
        .singleElement().asString().startsWith("/onlineCases/approximately: ");
    assertThat(SchemaAgreement.errors(schema, json.replace("\"percent\" : 51.7", "\"percent\" : 51.7, \"rate\" : 1")))
        .hasSize(1);
  }
}
