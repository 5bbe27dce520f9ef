package org.municipaldx.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.testsupport.SchemaAgreement;
import org.municipaldx.testsupport.TrialScale;


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
  void regulationItem() {
    // rules between fields, and the grammar of values written as text (check digits, law ids, citations),
    // are the reader's: JSON Schema compares no two values and the schema gives such values as texts. Between
    // fields: a review step's verdict, policy, reason, amending instrument and effective date are present exactly
    // when its target state (or policy) calls for them ("needs …", "only a step to … has …", "only a policy of …");
    // grammars: an e-Gov law id, a sub-type's <type>:<name>, a provision citation
    agree(RegulationItem.class, RegulationTrials.items(), "needs a verdict", "needs a policy", "needs a reason",
        "needs the amending instrument", "needs the effective date", "only a step to", "only a policy of",
        "is not an e-Gov law ID", "expected <type>:<name>", "cannot be parsed at character");
  }

  @Test
  void oneBadFieldInsideAnOptionalValueGivesOneErrorNamingItsPointer() {
    RegulationTrials.items().withLimits(TrialScale.trials(20), TrialScale.limits())
        .supplyTo(item -> {
      com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
          DxJson.readTree(DxJson.write(item));
      if (tree.get("review") instanceof com.fasterxml.jackson.databind.node.ObjectNode) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("review")).put("identifiedOn", "2024-13-45");
        assertThat(SchemaAgreement.errors(DxSchemas.schema(RegulationItem.class), tree.toString()))
            .hasSize(1).allMatch(e -> e.startsWith("/review/identifiedOn: "));
      }
    });
  }
}
