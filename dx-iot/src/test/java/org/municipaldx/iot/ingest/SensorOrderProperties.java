package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Lookup;
import org.municipaldx.iot.Sensor;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.testsupport.TrialScale;

/**
 * The sensor prediction of the readings reader ({@link SensorOrder}, issue 16j) equals the look-up it saves: a
 * predicted sensor is always the one the look-up gives, on random orders of sensors whose ids differ in one byte,
 * are written with spaces (the same sensor, other bytes), are not ASCII or not ids, go missing, repeat or appear
 * mid-file; and a file read with prediction gives the table, count and problems (a sensor that changes location
 * included) of the read that looks every sensor up, on one thread and on two.
 */
class SensorOrderProperties {
  /** Ids that differ in one byte, the same id with spaces, an id that is not ASCII, texts that are no id. */
  static final String[] IDS = {"hall-1", "hall-2", "hbll-1", "hall-10", " hall-1", "hall-1 ", "ｈall-3", "bad id!",
      "hall-12345678901", "hall-12345678902", "", "\"hall-2\""};

  @TempDir
  Path dir;

  /** The look-up the reader makes of a sensor field: the stripped text's index in first-met order, -1 if no id. */
  static Lookup model(Map<String, Integer> ids) {
    return Lookup.resolving(text -> {
      String id = text.strip();
      if (!Sensor.isValidId(id)) {
        return -1;
      }
      return ids.computeIfAbsent(id, k -> ids.size());
    });
  }

  @Test
  void aPredictedSensorIsTheOneTheLookUpGives() {
    Trials.api().integers(0, IDS.length - 1).immutableLists().and(Trials.api().integers(1, 6))
        .withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo((picks, repeat) -> {
          // the picked order repeated, each sensor's row 1-3 times: steps of a file
          StringBuilder csv = new StringBuilder();
          for (int step = 0; step < repeat; step++) {
            for (int p : picks) {
              for (int k = 0; k <= (p + step) % 3; k++) {
                csv.append(IDS[p]).append(",x\n");
              }
            }
          }
          Map<String, Integer> ids = new HashMap<>();
          Lookup lookup = model(ids);
          SensorOrder order = new SensorOrder();
          try (CsvSource src = CsvSource.of(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
              "t.csv", Optional.of(StandardCharsets.UTF_8))) {
            while (src.next()) {
              int expected = lookup.index(src.record(), 0);
              int p = order.predict(src.record(), 0);
              if (p >= 0) {
                assertThat(p).as("predicted sensor of %s", src.record()).isEqualTo(expected);
              } else {
                order.learn(expected);
              }
            }
          }
        });
  }

  /**
   * Issue 16l: {@link SensorOrder} compares ids eight bytes at a time, the last long masked to the id's length. The
   * prediction is still the look-up's on ids of 1 to 24 bytes that differ from one another in one byte at any
   * position (the first and last of a long, a masked tail of 1 to 7 bytes) or are one another's prefixes, read in
   * random orders after a longer field (so the field buffer holds stale bytes past the id), and on ids learned after
   * the arena's first 1,024 bytes.
   */
  @Test
  void idsOneByteApartAtAnyPositionOfALongArePredictedAsLookedUp() {
    String base = "hall-abcdefghijklmnopqrs"; // 24 bytes
    List<String> ids = new ArrayList<>();
    for (int len = 1; len <= base.length(); len++) {
      String id = base.substring(0, len);
      ids.add(id);
      ids.add(id.substring(0, len - 1) + (char) (id.charAt(len - 1) + 1)); // the last byte
      if (len > 1) {
        ids.add((char) (id.charAt(0) + 1) + id.substring(1)); // the first byte
      }
    }
    // 160 more ids of 20 bytes: the arena grows past its first 1,024 bytes
    for (int k = 0; k < 160; k++) {
      ids.add(String.format("sensor-%013d", k));
    }
    Trials.api().integers(0, ids.size() - 1).immutableLists().and(Trials.api().integers(1, 4))
        .withLimits(TrialScale.trials(200), TrialScale.limits()).supplyTo((picks, repeat) -> {
          StringBuilder csv = new StringBuilder();
          for (int step = 0; step < repeat; step++) {
            csv.append("hall-abcdefghijklmnopqrstuvwxyz-stale-bytes,x\n");
            for (int p : picks) {
              csv.append(ids.get(p)).append(",x\n");
            }
            for (String id : ids) {
              csv.append(id).append(",x\n");
            }
          }
          // the list twice more: its last pass follows links all learnt, so every row of it is predicted
          for (int pass = 0; pass < 2; pass++) {
            for (String id : ids) {
              csv.append(id).append(",x\n");
            }
          }
          long rows = csv.chars().filter(c -> c == '\n').count();
          Map<String, Integer> seen = new HashMap<>();
          Lookup lookup = model(seen);
          SensorOrder order = new SensorOrder();
          long row = 0;
          try (CsvSource src = CsvSource.of(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
              "t.csv", Optional.of(StandardCharsets.UTF_8))) {
            while (src.next()) {
              int expected = lookup.index(src.record(), 0);
              int p = order.predict(src.record(), 0);
              if (p >= 0) {
                assertThat(p).as("predicted sensor of %s", src.record()).isEqualTo(expected);
              } else {
                assertThat(row).as("row %d of the last pass, %s, is predicted", row, src.record())
                    .isLessThan(rows - ids.size());
                order.learn(expected);
              }
              row++;
            }
          }
        });
  }

