package org.municipaldx.iot.ingest;

import org.municipaldx.testsupport.TrialScale;
import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * The parallel read ({@link ReadingsCsvReader#read(Path, ComplianceAccumulator, int)}) equals the
 * sequential one on random valid and invalid files: the same table and readings count, or the same
 * problems in the same order (and the same total).
 */
class ReadingsParallelProperties {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");

  @TempDir
  Path dir;

  /** What a read gave: the table and count, or the problems. */
  record Outcome(Optional<ComplianceTable> table, long readings, List<Problem> problems, long total) {}

  static Outcome read(Path f, int threads, long chunkBytes) {
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    ReadingsCsvReader reader = ReadingsCsvReader.create().withInterval(Duration.ofMinutes(10));
    try {
      long n = threads == 0 ? reader.read(f, acc) : reader.read(f, acc, threads, chunkBytes);
      return new Outcome(Optional.of(acc.finish()), n, List.of(), 0);
    } catch (IngestException e) {
      return new Outcome(Optional.empty(), 0, e.problems(), e.total());
    }
  }

  /** A row from a code: mostly valid readings, sometimes each kind of problem. */
  static void row(StringBuilder sb, int code, int i, Instant t) {
    int sensor = code % 5;
    int kind = (code / 5) % 40;
    String sensorText = kind == 1 ? "bad id!" : "s" + sensor;
    String place = kind == 2 ? "" : kind == 3 ? "本庁舎/2F/別室" : "本庁舎/" + sensor + "F/室";
    String time = kind == 4 ? "yesterday" : kind == 5 ? t.minusSeconds(86_400).toString()
        : kind == 6 ? t.atZone(JST).toLocalDateTime().toString().replace('T', ' ') : t.toString();
    String quantity = kind == 7 ? "noise" : code % 3 == 0 ? "co2" : code % 3 == 1 ? "温度" : "humidity";
    String value = kind == 8 ? "12,5x" : kind == 9 ? "-5000" : String.valueOf(10 + code % 1200);
    if (kind == 10) {
      place = "\"本庁舎/" + sensor + "F/室\"";   // quoted, same place
    }
    if (kind == 11) {
      sb.append("\n");                           // a blank line
    }
    if (kind == 12) {
      sb.append(sensorText).append(",\"本庁舎\n").append(sensor).append("F\",").append(time).append(",co2,800\n");
      return;                                     // a quoted field across a line end: another place
    }
    if (kind == 13) {
      sb.append(sensorText).append(',').append(place).append('\n'); // too few fields
      return;
    }
    sb.append(sensorText).append(',').append(place).append(',').append(time).append(',').append(quantity).append(',')
        .append(value).append(kind == 14 ? "\r\n" : "\n");
  }

  @Test
  void theParallelReadEqualsTheSequentialOne() {
    Trials.api().integers(0, 1_000_000).immutableLists().and(Trials.api().integers(40, 400))
        .and(Trials.api().integers(0, 30)).withLimits(TrialScale.trials(120), TrialScale.limits()).supplyTo((codes, chunk, bad) -> {
          StringBuilder sb = new StringBuilder("sensor,location,time,quantity,value\n");
          Instant t = Instant.parse("2024-05-31T12:00:00Z");
          for (int i = 0; i < codes.size(); i++) {
            t = t.plusSeconds(60L * (codes.get(i) % 23));
            row(sb, codes.get(i), i, t);
          }
          if (bad == 1) {
            // more problems than are listed, found while accumulating (each reading earlier than the last)
            for (int i = 0; i < 150; i++) {
              sb.append("s9,本庁舎/9F/室,").append(Instant.parse("2020-01-01T00:00:00Z").minusSeconds(60L * i))
                  .append(",co2,500\n");
            }
          }
          byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
          if (bad == 0 && bytes.length > 60) {
            // a byte that is not UTF-8, late in the file: a fatal problem
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, bytes.length - 10);
            out.write(0xFF);
            out.write(bytes, bytes.length - 10, 10);
            bytes = out.toByteArray();
          }
          try {
            Path f = Files.createTempFile(dir, "readings", ".csv");
            Files.write(f, bytes);
            Outcome sequential = read(f, 0, 0);
            assertThat(read(f, 2, chunk)).isEqualTo(sequential);
            assertThat(read(f, 3, chunk / 2 + 1)).isEqualTo(sequential);
            Files.delete(f);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  /** A bad byte is one problem, listed once. */
  @Test
  void anEncodingErrorIsListedOnce() throws Exception {
    Path f = dir.resolve("bad.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("sensor,location,time,quantity,value\ns1,本庁舎/1F/室,2024-06-01T09:00:00+09:00,co2,800\ns1,室"
        .getBytes(StandardCharsets.UTF_8));
    out.write(0xFF);
    out.write(",2024-06-01T09:10:00+09:00,co2,800\n".getBytes(StandardCharsets.UTF_8));
    Files.write(f, out.toByteArray());
    Outcome o = read(f, 0, 0);
    assertThat(o.total()).isEqualTo(1);
    assertThat(o.problems()).hasSize(1);
    assertThat(o.problems().get(0).reason()).contains("not valid UTF-8");
  }
}
