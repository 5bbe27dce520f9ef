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

/**
 * A real Mosquitto broker (Debian's {@code mosquitto} package) run by a test on a free local port.
 *
 * <p>No broker outlives its test process. A shutdown hook stops it when the JVM exits (PIT's minion
 * ending on a timeout, Ctrl-C, SIGTERM), and every running broker has a pid file in {@link #PID_DIR}
 * naming it and the JVM that started it: a JVM killed outright (SIGKILL: no hook runs) leaves the file,
 * and the next {@link #start} stops the broker of a JVM that is gone. A broker whose JVM still runs
 * (another test process, e.g. PIT's other minion) is left alone.
 */
final class Mosquitto implements AutoCloseable {
  /** Where each running broker's pid file is: {@code <broker pid>.pid}, holding the owner JVM's pid and start. */
  static final Path PID_DIR = Path.of(System.getProperty("java.io.tmpdir"),
      "dx-test-mosquitto-" + System.getProperty("user.name"));

  private final Path binary;
  private final Path dir;
  private final int port;
  private Process process;
  private Thread hook;

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
    reapOrphans();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Mosquitto m = new Mosquitto(binary, dir, port);
    m.restart();
    return m;
  }

  /** {@return the running broker's process id} */
  long pid() {
    return process.pid();
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
    register(process);
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
    unregister();
  }

  /** Writes the broker's pid file and the shutdown hook that stops it if the JVM exits first. */
  private void register(Process started) throws IOException {
    if (hook != null) {
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    ProcessHandle self = ProcessHandle.current();
    Files.createDirectories(PID_DIR);
    Files.writeString(PID_DIR.resolve(started.pid() + ".pid"), self.pid() + " " + startOf(self), StandardCharsets.UTF_8);
    hook = new Thread(() -> {
      started.destroyForcibly();
      try {
        Files.deleteIfExists(PID_DIR.resolve(started.pid() + ".pid"));
      } catch (IOException ignored) {
        // the next start reaps it
      }
    }, "mosquitto-" + port + "-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  private void unregister() {
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or about to: it does the same
      }
      hook = null;
    }
    if (process != null) {
      try {
        Files.deleteIfExists(PID_DIR.resolve(process.pid() + ".pid"));
      } catch (IOException ignored) {
        // a stale file names a dead broker: reapOrphans removes it
      }
    }
  }

  /**
   * Stops every broker whose pid file names a JVM that is gone (killed before its hook could run), and
   * removes the pid files of brokers that are gone. Only a live process whose command is mosquitto is stopped.
   */
  static void reapOrphans() throws IOException {
    if (!Files.isDirectory(PID_DIR)) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.list(PID_DIR)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".pid")) {
          continue;
        }
        long brokerPid;
        String[] owner;
        try {
          brokerPid = Long.parseLong(name.substring(0, name.length() - ".pid".length()));
          owner = Files.readString(f, StandardCharsets.UTF_8).trim().split(" ");
        } catch (NumberFormatException | IOException e) {
          continue;
        }
        Optional<ProcessHandle> broker = ProcessHandle.of(brokerPid)
            .filter(h -> h.info().command().map(c -> c.endsWith("mosquitto")).orElse(false));
        if (broker.isEmpty()) {
          Files.deleteIfExists(f);
          continue;
        }
        boolean ownerAlive = owner.length == 2 && owner[0].matches("[0-9]{1,18}")
            && ProcessHandle.of(Long.parseLong(owner[0])).map(h -> startOf(h).equals(owner[1])).orElse(false);
        if (!ownerAlive) {
          broker.get().destroyForcibly();
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static String startOf(ProcessHandle h) {
    return h.info().startInstant().map(Object::toString).orElse("?");
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
