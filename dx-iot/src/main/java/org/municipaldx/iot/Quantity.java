package org.municipaldx.iot;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.Labelled;
import org.municipaldx.core.internal.Checks;

/**
 * A physical quantity a sensor measures, with its unit stated explicitly.
 *
 * <p>Each quantity knows the physically possible range of its values ({@link #check(BigDecimal)})
 * and the fixed-point scale of the columnar path ({@link #columnScale()}: the number of decimal
 * places a column of this quantity keeps exactly).
 */
public enum Quantity implements Labelled {
  /** 温度: air temperature in degrees Celsius, not below absolute zero. */
  AIR_TEMPERATURE("温度", "air temperature", "°C", new BigDecimal("-273.15"), null, 2),
  /** 相対湿度: relative humidity in percent, 0 to 100. */
  RELATIVE_HUMIDITY("相対湿度", "relative humidity", "%", BigDecimal.ZERO, new BigDecimal(100), 1),
  /** 二酸化炭素の含有率: carbon dioxide in parts per million (by volume). */
  CO2("二酸化炭素", "carbon dioxide", "ppm", BigDecimal.ZERO, new BigDecimal(1_000_000), 0),
  /** 一酸化炭素の含有率: carbon monoxide in parts per million (by volume). */
  CO("一酸化炭素", "carbon monoxide", "ppm", BigDecimal.ZERO, new BigDecimal(1_000_000), 1),
  /** 照度: illuminance in lux. */
  ILLUMINANCE("照度", "illuminance", "lx", BigDecimal.ZERO, null, 0),
  /** 気圧: barometric pressure in hectopascals. */
  BAROMETRIC_PRESSURE("気圧", "barometric pressure", "hPa", BigDecimal.ZERO, null, 1),
  /** 浮遊粉じんの量: suspended particulate matter in milligrams per cubic metre. */
  SUSPENDED_PARTICULATES("浮遊粉じん", "suspended particulates", "mg/m³", BigDecimal.ZERO, null, 3),
  /** ホルムアルデヒドの量: formaldehyde in milligrams per cubic metre. */
  FORMALDEHYDE("ホルムアルデヒド", "formaldehyde", "mg/m³", BigDecimal.ZERO, null, 3),
  /** 気流: air velocity in metres per second. */
  AIR_VELOCITY("気流", "air velocity", "m/s", BigDecimal.ZERO, null, 2);

  private final String japaneseName;
  private final String englishName;
  private final String unit;
  private final BigDecimal minimum;
  private final BigDecimal maximum;
  private final int columnScale;

  Quantity(String japaneseName, String englishName, String unit, BigDecimal minimum,
      BigDecimal maximum, int columnScale) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
    this.unit = unit;
    this.minimum = minimum;
    this.maximum = maximum;
    this.columnScale = columnScale;
  }

  @Override
  public String japaneseName() {
    return japaneseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /** {@return the unit symbol, e.g. {@code °C}, {@code ppm}, {@code mg/m³}; never null} */
  public String unit() {
    return unit;
  }

  /** {@return the smallest physically possible value (inclusive)} */
  public Optional<BigDecimal> minimum() {
    return Optional.ofNullable(minimum);
  }

  /** {@return the largest physically possible value (inclusive), if bounded} */
  public Optional<BigDecimal> maximum() {
    return Optional.ofNullable(maximum);
  }

  /**
   * {@return the decimal places a column of this quantity keeps exactly on the columnar path, e.g.
   * 2 for air temperature (0.01 °C)}
   */
  public int columnScale() {
    return columnScale;
  }

  /**
   * Checks that a value is physically possible for this quantity.
   *
   * @param value  the value in {@link #unit()}, not null
   * @return the value, unchanged
   * @throws IllegalArgumentException naming the quantity, the value and the range if it is not
   */
  public BigDecimal check(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if ((minimum != null && value.compareTo(minimum) < 0) || (maximum != null && value.compareTo(maximum) > 0)) {
      throw Checks.invalid("Quantity", name(), org.municipaldx.core.internal.Checks.plain(value), "value must be "
          + (minimum != null ? "at least " + minimum.toPlainString() : "")
          + (minimum != null && maximum != null ? " and " : "")
          + (maximum != null ? "at most " + maximum.toPlainString() : "")
          + " " + unit);
    }
    return value;
  }

  /**
   * Converts a relative humidity given as a fraction from 0 to 1 (as some gateways deliver it) to
   * percent, exactly: {@code 0.455} becomes {@code 45.5}.
   *
   * @param fraction  the fraction, from 0 to 1, not null
   * @return the relative humidity in percent, never null
   * @throws IllegalArgumentException if the fraction is outside 0 to 1
   */
  public static BigDecimal relativeHumidityFromFraction(BigDecimal fraction) {
    Objects.requireNonNull(fraction, "fraction");
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw Checks.invalid("Quantity", "RELATIVE_HUMIDITY", org.municipaldx.core.internal.Checks.plain(fraction), "a fraction must be from 0 to 1");
    }
    BigDecimal percent = fraction.movePointRight(2);
    return percent.scale() < 0 ? percent.setScale(0) : percent;
  }
}
