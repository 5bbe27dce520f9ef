package org.municipaldx.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** How a sub-type's text {@code <type>:<name>} is read (issue 13 part 4: a colon at the start). */
class RegulationSubTypeRulesTest {

  @Test
  void aColonAtTheStartIsAMissingTypeNotAMissingColon() {
    // rule: "<type>:<name>"; with the colon present, an empty type is the type's error, not "expected <type>:<name>"
    IllegalArgumentException e = catchThrowableOfType(() -> RegulationSubType.parse(":調査"), IllegalArgumentException.class);
    assertThat(e).hasMessageContaining("':調査'").hasMessageContaining("RegulationType")
        .hasMessageNotContaining("expected <type>:<name>");
    assertThat(catchThrowableOfType(() -> RegulationSubType.parse("調査"), IllegalArgumentException.class))
        .hasMessageContaining("expected <type>:<name>");
    assertThat(RegulationSubType.parse("目視:検査・点検")).isEqualTo(RegulationSubType.VISUAL_INSPECTION_CHECK);
  }
}
