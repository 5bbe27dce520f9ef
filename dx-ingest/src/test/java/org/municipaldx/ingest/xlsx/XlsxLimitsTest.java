package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/** The rules of {@link XlsxLimits} that PIT's survivors showed untested (issue 13 part 4). */
class XlsxLimitsTest {
  @Test
  void theSmallestLimitsAreOneAndATotalEqualToTheEntryLimit() {
    // rule: every limit is at least 1, and the total may equal the entry limit
    XlsxLimits l = XlsxLimits.of(1, 1, 1, 1);
    assertThat(l.maxEntries()).isEqualTo(1);
    assertThat(l.maxEntryBytes()).isEqualTo(1);
    assertThat(l.maxTotalBytes()).isEqualTo(1);
    assertThat(l.maxRatio()).isEqualTo(1);
    assertThat(XlsxLimits.of(2, 10, 10, 3)).hasToString("XlsxLimits[entries ≤ 2, entry ≤ 10 B, total ≤ 10 B, ratio ≤ 3]");
    assertThatThrownBy(() -> XlsxLimits.of(2, 10, 9, 3)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo("maxTotalBytes");
      assertThat(e.rule()).isEqualTo("must be ≥ maxEntryBytes 10");
    });
    assertThatThrownBy(() -> XlsxLimits.of(0, 10, 10, 3)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("maxEntries"));
    assertThatThrownBy(() -> XlsxLimits.of(1, 0, 10, 3)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("maxEntryBytes"));
    assertThatThrownBy(() -> XlsxLimits.of(1, 10, 10, 0)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("maxRatio"));
  }

  @Test
  void limitsAreEqualWhenEveryLimitIs() {
    EqualsVerifier.forClass(XlsxLimits.class).verify();
    assertThat(XlsxLimits.of(2, 10, 10, 3)).isEqualTo(XlsxLimits.of(2, 10, 10, 3)).isNotEqualTo(XlsxLimits.of(2, 10, 10, 4));
  }
}
