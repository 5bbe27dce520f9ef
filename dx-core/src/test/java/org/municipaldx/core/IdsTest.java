package org.municipaldx.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;
import org.municipaldx.core.json.ModelTrials;

class IdsTest {
  private static final Trials<String> TEXTS = ModelTrials.strings("az09AZ-_.: \nあ", 0, 8);

  @Test
  void modelIds() {
    assertThat(Ids.isModelId("health-welfare")).isTrue();
    assertThat(Ids.isModelId("0")).isTrue();
    assertThat(Ids.isModelId("-a")).isFalse();
    assertThat(Ids.isModelId("Health")).isFalse();
    assertThat(Ids.isModelId("a_b")).isFalse();
    assertThat(Ids.isModelId("a\n")).isFalse();
    assertThat(Ids.isModelId("")).isFalse();
  }

  @Test
  void recordAndDeviceIds() {
    assertThat(Ids.isRecordId("R5-Doboku_012.a")).isTrue();
    assertThat(Ids.isRecordId(".R5")).isFalse();
    assertThat(Ids.isRecordId("70:B3")).isFalse();
    assertThat(Ids.isDeviceId("70:B3:D5:7E:D0:05:12:34")).isTrue();
    assertThat(Ids.isDeviceId(":70")).isFalse();
    assertThat(Ids.isDeviceId("センサー1")).isFalse();
  }

  @Test
  void eachRuleWidensTheOneBefore() {
    // model ids ⊂ record numbers ⊂ device ids: a model key is always a valid record number, and a
    // record number a valid device id; the differences are upper case, '.', '_' (records) and ':'
    TEXTS.withLimits(TrialScale.trials(500), TrialScale.limits()).supplyTo(s -> {
      if (Ids.isModelId(s)) {
        assertThat(Ids.isRecordId(s)).as(s).isTrue();
      }
      if (Ids.isRecordId(s)) {
        assertThat(Ids.isDeviceId(s)).as(s).isTrue();
        assertThat(Ids.isModelId(s)).as(s).isEqualTo(s.chars().noneMatch(c -> c == '.' || c == '_'
            || Character.isUpperCase(c)));
      }
    });
  }
}
