package org.municipaldx.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.regulation.law.LegalInstrumentKind;
import org.municipaldx.regulation.review.AssessmentVerdict;
import org.municipaldx.regulation.review.ReviewHistory;
import org.municipaldx.regulation.review.ReviewState;

/**
 * Each rule {@link RegulationItem}'s check states, one test per rule, with the field the error names
 * (issue 13 part 4: mutation testing found these rules could be deleted without a test failing).
 */
class RegulationItemInvariantsTest {

  private static RegulationItem.Builder base() {
    return base("x-1", "t", "d");
  }

  private static RegulationItem.Builder base(String id, String quotedText, String departmentId) {
    return RegulationItem.builder().id(id).provision(Provision.of(LegalInstrumentKind.ORDINANCE, "条例", "第1条"))
        .quotedText(quotedText).addTypes(RegulationType.VISUAL_INSPECTION).departmentId(departmentId);
  }

  private static InvalidValueException rejected(RegulationItem.Builder b) {
    return catchThrowableOfType(InvalidValueException.class, b::build);
  }

  @Test
  void theIdFollowsTheRecordIdPattern() {
    // rule: id matches Ids.RECORD_ID_PATTERN (a letter or digit first, then letters, digits, '.', '_', '-')
    InvalidValueException e = rejected(base("-fire", "t", "d"));
    assertThat(e.type()).isEqualTo("RegulationItem");
    assertThat(e.field()).isEqualTo("id");
    assertThat(e.value()).isEqualTo("-fire");
    assertThat(e.rule()).startsWith("must match ");
    assertThat(base("Fire_044.1-a", "t", "d").build().id()).isEqualTo("Fire_044.1-a");
  }

  @Test
  void theQuotedTextIsNotBlank() {
    // rule: quotedText must not be blank
    InvalidValueException e = rejected(base("x-1", " \u3000", "d"));
    assertThat(e.field()).isEqualTo("quotedText");
    assertThat(e.rule()).isEqualTo("must not be blank");
  }

  @Test
  void anIotMonitoringSetupIdIsNotBlankWhenPresent() {
    // rule: iotMonitoringSetupId, when present, must not be blank
    InvalidValueException e = rejected(base().iotMonitoringSetupId("  "));
    assertThat(e.field()).isEqualTo("iotMonitoringSetupId");
    assertThat(e.rule()).isEqualTo("must not be blank");
    assertThat(base().iotMonitoringSetupId("lpwa-1").build().iotMonitoringSetupId()).contains("lpwa-1");
  }

  @Test
  void theTargetPhaseMayEqualTheCurrentOne() {
    // rule: the target PHASE is not below the current one; equal is allowed, below is not
    assertThat(base().currentPhase(Phase.PHASE_2).targetPhase(Phase.PHASE_2).build().targetPhase()).contains(Phase.PHASE_2);
    InvalidValueException e = rejected(base().currentPhase(Phase.PHASE_3).targetPhase(Phase.PHASE_2));
    assertThat(e.field()).isEqualTo("targetPhase");
    assertThat(e.value()).isEqualTo("PHASE_2");
    assertThat(e.rule()).isEqualTo("must not be below the current PHASE PHASE_3");
  }

  @Test
  void theDepartmentIdFieldIsNamed() {
    // rule: departmentId matches Ids.MODEL_ID_PATTERN (lower case, digits and '-')
    InvalidValueException e = rejected(base("x-1", "t", "Fire"));
    assertThat(e.field()).isEqualTo("departmentId");
    assertThat(e.value()).isEqualTo("Fire");
  }

  @Test
  void withReviewKeepsEveryOtherField() {
    // rule: withReview changes the history only
    RegulationItem item = Fixtures.fireEquipmentInspection().withReview(ReviewHistory.identified(LocalDate.of(2023, 4, 1)))
        .then(Fixtures.assess(LocalDate.of(2023, 5, 1), AssessmentVerdict.ANALOG_REGULATION));
    RegulationItem original = Fixtures.fireEquipmentInspection();
    assertThat(item.state()).isEqualTo(ReviewState.ASSESSED);
    assertThat(item.review().identifiedOn()).contains(LocalDate.of(2023, 4, 1));
    assertThat(item.withReview(original.review())).isEqualTo(original);
  }
}
