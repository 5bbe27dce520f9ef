package org.municipaldx.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.regulation.review.ReviewHistory;
import org.municipaldx.testsupport.TrialScale;

class RegulationItemProperties {

  @Test
  void jsonRoundTrip() {
    RegulationTrials.inventories().withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo(inventory -> {
      String json = DxJson.write(inventory);
      assertThat(DxJson.read(json, new TypeReference<List<RegulationItem>>() {})).isEqualTo(inventory);
    });
  }

  @Test
  void everyItemsHistoryReplaysToItsState() {
    RegulationTrials.items().withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo(RegulationItemProperties::historyReplays);
  }

  private static void historyReplays(RegulationItem item) {
    ReviewHistory replayed = ReviewHistory.replay(item.review().identifiedOn().orElse(null), item.review().steps());
    assertThat(replayed.state()).isEqualTo(item.state());
    assertThat(item.withReview(replayed)).isEqualTo(item);
  }
}
