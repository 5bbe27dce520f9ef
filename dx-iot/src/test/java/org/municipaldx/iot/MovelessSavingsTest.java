package org.municipaldx.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;

class MovelessSavingsTest {

  @Test
  void seedLpwaTemperatureHumidityRoundsAre80000Minutes() {
    // Seed (郡山市DX推進本部会議 2023-02-14), LPWA/IoTによる温湿度管理:
    // 5分×64か所×250日=80,000分=1,334時間 (80,000 / 60 = 1,333.33…: the stated hours are kept as stated)
    FormulaEstimate e = MovelessSavings.builder(5, 64, 250)
        .description("庁舎の温湿度を測って回る時間の削減")
        .statedMinutes(80_000)
        .statedHours(new BigDecimal("1334"))
        .build();
    assertThat(e.exactMinutes()).isEqualTo(80_000L);
    assertThat(e.statedMinutes()).hasValue(80_000L);
    assertThat(e.statedHours()).contains(new BigDecimal("1334"));
    assertThat(e.description()).contains("庁舎の温湿度を測って回る時間の削減");
    assertThat(e.factors().stream().map(Factor::toString).collect(Collectors.joining("×")))
        .isEqualTo("5分×64か所×250日");
  }

  @Test
  void otherFacilities() {
    assertThat(MovelessSavings.manualRounds(5, 20, 250).exactMinutes()).isEqualTo(25_000L);
    assertThat(MovelessSavings.manualRounds(0, 64, 250).exactMinutes()).isZero();
    assertThatThrownBy(() -> MovelessSavings.manualRounds(-1, 64, 250)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MovelessSavings.manualRounds(Long.MAX_VALUE, 64, 250))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");
  }
}
