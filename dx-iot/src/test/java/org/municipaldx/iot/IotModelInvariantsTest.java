package org.municipaldx.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.core.MunicipalityCode;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.iot.standard.Exceedance;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Limit;

/**
 * dx-iot's model invariants at their edges (issue 13, "every model invariant killed"): each rule a value type or
 * model record checks, with the value just inside (accepted) and just outside (refused with the field named). These
 * are the rules whose PIT mutants survived dx-iot's unit tests (targeted run of 2026-12-07, 06:59-07:06 UTC).
 */
class IotModelInvariantsTest {
  private static final MathContext MC = MathContext.DECIMAL64;

  private static Sensor.Builder sensor() {
    return Sensor.builder().id("s-1").kind(SensorKind.THERMO_HYGROMETER).addQuantities(Quantity.AIR_TEMPERATURE)
        .network(Network.LORAWAN).location(Location.of("本庁舎")).owner(MunicipalityCode.parse("07203"))
        .reportingInterval(Duration.ofMinutes(10));
  }

  /** A sensor measures at least one quantity; a blank device id is refused, a present one kept. */
  @Test
  void aSensorNamesAQuantityAndNoBlankDeviceId() {
    assertThat(sensor().build().quantities()).containsExactly(Quantity.AIR_TEMPERATURE);
    assertThatThrownBy(() -> Sensor.builder().id("s-1").kind(SensorKind.THERMO_HYGROMETER).network(Network.LORAWAN)
        .location(Location.of("本庁舎")).owner(MunicipalityCode.parse("07203")).reportingInterval(Duration.ofMinutes(10))
        .build()).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("quantities"));
    assertThatThrownBy(() -> sensor().deviceId(" ").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("deviceId"));
    assertThat(sensor().deviceId("eui-0004a30b001c0530").build().deviceId()).contains("eui-0004a30b001c0530");
  }

  /**
   * A quantity's physical range includes its ends and refuses what lies beyond them; an open end takes any value; the
   * message names both ends, joined by "and", or the one end there is.
   */
  @Test
  void aQuantitysRangeIncludesItsEnds() {
    assertThat(Quantity.AIR_TEMPERATURE.check(new BigDecimal("-273.15"))).isEqualByComparingTo("-273.15");
    assertThatThrownBy(() -> Quantity.AIR_TEMPERATURE.check(new BigDecimal("-273.16")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value must be at least -273.15 °C");
    assertThat(Quantity.AIR_TEMPERATURE.check(new BigDecimal("1E+9"))).isEqualByComparingTo("1E+9"); // no maximum
    assertThat(Quantity.RELATIVE_HUMIDITY.check(new BigDecimal("100"))).isEqualByComparingTo("100");
    assertThat(Quantity.RELATIVE_HUMIDITY.check(BigDecimal.ZERO)).isEqualByComparingTo("0");
    assertThatThrownBy(() -> Quantity.RELATIVE_HUMIDITY.check(new BigDecimal("100.01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value must be at least 0 and at most 100 %");
    assertThatThrownBy(() -> Quantity.RELATIVE_HUMIDITY.check(new BigDecimal("-0.01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 0");
  }

  /** A humidity fraction from 0 to 1 inclusive becomes percent; 0 and 1 are its ends, not errors. */
  @Test
  void aHumidityFractionIncludesZeroAndOne() {
    assertThat(Quantity.relativeHumidityFromFraction(BigDecimal.ZERO)).isEqualByComparingTo("0");
    assertThat(Quantity.relativeHumidityFromFraction(BigDecimal.ONE)).isEqualByComparingTo("100");
    assertThatThrownBy(() -> Quantity.relativeHumidityFromFraction(new BigDecimal("1.001")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.relativeHumidityFromFraction(new BigDecimal("-0.001")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * mg/m³ → ppm checks its arguments as ppm → mg/m³ does: a negative amount is refused, zero converts to zero;
   * a molar mass or pressure of zero is refused by name (not a division by zero).
   */
  @Test
  void gasConversionRefusesWhatCannotBeConvertedByName() {
    BigDecimal t = new BigDecimal("25");
    BigDecimal p = new BigDecimal("1013.25");
    assertThat(GasConversion.mgPerM3ToPpm(BigDecimal.ZERO, GasConversion.MOLAR_MASS_CO2, t, p, MC)).isZero();
    assertThat(GasConversion.ppmToMgPerM3(BigDecimal.ZERO, GasConversion.MOLAR_MASS_CO2, t, p, MC)).isZero();
    assertThatThrownBy(() -> GasConversion.mgPerM3ToPpm(new BigDecimal("-1"), GasConversion.MOLAR_MASS_CO2, t, p, MC))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    assertThatThrownBy(() -> GasConversion.mgPerM3ToPpm(BigDecimal.ONE, BigDecimal.ZERO, t, p, MC))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("molarMass"));
    assertThatThrownBy(() -> GasConversion.mgPerM3ToPpm(BigDecimal.ONE, GasConversion.MOLAR_MASS_CO2, t, BigDecimal.ZERO, MC))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("pressureHpa"));
  }

  private static Limit limit() {
    return Limit.builder().quantity(Quantity.AIR_TEMPERATURE).lower(new BigDecimal("18")).upper(new BigDecimal("28"))
        .judgement(Judgement.PER_READING).source("試験").build();
  }

  /** A standard has a Japanese name that is not blank and at least one limit. */
  @Test
  void aStandardHasANameAndALimit() {
    assertThat(EnvironmentalStandard.builder().id("test").japaneseName("試験").addLimits(limit()).build().limits())
        .hasSize(1);
    assertThatThrownBy(() -> EnvironmentalStandard.builder().id("test").japaneseName("試験").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limits"));
    assertThatThrownBy(() -> EnvironmentalStandard.builder().id("test").japaneseName(" ").addLimits(limit()).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("japaneseName"));
  }

  /** An exceedance spans at least one reading: one is accepted, zero refused. */
  @Test
  void anExceedanceHasAtLeastOneReading() {
    Instant t = Instant.parse("2024-06-14T14:50:00Z");
    assertThat(new Exceedance(limit(), false, t, t, 1, new BigDecimal("16.5"), Optional.empty()).readings()).isOne();
    assertThatThrownBy(() -> new Exceedance(limit(), false, t, t, 0, new BigDecimal("16.5"), Optional.empty()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("readings"));
  }

  /** A period knows its kind: a day, a month or a fiscal year. */
  @Test
  void aPeriodKnowsItsKind() {
    assertThat(CompliancePeriod.day(LocalDate.of(2024, 6, 15)).kind()).isEqualTo(CompliancePeriod.Kind.DAY);
    assertThat(CompliancePeriod.month(YearMonth.of(2024, 6)).kind()).isEqualTo(CompliancePeriod.Kind.MONTH);
    assertThat(CompliancePeriod.fiscalYear(FiscalYear.of(2024)).kind()).isEqualTo(CompliancePeriod.Kind.FISCAL_YEAR);
  }

  /** The moveless saving with the source's description keeps it beside the formula (5分×64か所×250日). */
  @Test
  void manualRoundsKeepTheirDescription() {
    var e = MovelessSavings.manualRounds(5, 64, 250, "温湿度・CO2の巡回測定");
    assertThat(e.exactMinutes()).isEqualTo(80_000L);
    assertThat(e.description()).contains("温湿度・CO2の巡回測定");
  }

  /** Every label of the IoT enums is the one the source or the standard uses, in both languages. */
  @Test
  void labelsAreTheSourcesWords() {
    assertThat(Network.LORAWAN.japaneseName()).isEqualTo("LoRaWAN");
    assertThat(Network.OTHER.japaneseName()).isEqualTo("その他");
    assertThat(Network.OTHER.englishName()).isEqualTo("other");
    assertThat(Quality.INVALID.japaneseName()).isEqualTo("無効");
    assertThat(Quality.INVALID.englishName()).isEqualTo("invalid");
    assertThat(SensorKind.CO2_METER.japaneseName()).isEqualTo("CO2濃度計");
    assertThat(SensorKind.CO2_METER.englishName()).isEqualTo("CO2 meter");
    assertThat(Judgement.DAILY_AVERAGE.japaneseName()).isEqualTo("1日の平均値");
    assertThat(Judgement.DAILY_AVERAGE.englishName()).isEqualTo("daily average");
  }
}
