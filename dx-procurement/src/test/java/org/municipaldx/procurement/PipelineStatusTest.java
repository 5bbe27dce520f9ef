package org.municipaldx.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineStatusTest {
  private static final DigitalState D = DigitalState.DIGITAL;
  private static final DigitalState P = DigitalState.PAPER;
  private static final DigitalState H = DigitalState.PARTLY_DIGITAL;

  @Test
  void stagesAreInTheSeedsOrder() {
    // seed: 設計▶積算▶起工▶契約▶監督▶完了検査▶支払
    StringBuilder s = new StringBuilder();
    for (PipelineStage st : PipelineStage.values()) {
      s.append(s.length() == 0 ? "" : PipelineStage.SEPARATOR).append(st.japaneseName());
    }
    assertThat(s.toString()).isEqualTo("設計▶積算▶起工▶契約▶監督▶完了検査▶支払");
  }

  @Test
  void bottleneckIsTheFirstStageNotDigital() {
    PipelineStatus s = PipelineStatus.of("郡山市", D, P, D, D, H, P, D);
    assertThat(s.bottleneck()).hasValue(PipelineStage.COST_ESTIMATION);
    assertThat(s.endToEndDigital()).isFalse();
    assertThat(s.render()).isEqualTo("設計（デジタル）▶積算（紙）▶起工（デジタル）▶契約（デジタル）▶監督（一部デジタル）▶完了検査（紙）▶支払（デジタル）");
  }

  @Test
  void partlyDigitalIsABottleneckToo() {
    assertThat(PipelineStatus.of("案件A", D, D, D, H, D, D, D).bottleneck()).hasValue(PipelineStage.CONTRACT);
  }

  @Test
  void allDigitalHasNoBottleneck() {
    PipelineStatus s = PipelineStatus.of("案件B", D, D, D, D, D, D, D);
    assertThat(s.bottleneck()).isEmpty();
    assertThat(s.endToEndDigital()).isTrue();
  }

  @Test
  void everyStageNeedsAState() {
    assertThatThrownBy(() -> PipelineStatus.builder().subject("郡山市").putAllStates(Map.of(PipelineStage.DESIGN, D)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PipelineStatus.states: must give a state for every stage; missing COST_ESTIMATION (積算)");
    assertThatThrownBy(() -> PipelineStatus.of("郡山市", D, D))
        .hasMessageContaining("must give exactly 7 states");
  }
}
