package org.municipaldx.iot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxSchemas;
import org.municipaldx.testsupport.SchemaAgreement;
import org.municipaldx.testsupport.TrialScale;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Standards;

/**
 * Issue 14 part 6: this module's JSON types have schemas in its jar, read by {@link DxSchemas#schema}, and
 * the strict reader and the schema accept the same documents: valid documents written from random model
 * values, and their mutants (see {@link SchemaAgreement}).
 */
class SchemaReaderAgreementTest {
  // at a tenth under PIT (TrialScale); the guard below compares with the same scaled count
  private static final int TRIALS = TrialScale.trials(150);

  private static <T> SchemaAgreement.Tally agree(Class<T> type, Trials<? extends T> values, String... rulesBetweenFields) {
    SchemaAgreement.Tally tally = SchemaAgreement.agree(type, values, TRIALS, rulesBetweenFields);
    assertThat(tally.disagreements).as(type.getSimpleName() + ": " + tally).isEmpty();
    assertThat(tally.bothRejected).as(tally.toString()).isGreaterThan(TRIALS);
    return tally;
  }

  @Test
  void environmentalStandard() {
    // rules between fields, and the grammar of values written as text (check digits, law ids, citations),
    // are the reader's: JSON Schema compares no two values and the schema gives such values as texts
    agree(EnvironmentalStandard.class, Trials.api().choose(Standards.BUILDING_HYGIENE, Standards.SCHOOL), "at least one bound is required", "must not exceed upper", "must not be in force on the same days");
  }

  @Test
  void location() {
    agree(Location.class, IotTrials.locations());
  }

  @Test
  void sensor() {
    // the owner's check digit is a value's grammar (the schema gives six digits); a reporting interval must be
    // positive, which the schema's format duration cannot say of an ISO-8601 duration text
    agree(Sensor.class, IotTrials.sensors(), "check digit", "is not from 01 to 47", "must be positive");
  }

  @Test
  void reading() {
    // a value must be possible for its quantity (−273.15 °C at least, 100 % at most …): a rule between two fields
    agree(Reading.class, IotTrials.readings(), "must be possible for");
  }

  @Test
  void everyJsonTypeHasASchemaInTheJar() {
    for (Class<?> type : java.util.List.of(Sensor.class, Reading.class, Location.class, EnvironmentalStandard.class)) {
      assertThat(DxSchemas.schema(type)).contains("\"title\" : \"" + type.getSimpleName() + "\"");
    }
  }
}
