package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.ingest.QuantityNames.UnitConversion;

/** The names and units {@link QuantityNames} accepts, and its exact conversions. */
class QuantityNamesTest {
  @Test
  void everyQuantityIsFoundByItsEnumEnglishAndJapaneseName() {
    for (Quantity q : Quantity.values()) {
      assertThat(QuantityNames.find(q.name())).as(q.name()).contains(q);
      assertThat(QuantityNames.find(q.englishName())).as(q.englishName()).contains(q);
      assertThat(QuantityNames.find(q.japaneseName())).as(q.japaneseName()).contains(q);
    }
  }

  @Test
  void theAliasesOfExportsAndRegistriesAreFound() {
    Map<String, Quantity> aliases = Map.ofEntries(
        Map.entry("temperature", Quantity.AIR_TEMPERATURE), Map.entry("temp", Quantity.AIR_TEMPERATURE),
        Map.entry("気温", Quantity.AIR_TEMPERATURE), Map.entry("室温", Quantity.AIR_TEMPERATURE),
        Map.entry("humidity", Quantity.RELATIVE_HUMIDITY), Map.entry("rh", Quantity.RELATIVE_HUMIDITY),
        Map.entry("湿度", Quantity.RELATIVE_HUMIDITY), Map.entry("co2", Quantity.CO2),
        Map.entry("co2濃度", Quantity.CO2), Map.entry("二酸化炭素濃度", Quantity.CO2),
        Map.entry("二酸化炭素の含有率", Quantity.CO2), Map.entry("co", Quantity.CO),
        Map.entry("一酸化炭素の含有率", Quantity.CO), Map.entry("pressure", Quantity.BAROMETRIC_PRESSURE),
        Map.entry("lux", Quantity.ILLUMINANCE), Map.entry("pm", Quantity.SUSPENDED_PARTICULATES),
        Map.entry("hcho", Quantity.FORMALDEHYDE));
    aliases.forEach((name, q) -> assertThat(QuantityNames.find(name)).as(name).contains(q));
  }

  @Test
  void namesAreComparedAfterNfkcWithoutCaseOrSurroundingSpace() {
    assertThat(QuantityNames.find(" ＣＯ２濃度 ")).contains(Quantity.CO2);
    assertThat(QuantityNames.find("Air_Temperature")).contains(Quantity.AIR_TEMPERATURE);
    assertThat(QuantityNames.find("HUMIDITY")).contains(Quantity.RELATIVE_HUMIDITY);
    assertThat(QuantityNames.find("noise")).isEmpty();
    assertThat(QuantityNames.find("")).isEmpty();
  }

  @Test
  void theAcceptedNamesAreListedForMessages() {
    assertThat(QuantityNames.accepted()).isEqualTo("temperature/温度, humidity/湿度, co2/二酸化炭素, co/一酸化炭素, "
        + "illuminance/照度, pressure/気圧, suspended particulates/浮遊粉じん, formaldehyde/ホルムアルデヒド, air velocity/気流");
  }

  @Test
  void temperatureUnits() {
    for (String u : new String[] {"°C", "℃", "C", "degC", "celsius", "度", "°", " deg C "}) {
      assertThat(QuantityNames.unit(Quantity.AIR_TEMPERATURE, u)).as(u).contains(UnitConversion.IDENTITY);
    }
    UnitConversion kelvin = QuantityNames.unit(Quantity.AIR_TEMPERATURE, "K").orElseThrow();
    assertThat(QuantityNames.unit(Quantity.AIR_TEMPERATURE, "kelvin")).contains(kelvin);
    assertThat(kelvin.apply(new BigDecimal("300.15"))).isEqualTo(new BigDecimal("27.00"));
    assertThat(kelvin.isIdentity()).isFalse();
    // °C = (°F − 32) × 5/9 has no exact decimal: Fahrenheit is refused, not rounded
    for (String u : new String[] {"°F", "℉", "F", "degF", "fahrenheit", "ppm"}) {
      assertThat(QuantityNames.unit(Quantity.AIR_TEMPERATURE, u)).as(u).isEmpty();
    }
  }

  @Test
  void humidityUnits() {
    for (String u : new String[] {"%", "%RH", "RH%", "percent", "パーセント", "％"}) {
      assertThat(QuantityNames.unit(Quantity.RELATIVE_HUMIDITY, u)).as(u).contains(UnitConversion.IDENTITY);
    }
    assertThat(QuantityNames.unit(Quantity.RELATIVE_HUMIDITY, "ppm")).isEmpty();
  }

