package org.municipaldx.iot.lpp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.iot.Quantity;

/**
 * The Cayenne LPP data types this library decodes and encodes: each type byte, the size of its
 * data and the resolution of each field.
 *
 * <p>Sources, checked against each other:
 * <ul>
 *   <li>the Cayenne LPP specification's "Data Types" table (myDevices,
 *       https://docs.mydevices.com/docs/lorawan/cayenne-lpp, reproduced in the
 *       {@code myDevicesIoT/CayenneLPP} README and the {@code ElectronicCats/CayenneLPP} wiki page
 *       "1. CayenneLPP"): LPP type = IPSO object id − 3200; digital input 0 and output 1 (1 byte,
 *       1), analog input 2 and output 3 (2 bytes, 0.01 signed), illuminance 101 (2 bytes, 1 lux
 *       unsigned MSB), presence 102 (1 byte, 1), temperature 103 (2 bytes, 0.1 °C signed MSB),
 *       humidity 104 (<b>1 byte, 0.5 % unsigned</b>), accelerometer 113 (6 bytes, 0.001 G signed
 *       MSB per axis), barometer 115 (2 bytes, 0.1 hPa unsigned MSB), gyrometer 134 (6 bytes, 0.01
 *       °/s signed MSB per axis), GPS 136 (9 bytes: latitude and longitude 0.0001 ° signed MSB,
 *       altitude 0.01 m signed MSB, 3 bytes each);</li>
 *   <li>the extended types of the ElectronicCats CayenneLPP Arduino library
 *       ({@code ElectronicCats/CayenneLPP}, {@code src/CayenneLPP.h}: type, size and multiplier of
 *       each): generic sensor 100 (4 bytes unsigned, 1), voltage 116 (2 bytes, 0.01 V unsigned),
 *       current 117 (2 bytes, 0.001 A unsigned), frequency 118 (4 bytes, 1 Hz unsigned),
 *       percentage 120 (1 byte, 1 % unsigned), altitude 121 (2 bytes, 1 m signed), power 128
 *       (2 bytes, 1 W unsigned), distance 130 (4 bytes, 0.001 m unsigned), energy 131 (4 bytes,
 *       0.001 kWh unsigned), direction 132 (2 bytes, 1° unsigned), unix time 133 (4 bytes
 *       unsigned), switch 142 (1 byte, 0/1);</li>
 *   <li>concentration 125 (2 bytes, 1 ppm unsigned), the widely used extension for CO2 sensors,
 *       not in the original myDevices table: as defined in extended CayenneLPP headers
 *       ({@code #define LPP_CONCENTRATION 125 // 2 bytes, 1 ppm unsigned}, IPSO 3325
 *       "Concentration").</li>
 * </ul>
 * All multi-byte fields are big-endian (MSB first).
 */
