package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.iot.Location;
import org.municipaldx.testsupport.TrialScale;

/**
 * The location prediction of the readings reader (issue 16k: a row's location is predicted to be its sensor's
 * location on its last row and confirmed by one comparison of the field's bytes,
 * {@link org.municipaldx.ingest.Lookup#index(org.municipaldx.ingest.Record, int, int)}) changes nothing: a file read
 * with prediction gives the table, readings count and problems (their order and text included) of the read that
 * looks every sensor and location up ({@link ReadingsCsvReader#probing()}), on one thread and on two, on random
 * files whose sensors change location, go missing, repeat or are new mid-file, and whose locations differ in one
 * byte (ASCII or inside a multi-byte character), are one place written in other bytes (spaces, an empty floor,
 * full-width digits, a quoted field), are no location, or hold a byte that is not UTF-8; in UTF-8 and Windows-31J.
 */
class LocationPredictionProperties {
  /**
   * Location fields as written: 室 and 宮 differ in their last UTF-8 byte (E5 AE A4, E5 AE AE), 1F and 2F in one
   * ASCII byte; entries 5-8 are entry 0 or 4's place in other bytes; 9 and 10 are no location; 11 is quoted with a
   * doubled quote inside (a field the prediction never takes).
   */
  static final String[] PLACES = {"本庁舎/1F/室", "本庁舎/1F/宮", "本庁舎/2F/室", "本庁舍/1F/室", "本庁舎/室",
      " 本庁舎/1F/室", "本庁舎/1F/室 ", "本庁舎/１F/室", "本庁舎//室", "/1F/室", "本庁舎/1F/室/x",
      "\"本庁舎/1F/\"\"室\"\"\""};

  /** In UTF-8 only (kind 2): a location field with a byte that is not text (室's last byte replaced by FF). */
  static final byte[] NOT_TEXT = {(byte) 0xE6, (byte) 0x9C, (byte) 0xAC, '/', '1', 'F', '/', (byte) 0xE5,
      (byte) 0xAE, (byte) 0xFF};

  @TempDir
  Path dir;

  /**
   * The file of the codes: per step, each code is a sensor slot (its id, whether it is missing this step, new
   * from a later step, written twice, and its location — mostly its home, one step in 6 another one).
   */
  static byte[] file(java.util.List<Integer> codes, int steps, int kind) {
    Charset cs = kind == 1 ? Charset.forName("windows-31j") : StandardCharsets.UTF_8;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("sensor,location,time,quantity,value\n".getBytes(cs));
    Instant t = Instant.parse("2024-05-31T12:00:00Z");
    String[] quantities = {"temperature", "humidity", "co2"};
    for (int step = 0; step < steps; step++) {
      t = t.plusSeconds(300);
      for (int i = 0; i < codes.size(); i++) {
        int code = codes.get(i);
        if (step < (code >> 3) % 3 || step > 0 && (code >> (step % 12)) % 5 == 0) {
          continue; // new from a later step, or missing this step
        }
        int home = (code / 11) % PLACES.length;
        int moved = (code / 17 + step) % 6 == 0 ? (home + 1 + code % 4) % PLACES.length : home;
        int copies = (code / 23 + step) % 9 == 0 ? 2 : 1; // the same reading written twice
        for (int c = 0; c < copies; c++) {
          for (int q = 0; q <= (code / 7) % 3; q++) {
            out.writeBytes(("s-" + (code % 16) + ",").getBytes(cs));
            if (kind == 2 && (code / 29 + step) % 37 == 0) {
              out.writeBytes(NOT_TEXT);
            } else {
              out.writeBytes(PLACES[moved].getBytes(cs));
            }
            out.writeBytes(("," + t + "," + quantities[q] + "," + (10 + (code + step * 31 + q) % 1200) + "\n")
                .getBytes(cs));
          }
        }
      }
    }
    return out.toByteArray();
  }