  /**
   * Issue 16l: an id whose bytes end within eight bytes of the arena's end (here the first 1,024 bytes exactly: one id
   * of 7 bytes and 113 of 9) is predicted as looked up: {@code same} reads its last, partly masked long inside the
   * arena, which keeps eight bytes to spare.
   */
  @Test
  void anIdEndingAtTheArenasFirstLengthIsPredicted() {
    List<String> ids = new ArrayList<>();
    ids.add("s-00000");
    for (int k = 0; k < 113; k++) {
      ids.add(String.format("s-%07d", k));
    }
    StringBuilder csv = new StringBuilder();
    for (int pass = 0; pass < 2; pass++) {
      for (String id : ids) {
        csv.append(id).append(",x\n");
      }
    }
    Lookup lookup = model(new HashMap<>());
    SensorOrder order = new SensorOrder();
    int predicted = 0;
    try (CsvSource src = CsvSource.of(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
        "t.csv", Optional.of(StandardCharsets.UTF_8))) {
      while (src.next()) {
        int expected = lookup.index(src.record(), 0);
        int p = order.predict(src.record(), 0);
        if (p >= 0) {
          assertThat(p).isEqualTo(expected);
          predicted++;
        } else {
          order.learn(expected);
        }
      }
    }
    // the second pass but its first row (which follows the last id for the first time)
    assertThat(predicted).as("the second pass, the last id (bytes 1,015-1,023) included").isEqualTo(ids.size() - 1);
  }

  /** The rule the prediction is for: a file that lists the same sensors in the same order at each step is predicted
   * after its first step, except the first row of the second step. */
  @Test
  void aRepeatedOrderIsPredictedAfterItsFirstStep() {
    Trials.api().integers(0, 40).immutableLists().and(Trials.api().integers(2, 5))
        .withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo((picks, steps) -> {
          List<String> order = new ArrayList<>();
          for (int p : picks) {
            if (!order.contains("s-" + p)) {
              order.add("s-" + p);
            }
          }
          StringBuilder csv = new StringBuilder();
          for (int step = 0; step < steps; step++) {
            for (String id : order) {
              csv.append(id).append(",a\n").append(id).append(",b\n");
            }
          }
          Map<String, Integer> ids = new HashMap<>();
          Lookup lookup = model(ids);
          SensorOrder so = new SensorOrder();
          int missed = 0;
          try (CsvSource src = CsvSource.of(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
              "t.csv", Optional.of(StandardCharsets.UTF_8))) {
            while (src.next()) {
              int p = so.predict(src.record(), 0);
              if (p < 0) {
                missed++;
                so.learn(lookup.index(src.record(), 0));
              }
            }
          }
          assertThat(missed).isEqualTo(order.isEmpty() ? 0 : order.size() + (order.size() > 1 ? 1 : 0));
        });
  }

