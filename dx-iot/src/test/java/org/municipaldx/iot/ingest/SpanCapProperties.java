package org.municipaldx.iot.ingest;

import org.municipaldx.testsupport.TrialScale;
import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.report.LocationPeriod;
import org.municipaldx.iot.report.QuantityRow;
import org.municipaldx.iot.report.Span;
import org.municipaldx.iot.report.SpanSummary;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * The span cap's laws (issue 16), on random readings files of a few sensors (two may share a
 * location, so a row's spans interleave), values around the building-hygiene limits and steps that
 * sometimes exceed the reporting interval (which ends a span):
 * <ul>
 *   <li>a table capped at N equals the uncapped one except that each row lists the first N of its
 *       spans, and its {@link SpanSummary} (count, longest, first and last start) is the uncapped
 *       one's with {@code notListed = count − listed};</li>
 *   <li>the spans a {@code SpanSink} receives are, as a multiset, every span of the uncapped table,
 *       each with the location, period and quantity of the row that lists it there;</li>
 *   <li>the parallel read (small byte ranges, 2 and 3 threads) gives the same table and the sink the
 *       same spans <em>in the same order</em> as the sequential read: the accumulator runs in file
 *       order on one thread, so a span crossing a range boundary is joined as in the sequential read.</li>
 * </ul>
 */
class SpanCapProperties {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");

  @TempDir
  Path dir;

  /** A span as a sink received it. */
  record Received(String location, String period, Quantity quantity, Span span) {}

  /** A read's table and the spans its sink received, in order. */
  record Read(ComplianceTable table, List<Received> spans) {}

