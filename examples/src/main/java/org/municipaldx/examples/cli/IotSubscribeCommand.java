package org.municipaldx.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.iot.ingest.DeviceRegistry;
import org.municipaldx.iot.ingest.RegistryFormatException;
import org.municipaldx.iot.mqtt.MqttSettings;
import org.municipaldx.iot.mqtt.TtsMqttSubscriber;
import org.municipaldx.iot.mqtt.UplinkReadingsCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dx iot subscribe}: The Things Stack's MQTT integration to an archive (and a readings file),
 * through dx-iot-mqtt's {@link TtsMqttSubscriber}. The API key is read from an environment variable
 * only — a command-line argument would show in the process list and the shell's history.
 */
@Command(name = "subscribe", mixinStandardHelpOptions = true,
    description = {"Subscribes to The Things Stack's MQTT integration (topic v3/{application}@{tenant}/devices/+/up,",
        "QoS 1, persistent session: what arrives while this command is not running is queued by the server and",
        "delivered at the next start with the same client id) and appends every message, raw, to the archive",
        "before decoding it; with --registry and --readings, the decoded readings also go to a readings CSV.",
        "Reconnects with back-off. Runs until stopped (Ctrl-C) or --stop-after. Afterwards:",
        "  dx iot compliance --uplinks ARCHIVE --registry FILE   or   dx iot compliance --readings FILE",
        "The API key (an API key of the application with the right to read application traffic) is read from",
        "the environment variable named by --api-key-env, never from the command line."})
public final class IotSubscribeCommand implements Callable<Integer> {
  /** The environment, replaceable by tests. */
  static UnaryOperator<String> environment = System::getenv;

  @Option(names = "--broker", required = true, paramLabel = "URL",
      description = "the MQTT server: ssl://eu1.cloud.thethings.network:8883 (The Things Stack Cloud, Europe), "
          + "ssl://<cluster>:8883 for your own, tcp://host:1883 without TLS")
  String broker;

  @Option(names = "--application", required = true, paramLabel = "ID", description = "the application id")
  String application;

  @Option(names = "--tenant", defaultValue = "ttn", paramLabel = "TENANT",
      description = "the tenant (default: ${DEFAULT-VALUE}, The Things Network's); the user name is {application}@{tenant}")
  String tenant;

  @Option(names = "--api-key-env", defaultValue = "TTS_API_KEY", paramLabel = "VAR",
      description = "the environment variable holding the API key (default: ${DEFAULT-VALUE})")
  String apiKeyEnv;

  @Option(names = "--no-auth", description = "connect without user name and key (a local test broker)")
  boolean noAuth;

  @Option(names = "--client-id", paramLabel = "ID",
      description = "the MQTT client id the server keeps the session under; keep it across restarts "
          + "(default: dx-{application})")
  String clientId;

  @Option(names = "--archive", required = true, paramLabel = "FILE",
      description = "every message, one per line, appended (dx iot compliance --uplinks reads it)")
  Path archive;

  @Option(names = "--registry", paramLabel = "FILE", description = "device registry, CSV or JSON (for --readings)")
  Path registry;

  @Option(names = "--readings", paramLabel = "FILE",
      description = "also append the decoded readings, at their registered places, to this readings CSV (needs --registry)")
  Path readings;

  @Option(names = "--state", paramLabel = "DIR",
      description = "where the client keeps its in-flight QoS 1 state (default: ARCHIVE.paho beside the archive)")
  Path state;

  @Option(names = "--stop-after", paramLabel = "SECONDS", description = "stop after this many seconds (default: run until stopped)")
  Long stopAfter;

  @Option(names = "--attempts", defaultValue = "10", paramLabel = "N",
      description = "attempts at the first connection, waiting 1 s, 2 s, 4 s, … between them (default: ${DEFAULT-VALUE})")
  int attempts;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    CommandLine cl = spec.commandLine();
    if (readings != null && registry == null) {
      throw new CommandLine.ParameterException(cl, "--readings needs --registry FILE (device → place and quantities)");
    }
    if (stopAfter != null && stopAfter <= 0) {
      throw new CommandLine.ParameterException(cl, "--stop-after: must be positive seconds (was '" + stopAfter + "')");
    }
    if (attempts < 1) {
      throw new CommandLine.ParameterException(cl, "--attempts: must be positive (was '" + attempts + "')");
    }
    String key = noAuth ? null : environment.apply(apiKeyEnv);
    if (!noAuth && (key == null || key.isBlank())) {
      throw new CommandLine.ParameterException(cl, "the API key is read from the environment variable " + apiKeyEnv
          + ", which is not set (export " + apiKeyEnv + "=NNSXS.…; it is never taken from the command line, where "
          + "the process list and the shell's history would show it); --no-auth for a broker without authentication");
    }
    PrintWriter err = cl.getErr();
    PrintWriter out = cl.getOut();
    String id = clientId != null ? clientId : "dx-" + application;
    String topic = "v3/" + application + "@" + tenant + "/devices/+/up";
    Path paho = state != null ? state : archive.resolveSibling(archive.getFileName() + ".paho");
    MqttSettings settings = new MqttSettings(broker, id, Optional.empty(), Optional.empty(), topic, archive, paho,
        Duration.ofSeconds(60));
    if (!noAuth) {
      settings = settings.withCredentials(application + "@" + tenant, key.toCharArray());
    }
    UplinkReadingsCsv readingsFile = null;
    try {
      if (readings != null) {
        readingsFile = UplinkReadingsCsv.open(readings, DeviceRegistry.read(registry));
      }
    } catch (RegistryFormatException | IngestException e) {
      err.println("dx iot subscribe: " + e.getMessage());
      return DxCommand.INPUT_ERROR;
    }
    TtsMqttSubscriber sub;
    try {
      sub = TtsMqttSubscriber.start(settings, attempts, readingsFile);
    } catch (MqttException e) {
      err.println("dx iot subscribe: cannot subscribe to " + topic + " at " + broker + ": " + e.getMessage()
          + " (reason code " + e.getReasonCode() + ")");
      return DxCommand.IO_ERROR;
    }
    out.println("subscribed to " + topic + " at " + broker + " as " + id + "; archiving to " + archive
        + (readings != null ? ", readings to " + readings : ""));
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    Runnable stop = () -> {
      if (closed.compareAndSet(false, true)) {
        sub.close();
        out.println("received " + sub.received() + " messages, archived " + sub.archived() + ", not usable uplinks "
            + sub.problems().total() + ", reconnections " + sub.reconnects()
            + sub.readings().map(r -> "; readings written " + r.written() + ", uplinks not written " + r.skipped())
                .orElse(""));
        out.flush();
      }
    };
    // Ctrl-C (SIGINT, SIGTERM): the JVM runs this hook and exits; the session stays at the server
    Thread hook = new Thread(() -> {
      stop.run();
      stopped.countDown();
    }, "dx-iot-subscribe-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      if (stopAfter != null) {
        stopped.await(stopAfter, TimeUnit.SECONDS);
      } else {
        stopped.await();
      }
    } finally {
      if (stopped.getCount() > 0) {
        Runtime.getRuntime().removeShutdownHook(hook);
        stop.run();
      }
    }
    return DxCommand.OK;
  }
}
