package org.municipaldx.regulation.law;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.regulation.RegulationTrials;
import org.municipaldx.testsupport.TrialScale;

class ProvisionReferenceProperties {

  static Trials<ProvisionReference> references() {
    return RegulationTrials.references(9999, 99);
  }

  @Test
  void kanjiAndArabicFormsRoundTrip() {
    references().withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo(ProvisionReferenceProperties::kanjiAndArabicFormsRoundTrip);
  }

  private static void kanjiAndArabicFormsRoundTrip(ProvisionReference ref) {
    String kanji = ref.toKanjiString();
    String arabic = ref.toArabicString();
    assertThat(ProvisionReference.parse(kanji)).isEqualTo(ref);
    assertThat(ProvisionReference.parse(arabic)).isEqualTo(ref);
    // kanji → Arabic → kanji
    assertThat(ProvisionReference.parse(ProvisionReference.parse(kanji).toArabicString()).toKanjiString()).isEqualTo(kanji);
    assertThat(kanji).doesNotContainPattern("[0-9]");
    assertThat(arabic).doesNotContainPattern("[一二三四五六七八九十百千]");
  }

  @Test
  void fullWidthArabicParsesTheSame() {
    references().withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo(ProvisionReferenceProperties::fullWidthArabicParsesTheSame);
  }

  private static void fullWidthArabicParsesTheSame(ProvisionReference ref) {
    StringBuilder wide = new StringBuilder();
    for (char c : ref.toArabicString().toCharArray()) {
      wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    assertThat(ProvisionReference.parse(wide)).isEqualTo(ref);
  }
}