public enum LppType {
  /** Digital input (IPSO 3200): 1 byte. */
  DIGITAL_INPUT(0, "digital input", null, f(1, false, "1", "")),
  /** Digital output (IPSO 3201): 1 byte. */
  DIGITAL_OUTPUT(1, "digital output", null, f(1, false, "1", "")),
  /** Analog input (IPSO 3202): 2 bytes, 0.01 signed. */
  ANALOG_INPUT(2, "analog input", null, f(2, true, "0.01", "")),
  /** Analog output (IPSO 3203): 2 bytes, 0.01 signed. */
  ANALOG_OUTPUT(3, "analog output", null, f(2, true, "0.01", "")),
  /** Generic sensor (IPSO 3300): 4 bytes unsigned. */
  GENERIC_SENSOR(100, "generic sensor", null, f(4, false, "1", "")),
  /** Illuminance (IPSO 3301): 2 bytes, 1 lx unsigned. */
  ILLUMINANCE(101, "illuminance", Quantity.ILLUMINANCE, f(2, false, "1", "lx")),
  /** Presence (IPSO 3302): 1 byte. */
  PRESENCE(102, "presence", null, f(1, false, "1", "")),
  /** Temperature (IPSO 3303): 2 bytes, 0.1 °C signed. */
  TEMPERATURE(103, "temperature", Quantity.AIR_TEMPERATURE, f(2, true, "0.1", "°C")),
  /** Relative humidity (IPSO 3304): 1 byte, 0.5 % unsigned. */
  RELATIVE_HUMIDITY(104, "relative humidity", Quantity.RELATIVE_HUMIDITY, f(1, false, "0.5", "%")),
  /** Accelerometer (IPSO 3313): x, y, z, 2 bytes each, 0.001 G signed. */
  ACCELEROMETER(113, "accelerometer", null, f(2, true, "0.001", "G"), f(2, true, "0.001", "G"), f(2, true, "0.001", "G")),
  /** Barometer (IPSO 3315): 2 bytes, 0.1 hPa unsigned. */
  BAROMETER(115, "barometer", Quantity.BAROMETRIC_PRESSURE, f(2, false, "0.1", "hPa")),
  /** Voltage (IPSO 3316): 2 bytes, 0.01 V unsigned. */
  VOLTAGE(116, "voltage", null, f(2, false, "0.01", "V")),
  /** Current (IPSO 3317): 2 bytes, 0.001 A unsigned. */
  CURRENT(117, "current", null, f(2, false, "0.001", "A")),
  /** Frequency (IPSO 3318): 4 bytes, 1 Hz unsigned. */
  FREQUENCY(118, "frequency", null, f(4, false, "1", "Hz")),
  /** Percentage (IPSO 3320): 1 byte, 1 % unsigned. */
  PERCENTAGE(120, "percentage", null, f(1, false, "1", "%")),
  /** Altitude (IPSO 3321): 2 bytes, 1 m signed. */
  ALTITUDE(121, "altitude", null, f(2, true, "1", "m")),
  /** Concentration (IPSO 3325): 2 bytes, 1 ppm unsigned; by default read as CO2. */
  CONCENTRATION(125, "concentration", Quantity.CO2, f(2, false, "1", "ppm")),
  /** Power (IPSO 3328): 2 bytes, 1 W unsigned. */
  POWER(128, "power", null, f(2, false, "1", "W")),
  /** Distance (IPSO 3330): 4 bytes, 0.001 m unsigned. */
  DISTANCE(130, "distance", null, f(4, false, "0.001", "m")),
  /** Energy (IPSO 3331): 4 bytes, 0.001 kWh unsigned. */
  ENERGY(131, "energy", null, f(4, false, "0.001", "kWh")),
  /** Direction (IPSO 3332): 2 bytes, 1° unsigned. */
  DIRECTION(132, "direction", null, f(2, false, "1", "°")),
  /** Unix time (IPSO 3333): 4 bytes, seconds unsigned. */
  UNIX_TIME(133, "unix time", null, f(4, false, "1", "s")),
  /** Gyrometer (IPSO 3334): x, y, z, 2 bytes each, 0.01 °/s signed. */
  GYROMETER(134, "gyrometer", null, f(2, true, "0.01", "°/s"), f(2, true, "0.01", "°/s"), f(2, true, "0.01", "°/s")),
  /** GPS location (IPSO 3336): latitude, longitude (0.0001 °), altitude (0.01 m), 3 bytes each, signed. */
  GPS(136, "GPS location", null, f(3, true, "0.0001", "°"), f(3, true, "0.0001", "°"), f(3, true, "0.01", "m")),
  /** Switch (IPSO 3342): 1 byte, 0 or 1. */
  SWITCH(142, "switch", null, f(1, false, "1", ""));

  private static final LppType[] BY_CODE = new LppType[256];

  static {
    for (LppType t : values()) {
      BY_CODE[t.code] = t;
    }
  }

  private final int code;
  private final String label;
  private final Quantity quantity;
  private final List<Field> fields;
  private final int size;
  private final long[] stepUnscaled;
  private final int[] stepScale;

  LppType(int code, String label, Quantity quantity, Field... fields) {
    this.code = code;
    this.label = label;
    this.quantity = quantity;
    this.fields = List.of(fields);
    int s = 0;
    for (Field f : fields) {
      s += f.bytes();
    }
    this.size = s;
    this.stepUnscaled = new long[fields.length];
    this.stepScale = new int[fields.length];
    for (int i = 0; i < fields.length; i++) {
      stepUnscaled[i] = fields[i].step().unscaledValue().longValueExact();
      stepScale[i] = fields[i].step().scale();
    }
  }

