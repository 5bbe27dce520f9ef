package org.municipaldx.iot.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.TextLocation;
import org.municipaldx.iot.ingest.DeviceRegistry;
import org.municipaldx.iot.ingest.ReadingsCsvReader;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppType;
import org.municipaldx.iot.lpp.LppValue;
import org.municipaldx.iot.lpp.TtsUplink;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/** The readings file beside the archive, without a broker: what is written, what is skipped, reopening. */
class UplinkReadingsCsvTest {
  static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");

  @TempDir
  Path dir;

  static TtsUplink uplink(String device, int k, String temperature) {
    byte[] p = CayenneLpp.encode(List.of(LppValue.of(1, LppType.TEMPERATURE, new BigDecimal(temperature)),
        LppValue.of(3, LppType.CONCENTRATION, new BigDecimal(650))));
    return TtsUplink.of(device, T0.plus(Duration.ofMinutes(10L * k)), OptionalInt.of(1), k, p);
  }

  @Test
  void writesReadableReadingsSkipsWhatTheReaderWouldRejectAndSurvivesAReopen() throws Exception {
    DeviceRegistry registry = ArchiveReplayTest.registry();
    Path file = dir.resolve("out/readings.csv");
    try (UplinkReadingsCsv w = UplinkReadingsCsv.open(file, registry)) {
      assertThat(w.write(uplink("dev-a", 0, "21.5"))).isEqualTo(2);
      assertThat(w.write(uplink("dev-a", 1, "22"))).isEqualTo(2);
      assertThat(w.write(uplink("dev-x", 2, "22"))).isZero(); // not in the registry
      assertThat(w.write(TtsUplink.of("dev-a", T0.plus(Duration.ofMinutes(20)), OptionalInt.of(1), 2,
          new byte[] {1, 0x67, 0}))).isZero(); // truncated Cayenne LPP
      assertThat(w.written()).isEqualTo(4);
      assertThat(w.skipped()).isEqualTo(2);
    }
    try (UplinkReadingsCsv w = UplinkReadingsCsv.open(file, registry)) {
      assertThat(w.write(uplink("dev-a", 1, "22"))).isZero(); // delivered again after the restart
      assertThat(w.write(uplink("dev-a", 2, "23"))).isEqualTo(2);
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
        "sensor,location,time,quantity,value",
        "hall-1f,本庁舎/1F/窓口,2024-06-01T00:00:00Z,AIR_TEMPERATURE,21.5",
        "hall-1f,本庁舎/1F/窓口,2024-06-01T00:00:00Z,CO2,650",
        "hall-1f,本庁舎/1F/窓口,2024-06-01T00:10:00Z,AIR_TEMPERATURE,22.0",
        "hall-1f,本庁舎/1F/窓口,2024-06-01T00:10:00Z,CO2,650",
        "hall-1f,本庁舎/1F/窓口,2024-06-01T00:20:00Z,AIR_TEMPERATURE,23.0",
        "hall-1f,本庁舎/1F/窓口,2024-06-01T00:20:00Z,CO2,650");
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY,
        ZoneId.of("Asia/Tokyo"));
    assertThat(ReadingsCsvReader.create().withRegistry(registry).read(file, acc)).isEqualTo(6);
    assertThat(acc.finish().readings()).isEqualTo(6);
  }

  @Test
  void aFileOfAnotherLayoutIsRefusedWithItsPlace() throws Exception {
    Path file = dir.resolve("other.csv");
    Files.writeString(file, "センサー,場所,日時,項目,値\ns1,本庁舎,2024-06-01 09:00,温度,20\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> UplinkReadingsCsv.open(file, ArchiveReplayTest.registry()))
        .isInstanceOfSatisfying(IngestException.class, e -> assertThat(((TextLocation) e.problems().get(0).location())
            .line()).isEqualTo(1));
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, UplinkReadingsCsv.HEADER + "hall-1f,本庁舎/1F/窓口,yesterday,CO2,650\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> UplinkReadingsCsv.open(bad, ArchiveReplayTest.registry()))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.problems().get(0).header()).contains("time");
          assertThat(((TextLocation) e.problems().get(0).location()).line()).isEqualTo(2);
        });
    assertThat(UplinkReadingsCsv.quote("本庁舎, 別館")).isEqualTo("\"本庁舎, 別館\"");
  }
}
