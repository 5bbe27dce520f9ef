package org.municipaldx.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HexFormat;
import org.municipaldx.iot.ingest.ReadingsCsvReader;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.report.LocationPeriod;
import org.municipaldx.iot.report.QuantityRow;
import org.municipaldx.iot.report.Span;
import org.municipaldx.iot.report.SpansCsvWriter;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * The SHA-256 of a whole compliance table (every row, quantity figure, span, gap and coverage) of a
 * readings file, to show that a change to the reading path leaves the results as they were:
 * {@code java -cp benchmarks.jar org.municipaldx.benchmarks.IotTableDigest FILE day|month|fy [THREADS [MAX_SPANS
 * [SPANS_CSV]]]}: by default every span listed ({@code MAX_SPANS} all), so the digest is comparable with one
 * taken before spans were capped; a {@code SPANS_CSV} receives every span through {@code SpansCsvWriter}.
 * The text hashed names each component explicitly (not a record's {@code toString}), so adding a
 * component to a record does not change it.
 */
public final class IotTableDigest {
  private IotTableDigest() {}

  /**
   * @param a  the file, the period and optionally the threads
   * @throws Exception if the run fails
   */
  public static void main(String[] a) throws Exception {
    Path f = Paths.get(a[0]);
    CompliancePeriod.Kind kind = CompliancePeriod.Kind.valueOf(a[1].toUpperCase(java.util.Locale.ROOT)
        .replace("FY", "FISCAL_YEAR"));
    int threads = a.length > 2 ? Integer.parseInt(a[2]) : 1;
    int maxSpans = a.length > 3 ? Integer.parseInt(a[3]) : Integer.MAX_VALUE;
    long w0 = System.nanoTime();
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, kind, ZoneId.of("Asia/Tokyo"))
        .setMaxSpans(maxSpans);
    SpansCsvWriter w = a.length > 4 ? SpansCsvWriter.create(Paths.get(a[4]), ZoneId.of("Asia/Tokyo")) : null;
    if (w != null) {
      acc.setSpanSink(w);
    }
    ReadingsCsvReader.create().withInterval(Duration.ofMinutes(5)).read(f, acc, threads);
    ComplianceTable t = acc.finish();
    if (w != null) {
      w.close();
    }
    long wall = (System.nanoTime() - w0) / 1_000_000;
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    long spans = 0;
    long all = 0;
    md.update((t.readings() + "|" + t.windowStart() + "|" + t.windowEnd() + "\n").getBytes(StandardCharsets.UTF_8));
    for (LocationPeriod r : t.rows()) {
      md.update((r.location().key() + "|" + r.period() + "|" + r.sensors() + "|" + r.observed() + "|" + r.gaps()
          + "|" + r.coverage() + "\n").getBytes(StandardCharsets.UTF_8));
      for (QuantityRow q : r.quantities()) {
        md.update((q.quantity() + "|" + q.count() + "|" + q.min() + "|" + q.max() + "|" + q.sum() + "|" + q.limits()
            + "|" + q.judgement() + "|" + q.judged() + "|" + q.outOfRange() + "|" + q.timeOutOfRange() + "\n")
            .getBytes(StandardCharsets.UTF_8));
        all += q.spanSummary().count();
        for (Span s : q.spans()) {
          md.update((s + "\n").getBytes(StandardCharsets.UTF_8));
          spans++;
        }
      }
    }
    System.out.printf("%s %s threads=%d: %d rows, %d readings, %d spans listed of %d%s, %d ms, SHA-256 %s%n",
        f.getFileName(), kind, threads, t.rows().size(), t.readings(), spans, all,
        w == null ? "" : ", " + w.spans() + " written to " + a[4], wall, HexFormat.of().formatHex(md.digest()));
  }
}