  /**
   * The value of a raw field, computed without intermediate objects; equal to
   * {@code fields().get(field).value(raw)}.
   */
  BigDecimal fieldValue(int field, long raw) {
    return BigDecimal.valueOf(raw * stepUnscaled[field], stepScale[field]);
  }

  private static Field f(int bytes, boolean signed, String step, String unit) {
    return new Field(bytes, signed, new BigDecimal(step), unit);
  }

  /** {@return the type byte, 0 to 255} */
  public int code() {
    return code;
  }

  /** {@return the name as the specification writes it, e.g. {@code relative humidity}} */
  public String label() {
    return label;
  }

  /** {@return the number of data bytes after the type byte} */
  public int size() {
    return size;
  }

  /** {@return the fields in wire order (one, or three for accelerometer, gyrometer and GPS)} */
  public List<Field> fields() {
    return fields;
  }

  /** {@return the environmental quantity this type is read as by default, if any} */
  public Optional<Quantity> defaultQuantity() {
    return Optional.ofNullable(quantity);
  }

  /**
   * {@return the type, or empty if this library does not know it}
   *
   * @param code  a type byte, 0 to 255
   */
  public static Optional<LppType> fromCode(int code) {
    return code >= 0 && code < 256 ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
  }

  /**
   * One field of a type's data: its width, signedness, resolution per bit and unit.
   *
   * @param bytes  the width in bytes, 1 to 4
   * @param signed  whether two's complement
   * @param step  the value of one bit (resolution), e.g. 0.1
   * @param unit  the unit symbol, possibly empty
   */
  public record Field(int bytes, boolean signed, BigDecimal step, String unit) {
    /** {@return the smallest raw value} */
    public long minRaw() {
      return signed ? -(1L << (8 * bytes - 1)) : 0;
    }

    /** {@return the largest raw value} */
    public long maxRaw() {
      return signed ? (1L << (8 * bytes - 1)) - 1 : (1L << (8 * bytes)) - 1;
    }

    /**
     * {@return the value it encodes, exactly, at the scale of {@link #step()}}
     *
     * @param raw  a raw value
     */
    public BigDecimal value(long raw) {
      return step.multiply(BigDecimal.valueOf(raw));
    }

    /**
     * {@return the raw value encoding it}
     *
     * @param value  a value
     * @throws IllegalArgumentException if the value is not a whole multiple of the step or is out
     *     of range
     */
    public long raw(BigDecimal value) {
      // The range first, by comparison: it costs nothing for any exponent, whereas dividing a value like
      // 1E+99999 by the step took 62 s and 1E+999999999 threw ArithmeticException (issue 13). A value
      // whose lowest possible non-zero digit lies below the step's last decimal place cannot be a
      // multiple of it; only values in range with at most that many places are divided.
      if (value.compareTo(value(minRaw())) < 0 || value.compareTo(value(maxRaw())) > 0) {
        throw outOfRange(value);
      }
      if (value.signum() != 0 && (long) value.scale() - value.precision() + 1 > step.scale()) {
        throw notAMultiple(value);
      }
      BigDecimal[] qr = value.divideAndRemainder(step);
      if (qr[1].signum() != 0) {
        throw notAMultiple(value);
      }
      return qr[0].longValueExact(); // a multiple of the step from value(minRaw()) to value(maxRaw()): fits
    }

    private IllegalArgumentException notAMultiple(BigDecimal value) {
      // Checks.plain: an outside value's exponent is never expanded into its digits (issue 13, D4)
      return Checks.invalid("LppType.Field", "value", Checks.plain(value), "must be a multiple of " + step.toPlainString()
          + (unit.isEmpty() ? "" : " " + unit));
    }

    private IllegalArgumentException outOfRange(BigDecimal value) {
      return Checks.invalid("LppType.Field", "value", Checks.plain(value), "must be from " + value(minRaw()).toPlainString()
          + " to " + value(maxRaw()).toPlainString());
    }
  }
}
