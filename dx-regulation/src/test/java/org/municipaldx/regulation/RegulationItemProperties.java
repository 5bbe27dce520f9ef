package org.municipaldx.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.regulation.review.ReviewHistory;

@Domain(RegulationDomain.class)
@Domain(DomainContext.Global.class)
class RegulationItemProperties {

  @Property(tries = 100)
  void jsonRoundTrip(@ForAll List<RegulationItem> inventory) {
    String json = DxJson.write(inventory);
    assertThat(DxJson.read(json, new TypeReference<List<RegulationItem>>() {})).isEqualTo(inventory);
  }

  @Property(tries = 100)
  void everyItemsHistoryReplaysToItsState(@ForAll RegulationItem item) {
    ReviewHistory replayed = ReviewHistory.replay(item.review().identifiedOn().orElse(null), item.review().steps());
    assertThat(replayed.state()).isEqualTo(item.state());
    assertThat(item.withReview(replayed)).isEqualTo(item);
  }
}
