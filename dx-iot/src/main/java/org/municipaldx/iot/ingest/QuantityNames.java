package org.municipaldx.iot.ingest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.text.Normalizer;
import org.municipaldx.iot.Quantity;

/**
 * Quantity and unit names as registries and readings exports write them, in English or Japanese:
 * {@code temperature}, {@code 温度}, {@code 室温}, {@code humidity}, {@code 湿度}, {@code co2},
 * {@code CO2濃度}, … and the enum names ({@code AIR_TEMPERATURE}). Text is NFKC-normalised and
 * compared without case, so full-width {@code ＣＯ２} is {@code co2}.
 */
public final class QuantityNames {
  private static final Map<String, Quantity> NAMES = new HashMap<>();

  static {
    for (Quantity q : Quantity.values()) {
      put(q.name(), q);
      put(q.englishName(), q);
      put(q.japaneseName(), q);
    }
    put("temperature", Quantity.AIR_TEMPERATURE);
    put("temp", Quantity.AIR_TEMPERATURE);
    put("気温", Quantity.AIR_TEMPERATURE);
    put("室温", Quantity.AIR_TEMPERATURE);
    put("humidity", Quantity.RELATIVE_HUMIDITY);
    put("rh", Quantity.RELATIVE_HUMIDITY);
    put("湿度", Quantity.RELATIVE_HUMIDITY);
    put("co2", Quantity.CO2);
    put("co2濃度", Quantity.CO2);
    put("二酸化炭素濃度", Quantity.CO2);
    put("二酸化炭素の含有率", Quantity.CO2);
    put("co", Quantity.CO);
    put("一酸化炭素の含有率", Quantity.CO);
    put("pressure", Quantity.BAROMETRIC_PRESSURE);
    put("lux", Quantity.ILLUMINANCE);
    put("pm", Quantity.SUSPENDED_PARTICULATES);
    put("hcho", Quantity.FORMALDEHYDE);
  }

  private QuantityNames() {}

  private static void put(String name, Quantity q) {
    NAMES.put(key(name), q);
  }

  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * {@return the quantity, if the name is known}
   *
   * @param name  a quantity name, not null
   */
  public static Optional<Quantity> find(String name) {
    return Optional.ofNullable(NAMES.get(key(name)));
  }

  /** {@return the names accepted, for error messages, never null} */
  public static String accepted() {
    return "temperature/温度, humidity/湿度, co2/二酸化炭素, co/一酸化炭素, illuminance/照度, pressure/気圧, "
        + "suspended particulates/浮遊粉じん, formaldehyde/ホルムアルデヒド, air velocity/気流";
  }

  /**
   * The factor and offset that convert a value in a unit to the quantity's own unit
   * ({@link Quantity#unit()}): {@code value × factor + offset}, exact.
   *
   * @param quantity  the quantity, not null
   * @param unit  the unit as written (e.g. {@code ℃}, {@code degC}, {@code %RH}, {@code ppm},
   *     {@code K}, {@code °F}, {@code mg/m3}, {@code µg/m³}), not null
   * @return the conversion, if the unit is known for the quantity
   */
  public static Optional<UnitConversion> unit(Quantity quantity, String unit) {
    String u = Normalizer.normalize(unit, Normalizer.Form.NFKC).strip().replace(" ", "").toLowerCase(Locale.ROOT);
    switch (quantity) {
      case AIR_TEMPERATURE:
        switch (u) {
          case "°c": case "℃": case "c": case "degc": case "celsius": case "度": case "°": case "゜c":
            return Optional.of(UnitConversion.IDENTITY);
          case "k": case "kelvin":
            return Optional.of(new UnitConversion(1, 1, new BigDecimal("-273.15")));
          case "°f": case "℉": case "f": case "degf": case "fahrenheit":
            // °C = (°F − 32) × 5/9: not exact in decimals; rejected rather than rounded silently
            return Optional.empty();
          default:
            return Optional.empty();
        }
      case RELATIVE_HUMIDITY:
        switch (u) {
          case "%": case "%rh": case "rh%": case "percent": case "パーセント":
            return Optional.of(UnitConversion.IDENTITY);
          default:
            return Optional.empty();
        }
      case CO2: case CO:
        switch (u) {
          case "ppm": return Optional.of(UnitConversion.IDENTITY);
          case "%": case "vol%": return Optional.of(new UnitConversion(10_000, 1, BigDecimal.ZERO));
          case "ppb": return Optional.of(new UnitConversion(1, 1000, BigDecimal.ZERO));
          default: return Optional.empty();
        }
      case SUSPENDED_PARTICULATES: case FORMALDEHYDE:
        switch (u) {
          case "mg/m³": case "mg/m3": return Optional.of(UnitConversion.IDENTITY);
          case "µg/m³": case "µg/m3": case "μg/m³": case "μg/m3": case "ug/m3":
            return Optional.of(new UnitConversion(1, 1000, BigDecimal.ZERO));
          default: return Optional.empty();
        }
      default:
        return Normalizer.normalize(quantity.unit(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).equals(u)
            ? Optional.of(UnitConversion.IDENTITY) : Optional.empty();
    }
  }

  /**
   * An exact unit conversion {@code value × multiplier / divisor + offset}, where the divisor is a
   * power of ten so that the result of a decimal value stays an exact decimal.
   *
   * @param multiplier  the multiplier, positive
   * @param divisor  the divisor, a positive power of ten
   * @param offset  the offset, not null
   */
  public record UnitConversion(long multiplier, long divisor, BigDecimal offset) {
    /** No conversion. */
    public static final UnitConversion IDENTITY = new UnitConversion(1, 1, BigDecimal.ZERO);

    /**
     * {@return the value in the quantity's unit, exact, never null}
     *
     * @param value  a value in the source unit, not null
     */
    public BigDecimal apply(BigDecimal value) {
      BigDecimal v = value;
      if (multiplier != 1) {
        v = v.multiply(BigDecimal.valueOf(multiplier));
      }
      if (divisor != 1) {
        v = v.movePointLeft(Long.toString(divisor).length() - 1);
      }
      return offset.signum() == 0 ? v : v.add(offset);
    }

    /** {@return whether it changes nothing} */
    public boolean isIdentity() {
      return multiplier == 1 && divisor == 1 && offset.signum() == 0;
    }
  }
}
