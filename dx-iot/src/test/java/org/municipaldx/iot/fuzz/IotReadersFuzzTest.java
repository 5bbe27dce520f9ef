package org.municipaldx.iot.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.testsupport.FuzzBudget.timed;
import static org.municipaldx.testsupport.FuzzBudget.utf8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.municipaldx.iot.Coordinates;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppFormatException;
import org.municipaldx.iot.lpp.LppValue;
import org.municipaldx.iot.lpp.TtsUplink;
import org.municipaldx.iot.lpp.UplinkFormatException;

/**
 * Coverage-guided fuzz targets (Jazzer) for dx-iot's readers of outside input. {@code mvn verify}
 * replays each target's corpus ({@code src/test/resources/org/municipaldx/iot/fuzz/IotReadersFuzzTestInputs/<target>/}, valid
 * and invalid seeds); {@code JAZZER_FUZZ=1} fuzzes (README, "Fuzzing"). A target fails on any exception
 * but the reader's documented one, on an input slower than one second while fuzzing, and on a
 * print/parse round trip that changes the value.
 */
class IotReadersFuzzTest {

  @FuzzTest(maxDuration = "5s")
  void cayenneLppBytes(byte[] data) {
    List<LppValue> values;
    try {
      values = timed(() -> CayenneLpp.decode(data));
    } catch (LppFormatException documented) {
      assertThat(documented.offset()).isBetween(0, data.length - 1);
      assertThat(CayenneLpp.decodeLenient(data).fault()).isPresent();
      return;
    }
    assertThat(CayenneLpp.encode(values)).isEqualTo(data);
  }

  @FuzzTest(maxDuration = "5s")
  void cayenneLppHexAndBase64(byte[] data) {
    String text = utf8(data);
    try {
      List<LppValue> values = timed(() -> CayenneLpp.decodeHex(text));
      assertThat(CayenneLpp.decodeHex(CayenneLpp.toHex(CayenneLpp.encode(values)))).isEqualTo(values);
    } catch (LppFormatException documented) {
      assertThat(documented.getMessage()).isNotBlank();
    }
    try {
      timed(() -> CayenneLpp.decodeBase64(text));
    } catch (LppFormatException documented) {
      assertThat(documented.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "5s")
  void ttsUplink(byte[] data) {
    TtsUplink u;
    try {
      u = timed(() -> TtsUplink.parse(utf8(data)));
    } catch (UplinkFormatException documented) {
      return;
    }
    try {
      u.decodeLpp();
    } catch (LppFormatException | IllegalStateException documented) {
      // a payload that is not Cayenne LPP, or FPort 0 (MAC commands): both documented
    }
  }

  @FuzzTest(maxDuration = "5s")
  void coordinates(byte[] data) {
    Coordinates c;
    try {
      c = timed(() -> Coordinates.parse(utf8(data)));
    } catch (IllegalArgumentException documented) {
      return;
    }
    assertThat(Coordinates.parse(c.toString())).isEqualTo(c);
  }
}
