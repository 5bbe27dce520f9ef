package org.municipaldx.iot.lpp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.municipaldx.core.internal.Checks;

/**
 * One decoded Cayenne LPP record: a channel, a type and its field values (one value, or three for
 * accelerometer, gyrometer and GPS).
 *
 * <p>Values are exact and canonical: each is a whole multiple of its field's resolution, at the
 * resolution's scale (a temperature is {@code 27.2}, a humidity {@code 45.5}, a GPS latitude
 * {@code 42.3519}); a value that the type cannot carry is rejected. Immutable and thread-safe.
 */
public final class LppValue {
  private final int channel;
  private final LppType type;
  private final List<BigDecimal> values;

  /**
   * Creates a value, checking it against its type.
   *
   * @param channel  the data channel, 0 to 255
   * @param type  the data type, not null
   * @param values  the field values in wire order, as many as the type has fields, not null
   * @throws IllegalArgumentException if the channel is out of range, the number of values is not
   *     the type's, or a value is not representable by its field
   */
  public LppValue(int channel, LppType type, List<BigDecimal> values) {
    Objects.requireNonNull(type, "LppValue.type: must not be null");
    Objects.requireNonNull(values, "LppValue.values: must not be null");
    if (channel < 0 || channel > 255) {
      throw Checks.invalid("LppValue", "channel", channel, "must be from 0 to 255");
    }
    if (values.size() != type.fields().size()) {
      throw Checks.invalid("LppValue", "values", values.size() + " value(s)", type + " has " + type.fields().size()
          + " field(s)");
    }
    List<BigDecimal> canonical = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      LppType.Field f = type.fields().get(i);
      BigDecimal v = Objects.requireNonNull(values.get(i), "LppValue.values: must not contain null");
      try {
        canonical.add(f.value(f.raw(v)));
      } catch (IllegalArgumentException e) {
        // the field's own rule (its value is this one), not its whole message, so the value is quoted once
        String rule = e instanceof org.municipaldx.core.InvalidValueException x ? x.rule() : e.getMessage();
        throw Checks.invalid("LppValue", "values[" + i + "]", Checks.plain(v), "of " + type + " on channel " + channel
            + ": " + rule, e);
      }
    }
    this.channel = channel;
    this.type = type;
    this.values = List.copyOf(canonical);
  }

  /** The decoder's constructor: values come from raw fields, canonical by construction. */
  private LppValue(int channel, LppType type, BigDecimal[] decoded) {
    this.channel = channel;
    this.type = type;
    this.values = List.of(decoded);
  }

  static LppValue decoded(int channel, LppType type, BigDecimal[] values) {
    return new LppValue(channel, type, values);
  }

  /** {@return the data channel, 0 to 255} */
  public int channel() {
    return channel;
  }

  /** {@return the data type, never null} */
  public LppType type() {
    return type;
  }

  /** {@return the field values in wire order, canonical, never null} */
  public List<BigDecimal> values() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LppValue)) {
      return false;
    }
    LppValue v = (LppValue) o;
    return channel == v.channel && type == v.type && values.equals(v.values);
  }

  @Override
  public int hashCode() {
    return (channel * 31 + type.hashCode()) * 31 + values.hashCode();
  }

  /** {@return e.g. {@code LppValue[channel=3, type=TEMPERATURE, values=[27.2]]}} */
  @Override
  public String toString() {
    return "LppValue[channel=" + channel + ", type=" + type + ", values=" + values + "]";
  }

  /**
   * {@return the record, never null}
   *
   * @param channel  the channel, 0 to 255
   * @param type  a type with one field, not null
   * @param value  the value, not null
   */
  public static LppValue of(int channel, LppType type, BigDecimal value) {
    return new LppValue(channel, type, List.of(value));
  }

  /**
   * {@return the record, never null}
   *
   * @param channel  the channel
   * @param type  the type, not null
   * @param raws  the raw field values as on the wire
   * @throws IllegalArgumentException if a raw value is out of its field's range
   */
  public static LppValue ofRaw(int channel, LppType type, long... raws) {
    List<BigDecimal> vs = new ArrayList<>(raws.length);
    for (int i = 0; i < raws.length && i < type.fields().size(); i++) {
      vs.add(type.fields().get(i).value(raws[i]));
    }
    if (raws.length != type.fields().size()) {
      throw Checks.invalid("LppValue", "values", raws.length + " value(s)", type + " has " + type.fields().size()
          + " field(s)");
    }
    return new LppValue(channel, type, vs);
  }

  /** {@return the single value of a one-field type, never null} */
  public BigDecimal value() {
    if (values.size() != 1) {
      throw new IllegalStateException("LppValue: " + type + " has " + values.size() + " values; use values()");
    }
    return values.get(0);
  }

  /** {@return the number of bytes this record takes on the wire (channel, type, data)} */
  public int encodedSize() {
    return 2 + type.size();
  }
}
