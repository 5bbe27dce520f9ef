package org.municipaldx.iot.ingest;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Sensor;
import org.municipaldx.iot.lpp.LppReadings;

/**
 * One device of a {@link DeviceRegistry}: the network server's device id, the sensor id readings
 * carry, where it is, its nominal reporting interval (what gap detection compares silences with;
 * empty when the registry does not say) and which Cayenne LPP channel carries which quantity
 * (channels not listed are read by their record type, as {@link LppReadings#byType()} does).
 * Immutable and thread-safe.
 *
 * @param deviceId  the network server's device id, not blank
 * @param sensorId  the sensor id ({@link Ids#DEVICE_ID_PATTERN}), not null
 * @param location  the location, not null
 * @param reportingInterval  the nominal interval between uplinks, positive, if known
 * @param channels  LPP channel → quantity, not null
 */
public record RegisteredDevice(String deviceId, String sensorId, Location location, Optional<Duration> reportingInterval,
    Map<Integer, Quantity> channels) {

  /**
   * Checks and copies the components.
   *
   * @param deviceId  the network server's device id, not blank
   * @param sensorId  the sensor id ({@link Ids#DEVICE_ID_PATTERN}), not null
   * @param location  the location, not null
   * @param reportingInterval  the nominal interval between uplinks, positive, if known
   * @param channels  LPP channel → quantity, not null
   */
  public RegisteredDevice {
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(sensorId, "sensorId");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reportingInterval, "reportingInterval");
    if (deviceId.isBlank()) {
      throw Checks.invalid("RegisteredDevice", "deviceId", deviceId, "must not be blank");
    }
    if (!Sensor.isValidId(sensorId)) {
      throw Checks.invalid("RegisteredDevice", "sensorId", sensorId, "must match " + Ids.DEVICE_ID_PATTERN);
    }
    reportingInterval.ifPresent(d -> {
      if (d.isNegative() || d.isZero()) {
        throw Checks.invalid("RegisteredDevice", "reportingInterval", d, "must be positive");
      }
    });
    Map<Integer, Quantity> m = new TreeMap<>();
    for (Map.Entry<Integer, Quantity> e : channels.entrySet()) {
      int c = Objects.requireNonNull(e.getKey(), "channel");
      if (c < 0 || c > 255) {
        throw Checks.invalid("RegisteredDevice", "channels", c, "a channel must be from 0 to 255");
      }
      m.put(c, Objects.requireNonNull(e.getValue(), "quantity"));
    }
    channels = Collections.unmodifiableMap(m);
  }

  /** {@return the LPP mapping of this device: its channels, then record types, never null} */
  public LppReadings lppReadings() {
    LppReadings r = LppReadings.byType();
    for (Map.Entry<Integer, Quantity> e : channels.entrySet()) {
      r = r.withChannel(e.getKey(), e.getValue());
    }
    return r;
  }
}
