package org.municipaldx.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.testsupport.SchemaAgreement;

/**
 * Issue 14 part 6: dx-dataset's JSON type with a schema in its jar, {@link ProcurementRecords} (a dataset's
 * {@code procurement-sample.json}), is read by the strict reader exactly when its schema accepts it: the bundled
 * sample (the only procurement records in the repository) and its mutants (see {@link SchemaAgreement}); dx-procurement's
 * {@code SchemaReaderAgreementTest} generates the contracting processes themselves.
 */
class SchemaReaderAgreementTest {
  private static final int TRIALS = 150;
  private static final Path SAMPLE =
      Path.of("../examples/src/main/resources/org/municipaldx/examples/data/koriyama-fy2023/procurement-sample.json");

  @Test
  void procurementRecords() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(SAMPLE), "the bundled dataset is beside this module in the checkout: " + SAMPLE);
    String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    assertThat(DxJson.read(sample, ProcurementRecords.class).processes()).isNotEmpty();
    // rules between fields (the winner one of the bidders, invoices within the contract, an award before a
    // contract) and value grammars (a corporate number's check digit, a Peppol id's scheme, an OCDS prefix) are the
    // reader's; every other mutant is judged alike
    SchemaAgreement.Tally tally = SchemaAgreement.check(DxSchemas.schema(ProcurementRecords.class),
        json -> DxJson.read(json, ProcurementRecords.class), Trials.api().only(sample), TRIALS,
        e -> SchemaAgreement.isRule(e, "must be one of the bidders", "invoices in total", "a contract needs an award first",
            "CorporateNumber", "PeppolParticipantId", "(a prefix registered with OCDS)", "check digit"));
    assertThat(tally.disagreements).as(tally.toString()).isEmpty();
    assertThat(tally.valid).as(tally.toString()).isGreaterThan(TRIALS / 2);
    assertThat(tally.bothRejected).as(tally.toString()).isGreaterThan(TRIALS);
  }
}
