package org.municipaldx.consumertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.initiative.Initiative;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.jackson3.DxJackson3;

/** The consumer application on the class path (tests run there); the build also runs it on the module path. */
class ConsumerAppTest {

  @Test
  void runsOnTheClassPathWithJapaneseMessagesAndAJsonRoundTrip() {
    assertThat(ConsumerApp.class.getModule().isNamed()).isFalse();
    List<String> done = ConsumerApp.run();
    assertThat(done).hasSize(4);
    assertThat(done.get(0)).startsWith("JSON round trip of an Initiative: equal");
    assertThat(done.get(1)).isEqualTo("Jackson 3 writes the same document and reads it back equal");
    assertThat(done.get(2)).isEqualTo("Bean Validation in Japanese: " + ConsumerApp.EXPECTED_JAPANESE);
    assertThat(done.get(3)).isEqualTo("Bean Validation of a model graph: no violations");
  }

  @Test
  void jackson3WritesWhatJackson2WritesAndReadsItBack() throws Exception {
    Initiative initiative = ConsumerApp.initiative();
    String jackson2 = DxJson.mapper().writeValueAsString(initiative);
    assertThat(DxJackson3.mapper().writeValueAsString(initiative)).isEqualTo(jackson2);
    assertThat(DxJackson3.mapper().readValue(jackson2, Initiative.class)).isEqualTo(initiative);
  }
}
