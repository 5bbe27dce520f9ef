package org.municipaldx.iot.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppType;
import org.municipaldx.iot.lpp.LppValue;
import org.municipaldx.iot.lpp.TtsUplink;

/**
 * Which uplinks the readings file skips, each counted, and how it quotes a field — the rules mutation testing
 * (PIT, issue 13 part 4) found unchecked by {@link UplinkReadingsCsvTest}.
 */
class UplinkReadingsCsvRulesTest {
  @TempDir
  Path dir;

  private static TtsUplink at(int k, OptionalInt port, LppValue... values) {
    return TtsUplink.of("dev-a", UplinkReadingsCsvTest.T0.plus(Duration.ofMinutes(10L * k)), port, k,
        CayenneLpp.encode(List.of(values)));
  }

  private static LppValue temperature(String celsius) {
    return LppValue.of(1, LppType.TEMPERATURE, new BigDecimal(celsius));
  }

  @Test
  void skippedUplinksAreCountedAndWriteNothing() throws Exception {
    Path file = dir.resolve("readings.csv");
    try (UplinkReadingsCsv w = UplinkReadingsCsv.open(file, ArchiveReplayTest.registry())) {
      assertThat(w.file()).isEqualTo(file);
      // FPort 0 carries MAC commands, not application data
      assertThat(w.write(at(0, OptionalInt.of(0), temperature("21.5")))).isZero();
      // −300 °C is below absolute zero: not a possible air temperature, the whole uplink is skipped
      assertThat(w.write(at(1, OptionalInt.of(1), LppValue.of(3, LppType.CONCENTRATION, new BigDecimal(650)),
          temperature("-300.0")))).isZero();
      // a digital input measures no quantity: no value of this uplink is a reading
      assertThat(w.write(at(2, OptionalInt.of(1), LppValue.of(5, LppType.DIGITAL_INPUT, BigDecimal.ONE)))).isZero();
      assertThat(w.skipped()).isEqualTo(3);
      assertThat(w.written()).isZero();
      // without an FPort (as some network servers send it) the uplink is read
      assertThat(w.write(at(3, OptionalInt.empty(), temperature("21.5")))).isEqualTo(1);
      assertThat(w.written()).isEqualTo(1);
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(UplinkReadingsCsv.HEADER.strip(),
        "hall-1f,本庁舎/1F/窓口,2024-06-01T00:30:00Z,AIR_TEMPERATURE,21.5");
  }

  /** After a reopen, an uplink no later than the sensor's last written one is skipped and counted. */
  @Test
  void aCopyDeliveredAgainAfterAReopenIsCountedAsSkipped() throws Exception {
    Path file = dir.resolve("readings.csv");
    try (UplinkReadingsCsv w = UplinkReadingsCsv.open(file, ArchiveReplayTest.registry())) {
      assertThat(w.write(at(1, OptionalInt.of(1), temperature("21.5")))).isEqualTo(1);
    }
    try (UplinkReadingsCsv w = UplinkReadingsCsv.open(file, ArchiveReplayTest.registry())) {
      assertThat(w.written()).isZero();
      assertThat(w.write(at(1, OptionalInt.of(1), temperature("21.5")))).isZero();
      assertThat(w.write(at(0, OptionalInt.of(1), temperature("21.0")))).isZero();
      assertThat(w.skipped()).isEqualTo(2);
    }
  }

  /** RFC 4180: a field with a comma, a quote or a line break anywhere, the first character too, is quoted. */
  @Test
  void aFieldIsQuotedWhenItHoldsASeparatorAnywhere() {
    assertThat(UplinkReadingsCsv.quote(",本庁舎")).isEqualTo("\",本庁舎\"");
    assertThat(UplinkReadingsCsv.quote("\"本庁舎")).isEqualTo("\"\"\"本庁舎\"");
    assertThat(UplinkReadingsCsv.quote("\n本庁舎")).isEqualTo("\"\n本庁舎\"");
    assertThat(UplinkReadingsCsv.quote("\r本庁舎")).isEqualTo("\"\r本庁舎\"");
    assertThat(UplinkReadingsCsv.quote("本庁舎/1F")).isEqualTo("本庁舎/1F");
  }
}
