package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PipelineStatusProperties {
  private static final ObjectMapper MAPPER = Json.mapper();

  @Provide
  Arbitrary<PipelineStatus> statuses() {
    return Arbitraries.of(DigitalState.class).list().ofSize(7)
        .map(l -> PipelineStatus.of("自治体", l.toArray(new DigitalState[0])));
  }

  @Property(tries = 200)
  void bottleneckIsFirstNonDigitalAndEverythingBeforeIsDigital(@ForAll("statuses") PipelineStatus s) {
    List<PipelineStage> stages = List.of(PipelineStage.values());
    int end = s.bottleneck().map(Enum::ordinal).orElse(stages.size());
    for (int i = 0; i < end; i++) {
      assertThat(s.state(stages.get(i))).isEqualTo(DigitalState.DIGITAL);
    }
    s.bottleneck().ifPresent(b -> assertThat(s.state(b)).isNotEqualTo(DigitalState.DIGITAL));
  }

  @Property(tries = 200)
  void jsonRoundTrip(@ForAll("statuses") PipelineStatus s) throws Exception {
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(s), PipelineStatus.class)).isEqualTo(s);
  }
}
