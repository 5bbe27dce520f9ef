package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.report.Span;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.testsupport.TrialScale;

/**
 * Issue 16o: in a parallel read the workers only parse and the calling thread accumulates their typed rows in file
 * order, so a row that parses but that the accumulator refuses (a sensor at another place than on its first row or
 * in the registry, a reading earlier than the sensor's last one, an impossible value) is met by the calling thread in
 * the middle of a range whose rows before it are already accumulated. On files of well-formed rows only, with and
 * without a registry, a span sink and ranges of random size on two and three threads, the parallel read equals the
 * sequential one: the same table and readings count and the sink's spans in the same order, or the same problems in
 * the same order (lines, byte offsets, the place of a sensor's first row in the message).
 */
class RefusedRowProperties {
  @TempDir
  Path dir;

  /** What a read gave: the table, the count and the sink's spans, or the problems. */
  record Outcome(Optional<ComplianceTable> table, long readings, List<String> spans, List<Problem> problems,
      long total) {}

  static Outcome read(ReadingsCsvReader reader, Path f, int threads, long rangeBytes) {
    List<String> spans = new ArrayList<>();
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY,
        ReadingsParallelProperties.JST).setMaxSpans(3)
        .setSpanSink((Location l, CompliancePeriod p, Quantity q, Span s) -> spans.add(l.key() + " " + p + " " + q
            + " " + s));
    try {
      long n = threads == 0 ? reader.read(f, acc) : reader.read(f, acc, threads, rangeBytes);
      return new Outcome(Optional.of(acc.finish()), n, spans, List.of(), 0);
    } catch (IngestException e) {
      return new Outcome(Optional.empty(), 0, List.of(), e.problems(), e.total());
    }
  }

  /**
   * Per code: the sensor (one of six), and one row in {@code 1 / rare} of each refused kind: the sensor at another
   * place, a reading a day earlier than the row's time, an impossible CO2 value.
   */
  static String rows(List<Integer> codes, int rare) {
    StringBuilder sb = new StringBuilder("sensor,location,time,quantity,value\n");
    Instant t = Instant.parse("2024-05-31T12:00:00Z");
    for (int code : codes) {
      t = t.plusSeconds(60L * (code % 17));
      int sensor = code % 6;
      int kind = (code / 6) % Math.max(3, rare);
      String place = kind == 0 ? "別館/" + sensor + "F" : "本庁舎/" + sensor + "F/室";
      Instant time = kind == 1 ? t.minusSeconds(86_400) : t;
      String quantity = code % 3 == 0 ? "co2" : code % 3 == 1 ? "temperature" : "humidity";
      String value = kind == 2 && quantity.equals("co2") ? "-5" : String.valueOf(code % 3 == 0 ? 400 + code % 900
          : 15 + code % 60);
      sb.append('s').append(sensor).append(',').append(place).append(',').append(time).append(',').append(quantity)
          .append(',').append(value).append('\n');
    }
    return sb.toString();
  }

  @Test
  void rowsTheAccumulatorRefusesMidRangeAreReportedAsTheSequentialReadReportsThem() {
    List<RegisteredDevice> devices = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      devices.add(new RegisteredDevice("dev-" + i, "s" + i, Location.builder().facility("本庁舎").floor(i + "F")
          .zone("室").build(), Optional.of(Duration.ofMinutes(5)), Map.of()));
    }
    ReadingsCsvReader plain = ReadingsCsvReader.create().withInterval(Duration.ofMinutes(10));
    ReadingsCsvReader registered = plain.withRegistry(DeviceRegistry.of(devices));
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger clean = new AtomicInteger();
    Trials.api().integers(10, 300).flatMap(n -> Trials.api().integers(0, 1_000_000).immutableListsOfSize(n))
        .and(Trials.api().integers(3, 60))
        .and(Trials.api().integers(60, 600)).and(Trials.api().booleans())
        .withLimits(TrialScale.trials(120), TrialScale.limits()).supplyTo((codes, rare, range, registry) -> {
          ReadingsCsvReader reader = registry ? registered : plain;
          try {
            Path f = Files.createTempFile(dir, "refused", ".csv");
            Files.writeString(f, rows(codes, rare));
            Outcome sequential = read(reader, f, 0, 0);
            (sequential.problems().isEmpty() ? clean : refused).incrementAndGet();
            assertThat(read(reader, f, 2, range)).isEqualTo(sequential);
            assertThat(read(reader, f, 3, range / 2 + 1)).isEqualTo(sequential);
            Files.delete(f);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    // the property is about both: reads that the accumulator refuses somewhere, and reads it takes whole
    assertThat(refused.get()).isPositive();
    assertThat(clean.get()).isPositive();
  }

  /**
   * Rule: a sensor's reading earlier than its last one, in the middle of a range whose rows before it are
   * accumulated, is the sequential read's problem at its line, and the rows after it in the range are still read
   * (the second problem, 10 lines later, is listed too).
   */
  @Test
  void aRefusedRowInTheMiddleOfARangeIsListedAndTheRangeReadOn() throws Exception {
    StringBuilder sb = new StringBuilder("sensor,location,time,quantity,value\n");
    Instant t = Instant.parse("2024-06-03T00:00:00Z");
    for (int i = 0; i < 40; i++) {
      Instant time = i == 15 || i == 25 ? t.minusSeconds(3_600) : t.plusSeconds(60L * i);
      sb.append("s").append(i % 2).append(",本庁舎/1F/室").append(i % 2).append(',').append(time).append(",co2,")
          .append(500 + i).append('\n');
    }
    Path f = dir.resolve("refused.csv");
    Files.writeString(f, sb.toString());
    ReadingsCsvReader reader = ReadingsCsvReader.create();
    Outcome sequential = read(reader, f, 0, 0);
    assertThat(sequential.problems()).extracting(Problem::line).containsExactly(17L, 27L);
    assertThat(sequential.problems().get(0).reason()).contains("earlier than sensor 's1''s previous reading");
    // one range of the whole file after the first cut (range 100: the header and a row, then the rest)
    for (long range : new long[] {100, 700, 1500}) {
      assertThat(read(reader, f, 2, range)).as("range %d", range).isEqualTo(sequential);
    }
  }
}
