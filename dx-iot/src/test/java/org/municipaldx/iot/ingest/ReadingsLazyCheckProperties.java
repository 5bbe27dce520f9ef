package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsScaffolding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problems;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * The readings reader checks UTF-8 lazily ({@code CsvSource.lazyEncodingCheck()}): a byte that is not
 * text, anywhere in the file (a location, a column no one reads, a short record), fails as it did when
 * every record was checked as it was read: the same problems in the same order, the same total, and
 * nothing of a rejected file kept; on one thread and on several.
 */
class ReadingsLazyCheckProperties {
  @TempDir
  Path dir;

  /** The outcome of the read with every record checked as it is read (an eager source). */
  static ReadingsParallelProperties.Outcome eager(Path f) {
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY,
        ReadingsParallelProperties.JST);
    ReadingsCsvReader reader = ReadingsCsvReader.create().withInterval(Duration.ofMinutes(10));
    Problems problems = new Problems();
    long n;
    try (CsvSource src = CsvSource.open(f)) {
      n = reader.read(src, acc, problems);
    } catch (IngestException e) {
      n = 0;
    }
    try {
      problems.throwIfAny(f.toString());
      return new ReadingsParallelProperties.Outcome(Optional.of(acc.finish()), n, List.of(), 0);
    } catch (IngestException e) {
      return new ReadingsParallelProperties.Outcome(Optional.empty(), 0, e.problems(), e.total());
    }
  }

  @Test
  void aByteThatIsNotTextFailsWhereTheEagerCheckFailed() {
    Trials.api().integers(0, 1_000_000).immutableLists().and(Trials.api().integers(0, 1_000_000))
        .and(Trials.api().choose(0xFF, 0x80, 0xC3, 0xE6)).and(Trials.api().integers(0, 3))
        .withLimits(150, TrialsScaffolding.OptionalLimits.defaults).supplyTo((codes, at, bad, layout) -> {
          String header = layout == 1 ? "sensor,location,time,quantity,value,メモ\n"
              : layout == 2 ? "センサー,場所,日時,項目,値,単位\n" : "sensor,location,time,quantity,value\n";
          StringBuilder sb = new StringBuilder(header);
          Instant t = Instant.parse("2024-05-31T12:00:00Z");
          for (int i = 0; i < codes.size(); i++) {
            t = t.plusSeconds(60L * (codes.get(i) % 23));
            StringBuilder row = new StringBuilder();
            ReadingsParallelProperties.row(row, codes.get(i), i, t);
            if (layout == 1 && row.length() > 0 && row.charAt(row.length() - 1) == '\n') {
              row.insert(row.length() - 1, ",点検済み"); // a column no one reads, not ASCII
            } else if (layout == 2 && row.length() > 0 && row.charAt(row.length() - 1) == '\n') {
              row.insert(row.length() - 1, codes.get(i) % 2 == 0 ? ",℃" : ",");
            }
            sb.append(row);
          }
          byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
          // the bad byte anywhere (layout 3: none)
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          int cut = layout == 3 ? text.length : at % (text.length + 1);
          out.write(text, 0, cut);
          if (layout != 3) {
            out.write(bad);
          }
          out.write(text, cut, text.length - cut);
          try {
            Path f = Files.createTempFile(dir, "readings", ".csv");
            Files.write(f, out.toByteArray());
            ReadingsParallelProperties.Outcome eager = eager(f);
            assertThat(ReadingsParallelProperties.read(f, 0, 0)).isEqualTo(eager);
            assertThat(ReadingsParallelProperties.read(f, 2, 60 + at % 200)).isEqualTo(eager);
            Files.delete(f);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
