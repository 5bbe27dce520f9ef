package org.municipaldx.iot.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The back-off between connection attempts: waits double from 1 s up to the settings' longest wait, both for the
 * first connection ({@link TtsMqttSubscriber#start}'s own loop) and for Paho's automatic reconnection after a lost
 * connection (issue 13 part 4: the two survivors of the back-off, {@code delay * 2} and
 * {@code setMaxReconnectDelay}). The one test of the module that waits several seconds (about 5): both rules are
 * checked during the same broker outage. Skips with the reason when Debian's {@code mosquitto} is absent.
 */
class ReconnectBackOffTest {
  @TempDir
  Path dir;

  private MqttSettings settings(String uri, String clientId, Duration longestWait) {
    return new MqttSettings(uri, clientId, Optional.empty(), Optional.empty(), MqttSettings.TTS_UPLINKS,
        dir.resolve(clientId + "/uplinks.jsonl"), dir.resolve(clientId + "/paho"), longestWait);
  }

  @Test
  void waitsDoubleFromOneSecondUpToTheLongestWaitOfTheSettings() throws Exception {
    Path binary = Mosquitto.binary().orElse(null);
    assumeTrue(binary != null, "Debian's mosquitto is not installed (apt-get install mosquitto; .ci/run does), "
        + "so the reconnection back-off against a real broker cannot be timed here");
    try (Mosquitto broker = Mosquitto.start(binary, dir.resolve("broker"))) {
      // longest wait 1 s: Paho retries a lost connection every second (1 s, 1 s, ...); with its own default
      // longest wait (128 s) it would retry after 1 s, 2 s, 4 s
      TtsMqttSubscriber connected = TtsMqttSubscriber.start(settings(broker.uri(), "dx-backoff-paho", Duration.ofSeconds(1)), 1);
      try {
        broker.stop();
        long down = System.nanoTime();

        // the first connection, refused three times with a longest wait of 2 s: it waits 1 s, then 2 s (doubled),
        // 3 s in all before it gives up; halving instead of doubling would wait 1 s + 0.5 s
        MqttSettings refused = settings(broker.uri(), "dx-backoff-start", Duration.ofSeconds(2));
        long before = System.nanoTime();
        assertThatThrownBy(() -> TtsMqttSubscriber.start(refused, 3)).isInstanceOfSatisfying(MqttException.class,
            e -> assertThat(e.getReasonCode()).isEqualTo(MqttException.REASON_CODE_SERVER_CONNECT_ERROR));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(2_950));

        // the broker stays down 3.5 s: Paho, waiting 1 s at most, retries at about 1, 2, 3, 4 s after the loss and
        // is back at most about a second after the broker; waiting 1, 2, 4 s it would next try at about 7 s
        long sinceDown = (System.nanoTime() - down) / 1_000_000;
        if (sinceDown < 3_500) {
          Thread.sleep(3_500 - sinceDown);
        }
        assertThat(connected.isConnected()).isFalse();
        assertThat(connected.reconnects()).isZero();
        long back = System.nanoTime();
        broker.restart();
        while (connected.reconnects() == 0 && System.nanoTime() - back < 2_500_000_000L) {
          Thread.sleep(20);
        }
        assertThat(connected.reconnects())
            .as("reconnected within 2.5 s of the broker's restart, %d ms after the connection was lost",
                (System.nanoTime() - down) / 1_000_000)
            .isEqualTo(1);
        assertThat(connected.isConnected()).isTrue();
      } finally {
        connected.close();
      }
    }
  }
}
