package org.municipaldx.iot.mqtt;

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
 * <p><b>Raw first.</b> Every message is appended to the archive as it came, before anything decodes
 * it: the bytes unchanged except that its line breaks (CR, LF) become spaces, so each message is one
 * line — for JSON that changes nothing, since JSON strings cannot hold a raw line break. The body
 * The Things Stack publishes on {@code v3/{application}@{tenant}/devices/{device}/up} is the same
 * uplink message its webhooks post, so the archive is in the layout the uplink reader reads
 * (webhook bodies, one per line) and can be replayed through
 * {@code dx iot compliance --uplinks ARCHIVE --registry FILE}. Only then is the message decoded:
 * messages that are not usable uplinks (not JSON, a payload that is not Cayenne LPP, …) are still
 * archived and are counted in {@link #problems()}; a decoder failure of any kind cannot lose a
 * message. With a {@link UplinkReadingsCsv}, the decoded readings also go to a readings CSV.
 *
 * <p>Why Eclipse Paho (org.eclipse.paho.client.mqttv3 1.2.5) rather than the HiveMQ client: one
 * jar with no dependencies (HiveMQ's client brings Netty, RxJava and Dagger), file persistence of
 * in-flight QoS 1 state, manual acknowledgement, and automatic reconnect with exponential
 * back-off built in — all this subscriber needs of MQTT 3.1.1, which The Things Stack's MQTT
 * server speaks. Thread-safe.
 */
public final class TtsMqttSubscriber implements AutoCloseable {
  private final MqttSettings settings;
  private final UplinkReadingsCsv readings;
  private final AtomicLong undecodable = new AtomicLong();
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

  private TtsMqttSubscriber(MqttSettings settings, UplinkReadingsCsv readings) throws MqttException, IOException {
    this.settings = settings;
    this.readings = readings;
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
    return start(settings, attempts, null);
  }

  /**
   * Connects (retrying with back-off until it succeeds or the attempts run out) and subscribes;
   * each uplink's readings also go to a readings CSV.
   *
   * @param settings  the settings, not null
   * @param attempts  how many times to try the first connection, positive
   * @param readings  where decoded readings go, or null for the raw archive alone; the subscriber
   *     closes it when it is closed
   * @return the running subscriber, never null
   * @throws MqttException if the first connection fails every attempt, or the subscription is refused
   * @throws IOException if the archive cannot be opened
   * @throws InterruptedException if interrupted while waiting to retry
   */
  public static TtsMqttSubscriber start(MqttSettings settings, int attempts, UplinkReadingsCsv readings)
      throws MqttException, IOException, InterruptedException {
    Objects.requireNonNull(settings, "settings");
    if (attempts < 1) {
      throw new InvalidValueException("TtsMqttSubscriber", "attempts", attempts, "must be positive");
    }
    TtsMqttSubscriber s = new TtsMqttSubscriber(settings, readings);
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
      // raw first: on disk before anything decodes it
      byte[] line = oneLine(body);
      synchronized (archive) {
        ByteBuffer b = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
        while (b.hasRemaining()) {
          archive.write(b);
        }
        archive.force(false);
      }
      archived.incrementAndGet();
      try {
        java.util.Optional<org.municipaldx.iot.lpp.TtsUplink> up = UplinkReader.create().readOne(body, topic, problems);
        if (readings != null && up.isPresent()) {
          readings.write(up.get());
        }
      } catch (RuntimeException e) {
        if (e instanceof UncheckedIOException) {
          throw e; // the readings file cannot be written: not acknowledged, delivered again
        }
        // a decoder failure: the message is archived, the report lists it from there
        undecodable.incrementAndGet();
      }
      client.messageArrivedComplete(message.getId(), message.getQos());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
      // this client publishes nothing
    }
  }

  /** The message as it came, its line breaks (CR, LF) made spaces so that it is one line. */
  static byte[] oneLine(byte[] body) {
    byte[] out = body.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == '\n' || out[i] == '\r') {
        out[i] = ' ';
      }
    }
    return out;
  }

  /** {@return the messages received (a message delivered again after a restart counts again)} */
  public long received() {
    return received.get();
  }

  /** {@return the messages appended to the archive} */
  public long archived() {
    return archived.get();
  }

  /** {@return the messages whose decoding failed unexpectedly (they are archived all the same)} */
  public long undecodable() {
    return undecodable.get();
  }

  /** {@return the readings CSV, if the subscriber writes one} */
  public java.util.Optional<UplinkReadingsCsv> readings() {
    return java.util.Optional.ofNullable(readings);
  }

  /** {@return how many times the connection was re-established} */
  public long reconnects() {
    return reconnects.get();
  }

  /** {@return whether the client is connected now} */
  public boolean isConnected() {
    return client.isConnected();
  }

  /**
   * {@return the messages that are not usable uplinks (they are archived all the same); read it
   * when the subscriber is closed or quiet (Paho's one callback thread adds to it), never null}
   */
  public UplinkProblems problems() {
    return problems;
  }

  /** {@return the settings, never null} */
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
      } finally {
        if (readings != null) {
          readings.close();
        }
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
    if (readings != null) {
      readings.close();
    }
  }

  /** {@return the longest wait between reconnection attempts} */
  Duration maxReconnectDelay() {
    return settings.maxReconnectDelay();
  }
}
