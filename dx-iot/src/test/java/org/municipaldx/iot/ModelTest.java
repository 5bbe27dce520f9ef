package org.municipaldx.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.Labelled;
import org.municipaldx.core.MunicipalityCode;

class ModelTest {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static Sensor sensor() {
    return Sensor.builder().id("hall-3f-01").kind(SensorKind.CO2_METER)
        .addQuantities(Quantity.AIR_TEMPERATURE, Quantity.RELATIVE_HUMIDITY, Quantity.CO2)
        .network(Network.LORAWAN)
        .location(Location.builder().facility("本庁舎").floor("3F").zone("会議室1")
            .coordinates(Coordinates.parse("37.4006,140.3597")).build())
        .owner(MunicipalityCode.parse("07203")).department("general-affairs")
        .reportingInterval(Duration.ofMinutes(10)).deviceId("eui-70b3d57ed0000001").build();
  }

  @Test
  void sensorAndReadingRoundTripThroughJson() throws Exception {
    Sensor s = sensor();
    assertThat(JSON.readValue(JSON.writeValueAsString(s), Sensor.class)).isEqualTo(s);
    assertThat(s.location().key()).isEqualTo("本庁舎/3F/会議室1");
    // a zone named like a floor is not that floor
    Location zoneOnly = Location.builder().facility("本庁舎").zone("3F").build();
    Location floorOnly = Location.builder().facility("本庁舎").floor("3F").build();
    assertThat(zoneOnly.key()).isEqualTo("本庁舎//3F").isNotEqualTo(floorOnly.key());
    Reading r = Reading.builder().sensorId(s.id()).quantity(Quantity.AIR_TEMPERATURE).value(new BigDecimal("27.2"))
        .observedAt(Instant.parse("2023-02-14T01:30:00Z")).quality(Quality.SUSPECT).build();
    String json = JSON.writeValueAsString(r);
    assertThat(json).contains("27.2");
    Reading back = JSON.readValue(json, Reading.class);
    assertThat(back).isEqualTo(r);
    assertThat(back.value()).hasToString("27.2");
  }

  @Test
  void invalidStateIsRejectedNamingFieldValueAndRule() {
    assertThatThrownBy(() -> Reading.of("s1", Quantity.RELATIVE_HUMIDITY, new BigDecimal("100.5"), Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Reading.value")
        .hasMessageContaining("100.5").hasMessageContaining("at most 100");
    assertThatThrownBy(() -> Reading.of("s1", Quantity.AIR_TEMPERATURE, new BigDecimal("-274"), Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-273.15");
    assertThatThrownBy(() -> Reading.of("bad id", Quantity.CO2, BigDecimal.TEN, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Reading.sensorId");
    assertThatThrownBy(() -> Sensor.builder().id("s1").kind(SensorKind.OTHER)
        .addQuantities(Quantity.CO2).network(Network.OTHER).location(Location.of("本庁舎"))
        .owner(MunicipalityCode.parse("07203")).reportingInterval(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Sensor.reportingInterval");
    assertThatThrownBy(() -> Location.builder().facility(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Location.facility");
  }

  @Test
  void humidityFractionAtTheBoundaryBecomesPercentExactly() {
    assertThat(Quantity.relativeHumidityFromFraction(new BigDecimal("0.455"))).isEqualTo(new BigDecimal("45.5"));
    assertThat(Quantity.relativeHumidityFromFraction(BigDecimal.ONE)).isEqualByComparingTo("100");
    assertThatThrownBy(() -> Quantity.relativeHumidityFromFraction(new BigDecimal("45.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0 to 1");
  }

  @Test
  void co2ConversionNeedsTemperatureAndPressure() {
    MathContext mc = new MathContext(10, RoundingMode.HALF_EVEN);
    // 1000 ppm CO2 at 25 °C and 1013.25 hPa: 1000 × 44.009 × 101325 / (8.31446261815324 × 298.15) / 1000
    BigDecimal mg = GasConversion.ppmToMgPerM3(new BigDecimal("1000"), GasConversion.MOLAR_MASS_CO2,
        new BigDecimal("25"), new BigDecimal("1013.25"), mc);
    assertThat(mg.setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("1798.83"); // 1798.8258… mg/m³
    BigDecimal cold = GasConversion.ppmToMgPerM3(new BigDecimal("1000"), GasConversion.MOLAR_MASS_CO2,
        new BigDecimal("0"), new BigDecimal("1013.25"), mc);
    assertThat(cold).isGreaterThan(mg);
    BigDecimal back = GasConversion.mgPerM3ToPpm(mg, GasConversion.MOLAR_MASS_CO2, new BigDecimal("25"),
        new BigDecimal("1013.25"), mc);
    assertThat(back.setScale(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("1000");
    assertThatThrownBy(() -> GasConversion.ppmToMgPerM3(BigDecimal.ONE, GasConversion.MOLAR_MASS_CO, new BigDecimal("-273.15"),
        new BigDecimal("1013.25"), mc)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperatureCelsius");
  }

  @Test
  void labelsParseInJapaneseAndEnglish() {
    assertThat(Labelled.parse(Quantity.class, "相対湿度")).isEqualTo(Quantity.RELATIVE_HUMIDITY);
    assertThat(Labelled.parse(Network.class, "LTE-M")).isEqualTo(Network.LTE_M);
    assertThat(Labelled.parse(Network.class, "wi-sun")).isEqualTo(Network.WI_SUN);
    assertThat(Quantity.SUSPENDED_PARTICULATES.unit()).isEqualTo("mg/m³");
  }

  @Test
  void coordinatesParseAndPrintRoundTrip() throws Exception {
    Coordinates c = Coordinates.parse("37.4006, 140.3597");
    assertThat(Coordinates.parse(c.toString())).isEqualTo(c);
    assertThat(JSON.readValue(JSON.writeValueAsString(c), Coordinates.class)).isEqualTo(c);
    assertThatThrownBy(() -> Coordinates.parse("91,0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude");
    EqualsVerifier.forClass(Coordinates.class).withNonnullFields("latitude", "longitude")
        .suppress(nl.jqno.equalsverifier.Warning.BIGDECIMAL_EQUALITY).verify();
  }
}
