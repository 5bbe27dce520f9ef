package org.municipaldx.iot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.municipaldx.core.internal.Checks;

/**
 * Converts a gas concentration between parts per million by volume and milligrams per cubic metre.
 *
 * <p>The conversion depends on the air's temperature and pressure (ideal gas law), so both are
 * parameters, never assumed: {@code mg/m³ = ppm × M × p / (R × T) / 1000} with M the molar mass in
 * g/mol, p in Pa, T in K and R the molar gas constant. The division does not terminate in general,
 * so the caller states the {@link MathContext}.
 */
public final class GasConversion {
  /**
   * The molar gas constant R in J/(mol·K): exact since the 2019 SI redefinition (R = N_A × k =
   * 6.02214076e23 × 1.380649e-23), CODATA 2018.
   */
  public static final BigDecimal MOLAR_GAS_CONSTANT = new BigDecimal("8.31446261815324");
  /** Molar mass of CO2 in g/mol (C 12.011 + 2 × O 15.999, IUPAC conventional atomic weights). */
  public static final BigDecimal MOLAR_MASS_CO2 = new BigDecimal("44.009");
  /** Molar mass of CO in g/mol (C 12.011 + O 15.999, IUPAC conventional atomic weights). */
  public static final BigDecimal MOLAR_MASS_CO = new BigDecimal("28.010");
  /** Molar mass of formaldehyde HCHO in g/mol (C 12.011 + 2 × H 1.008 + O 15.999, IUPAC). */
  public static final BigDecimal MOLAR_MASS_FORMALDEHYDE = new BigDecimal("30.026");

  private static final BigDecimal KELVIN_OFFSET = new BigDecimal("273.15");
  private static final BigDecimal PA_PER_HPA = new BigDecimal(100);
  private static final BigDecimal MG_PER_G = new BigDecimal(1000);
  private static final BigDecimal PPM = new BigDecimal(1_000_000);

  private GasConversion() {}

  /**
   * Converts ppm (volume) to mg/m³ at the given temperature and pressure.
   *
   * @param ppm  the concentration in ppm, zero or more, not null
   * @param molarMass  the gas's molar mass in g/mol, positive, not null
   * @param temperatureCelsius  the air temperature in °C, above absolute zero, not null
   * @param pressureHpa  the air pressure in hPa, positive, not null
   * @param mc  the precision and rounding of the result, not null
   * @return the concentration in mg/m³, never null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static BigDecimal ppmToMgPerM3(BigDecimal ppm, BigDecimal molarMass, BigDecimal temperatureCelsius,
      BigDecimal pressureHpa, MathContext mc) {
    check(ppm, molarMass, temperatureCelsius, pressureHpa, mc);
    BigDecimal numerator = ppm.multiply(molarMass).multiply(pressureHpa.multiply(PA_PER_HPA)).multiply(MG_PER_G);
    BigDecimal denominator = MOLAR_GAS_CONSTANT.multiply(temperatureCelsius.add(KELVIN_OFFSET)).multiply(PPM);
    return numerator.divide(denominator, mc);
  }

  /**
   * Converts mg/m³ to ppm (volume) at the given temperature and pressure.
   *
   * @param mgPerM3  the concentration in mg/m³, zero or more, not null
   * @param molarMass  the gas's molar mass in g/mol, positive, not null
   * @param temperatureCelsius  the air temperature in °C, above absolute zero, not null
   * @param pressureHpa  the air pressure in hPa, positive, not null
   * @param mc  the precision and rounding of the result, not null
   * @return the concentration in ppm, never null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static BigDecimal mgPerM3ToPpm(BigDecimal mgPerM3, BigDecimal molarMass, BigDecimal temperatureCelsius,
      BigDecimal pressureHpa, MathContext mc) {
    check(mgPerM3, molarMass, temperatureCelsius, pressureHpa, mc);
    BigDecimal numerator = mgPerM3.multiply(MOLAR_GAS_CONSTANT).multiply(temperatureCelsius.add(KELVIN_OFFSET)).multiply(PPM);
    BigDecimal denominator = molarMass.multiply(pressureHpa.multiply(PA_PER_HPA)).multiply(MG_PER_G);
    return numerator.divide(denominator, mc);
  }

  private static void check(BigDecimal amount, BigDecimal molarMass, BigDecimal temperatureCelsius,
      BigDecimal pressureHpa, MathContext mc) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(molarMass, "molarMass");
    Objects.requireNonNull(temperatureCelsius, "temperatureCelsius");
    Objects.requireNonNull(pressureHpa, "pressureHpa");
    Objects.requireNonNull(mc, "mc");
    if (amount.signum() < 0) {
      throw Checks.invalid("GasConversion", "amount", amount, "must be zero or more");
    }
    if (molarMass.signum() <= 0) {
      throw Checks.invalid("GasConversion", "molarMass", molarMass, "must be positive");
    }
    if (temperatureCelsius.add(KELVIN_OFFSET).signum() <= 0) {
      throw Checks.invalid("GasConversion", "temperatureCelsius", temperatureCelsius, "must be above -273.15");
    }
    if (pressureHpa.signum() <= 0) {
      throw Checks.invalid("GasConversion", "pressureHpa", pressureHpa, "must be positive");
    }
  }
}
