package org.municipaldx.iot.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MqttDefaultFilePersistence;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.lpp.UplinkReader;

/**
 * Subscribes to The Things Stack's MQTT integration and appends every message to an archive file,
 * one JSON message per line, which {@link org.municipaldx.iot.ingest.UplinkIngest} and
 * {@code dx iot compliance --uplinks FILE --registry FILE} turn into readings at places.
 *
 * <p><b>Nothing is lost across a restart.</b> The subscription is QoS 1 with a persistent session
 * (clean session off, a fixed client id): while the subscriber is away the broker queues the
 * messages and delivers them when it comes back. A message is acknowledged (PUBACK) only after it
 * has been appended to the archive and forced to disk; if the subscriber stops in between, the
 * broker delivers it again, and the archive reader counts such a copy once (same device, frame
 * counter and payload: {@link UplinkReader}'s retransmission rule). When the connection drops,
 * the client reconnects on its own, waiting 1 s, 2 s, 4 s, … up to
 * {@link MqttSettings#maxReconnectDelay()} (Eclipse Paho's automatic reconnect); the first
 * connection is retried with the same back-off.
 *
 * <p>A message spread over several lines is archived compacted to one line; a message that is not
 * JSON is archived with its line breaks replaced by spaces (the archive reader then lists it as a
 * problem with its place). Messages that are not usable uplinks are still archived and are counted
 * in {@link #problems()}.
 *
 * <p>Why Eclipse Paho (org.eclipse.paho.client.mqttv3 1.2.5) rather than the HiveMQ client: one
 * jar with no dependencies (HiveMQ's client brings Netty, RxJava and Dagger), file persistence of
 * in-flight QoS 1 state, manual acknowledgement, and automatic reconnect with exponential
 * back-off built in — all this subscriber needs of MQTT 3.1.1, which The Things Stack's MQTT
 * server speaks. Thread-safe.
 */