  /**
   * Rule: the prediction holds for more sensors and id bytes than its first arrays (64 sensors, 1,024 bytes): 300
   * sensors of 20-byte ids, three rows each, four steps are missed only in the first step and at the second's
   * first row, and every prediction is the look-up's answer.
   */
  @Test
  void manySensorsWithLongIdsArePredictedAfterTheirFirstStep() {
    StringBuilder csv = new StringBuilder();
    for (int step = 0; step < 4; step++) {
      for (int i = 0; i < 300; i++) {
        String id = String.format("building-a-sensor-%03d", i);
        csv.append(id).append(",t\n").append(id).append(",h\n").append(id).append(",c\n");
      }
    }
    Map<String, Integer> ids = new HashMap<>();
    Lookup lookup = model(ids);
    SensorOrder so = new SensorOrder();
    int missed = 0;
    try (CsvSource src = CsvSource.of(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
        "t.csv", Optional.of(StandardCharsets.UTF_8))) {
      while (src.next()) {
        int expected = lookup.index(src.record(), 0);
        int p = so.predict(src.record(), 0);
        if (p < 0) {
          missed++;
          so.learn(expected);
        } else {
          assertThat(p).isEqualTo(expected);
        }
      }
    }
    assertThat(ids).hasSize(300);
    assertThat(missed).isEqualTo(301);
  }

  static ReadingsParallelProperties.Outcome read(ReadingsCsvReader reader, Path f, int threads) {
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY,
        ReadingsParallelProperties.JST);
    try {
      long n = threads == 0 ? reader.read(f, acc) : reader.read(f, acc, threads, 100);
      return new ReadingsParallelProperties.Outcome(Optional.of(acc.finish()), n, List.of(), 0);
    } catch (IngestException e) {
      return new ReadingsParallelProperties.Outcome(Optional.empty(), 0, e.problems(), e.total());
    }
  }

  @Test
  void aReadWithPredictionEqualsTheReadThatLooksEverySensorUp() {
    // per step: each sensor slot's id (an index of IDS, or missing), its location (one in 20: another), how many
    // quantities; sensors that go missing, repeat or are new mid-file
    Trials.api().integers(0, 1_000_000).immutableLists().and(Trials.api().integers(1, 8))
        .withLimits(TrialScale.trials(150), TrialScale.limits()).supplyTo((codes, steps) -> {
          StringBuilder sb = new StringBuilder("sensor,location,time,quantity,value\n");
          Instant t = Instant.parse("2024-05-31T12:00:00Z");
          String[] quantities = {"temperature", "humidity", "co2"};
          for (int step = 0; step < steps; step++) {
            t = t.plusSeconds(300);
            for (int i = 0; i < codes.size(); i++) {
              int code = codes.get(i);
              if ((code >> (step % 16)) % 7 == 0 && step > 0) {
                continue; // missing this step
              }
              int id = code % IDS.length;
              String place = (code / 13 + step) % 20 == 0 ? "本庁舎/9F/別室" : "本庁舎/" + id + "F/室";
              for (int q = 0; q <= (code / 7) % 3; q++) {
                sb.append(IDS[id]).append(',').append(place).append(',').append(t).append(',').append(quantities[q])
                    .append(',').append(10 + (code + step * 31 + q) % 1200).append('\n');
              }
            }
          }
          try {
            Path f = Files.createTempFile(dir, "readings", ".csv");
            Files.writeString(f, sb.toString());
            ReadingsCsvReader predicting = ReadingsCsvReader.create().withInterval(Duration.ofMinutes(10));
            ReadingsCsvReader probing = predicting.probing();
            ReadingsParallelProperties.Outcome expected = read(probing, f, 0);
            assertThat(read(predicting, f, 0)).isEqualTo(expected);
            assertThat(read(predicting, f, 2)).isEqualTo(read(probing, f, 2));
            Files.delete(f);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
