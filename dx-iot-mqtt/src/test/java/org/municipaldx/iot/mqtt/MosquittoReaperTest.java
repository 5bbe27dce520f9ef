package org.municipaldx.iot.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test helper's promise: a broker whose test JVM was killed outright (PIT killing a minion) does not
 * outlive it — the next start stops it — while a broker whose JVM still runs is left alone.
 */
class MosquittoReaperTest {
  private static Process broker(Path binary, Path dir, int port) throws Exception {
    Path conf = dir.resolve("m" + port + ".conf");
    Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous true\n", StandardCharsets.UTF_8);
    return new ProcessBuilder(binary.toString(), "-c", conf.toString()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("m" + port + ".log").toFile()).start();
  }

  private static int freePort() throws Exception {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void aBrokerOfAJvmThatIsGoneIsStoppedAndOneOfALiveJvmIsKept(@TempDir Path dir) throws Exception {
    Path binary = Mosquitto.binary().orElse(null);
    assumeTrue(binary != null, "mosquitto not installed (Debian package mosquitto; .ci/run installs it)");
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Process orphan = broker(binary, dir, freePort());
    Process kept = broker(binary, dir, freePort());
    try {
      Files.createDirectories(Mosquitto.PID_DIR);
      Path orphanFile = Mosquitto.PID_DIR.resolve(orphan.pid() + ".pid");
      Path keptFile = Mosquitto.PID_DIR.resolve(kept.pid() + ".pid");
      Files.writeString(orphanFile, gone.pid() + " " + gone.info().startInstant().map(Object::toString).orElse("?"));
      ProcessHandle self = ProcessHandle.current();
      Files.writeString(keptFile, self.pid() + " " + self.info().startInstant().map(Object::toString).orElse("?"));

      Mosquitto.reapOrphans();

      assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).as("the orphaned broker is stopped").isTrue();
      assertThat(orphanFile).doesNotExist();
      assertThat(kept.isAlive()).as("the broker of this live JVM is left running").isTrue();
      assertThat(keptFile).exists();
      Files.delete(keptFile);
    } finally {
      orphan.destroyForcibly();
      kept.destroyForcibly();
    }
  }

  @Test
  void stopRemovesTheBrokersPidFile(@TempDir Path dir) throws Exception {
    Path binary = Mosquitto.binary().orElse(null);
    assumeTrue(binary != null, "mosquitto not installed (Debian package mosquitto; .ci/run installs it)");
    try (Mosquitto m = Mosquitto.start(binary, dir)) {
      long pid = m.pid();
      assertThat(Mosquitto.PID_DIR.resolve(pid + ".pid")).exists();
      m.stop();
      assertThat(Mosquitto.PID_DIR.resolve(pid + ".pid")).doesNotExist();
    }
  }
}
