package org.municipaldx.iot.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppFormatException;
import org.municipaldx.iot.lpp.LppReadings;
import org.municipaldx.iot.lpp.LppValue;
import org.municipaldx.iot.lpp.TtsUplink;
import org.municipaldx.iot.lpp.UplinkProblem;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.lpp.UplinkReader;
import org.municipaldx.iot.report.ComplianceAccumulator;

/**
 * Turns uplinks into readings at places: each uplink's device is looked up in the registry, its
 * payload decoded as Cayenne LPP with the device's channel mapping, and every reading goes to a
 * {@link ComplianceAccumulator}, observed at the uplink's {@code received_at}. An uplink that
 * cannot be used — unknown device, FPort 0, a payload that is not Cayenne LPP, a value not possible
 * for its quantity, a time earlier than the sensor's previous uplink — is listed in the
 * {@link UplinkProblems} with its place and none of its readings is applied (an uplink is applied
 * whole or not at all). Not thread-safe.
 */
public final class UplinkIngest implements UplinkReader.Sink {
  private final DeviceRegistry registry;
  private final ComplianceAccumulator accumulator;
  private final UplinkProblems problems;
  private final int[] sensorOf;
  private final LppReadings[] mappings;
  private final java.util.Map<String, Integer> deviceIndex = new java.util.HashMap<>();
  private String source = "";
  private long uplinks;
  private long readings;

  private UplinkIngest(DeviceRegistry registry, ComplianceAccumulator accumulator, UplinkProblems problems) {
    this.registry = registry;
    this.accumulator = accumulator;
    this.problems = problems;
    int n = registry.devices().size();
    this.sensorOf = new int[n];
    this.mappings = new LppReadings[n];
    int i = 0;
    for (RegisteredDevice d : registry.devices()) {
      sensorOf[i] = accumulator.sensor(d.sensorId(), d.location(), d.reportingInterval());
      mappings[i] = d.lppReadings();
      deviceIndex.put(d.deviceId(), i);
      i++;
    }
  }

  /**
   * Registers every device of the registry with the accumulator (so that a device that never
   * reports shows as silent).
   *
   * @param registry  the registry, not null
   * @param accumulator  the accumulator, not null
   * @param problems  where problems are listed, not null
   * @return the ingest, never null
   */
  public static UplinkIngest create(DeviceRegistry registry, ComplianceAccumulator accumulator, UplinkProblems problems) {
    return new UplinkIngest(Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(accumulator,
        "accumulator"), Objects.requireNonNull(problems, "problems"));
  }

  /**
   * Reads a stream of uplinks (Storage Integration export, webhook bodies or MQTT messages, one per
   * line) into the accumulator.
   *
   * @param in  the stream, not null; not closed
   * @param sourceName  the name for problems, not null
   * @return the reader's counts, never null
   * @throws IOException if the stream cannot be read
   */
  public UplinkReader.Result read(InputStream in, String sourceName) throws IOException {
    this.source = Objects.requireNonNull(sourceName, "sourceName");
    return UplinkReader.create().read(in, sourceName, problems, this);
  }

  @Override
  public void accept(TtsUplink up, long line, long byteOffset) {
    accept(up, source, line, byteOffset);
  }

  /**
   * Applies one uplink.
   *
   * @param up  the uplink, not null
   * @param sourceName  where it came from, not null
   * @param line  its line, from 1
   * @param byteOffset  its byte offset in the source
   * @return whether it was applied
   */
  public boolean accept(TtsUplink up, String sourceName, long line, long byteOffset) {
    Integer d = deviceIndex.get(up.deviceId());
    if (d == null) {
      problem(up, sourceName, line, byteOffset, UplinkProblem.Kind.UNKNOWN_DEVICE, "/end_device_ids/device_id",
          OptionalInt.empty(), "device '" + up.deviceId() + "' is not in the registry");
      return false;
    }
    if (up.fPort().isPresent() && up.fPort().getAsInt() == 0) {
      problem(up, sourceName, line, byteOffset, UplinkProblem.Kind.MAC_PORT, "/uplink_message/f_port",
          OptionalInt.empty(), "FPort 0 carries LoRaWAN MAC commands, not readings");
      return false;
    }
    List<LppValue> values;
    try {
      values = CayenneLpp.decode(up.payload());
    } catch (LppFormatException e) {
      problem(up, sourceName, line, byteOffset, UplinkProblem.Kind.PAYLOAD, "/uplink_message/frm_payload",
          OptionalInt.of(e.offset()), e.getMessage());
      return false;
    }
    LppReadings mapping = mappings[d];
    int n = 0;
    Quantity[] qs = new Quantity[values.size()];
    long[] vs = new long[values.size()];
    for (LppValue v : values) {
      Optional<Quantity> q = mapping.quantityOf(v);
      if (q.isEmpty()) {
        continue;
      }
      BigDecimal value = v.value();
      try {
        q.get().check(value);
        vs[n] = ComplianceAccumulator.fixed(value);
      } catch (IllegalArgumentException | ArithmeticException e) {
        problem(up, sourceName, line, byteOffset, UplinkProblem.Kind.IMPOSSIBLE_VALUE, "/uplink_message/frm_payload",
            OptionalInt.empty(), "channel " + v.channel() + " (" + v.type().label() + ") value " + org.municipaldx.core.internal.Checks.plain(value)
            + " is not a possible " + q.get() + ": " + e.getMessage());
        return false;
      }
      qs[n++] = q.get();
    }
    int sensor = sensorOf[d];
    long t = up.receivedAt().toEpochMilli();
    for (int i = 0; i < n; i++) {
      ComplianceAccumulator.Outcome o = accumulator.add(sensor, qs[i], t, vs[i]);
      if (o == ComplianceAccumulator.Outcome.OUT_OF_ORDER) {
        // only the first reading of an uplink can meet this (the rest share its time): nothing applied
        problem(up, sourceName, line, byteOffset, UplinkProblem.Kind.OUT_OF_ORDER, "/received_at", OptionalInt.empty(),
            "received before the device's previous uplink; uplinks of a device must be in time order");
        return false;
      }
      readings++;
    }
    uplinks++;
    return true;
  }

  private void problem(TtsUplink up, String src, long line, long byteOffset, UplinkProblem.Kind kind, String pointer,
      OptionalInt payloadOffset, String message) {
    problems.add(new UplinkProblem(src, line, byteOffset, Optional.of(up.deviceId()), Optional.<Instant>of(up.receivedAt()),
        kind, pointer, payloadOffset, message));
  }

  /** {@return the uplinks applied} */
  public long uplinks() {
    return uplinks;
  }

  /** {@return the readings applied} */
  public long readings() {
    return readings;
  }

  /** {@return the registry, never null} */
  public DeviceRegistry registry() {
    return registry;
  }
}
