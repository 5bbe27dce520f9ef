package org.municipaldx.iot.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.InvalidValueException;

/** The subscriber's rules that need no broker: one line per message, the attempts, a refused first connection. */
class SubscriberWithoutBrokerTest {
  @TempDir
  Path dir;

  /** A port nothing listens on: the connection is refused at once. */
  static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void everyLineBreakOfAMessageBecomesASpaceAndNothingElseChanges() {
    byte[] body = "{\r\n \"a\":\t1,\n\"b\":\"x\"}\r".getBytes(StandardCharsets.UTF_8);
    assertThat(new String(TtsMqttSubscriber.oneLine(body), StandardCharsets.UTF_8)).isEqualTo("{   \"a\":\t1, \"b\":\"x\"} ");
    // the first and last bytes too, and the message itself is not changed (the archive gets a copy)
    byte[] edges = {'\n', 'x', '\n'};
    assertThat(TtsMqttSubscriber.oneLine(edges)).containsExactly(' ', 'x', ' ');
    assertThat(edges).containsExactly('\n', 'x', '\n');
    assertThat(TtsMqttSubscriber.oneLine(new byte[0])).isEmpty();
  }

  @Test
  void noAttemptToConnectIsRefused() {
    MqttSettings s = MqttSettings.of("tcp://127.0.0.1:1", "dx-1", dir.resolve("a.jsonl"), dir.resolve("paho"));
    assertThatThrownBy(() -> TtsMqttSubscriber.start(s, 0)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.type()).isEqualTo("TtsMqttSubscriber");
      assertThat(e.field()).isEqualTo("attempts");
      assertThat(e.value()).isEqualTo("0");
      assertThat(e.rule()).isEqualTo("must be positive");
    });
    assertThat(dir.resolve("a.jsonl")).doesNotExist();
  }

  /** One attempt against a port nothing listens on: Paho's error, and the archive and readings file are closed. */
  @Test
  void aRefusedFirstConnectionWithOneAttemptFailsAtOnceAndClosesWhatItOpened() throws Exception {
    Path archive = dir.resolve("archive/uplinks.jsonl");
    MqttSettings s = new MqttSettings("tcp://127.0.0.1:" + closedPort(), "dx-1", Optional.empty(), Optional.empty(),
        MqttSettings.TTS_UPLINKS, archive, dir.resolve("state/paho"), Duration.ofSeconds(2));
    UplinkReadingsCsv readings = UplinkReadingsCsv.open(dir.resolve("readings.csv"), ArchiveReplayTest.registry());
    assertThatThrownBy(() -> TtsMqttSubscriber.start(s, 1, readings)).isInstanceOfSatisfying(MqttException.class,
        e -> assertThat(e.getReasonCode()).isEqualTo(MqttException.REASON_CODE_SERVER_CONNECT_ERROR));
    // the archive and the client's state directory were made before connecting, and nothing was written
    assertThat(archive).exists().isEmptyFile();
    // and the archive is closed again: no descriptor of this process is left open on it
    assertThat(TtsMqttSubscriberTest.openFilesOf(archive)).isZero();
    // and the client is closed: its file persistence released its lock file
    assertThat(SubscriberCloseTest.lockFiles(dir.resolve("state/paho"))).isEmpty();
    assertThat(dir.resolve("state/paho")).isDirectory();
    // the readings file the caller handed over is closed with the subscriber
    assertThatThrownBy(() -> readings.write(UplinkReadingsCsvTest.uplink("dev-a", 0, "21.5")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("readings.csv");
    assertThat(Files.readString(dir.resolve("readings.csv"))).isEqualTo(UplinkReadingsCsv.HEADER);
  }
}