  static Read read(Path f, int maxSpans, int threads, long chunkBytes) {
    List<Received> got = new ArrayList<>();
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST)
        .setMaxSpans(maxSpans)
        .setSpanSink((Location l, CompliancePeriod p, Quantity q, Span s) -> got.add(new Received(l.key(), p.toString(),
            q, s)));
    ReadingsCsvReader reader = ReadingsCsvReader.create().withInterval(Duration.ofMinutes(10));
    if (threads == 0) {
      reader.read(f, acc);
    } else {
      reader.read(f, acc, threads, chunkBytes);
    }
    return new Read(acc.finish(), got);
  }

  static final Comparator<Received> ORDER = Comparator.comparing(Received::location).thenComparing(Received::period)
      .thenComparing(Received::quantity).thenComparing(r -> r.span().start()).thenComparing(r -> r.span().sensorId())
      .thenComparing(r -> r.span().day().map(Object::toString).orElse(""));

  static Path file(Path dir, List<Integer> codes) {
    StringBuilder sb = new StringBuilder("sensor,location,time,quantity,value\n");
    Instant t = Instant.parse("2024-05-31T12:00:00Z");
    for (int code : codes) {
      // steps of 1–15 minutes: past 10 minutes (the interval) a span ends; several hours cross JST days
      t = t.plusSeconds(60L * (1 + code % 15) + (code % 7 == 0 ? 3600 * 3 : 0));
      int sensors = 1 + (code >>> 4) % 4;
      for (int s = 0; s < sensors; s++) {
        int v = (code >>> (6 + s)) % 64;
        String place = "本庁舎/" + (s / 2) + "F/室"; // sensors 0 and 1 share a location, as do 2 and 3
        sb.append("s").append(s).append(',').append(place).append(',').append(t).append(",temperature,")
            .append(15 + v % 16).append('\n');
        sb.append("s").append(s).append(',').append(place).append(',').append(t).append(",humidity,")
            .append(30 + (v * 7) % 51).append('\n');
        sb.append("s").append(s).append(',').append(place).append(',').append(t).append(",co2,")
            .append(400 + (v * 13) % 1001).append('\n');
      }
    }
    try {
      Path f = Files.createTempFile(dir, "readings", ".csv");
      Files.writeString(f, sb, StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aCappedTableListsTheFirstSpansAndKeepsTheAggregatesExactAndTheSinkGetsEverySpan() {
    Trials.api().integers(0, 1 << 20).immutableLists().and(Trials.api().integers(0, 6))
        .withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo((codes, cap) -> {
          Path f = file(dir, codes);
          Read all = read(f, Integer.MAX_VALUE, 0, 0);
          Read capped = read(f, cap, 0, 0);
          List<LocationPeriod> a = all.table().rows();
          List<LocationPeriod> c = capped.table().rows();
          assertThat(c).hasSameSizeAs(a);
          List<Received> listed = new ArrayList<>();
          for (int i = 0; i < a.size(); i++) {
            LocationPeriod ra = a.get(i);
            LocationPeriod rc = c.get(i);
            assertThat(rc.location()).isEqualTo(ra.location());
            assertThat(rc.period()).isEqualTo(ra.period());
            assertThat(rc.gaps()).isEqualTo(ra.gaps());
            assertThat(rc.coverage()).isEqualTo(ra.coverage());
            assertThat(rc.quantities()).hasSameSizeAs(ra.quantities());
            for (int k = 0; k < ra.quantities().size(); k++) {
              QuantityRow qa = ra.quantities().get(k);
              QuantityRow qc = rc.quantities().get(k);
              SpanSummary sa = qa.spanSummary();
              SpanSummary sc = qc.spanSummary();
              assertThat(sa).isEqualTo(SpanSummary.of(qa.spans()));
              assertThat(sa.notListed()).isZero();
              int n = Math.min(cap, qa.spans().size());
              assertThat(qc.spans()).isEqualTo(qa.spans().subList(0, n));
              assertThat(sc).isEqualTo(new SpanSummary(sa.count(), sa.count() - n, sa.longest(), sa.firstStart(),
                  sa.lastStart()));
              // every other figure is the uncapped row's
              assertThat(new QuantityRow(qc.quantity(), qc.count(), qc.min(), qc.max(), qc.sum(), qc.limits(),
                  qc.judgement(), qc.judged(), qc.outOfRange(), qc.timeOutOfRange(), qa.spans())).isEqualTo(qa);
              for (Span s : qa.spans()) {
                listed.add(new Received(ra.location().key(), ra.period().toString(), qa.quantity(), s));
              }
            }
          }
          assertThat(capped.table().readings()).isEqualTo(all.table().readings());
          List<Received> sunk = new ArrayList<>(capped.spans());
          sunk.sort(ORDER);
          listed.sort(ORDER);
          assertThat(sunk).isEqualTo(listed);
          assertThat(all.spans()).isEqualTo(capped.spans());
          try {
            Files.delete(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * The order of a row's listing (issue 16h: a cell whose kept spans are linked in order already is listed
   * without the sort): each row lists, capped or not, the first N of the spans its sink received for it,
   * stably sorted by start then sensor id (the sink gets them as they close: for one sensor in time order,
   * a daily span after the per-reading ones). Fails if the listing keeps the closing order of two sensors
   * sharing a location, or if a span replaced under the cap is listed where it was linked.
   */
  @Test
  void eachRowListsTheFirstSpansOfItsSinkSortedByStartThenSensor() {
    Trials.api().integers(0, 1 << 20).immutableLists().and(Trials.api().integers(0, 6))
        .withLimits(TrialScale.trials(100), TrialScale.limits()).supplyTo((codes, cap) -> {
          Path f = file(dir, codes);
          for (int max : new int[] {cap, Integer.MAX_VALUE}) {
            Read r = read(f, max, 0, 0);
            for (LocationPeriod row : r.table().rows()) {
              for (QuantityRow q : row.quantities()) {
                List<Span> expected = new ArrayList<>();
                for (Received x : r.spans()) {
                  if (x.location().equals(row.location().key()) && x.period().equals(row.period().toString())
                      && x.quantity() == q.quantity()) {
                    expected.add(x.span());
                  }
                }
                expected.sort(Comparator.comparing(Span::start).thenComparing(Span::sensorId));
                assertThat(q.spans()).isEqualTo(expected.subList(0, Math.min(max, expected.size())));
              }
            }
          }
          try {
            Files.delete(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Rule (issue 16j): spans of two sensors of one room that start at the same instant are listed by sensor id, the
   * first {@code cap} of them, when the later id's span closes first (so a span of the earlier id replaces the last
   * kept one under the cap, through the tie-break on equal starts).
   */
  @Test
  void spansStartingTogetherAreListedBySensorIdUnderEveryCap() throws IOException {
    StringBuilder sb = new StringBuilder("sensor,location,time,quantity,value\n");
    Instant t = Instant.parse("2024-05-31T12:00:00Z");
    for (int step = 0; step < 6; step++) {
      boolean out = step % 2 == 0;
      for (String id : new String[] {"s1", "s0"}) {
        sb.append(id).append(",本庁舎/0F/室,").append(t).append(",temperature,").append(out ? 35 : 22).append('\n');
      }
      t = t.plusSeconds(300);
    }
    Path f = Files.createTempFile(dir, "together", ".csv");
    Files.writeString(f, sb, StandardCharsets.UTF_8);
    for (int max : new int[] {1, 2, 3, 4, 5, Integer.MAX_VALUE}) {
      Read r = read(f, max, 0, 0);
      List<Span> expected = new ArrayList<>();
      for (Received x : r.spans()) {
        expected.add(x.span());
      }
      assertThat(expected).hasSize(6);
      expected.sort(Comparator.comparing(Span::start).thenComparing(Span::sensorId));
      QuantityRow q = r.table().rows().get(0).quantities().get(0);
      assertThat(q.spans()).as("cap %d", max).isEqualTo(expected.subList(0, Math.min(max, 6)));
      assertThat(q.spans().get(0).sensorId()).isEqualTo("s0");
    }
    Files.delete(f);
  }

  @Test
  void theParallelReadGivesTheSameTableAndTheSameSpansInTheSameOrder() {
    Trials.api().integers(0, 1 << 20).immutableLists().and(Trials.api().integers(40, 600))
        .and(Trials.api().integers(0, 4))
        .withLimits(TrialScale.trials(80), TrialScale.limits()).supplyTo((codes, chunk, cap) -> {
          Path f = file(dir, codes);
          Read sequential = read(f, cap, 0, 0);
          for (int threads : new int[] {2, 3}) {
            Read parallel = read(f, cap, threads, chunk);
            assertThat(parallel.table()).isEqualTo(sequential.table());
            assertThat(parallel.spans()).isEqualTo(sequential.spans());
          }
          try {
            Files.delete(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
