package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.standard.StandardOperation;

/**
 * The rest of dx-core's model invariants (issue 13y: the classes issue 13w's PIT runs did not reach), each rule a
 * test, at its edge, with the field named where the rule refuses a value.
 */
class RemainingModelInvariantsTest {

  @Test
  @DisplayName("every standard operation has its English label and only the two with a second official Japanese"
      + " spelling have variants; a variant is read after NFKC and stripping")
  void standardOperationsEnglishLabelsAndVariants() {
    assertThat(Arrays.stream(StandardOperation.values()).map(StandardOperation::englishName).collect(Collectors.joining("|")))
        .isEqualTo("resident registry|family register annex|seal registration|electoral roll management|fixed asset tax"
            + "|individual resident tax|corporate resident tax|light vehicle tax|family register|school enrolment"
            + "|health management|child support allowance|public assistance|disability welfare|long-term care insurance"
            + "|national health insurance|late-stage elderly medical care|national pension|child and childcare support"
            + "|child allowance");
    assertThat(StandardOperation.FAMILY_REGISTER_ANNEX.variants()).containsExactly("戸籍附票");
    assertThat(StandardOperation.SEAL_REGISTRATION.variants()).containsExactly("印鑑登録事務");
    assertThat(Arrays.stream(StandardOperation.values()).filter(o -> !o.variants().isEmpty()))
        .containsExactly(StandardOperation.FAMILY_REGISTER_ANNEX, StandardOperation.SEAL_REGISTRATION);
    assertThat(StandardOperation.parse(" 戸籍附票\u3000")).isEqualTo(StandardOperation.FAMILY_REGISTER_ANNEX);
    assertThat(StandardOperation.parse("light vehicle tax")).isEqualTo(StandardOperation.LIGHT_VEHICLE_TAX);
  }
}
