package org.municipaldx.iot.lpp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.Sensor;

/**
 * Turns decoded Cayenne LPP records into {@link Reading}s: which channel carries which quantity.
 *
 * <p>By default a record's type decides ({@link LppType#defaultQuantity()}: temperature → air
 * temperature, humidity → relative humidity, concentration → CO2, illuminance, barometer); a
 * channel can be mapped explicitly (e.g. concentration on channel 4 is CO); a mapping applies to
 * one-value records only, so an accelerometer, gyrometer or GPS record on a mapped channel is still
 * not a reading. Records whose type carries no environmental quantity (digital input, GPS, …) and
 * that are not mapped are not readings and are left out; {@link #unmapped(List)} lists every record
 * left out. A record whose value is not
 * possible for its quantity (e.g. humidity 127.5 %) rejects the whole conversion. Immutable and
 * thread-safe.
 */
public final class LppReadings {
  private final Map<Integer, Quantity> channels;

  private LppReadings(Map<Integer, Quantity> channels) {
    this.channels = channels;
  }

  /** {@return the mapping by type only, never null} */
  public static LppReadings byType() {
    return new LppReadings(Map.of());
  }

  /**
   * {@return a mapping that also maps this channel, never null}
   *
   * @param channel  the channel, 0 to 255
   * @param quantity  the quantity its one-value records carry, not null
   */
  public LppReadings withChannel(int channel, Quantity quantity) {
    Objects.requireNonNull(quantity, "quantity");
    if (channel < 0 || channel > 255) {
      throw Checks.invalid("LppReadings", "channel", channel, "must be from 0 to 255");
    }
    Map<Integer, Quantity> m = new TreeMap<>(channels);
    m.put(channel, quantity);
    return new LppReadings(Collections.unmodifiableMap(m));
  }

  /**
   * {@return the quantity it is read as, if any}
   *
   * @param value  a record, not null
   */
  public Optional<Quantity> quantityOf(LppValue value) {
    Quantity q = channels.get(value.channel());
    if (q != null && value.values().size() == 1) {
      return Optional.of(q);
    }
    return value.type().defaultQuantity();
  }

  /**
   * {@return one reading per mapped record, in payload order, never null}
   *
   * @param sensorId  the sensor the records come from, not null
   * @param observedAt  when they were observed, not null
   * @param values  the decoded records, not null
   * @throws IllegalArgumentException naming the channel and the value if a value is not possible
   *     for its quantity
   */
  public List<Reading> toReadings(String sensorId, Instant observedAt, List<LppValue> values) {
    List<Reading> out = new ArrayList<>(values.size());
    for (LppValue v : values) {
      Optional<Quantity> q = quantityOf(v);
      if (q.isPresent()) {
        try {
          out.add(Reading.of(sensorId, q.get(), v.value(), observedAt));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("LppReadings: channel " + v.channel() + " (" + v.type().label()
              + ") value " + org.municipaldx.core.internal.Checks.plain(v.value()) + " is not a possible " + q.get() + ": " + e.getMessage(), e);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Decodes an uplink strictly and converts it: the sensor id is the uplink's device id, the
   * observation time its {@code received_at}.
   *
   * @param uplink  the uplink, not null
   * @return the readings, never null
   * @throws LppFormatException if the payload cannot be decoded
   * @throws IllegalArgumentException if a value is impossible or the device id is not a sensor id
   * @throws IllegalStateException if the uplink came on FPort 0 (MAC commands, see {@link TtsUplink#decodeLpp()})
   */
  public List<Reading> toReadings(TtsUplink uplink) {
    return toReadings(uplink.deviceId(), uplink.receivedAt(), uplink.decodeLpp());
  }

  /**
   * Decodes an uplink strictly and converts it for a known sensor: the uplink's device id must be
   * the sensor's {@link Sensor#deviceId()} (or its id when it has none); readings carry the
   * sensor's id.
   *
   * @param uplink  the uplink, not null
   * @param sensor  the sensor that sent it, not null
   * @return the readings, never null
   * @throws IllegalArgumentException if the uplink is from another device or a value is impossible
   * @throws LppFormatException if the payload cannot be decoded
   * @throws IllegalStateException if the uplink came on FPort 0 (MAC commands, see {@link TtsUplink#decodeLpp()})
   */
  public List<Reading> toReadings(TtsUplink uplink, Sensor sensor) {
    String expected = sensor.deviceId().orElse(sensor.id());
    if (!uplink.deviceId().equals(expected)) {
      throw new IllegalArgumentException("LppReadings: uplink from device '" + uplink.deviceId()
          + "' is not from sensor '" + sensor.id() + "' (device '" + expected + "')");
    }
    return toReadings(sensor.id(), uplink.receivedAt(), uplink.decodeLpp());
  }

  /**
   * Decodes leniently and converts what was decoded: the readings of the records before the first
   * fault, together with the fault.
   *
   * @param sensorId  the sensor id, not null
   * @param observedAt  the observation instant, not null
   * @param payload  the payload, not null
   * @return the readings and the fault, if any; never null
   * @throws IllegalArgumentException if a decoded value is impossible for its quantity
   */
  public LppReadingsResult toReadingsLenient(String sensorId, Instant observedAt, byte[] payload) {
    LppDecoding d = CayenneLpp.decodeLenient(payload);
    return new LppReadingsResult(toReadings(sensorId, observedAt, d.values()), d.fault());
  }

  /**
   * {@return the records that {@link #toReadings} leaves out, never null}
   *
   * @param values  decoded records, not null
   */
  public List<LppValue> unmapped(List<LppValue> values) {
    List<LppValue> out = new ArrayList<>();
    for (LppValue v : values) {
      if (quantityOf(v).isEmpty()) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }
}