  @Test
  void aReadWithLocationPredictionEqualsTheReadThatLooksEveryLocationUp() {
    Trials.api().integers(0, 1_000_000).immutableLists().and(Trials.api().integers(1, 8))
        .and(Trials.api().integers(0, 2))
        .withLimits(TrialScale.trials(150), TrialScale.limits()).supplyTo((codes, steps, kind) -> {
          try {
            Path f = Files.createTempFile(dir, "readings", ".csv");
            Files.write(f, file(codes, steps, kind));
            ReadingsCsvReader predicting = ReadingsCsvReader.create().withInterval(Duration.ofMinutes(10));
            ReadingsCsvReader probing = predicting.probing();
            assertThat(SensorOrderProperties.read(predicting, f, 0)).isEqualTo(SensorOrderProperties.read(probing, f,
                0));
            assertThat(SensorOrderProperties.read(predicting, f, 2)).isEqualTo(SensorOrderProperties.read(probing, f,
                2));
            Files.delete(f);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  /**
   * Rule: the prediction holds for more sensors than its first array (64 sensors): 150 sensors, each at its own
   * place, four steps, sensor 100 moved at the third step, sensor 140 new at the second, sensor 0 silent at the
   * third — the read with prediction gives the read that looks every field up, on one thread and on two; and without
   * the moved sensor, a table of 150 places and 4 × 3 readings per sensor but 140's (3 × 3) and 0's (3 × 3).
   */
  @Test
  void moreSensorsThanTheFirstArrayArePredictedAsLookedUp() throws Exception {
    for (boolean move : new boolean[] {true, false}) {
      StringBuilder sb = new StringBuilder("sensor,location,time,quantity,value\n");
      Instant t = Instant.parse("2024-05-31T12:00:00Z");
      for (int step = 0; step < 4; step++) {
        t = t.plusSeconds(300);
        for (int i = 0; i < 150; i++) {
          if (i == 140 && step == 0 || i == 0 && step == 2) {
            continue;
          }
          String place = move && i == 100 && step == 2 ? "本庁舎/9F/室100" : "本庁舎/" + (i / 10) + "F/室" + i;
          for (String q : new String[] {"temperature", "humidity", "co2"}) {
            sb.append("s-").append(i).append(',').append(place).append(',').append(t).append(',').append(q)
                .append(',').append(20 + (i + step) % 7).append('\n');
          }
        }
      }
      Path f = dir.resolve("many-" + move + ".csv");
      Files.writeString(f, sb.toString());
      ReadingsCsvReader predicting = ReadingsCsvReader.create().withInterval(Duration.ofMinutes(5));
      ReadingsParallelProperties.Outcome once = SensorOrderProperties.read(predicting, f, 0);
      assertThat(once).isEqualTo(SensorOrderProperties.read(predicting.probing(), f, 0));
      assertThat(SensorOrderProperties.read(predicting, f, 2)).isEqualTo(SensorOrderProperties.read(
          predicting.probing(), f, 2));
      if (move) {
        assertThat(once.total()).isEqualTo(3); // its three rows at the other place
        assertThat(once.problems().get(0).line()).isEqualTo(1 + 3 * (150 + 149) + 3 * 99 + 1);
      } else {
        assertThat(once.table().orElseThrow().rows()).hasSize(150);
        assertThat(once.readings()).isEqualTo(3L * (4 * 150 - 2));
      }
    }
  }

  /**
   * Rule: with a registry, the reader's sensor indices are the registry's order, so a file's first sensor may have any
   * index: 200 registered sensors read last to first (the first row's sensor has index 199, far beyond the
   * prediction's first array), two steps, one and two threads — the read with prediction gives the read that looks
   * every field up: 200 places, 400 readings.
   */
  @Test
  void registeredSensorsReadInAnotherOrderArePredictedAsLookedUp() throws Exception {
    List<RegisteredDevice> devices = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      devices.add(new RegisteredDevice("dev-" + i, "r-" + i, Location.builder().facility("本庁舎").floor(i / 10 + "F")
          .zone("室" + i).build(), Optional.empty(), Map.of()));
    }
    StringBuilder sb = new StringBuilder("sensor,location,time,quantity,value\n");
    for (String time : new String[] {"2024-06-03T09:00+09:00", "2024-06-03T09:05+09:00"}) {
      for (int i = 199; i >= 0; i--) {
        sb.append("r-").append(i).append(",本庁舎/").append(i / 10).append("F/室").append(i).append(',').append(time)
            .append(",co2,").append(600 + i).append('\n');
      }
    }
    Path f = dir.resolve("registered.csv");
    Files.writeString(f, sb.toString());
    ReadingsCsvReader predicting = ReadingsCsvReader.create().withRegistry(DeviceRegistry.of(devices))
        .withInterval(Duration.ofMinutes(5));
    ReadingsParallelProperties.Outcome once = SensorOrderProperties.read(predicting, f, 0);
    assertThat(once).isEqualTo(SensorOrderProperties.read(predicting.probing(), f, 0));
    assertThat(SensorOrderProperties.read(predicting, f, 2)).isEqualTo(SensorOrderProperties.read(
        predicting.probing(), f, 2));
    assertThat(once.table().orElseThrow().rows()).hasSize(200);
    assertThat(once.readings()).isEqualTo(400);
  }

  /**
   * Rule: a sensor that moves is at its new place from the row that says so, even though its old place was
   * predicted, and the reader reports the move at that row (locations one byte apart, 室 and 宮): the prediction
   * is confirmed by the bytes, never taken on trust.
   */
  @Test
  void aSensorMovedOneByteAwayIsReportedAtTheRowThatMovesIt() throws Exception {
    String csv = "sensor,location,time,quantity,value\n"
        + "s-1,本庁舎/1F/室,2024-06-01T09:00:00+09:00,co2,500\n"
        + "s-1,本庁舎/1F/室,2024-06-01T09:05:00+09:00,co2,510\n"
        + "s-1,本庁舎/1F/宮,2024-06-01T09:10:00+09:00,co2,520\n";
    Path f = dir.resolve("moved.csv");
    Files.writeString(f, csv);
    ReadingsParallelProperties.Outcome o = SensorOrderProperties.read(ReadingsCsvReader.create()
        .withInterval(Duration.ofMinutes(5)), f, 0);
    assertThat(o.table()).isEmpty();
    assertThat(o.total()).isEqualTo(1);
    assertThat(o.problems().get(0).line()).isEqualTo(4);
    assertThat(o.problems().get(0).reason()).contains("not at 本庁舎/1F/宮").contains("is at 本庁舎/1F/室 (");
  }
}
