package org.municipaldx.iot.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The back-off between connection attempts: waits double from 1 s up to the settings' longest wait, both for the
 * first connection ({@link TtsMqttSubscriber#start}'s own loop) and for Paho's automatic reconnection after a lost
 * connection (issue 13 part 4: the two survivors of the back-off, {@code delay * 2} and
 * {@code setMaxReconnectDelay}). The one test of the module that waits several seconds (3 to 4): both rules are
 * checked during the same broker outage, Paho's attempts timed by a server that takes them where the broker was.
 * Skips with the reason when Debian's {@code mosquitto} is absent.
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
      // longest wait 1 s: Paho retries a lost connection every second; with its own default longest wait
      // (128 s) it would retry after 1 s, then 2 s, 4 s, ...
      TtsMqttSubscriber connected = TtsMqttSubscriber.start(settings(broker.uri(), "dx-backoff-paho", Duration.ofSeconds(1)), 1);
      List<Long> attempts = Collections.synchronizedList(new ArrayList<>());
      broker.stop();
      // where the broker was, a server that takes each reconnection attempt, notes its time and hangs up
      try (ServerSocket server = new ServerSocket()) {
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", broker.port()));
        Thread taker = new Thread(() -> {
          while (!server.isClosed()) {
            try (Socket c = server.accept()) {
              attempts.add(System.nanoTime());
            } catch (java.io.IOException e) {
              return;
            }
          }
        });
        taker.setDaemon(true);
        taker.start();

        // meanwhile, the first connection, refused three times with a longest wait of 2 s: it waits 1 s, then 2 s
        // (doubled), 3 s in all before it gives up; halving instead of doubling would wait 1 s + 0.5 s
        MqttSettings refused = settings("tcp://127.0.0.1:" + SubscriberWithoutBrokerTest.closedPort(), "dx-backoff-start",
            Duration.ofSeconds(2));
        long before = System.nanoTime();
        assertThatThrownBy(() -> TtsMqttSubscriber.start(refused, 3)).isInstanceOfSatisfying(MqttException.class,
            e -> assertThat(e.getReasonCode()).isEqualTo(MqttException.REASON_CODE_SERVER_CONNECT_ERROR));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(2_950));

        // two reconnection attempts in a row, about 1 s apart (the longest wait); Paho's default would put at least
        // 2 s (its timer never fires early), then 4 s, between them
        long until = before + Duration.ofSeconds(7).toNanos();
        while (attempts.size() < 2 && System.nanoTime() < until) {
          Thread.sleep(20);
        }
        assertThat(attempts).as("reconnection attempts").hasSizeGreaterThanOrEqualTo(2);
        assertThat(Duration.ofNanos(attempts.get(1) - attempts.get(0))).as("the wait between two attempts")
            .isLessThan(Duration.ofMillis(1_950));
      } finally {
        connected.close();
      }
    }
  }
}