  @Test
  void gasUnitsConvertToPpm() {
    for (Quantity q : new Quantity[] {Quantity.CO2, Quantity.CO}) {
      assertThat(QuantityNames.unit(q, "ppm")).contains(UnitConversion.IDENTITY);
      UnitConversion percent = QuantityNames.unit(q, "%").orElseThrow();
      assertThat(QuantityNames.unit(q, "vol%")).contains(percent);
      assertThat(percent).isEqualTo(new UnitConversion(10_000, 1, BigDecimal.ZERO));
      assertThat(percent.apply(new BigDecimal("0.04"))).isEqualByComparingTo("400");
      UnitConversion ppb = QuantityNames.unit(q, "ppb").orElseThrow();
      assertThat(ppb.apply(new BigDecimal("1500"))).isEqualTo(new BigDecimal("1.500"));
      assertThat(QuantityNames.unit(q, "mg/m3")).isEmpty();
    }
  }

  @Test
  void massConcentrationUnitsConvertToMilligramsPerCubicMetre() {
    for (Quantity q : new Quantity[] {Quantity.SUSPENDED_PARTICULATES, Quantity.FORMALDEHYDE}) {
      for (String u : new String[] {"mg/m³", "mg/m3"}) {
        assertThat(QuantityNames.unit(q, u)).as(u).contains(UnitConversion.IDENTITY);
      }
      for (String u : new String[] {"µg/m³", "µg/m3", "μg/m³", "μg/m3", "ug/m3"}) {
        assertThat(QuantityNames.unit(q, u)).as(u).contains(new UnitConversion(1, 1000, BigDecimal.ZERO));
      }
      assertThat(QuantityNames.unit(q, "ppm")).isEmpty();
    }
    assertThat(QuantityNames.unit(Quantity.FORMALDEHYDE, "µg/m3").orElseThrow().apply(new BigDecimal("80")))
        .isEqualTo(new BigDecimal("0.080"));
  }

  @Test
  void otherQuantitiesTakeOnlyTheirOwnUnit() {
    assertThat(QuantityNames.unit(Quantity.ILLUMINANCE, "LX")).contains(UnitConversion.IDENTITY);
    assertThat(QuantityNames.unit(Quantity.BAROMETRIC_PRESSURE, "hPa")).contains(UnitConversion.IDENTITY);
    assertThat(QuantityNames.unit(Quantity.AIR_VELOCITY, "m/s")).contains(UnitConversion.IDENTITY);
    assertThat(QuantityNames.unit(Quantity.BAROMETRIC_PRESSURE, "Pa")).isEmpty();
    assertThat(QuantityNames.unit(Quantity.ILLUMINANCE, "")).isEqualTo(Optional.empty());
  }

  @Test
  void theIdentityReturnsTheValueAsItIsScaleIncluded() {
    BigDecimal thousand = new BigDecimal("1E+3");
    assertThat(UnitConversion.IDENTITY.apply(thousand)).isEqualTo(thousand).hasToString("1E+3");
    assertThat(UnitConversion.IDENTITY.apply(new BigDecimal("21.50"))).hasToString("21.50");
    assertThat(UnitConversion.IDENTITY.isIdentity()).isTrue();
  }

  @Test
  void aConversionIsTheIdentityOnlyWithMultiplierOneDivisorOneAndNoOffset() {
    assertThat(new UnitConversion(1, 1, new BigDecimal("0.00")).isIdentity()).isTrue();
    assertThat(new UnitConversion(10, 1, BigDecimal.ZERO).isIdentity()).isFalse();
    assertThat(new UnitConversion(1, 10, BigDecimal.ZERO).isIdentity()).isFalse();
    assertThat(new UnitConversion(1, 1, BigDecimal.ONE).isIdentity()).isFalse();
    assertThat(new UnitConversion(1, 1, BigDecimal.ONE).apply(new BigDecimal("2.5"))).isEqualTo(new BigDecimal("3.5"));
    assertThat(new UnitConversion(3, 100, BigDecimal.ZERO).apply(new BigDecimal("7"))).isEqualTo(new BigDecimal("0.21"));
  }
}