public final class TtsMqttSubscriber implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MqttSettings settings;
  private final MqttClient client;
  private final FileChannel archive;
  private final UplinkProblems problems = UplinkProblems.create();
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong archived = new AtomicLong();
  private final AtomicLong reconnects = new AtomicLong();
  private final java.util.concurrent.ExecutorService resubscriber = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "dx-mqtt-resubscribe");
    t.setDaemon(true);
    return t;
  });

  private TtsMqttSubscriber(MqttSettings settings) throws MqttException, IOException {
    this.settings = settings;
    Files.createDirectories(settings.persistenceDirectory());
    if (settings.archive().getParent() != null) {
      Files.createDirectories(settings.archive().getParent());
    }
    this.archive = FileChannel.open(settings.archive(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    this.client = new MqttClient(settings.serverUri(), settings.clientId(),
        new MqttDefaultFilePersistence(settings.persistenceDirectory().toString()));
    client.setManualAcks(true);
    client.setCallback(new Callback());
  }

  /**
   * Connects (retrying with back-off until it succeeds or the attempts run out) and subscribes.
   *
   * @param settings  the settings, not null
   * @param attempts  how many times to try the first connection, positive
   * @return the running subscriber, never null
   * @throws MqttException if the first connection fails every attempt, or the subscription is refused
   * @throws IOException if the archive cannot be opened
   * @throws InterruptedException if interrupted while waiting to retry
   */
  public static TtsMqttSubscriber start(MqttSettings settings, int attempts)
      throws MqttException, IOException, InterruptedException {
    Objects.requireNonNull(settings, "settings");
    if (attempts < 1) {
      throw new InvalidValueException("TtsMqttSubscriber", "attempts", attempts, "must be positive");
    }
    TtsMqttSubscriber s = new TtsMqttSubscriber(settings);
    long delay = 1000;
    for (int i = 1; ; i++) {
      try {
        s.client.connect(s.options());
        break;
      } catch (MqttException e) {
        if (i >= attempts) {
          s.closeQuietly();
          throw e;
        }
        Thread.sleep(delay);
        delay = Math.min(delay * 2, settings.maxReconnectDelay().toMillis());
      }
    }
    s.client.subscribe(settings.topicFilter(), 1);
    return s;
  }

  private MqttConnectOptions options() {
    MqttConnectOptions o = new MqttConnectOptions();
    o.setCleanSession(false);
    o.setAutomaticReconnect(true);
    o.setMaxReconnectDelay((int) settings.maxReconnectDelay().toMillis());
    o.setKeepAliveInterval(30);
    o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
    settings.username().ifPresent(o::setUserName);
    settings.password().ifPresent(o::setPassword);
    return o;
  }

  private final class Callback implements MqttCallbackExtended {
    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
      if (reconnect) {
        reconnects.incrementAndGet();
        // The broker keeps the subscription of a persistent session; subscribing again covers a broker
        // that lost it. Not on this callback thread: queued messages arrive before the SUBACK, and
        // when Paho's inbound queue (10 messages) is full its receiver waits for this thread, which
        // would wait for the SUBACK for ever (seen in TtsMqttSubscriberTest after a broker restart).
        resubscriber.execute(() -> {
          try {
            client.subscribe(settings.topicFilter(), 1);
          } catch (MqttException e) {
            // the next reconnect tries again; queued messages still arrive under the kept session
          }
        });
      }
    }

    @Override
    public void connectionLost(Throwable cause) {
      // Paho reconnects on its own (automatic reconnect with back-off)
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
      received.incrementAndGet();
      byte[] body = message.getPayload();
      UplinkReader.create().readOne(body, topic, problems);
      byte[] line = oneLine(body);
      synchronized (archive) {
        ByteBuffer b = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
        while (b.hasRemaining()) {
          archive.write(b);
        }
        archive.force(false);
      }
      archived.incrementAndGet();
      client.messageArrivedComplete(message.getId(), message.getQos());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
      // this client publishes nothing
    }
  }

  static byte[] oneLine(byte[] body) {
    try {
      JsonNode n = JSON.readTree(body);
      if (n != null) {
        return JSON.writeValueAsBytes(n);
      }
    } catch (IOException e) {
      // not JSON: kept as it came, on one line
    }
    byte[] out = body.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == '\n' || out[i] == '\r') {
        out[i] = ' ';
      }
    }
    return out;
  }

  /** @return the messages received (a message delivered again after a restart counts again) */
  public long received() {
    return received.get();
  }

  /** @return the messages appended to the archive */
  public long archived() {
    return archived.get();
  }

  /** @return how many times the connection was re-established */
  public long reconnects() {
    return reconnects.get();
  }

  /** @return whether the client is connected now */
  public boolean isConnected() {
    return client.isConnected();
  }

  /**
   * @return the messages that are not usable uplinks (they are archived all the same); read it when
   *     the subscriber is closed or quiet (Paho's one callback thread adds to it), never null
   */
  public UplinkProblems problems() {
    return problems;
  }

  /** @return the settings, never null */
  public MqttSettings settings() {
    return settings;
  }

  /**
   * Disconnects, keeping the session at the broker: messages published while away are delivered
   * at the next start with the same client id.
   */
  @Override
  public void close() {
    resubscriber.shutdownNow();
    try {
      if (client.isConnected()) {
        client.disconnect(5_000);
      }
      client.close();
    } catch (MqttException e) {
      try {
        client.disconnectForcibly(1_000, 1_000);
        client.close();
      } catch (MqttException ignored) {
        // already closed
      }
    } finally {
      try {
        archive.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the archive " + settings.archive(), e);
      }
    }
  }

  private void closeQuietly() {
    resubscriber.shutdownNow();
    try {
      client.close();
    } catch (MqttException ignored) {
      // never connected
    }
    try {
      archive.close();
    } catch (IOException ignored) {
      // nothing written
    }
  }

  /** @return the longest wait between reconnection attempts */
  Duration maxReconnectDelay() {
    return settings.maxReconnectDelay();
  }
}
