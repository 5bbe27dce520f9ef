package org.municipaldx.iot.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing while the connection is being re-established (issue 13 part 4, PIT survivors of {@code close}):
 * Paho refuses a plain close during a connection attempt, so the subscriber disconnects forcibly — and
 * still releases everything it holds: the client (its persistence's lock file), the archive
 * and the readings file. Skips with the reason when Debian's {@code mosquitto} is absent.
 */
class SubscriberCloseTest {
  @TempDir
  Path dir;

  @Test
  void closingDuringAReconnectionAttemptReleasesTheClientTheArchiveAndTheReadings() throws Exception {
    Path binary = Mosquitto.binary().orElse(null);
    assumeTrue(binary != null, "Debian's mosquitto is not installed (apt-get install mosquitto; .ci/run does)");
    Path archive = dir.resolve("uplinks.jsonl");
    Path state = dir.resolve("paho");
    Mosquitto broker = Mosquitto.start(binary, dir.resolve("broker"));
    int port = broker.port();
    MqttSettings settings = new MqttSettings(broker.uri(), "dx-close", Optional.empty(), Optional.empty(),
        MqttSettings.TTS_UPLINKS, archive, state, Duration.ofSeconds(2));
    UplinkReadingsCsv readings = UplinkReadingsCsv.open(dir.resolve("readings.csv"), ArchiveReplayTest.registry());
    TtsMqttSubscriber s = TtsMqttSubscriber.start(settings, 1, readings);
    assertThat(lockFiles(state)).as("Paho's lock while the client is open").hasSize(1);
    broker.stop();
    // in the broker's place, a server that accepts the connection and never answers: the subscriber's
    // reconnection attempt (after 1 s) waits there for a CONNACK
    try (ServerSocket hole = new ServerSocket()) {
      hole.setReuseAddress(true);
      hole.bind(new InetSocketAddress("127.0.0.1", port));
      hole.setSoTimeout(10_000);
      try (Socket attempt = hole.accept()) {
        assertThat(s.isConnected()).isFalse();
        s.close();
      }
    }
    assertThat(s.isConnected()).isFalse();
    assertThat(TtsMqttSubscriberTest.openFilesOf(archive)).as("open descriptors of the archive").isZero();
    assertThatThrownBy(() -> readings.write(UplinkReadingsCsvTest.uplink("dev-a", 0, "21.5")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("readings.csv");
    // the client is closed: its file persistence released the lock it holds while a client uses it
    assertThat(lockFiles(state)).isEmpty();
  }

  /** @return the lock files of Paho's file persistence under the directory (one per open client) */
  static java.util.List<Path> lockFiles(Path state) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(state)) {
      return files.filter(p -> p.getFileName().toString().equals(".lck")).toList();
    }
  }
}
