package org.municipaldx.iot.ingest;

import org.municipaldx.testsupport.TrialScale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sageserpent.americium.java.Trials;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.TextLocation;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.report.QuantityRow;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

class ReadingsCsvReaderTest {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");

  @TempDir
  Path dir;

  ComplianceTable read(String csv, CompliancePeriod.Kind kind, Charset cs) throws Exception {
    Path f = dir.resolve("readings-" + System.nanoTime() + ".csv");
    Files.write(f, csv.getBytes(cs));
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, kind, JST);
    ReadingsCsvReader.create().withInterval(Duration.ofMinutes(10)).read(f, acc);
    return acc.finish();
  }

  static QuantityRow q(ComplianceTable t, int row, Quantity q) {
    return t.rows().get(row).quantities().stream().filter(r -> r.quantity() == q).findFirst().orElseThrow();
  }

  @Test
  void aReadingAt1530ZOnMay31IsJune1stInJapan() throws Exception {
    ComplianceTable t = read("sensor,location,time,quantity,value\n"
        + "s1,本庁舎/1F/窓口,2024-05-31T14:59:59Z,temperature,20\n"
        + "s1,本庁舎/1F/窓口,2024-05-31T15:30:00Z,temperature,21\n", CompliancePeriod.Kind.DAY, StandardCharsets.UTF_8);
    assertThat(t.rows()).extracting(r -> r.period().toString()).containsExactly("2024-05-31", "2024-06-01");
    assertThat(q(t, 1, Quantity.AIR_TEMPERATURE).max()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21"));
    assertThat(q(t, 0, Quantity.AIR_TEMPERATURE).count()).isEqualTo(1);
  }

  @Test
  void japaneseHeadersLocalTimesOffsetsAndUnitsInWindows31j() throws Exception {
    String csv = "センサー,場所,日時,項目,値,単位\r\n"
        + "s1,本庁舎/3F/会議室1,2024-06-01 09:00,温度,295.15,K\r\n"              // 22 °C, local JST
        + "s1,本庁舎/3F/会議室1,2024/6/1 9:10,湿度,45.5,%\r\n"
        + "s1,本庁舎/3F/会議室1,2024-06-01T00:20:00Z,二酸化炭素,0.08,%\r\n"        // 800 ppm, 09:20 JST
        + "s1,本庁舎/3F/会議室1,2024-06-01T09:30:00.5+09:00,温度,２３.５,℃\r\n";   // full-width digits
    ComplianceTable t = read(csv, CompliancePeriod.Kind.MONTH, Charset.forName("windows-31j"));
    assertThat(t.rows()).singleElement().satisfies(r -> {
      assertThat(r.location().key()).isEqualTo("本庁舎/3F/会議室1");
      assertThat(r.period()).hasToString("2024-06");
    });
    assertThat(t.windowStart()).hasValue(Instant.parse("2024-06-01T00:00:00Z"));
    assertThat(t.windowEnd()).hasValue(Instant.parse("2024-06-01T00:30:00.500Z"));
    QuantityRow temp = q(t, 0, Quantity.AIR_TEMPERATURE);
    assertThat(temp.min()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("22"));
    assertThat(temp.max()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("23.5"));
    assertThat(q(t, 0, Quantity.CO2).max()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("800"));
  }

  @Test
  void everyProblemIsListedWithLineColumnAndHeaderAndNothingIsApplied() {
    String csv = "sensor,location,time,quantity,value,unit\n"
        + "s1,本庁舎/1F/窓口,2024-06-01T08:50+09:00,temperature,20,\n"
        + "s1,本庁舎/1F/窓口,2024-06-01T09:00+09:00,temperature,20,°F\n"   // °F: not exact in decimals
        + "s1,本庁舎/1F/窓口,2024-06-01T09:10+09:00,smell,3,\n"
        + "s1,本庁舎/1F/窓口,yesterday,temperature,20,\n"
        + "s1,本庁舎/1F/窓口,2024-06-01T09:20+09:00,humidity,120,\n"       // not a possible humidity
        + "s1,本庁舎/1F/窓口,2024-06-01T09:30+09:00,temperature,20.0001,\n"
        + "s1,本庁舎/2F/窓口,2024-06-01T09:40+09:00,temperature,20,\n"      // the sensor moved
        + "s1,本庁舎/1F/窓口,2024-06-01T08:00+09:00,temperature,20,\n";     // out of time order
    Path f = dir.resolve("bad.csv");
    assertThatThrownBy(() -> {
      Files.writeString(f, csv, StandardCharsets.UTF_8);
      ReadingsCsvReader.create().read(f, ComplianceAccumulator.create(Standards.BUILDING_HYGIENE,
          CompliancePeriod.Kind.MONTH, JST));
    }).isInstanceOfSatisfying(IngestException.class, e -> {
      assertThat(e.total()).isEqualTo(7);
      List<Problem> ps = e.problems();
      assertThat(ps).extracting(Problem::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
      assertThat(ps).extracting(p -> p.header().orElse("")).containsExactly("unit", "quantity", "time", "value",
          "value", "location", "time");
      assertThat(ps.get(0).reason()).contains("unknown unit '°F'");
      assertThat(ps.get(3).reason()).contains("not a possible relative humidity");
      assertThat(ps.get(5).reason()).contains("is at 本庁舎/1F/窓口 (line 2");
      assertThat(ps.get(6).reason()).contains("time order");
      assertThat(((TextLocation) ps.get(1).location()).byteOffset()).isPositive();
    });
  }

  /** Streaming the CSV gives the table that the same readings give when added directly. */
  @Test
  void theCsvPathEqualsAddingTheReadingsDirectly() {
    Trials.api().integers(0, 1_000_000).immutableLists().withLimits(TrialScale.trials(60), TrialScale.limits()).supplyTo(seeds -> {
      StringBuilder csv = new StringBuilder("sensor,location,time,quantity,value\n");
      ComplianceAccumulator direct = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
      Instant t = Instant.parse("2024-05-31T12:00:00Z");
      for (int i = 0; i < seeds.size(); i++) {
        int x = seeds.get(i);
        int sensor = x % 3;
        t = t.plusSeconds(60L * (x % 47));
        Quantity quantity = x % 2 == 0 ? Quantity.AIR_TEMPERATURE : Quantity.CO2;
        BigDecimal value = quantity == Quantity.CO2 ? BigDecimal.valueOf(400 + x % 900)
            : BigDecimal.valueOf(150 + x % 200, 1);
        String time = switch (x % 3) {
          case 0 -> t.toString();
          case 1 -> t.atOffset(ZoneOffset.ofHours(9)).toString();
          default -> t.atZone(JST).toLocalDateTime().toString().replace('T', ' ');
        };
        String place = "本庁舎/" + sensor + "F/室";
        csv.append("s").append(sensor).append(',').append(place).append(',').append(time).append(',')
            .append(quantity == Quantity.CO2 ? "co2" : "温度").append(',').append(value.toPlainString()).append('\n');
        int idx = direct.sensor("s" + sensor, Location.builder().facility("本庁舎").floor(sensor + "F").zone("室").build(),
            java.util.Optional.of(Duration.ofMinutes(10)));
        direct.add(idx, quantity, t.toEpochMilli(), ComplianceAccumulator.fixed(value));
      }
      try {
        assertThat(read(csv.toString(), CompliancePeriod.Kind.DAY, StandardCharsets.UTF_8)).isEqualTo(direct.finish());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }
}
