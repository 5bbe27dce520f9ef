package org.municipaldx.iot.lpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CayenneLppTest {

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void specExampleTwoTemperatureSensors() {
    // Cayenne LPP specification, example "Device with 2 temperature sensors":
    // 03 67 01 10 05 67 00 FF -> channel 3 27.2 °C, channel 5 25.5 °C
    List<LppValue> values = CayenneLpp.decodeHex("03 67 01 10 05 67 00 FF");
    assertThat(values).containsExactly(
        LppValue.of(3, LppType.TEMPERATURE, bd("27.2")),
        LppValue.of(5, LppType.TEMPERATURE, bd("25.5")));
    assertThat(values.get(0).value()).isEqualByComparingTo("27.2").hasToString("27.2");
  }

  @Test
  void specExampleTemperatureAndAccelerometer() {
    // Cayenne LPP specification, example "Device with temperature and acceleration sensors":
    // frame N: 01 67 FF D7 -> channel 1 temperature -4.1 °C
    // frame N+1: 06 71 04 D2 FB 2E 00 00 -> channel 6 accelerometer x 1.234 G, y -1.234 G, z 0 G
    assertThat(CayenneLpp.decodeHex("01 67 FF D7"))
        .containsExactly(LppValue.of(1, LppType.TEMPERATURE, bd("-4.1")));
    LppValue accel = CayenneLpp.decodeHex("06 71 04 D2 FB 2E 00 00").get(0);
    assertThat(accel.channel()).isEqualTo(6);
    assertThat(accel.type()).isEqualTo(LppType.ACCELEROMETER);
    assertThat(accel.values()).containsExactly(bd("1.234"), bd("-1.234"), bd("0.000"));
  }

  @Test
  void specExampleGps() {
    // Cayenne LPP specification, example "Device with GPS":
    // 01 88 06 76 5F F2 96 0A 00 03 E8 -> latitude 42.3519, longitude -87.9094, altitude 10 m
    LppValue gps = CayenneLpp.decodeHex("01 88 06 76 5F F2 96 0A 00 03 E8").get(0);
    assertThat(gps.type()).isEqualTo(LppType.GPS);
    assertThat(gps.values()).containsExactly(bd("42.3519"), bd("-87.9094"), bd("10.00"));
  }

  @Test
  void humidityIsOneByteOfHalfPercentUnsigned() {
    // 0x5B = 91 -> 45.5 %; 0xFF = 255 -> 127.5 % (unsigned: not -0.5)
    assertThat(CayenneLpp.decodeHex("02685B").get(0).value()).isEqualByComparingTo("45.5");
    assertThat(CayenneLpp.decodeHex("0268FF").get(0).value()).isEqualByComparingTo("127.5");
    assertThat(LppType.RELATIVE_HUMIDITY.size()).isEqualTo(1);
  }

  @Test
  void concentrationIsTwoBytesPpmUnsigned() {
    // 0x7D = 125; 0x03E8 = 1000 ppm, 0xFFFF = 65535 ppm (unsigned)
    assertThat(CayenneLpp.decodeHex("047D03E8")).containsExactly(LppValue.of(4, LppType.CONCENTRATION, bd("1000")));
    assertThat(CayenneLpp.decodeHex("047DFFFF").get(0).value()).isEqualByComparingTo("65535");
  }

  @Test
  void barometerAndIlluminance() {
    // barometer 0x73: 0x279D = 10141 -> 1014.1 hPa (the myDevices README's example value)
    assertThat(CayenneLpp.decodeHex("0473279D").get(0).value()).isEqualByComparingTo("1014.1");
    // illuminance 0x65: 0x01F4 = 500 lx
    assertThat(CayenneLpp.decodeHex("076501F4").get(0).value()).isEqualByComparingTo("500");
  }

  @Test
  void emptyPayloadDecodesToNothing() {
    assertThat(CayenneLpp.decode(new byte[0])).isEmpty();
  }

  @Test
  void unknownTypeRejectsWholePayloadWithOffsetTypeAndHex() {
    assertThatThrownBy(() -> CayenneLpp.decodeHex("03670110 05FE00FF"))
        .isInstanceOfSatisfying(LppFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(LppFormatException.Reason.UNKNOWN_TYPE);
          assertThat(e.offset()).isEqualTo(4);
          assertThat(e.typeByte()).hasValue(0xFE);
          assertThat(e.payloadHex()).isEqualTo("0367011005FE00FF");
          assertThat(e.getMessage()).contains("offset 4").contains("0xFE").contains("0367011005FE00FF");
        });
  }

  @Test
  void truncatedValueIsRejected() {
    assertThatThrownBy(() -> CayenneLpp.decodeHex("036701100567 00"))
        .isInstanceOfSatisfying(LppFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(LppFormatException.Reason.TRUNCATED_VALUE);
          assertThat(e.offset()).isEqualTo(4);
          assertThat(e.typeByte()).hasValue(0x67);
        });
  }

  @Test
  void trailingByteIsRejected() {
    assertThatThrownBy(() -> CayenneLpp.decodeHex("0367011005"))
        .isInstanceOfSatisfying(LppFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(LppFormatException.Reason.TRUNCATED_HEADER);
          assertThat(e.offset()).isEqualTo(4);
          assertThat(e.typeByte()).isEmpty();
        });
  }

  @Test
  void lenientReturnsWhatPrecedesTheFaultAndTheFault() {
    LppDecoding d = CayenneLpp.decodeLenient(CayenneLpp.fromHex("03670110 0268 5B 09FE01"));
    assertThat(d.isComplete()).isFalse();
    assertThat(d.values()).containsExactly(LppValue.of(3, LppType.TEMPERATURE, bd("27.2")),
        LppValue.of(2, LppType.RELATIVE_HUMIDITY, bd("45.5")));
    assertThat(d.fault()).get().satisfies(e -> assertThat(e.offset()).isEqualTo(7));
    LppDecoding ok = CayenneLpp.decodeLenient(CayenneLpp.fromHex("03670110"));
    assertThat(ok.isComplete()).isTrue();
  }

  @Test
  void hexAndBase64InputsAgree() {
    // "A2cBEAVnAP8=" is Base64 of 03 67 01 10 05 67 00 FF
    assertThat(CayenneLpp.decodeBase64("A2cBEAVnAP8=")).isEqualTo(CayenneLpp.decodeHex("0x03670110056700ff"));
    assertThat(CayenneLpp.toHex(CayenneLpp.fromBase64("A2cBEAVnAP8="))).isEqualTo("03670110056700FF");
  }

  @Test
  void malformedTextIsTheSameDocumentedException() {
    assertThatThrownBy(() -> CayenneLpp.decodeHex("03 6G"))
        .isInstanceOfSatisfying(LppFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(LppFormatException.Reason.MALFORMED_TEXT);
          assertThat(e.offset()).isEqualTo(4);
        });
    assertThatThrownBy(() -> CayenneLpp.decodeHex("036")).isInstanceOf(LppFormatException.class)
        .hasMessageContaining("odd number");
    assertThatThrownBy(() -> CayenneLpp.decodeBase64("A2c*")).isInstanceOf(LppFormatException.class)
        .hasMessageContaining("'*'");
  }

  @Test
  void base64FaultIsLocatedInTheTextAsGiven() {
    // leading blanks are allowed; the offset and the text reported are those of the caller's text
    assertThatThrownBy(() -> CayenneLpp.decodeBase64("  A2c*"))
        .isInstanceOfSatisfying(LppFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(LppFormatException.Reason.MALFORMED_TEXT);
          assertThat(e.offset()).isEqualTo(5);
          assertThat(e.payloadHex()).isEqualTo("  A2c*");
          // a position in text is a character index, and the message says so
          assertThat(e.getMessage()).contains("at character 5").doesNotContain("byte offset");
        });
  }

  @Test
  void encodeWritesBigEndianAndRejectsUnrepresentableValues() {
    byte[] payload = CayenneLpp.encode(List.of(LppValue.of(3, LppType.TEMPERATURE, bd("27.2")),
        LppValue.of(5, LppType.TEMPERATURE, bd("25.5"))));
    assertThat(CayenneLpp.toHex(payload)).isEqualTo("03670110056700FF");
    assertThatThrownBy(() -> LppValue.of(1, LppType.RELATIVE_HUMIDITY, bd("45.3")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 0.5");
    assertThatThrownBy(() -> LppValue.of(1, LppType.TEMPERATURE, bd("3276.8")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from -3276.8 to 3276.7");
    assertThatThrownBy(() -> LppValue.of(256, LppType.TEMPERATURE, bd("1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel");
  }

  @Test
  void valueEqualsContract() {
    nl.jqno.equalsverifier.EqualsVerifier.forClass(LppValue.class).withNonnullFields("type", "values").verify();
  }

  @Test
  void typeTableMatchesSpecificationSizes() {
    assertThat(LppType.fromCode(0x67)).contains(LppType.TEMPERATURE);
    assertThat(LppType.TEMPERATURE.size()).isEqualTo(2);
    assertThat(LppType.TEMPERATURE.fields().get(0).signed()).isTrue();
    assertThat(LppType.CONCENTRATION.code()).isEqualTo(125);
    assertThat(LppType.CONCENTRATION.size()).isEqualTo(2);
    assertThat(LppType.GPS.size()).isEqualTo(9);
    assertThat(LppType.ACCELEROMETER.size()).isEqualTo(6);
    assertThat(LppType.BAROMETER.code()).isEqualTo(0x73);
    assertThat(LppType.ILLUMINANCE.code()).isEqualTo(0x65);
    assertThat(LppType.fromCode(0xFE)).isEmpty();
  }
}
