package org.municipaldx.procurement;

import com.sageserpent.americium.java.Trials;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

class PipelineStatusProperties {
  private static final ObjectMapper MAPPER = Json.mapper();

  static Trials<PipelineStatus> statuses() {
    return ProcessTrials.API.choose(DigitalState.values()).immutableListsOfSize(7)
        .map(l -> PipelineStatus.of("自治体", l.toArray(new DigitalState[0])));
  }

  @Test
  void bottleneckIsFirstNonDigitalAndEverythingBeforeIsDigital() {
    statuses().withLimit(200).supplyTo(PipelineStatusProperties::bottleneckIsFirstNonDigital);
  }

  private static void bottleneckIsFirstNonDigital(PipelineStatus s) {
    List<PipelineStage> stages = List.of(PipelineStage.values());
    int end = s.bottleneck().map(Enum::ordinal).orElse(stages.size());
    for (int i = 0; i < end; i++) {
      assertThat(s.state(stages.get(i))).isEqualTo(DigitalState.DIGITAL);
    }
    s.bottleneck().ifPresent(b -> assertThat(s.state(b)).isNotEqualTo(DigitalState.DIGITAL));
  }

  @Test
  void jsonRoundTrip() {
    statuses().withLimit(200).supplyTo(s -> {
      try {
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(s), PipelineStatus.class)).isEqualTo(s);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }
}
