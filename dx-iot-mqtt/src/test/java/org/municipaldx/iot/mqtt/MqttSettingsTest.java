package org.municipaldx.iot.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;

/** The subscriber's settings without a broker: what is refused, what is copied, what is printed (issue 13, PIT). */
class MqttSettingsTest {
  static final Path ARCHIVE = Path.of("archive/uplinks.jsonl");
  static final Path STATE = Path.of("paho");

  static MqttSettings withDelay(Duration delay) {
    return new MqttSettings("tcp://127.0.0.1:1883", "dx-1", Optional.empty(), Optional.empty(), MqttSettings.TTS_UPLINKS,
        ARCHIVE, STATE, delay);
  }

  @Test
  void ofSubscribesToEveryUplinkWithoutCredentialsReconnectingAtMostEveryMinute() {
    MqttSettings s = MqttSettings.of("tcp://127.0.0.1:1883", "dx-archive", ARCHIVE, STATE);
    assertThat(s.serverUri()).isEqualTo("tcp://127.0.0.1:1883");
    assertThat(s.clientId()).isEqualTo("dx-archive");
    assertThat(s.topicFilter()).isEqualTo("v3/+/devices/+/up");
    assertThat(s.username()).isEmpty();
    assertThat(s.password()).isEmpty();
    assertThat(s.archive()).isEqualTo(ARCHIVE);
    assertThat(s.persistenceDirectory()).isEqualTo(STATE);
    assertThat(s.maxReconnectDelay()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void thePasswordIsCopiedInAndOutSoNoCallerCanChangeTheSettings() {
    char[] secret = "NNSXS.key".toCharArray();
    MqttSettings s = MqttSettings.of("ssl://eu1.cloud.thethings.network:8883", "dx-archive", ARCHIVE, STATE)
        .withCredentials("city-hall-env@ttn", secret);
    secret[0] = 'X'; // the caller wipes its array
    assertThat(s.username()).hasValue("city-hall-env@ttn");
    assertThat(s.password()).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("NNSXS.key"));
    s.password().orElseThrow()[1] = 'Y'; // a reader changes its copy
    assertThat(s.password()).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("NNSXS.key"));
    // the other components are kept
    assertThat(s.serverUri()).isEqualTo("ssl://eu1.cloud.thethings.network:8883");
    assertThat(s.clientId()).isEqualTo("dx-archive");
    assertThat(s.topicFilter()).isEqualTo(MqttSettings.TTS_UPLINKS);
    assertThat(s.maxReconnectDelay()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void toStringNamesServerClientUserTopicAndArchiveButNeverThePassword() {
    MqttSettings plain = MqttSettings.of("tcp://127.0.0.1:1883", "dx-archive", ARCHIVE, STATE);
    assertThat(plain).hasToString("MqttSettings[tcp://127.0.0.1:1883, client dx-archive, topic v3/+/devices/+/up, archive "
        + ARCHIVE + "]");
    MqttSettings withUser = plain.withCredentials("city-hall-env@ttn", "NNSXS.secret".toCharArray());
    assertThat(withUser).hasToString("MqttSettings[tcp://127.0.0.1:1883, client dx-archive, user city-hall-env@ttn, "
        + "topic v3/+/devices/+/up, archive " + ARCHIVE + "]");
    assertThat(withUser.toString()).doesNotContain("NNSXS.secret");
  }

  @Test
  void aBlankServerClientIdOrTopicFilterIsRefused() {
    String rule = "MqttSettings: serverUri, clientId and topicFilter must not be blank";
    assertThatThrownBy(() -> MqttSettings.of(" ", "dx-1", ARCHIVE, STATE))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(rule);
    assertThatThrownBy(() -> MqttSettings.of("tcp://127.0.0.1:1883", "\t", ARCHIVE, STATE))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(rule);
    assertThatThrownBy(() -> new MqttSettings("tcp://127.0.0.1:1883", "dx-1", Optional.empty(), Optional.empty(), "",
        ARCHIVE, STATE, Duration.ofSeconds(1))).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(rule);
  }

  @Test
  void aMissingComponentIsRefusedByName() {
    assertThatThrownBy(() -> MqttSettings.of(null, "dx-1", ARCHIVE, STATE))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("serverUri");
    assertThatThrownBy(() -> MqttSettings.of("tcp://127.0.0.1:1883", "dx-1", null, STATE))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("archive");
    assertThatThrownBy(() -> withDelay(null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("maxReconnectDelay");
  }

  /** Paho takes the delay as int milliseconds: positive and at most Integer.MAX_VALUE / 1000 whole seconds. */
  @Test
  void theReconnectDelayIsPositiveAndFitsPahosIntMilliseconds() {
    assertThat(withDelay(Duration.ofMillis(1)).maxReconnectDelay()).isEqualTo(Duration.ofMillis(1));
    long most = Integer.MAX_VALUE / 1000; // 2,147,483 s
    assertThat(withDelay(Duration.ofSeconds(most)).maxReconnectDelay()).isEqualTo(Duration.ofSeconds(most));
    for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-1), Duration.ofSeconds(most + 1)}) {
      assertThatThrownBy(() -> withDelay(bad)).as(bad.toString())
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.type()).isEqualTo("MqttSettings");
            assertThat(e.field()).isEqualTo("maxReconnectDelay");
            assertThat(e.value()).isEqualTo(bad.toString());
            assertThat(e.rule()).isEqualTo("must be positive");
          });
    }
  }
}
