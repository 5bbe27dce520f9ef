package org.municipaldx.iot.mqtt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A real Mosquitto broker (Debian's {@code mosquitto} package) run by a test on a free local port. */
final class Mosquitto implements AutoCloseable {
  private final Path binary;
  private final Path dir;
  private final int port;
  private Process process;

  private Mosquitto(Path binary, Path dir, int port) {
    this.binary = binary;
    this.dir = dir;
    this.port = port;
  }

  /** @return the mosquitto program, if installed (on PATH or in /usr/sbin, where Debian puts it) */
  static Optional<Path> binary() {
    String path = System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + "/usr/sbin";
    for (String d : path.split(java.io.File.pathSeparator)) {
      Path p = Path.of(d.isEmpty() ? "." : d, "mosquitto");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Starts a broker with on-disk persistence (sessions survive its restart) in {@code dir}. */
  static Mosquitto start(Path binary, Path dir) throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Mosquitto m = new Mosquitto(binary, dir, port);
    m.restart();
    return m;
  }

  int port() {
    return port;
  }

  String uri() {
    return "tcp://127.0.0.1:" + port;
  }

  void restart() throws IOException, InterruptedException {
    Path conf = dir.resolve("mosquitto.conf");
    Files.createDirectories(dir.resolve("db"));
    Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence true\n"
        + "persistence_location " + dir.resolve("db") + "/\nlog_type all\n"
        // run as the current user (as root, mosquitto would switch to user 'mosquitto', who cannot write here)
        + "user " + System.getProperty("user.name") + "\n", StandardCharsets.UTF_8);
    process = new ProcessBuilder(binary.toString(), "-c", conf.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mosquitto.log").toFile())).start();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException e) {
        if (!process.isAlive()) {
          throw new IOException("mosquitto exited: " + Files.readString(dir.resolve("mosquitto.log")));
        }
        Thread.sleep(50);
      }
    }
    throw new IOException("mosquitto did not listen on port " + port + " within 10 s");
  }

  /** Stops the broker as a service manager would (SIGTERM: it writes its persistence file). */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
