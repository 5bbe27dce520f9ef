package org.municipaldx.iot.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session the subscriber asks a real Mosquitto broker for — MQTT 3.1.1, clean session off, keep-alive 30 s,
 * the user and password of the settings — as the broker logs it, and the subscriber's state while it runs and
 * after it closes (issue 13 part 4, PIT survivors). Skips with the reason when Debian's {@code mosquitto} is
 * absent.
 */
class SubscriberSessionTest {
  @TempDir
  Path dir;

  /** A broker on a free port that lets in only {@code user}/{@code secret}, logging every connection. */
  private Process broker(Path binary, int port) throws Exception {
    Path passwd = dir.resolve("passwd");
    // Debian puts mosquitto in /usr/sbin and mosquitto_passwd in /usr/bin
    Path tool = Files.isExecutable(binary.resolveSibling("mosquitto_passwd")) ? binary.resolveSibling("mosquitto_passwd")
        : Path.of("/usr/bin/mosquitto_passwd");
    assumeTrue(Files.isExecutable(tool), "mosquitto_passwd is not installed (Debian's mosquitto package has it)");
    Process p = new ProcessBuilder(tool.toString(), "-b", "-c", passwd.toString(), "city-hall-env@ttn", "NNSXS.secret")
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    Path conf = dir.resolve("mosquitto.conf");
    Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous false\npassword_file " + passwd + "\n"
        + "log_type all\nuser " + System.getProperty("user.name") + "\n", StandardCharsets.UTF_8);
    Process b = new ProcessBuilder(binary.toString(), "-c", conf.toString()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return b;
      } catch (java.io.IOException e) {
        Thread.sleep(50);
      }
    }
    b.destroyForcibly();
    throw new AssertionError("mosquitto did not listen: " + Files.readString(dir.resolve("mosquitto.log")));
  }

  @Test
  void theSessionIsPersistentWithKeepAlive30AndTheSettingsCredentials() throws Exception {
    Path binary = Mosquitto.binary().orElse(null);
    assumeTrue(binary != null, "Debian's mosquitto is not installed (apt-get install mosquitto; .ci/run does)");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process b = broker(binary, port);
    try {
      MqttSettings base = new MqttSettings("tcp://127.0.0.1:" + port, "dx-session", Optional.empty(), Optional.empty(),
          MqttSettings.TTS_UPLINKS, dir.resolve("archive.jsonl"), dir.resolve("paho"), Duration.ofSeconds(2));
      // without credentials, or with a wrong password, the broker refuses the connection
      assertThatThrownBy(() -> TtsMqttSubscriber.start(base, 1)).isInstanceOfSatisfying(MqttException.class,
          e -> assertThat(e.getReasonCode()).isIn((int) MqttException.REASON_CODE_FAILED_AUTHENTICATION,
              (int) MqttException.REASON_CODE_NOT_AUTHORIZED));
      assertThatThrownBy(() -> TtsMqttSubscriber.start(base.withCredentials("city-hall-env@ttn", "wrong".toCharArray()), 1))
          .isInstanceOf(MqttException.class);

      MqttSettings settings = base.withCredentials("city-hall-env@ttn", "NNSXS.secret".toCharArray());
      UplinkReadingsCsv readings = UplinkReadingsCsv.open(dir.resolve("readings.csv"), ArchiveReplayTest.registry());
      TtsMqttSubscriber s = TtsMqttSubscriber.start(settings, 1, readings);
      assertThat(s.isConnected()).isTrue();
      assertThat(s.reconnects()).isZero();
      assertThat(s.settings()).isSameAs(settings);
      assertThat(s.maxReconnectDelay()).isEqualTo(Duration.ofSeconds(2));
      assertThat(s.readings()).containsSame(readings);
      assertThat(s.received()).isZero();
      assertThat(s.undecodable()).isZero();
      s.close();
      assertThat(s.isConnected()).isFalse();
      // closing the subscriber closes its readings file
      assertThatThrownBy(() -> readings.write(UplinkReadingsCsvTest.uplink("dev-a", 0, "21.5")))
          .isInstanceOf(UncheckedIOException.class);
      // mosquitto logs the protocol (p2 = MQTT 3.1.1), clean session (c0), keep-alive and user of each client
      assertThat(Files.readString(dir.resolve("mosquitto.log")))
          .contains("as dx-session (p2, c0, k30, u'city-hall-env@ttn')");
    } finally {
      b.destroy();
      b.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** attempts counts connections: a server that accepts and hangs up at once sees exactly that many. */
  @Test
  void theFirstConnectionIsTriedExactlyAttemptsTimes() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      int[] connections = {0};
      Thread t = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket c = server.accept()) {
            connections[0]++;
          } catch (java.io.IOException e) {
            return;
          }
        }
      });
      t.setDaemon(true);
      t.start();
      MqttSettings s = new MqttSettings("tcp://127.0.0.1:" + server.getLocalPort(), "dx-attempts", Optional.empty(),
          Optional.empty(), MqttSettings.TTS_UPLINKS, dir.resolve("a.jsonl"), dir.resolve("paho"), Duration.ofMillis(1));
      assertThatThrownBy(() -> TtsMqttSubscriber.start(s, 1)).isInstanceOf(MqttException.class);
      Thread.sleep(100);
      assertThat(connections[0]).isEqualTo(1);
      // two attempts: one wait of 1 s between them (the first wait is 1 s whatever the longest wait)
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> TtsMqttSubscriber.start(s, 2)).isInstanceOf(MqttException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
      Thread.sleep(100);
      assertThat(connections[0]).isEqualTo(3);
    }
  }
}
