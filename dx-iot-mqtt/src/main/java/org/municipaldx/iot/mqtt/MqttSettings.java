package org.municipaldx.iot.mqtt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.InvalidValueException;

/**
 * How to reach The Things Stack's MQTT integration and where to keep what arrives. Immutable and
 * thread-safe (the password array is copied in and out).
 *
 * <p>For The Things Stack the server is e.g. {@code ssl://eu1.cloud.thethings.network:8883}, the
 * user name {@code {application}@{tenant}} and the password an API key with the right to read
 * application traffic (The Things Stack documentation, Integrations → MQTT Server).
 *
 * @param serverUri  {@code tcp://host:1883} or {@code ssl://host:8883}, not blank
 * @param clientId  the MQTT client id; the broker keeps the session (subscription and queued QoS 1
 *     messages) under it, so it must stay the same across restarts; not blank, at most 23 characters
 *     recommended (MQTT 3.1.1 §3.1.3.1)
 * @param username  the user name, if any
 * @param password  the password, if any
 * @param topicFilter  the subscription, by default {@code v3/+/devices/+/up}, not blank
 * @param archive  the file every message is appended to, one per line, not null
 * @param persistenceDirectory  where the client keeps its in-flight QoS 1 state, not null
 * @param maxReconnectDelay  the longest wait between reconnection attempts (waits double from 1 s), positive
 */
public record MqttSettings(String serverUri, String clientId, Optional<String> username, Optional<char[]> password,
    String topicFilter, Path archive, Path persistenceDirectory, Duration maxReconnectDelay) {

  /** The Things Stack's uplink topic of every device of every application the user may read. */
  public static final String TTS_UPLINKS = "v3/+/devices/+/up";

  /**
   * Checks and copies the components.
   *
   * @param serverUri  {@code tcp://host:1883} or {@code ssl://host:8883}, not blank
   * @param clientId  the MQTT client id the broker keeps the session under, not blank
   * @param username  the user name, or empty; not null
   * @param password  the password, or empty; not null (the array is copied)
   * @param topicFilter  the subscription, not blank
   * @param archive  the file every message is appended to, not null
   * @param persistenceDirectory  where the client keeps its in-flight QoS 1 state, not null
   * @param maxReconnectDelay  the longest wait between reconnection attempts, positive, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the server, client id or topic filter is blank
   * @throws InvalidValueException if the reconnect delay is not positive or too long (over
   *     {@code Integer.MAX_VALUE} milliseconds)
   */
  public MqttSettings {
    Objects.requireNonNull(serverUri, "serverUri");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(username, "username");
    password = Objects.requireNonNull(password, "password").map(char[]::clone);
    Objects.requireNonNull(topicFilter, "topicFilter");
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(persistenceDirectory, "persistenceDirectory");
    Objects.requireNonNull(maxReconnectDelay, "maxReconnectDelay");
    if (serverUri.isBlank() || clientId.isBlank() || topicFilter.isBlank()) {
      throw new IllegalArgumentException("MqttSettings: serverUri, clientId and topicFilter must not be blank");
    }
    if (maxReconnectDelay.isNegative() || maxReconnectDelay.isZero() || maxReconnectDelay.toSeconds() > Integer.MAX_VALUE / 1000) {
      throw new InvalidValueException("MqttSettings", "maxReconnectDelay", maxReconnectDelay, "must be positive");
    }
  }

  /**
   * {@return settings without credentials, for {@link #TTS_UPLINKS}, reconnecting at most every 60
   * s}
   *
   * @param serverUri  the broker, not blank
   * @param clientId  the stable client id, not blank
   * @param archive  the archive file, not null
   * @param persistenceDirectory  the client's state directory, not null
   */
  public static MqttSettings of(String serverUri, String clientId, Path archive, Path persistenceDirectory) {
    return new MqttSettings(serverUri, clientId, Optional.empty(), Optional.empty(), TTS_UPLINKS, archive,
        persistenceDirectory, Duration.ofSeconds(60));
  }

  /**
   * {@return these settings with credentials, never null}
   *
   * @param user  the user name, e.g. {@code city-hall-env@ttn}, not null
   * @param secret  the password or API key, not null
   */
  public MqttSettings withCredentials(String user, char[] secret) {
    return new MqttSettings(serverUri, clientId, Optional.of(user), Optional.of(secret), topicFilter, archive,
        persistenceDirectory, maxReconnectDelay);
  }

  /** {@return a copy of the password, if any} */
  @Override
  public Optional<char[]> password() {
    return password.map(char[]::clone);
  }

  /** {@return the settings without the password} */
  @Override
  public String toString() {
    return "MqttSettings[" + serverUri + ", client " + clientId + username.map(u -> ", user " + u).orElse("")
        + ", topic " + topicFilter + ", archive " + archive + "]";
  }
}
