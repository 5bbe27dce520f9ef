package org.municipaldx.iot.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.report.ComplianceJoinProperties.Acc;
import org.municipaldx.iot.report.ComplianceJoinProperties.R;
import org.municipaldx.iot.report.ComplianceJoinProperties.Sunk;
import org.municipaldx.iot.Quantity;
import org.municipaldx.testsupport.TrialScale;

/**
 * The law of the rows' shared bounds (issue 16n): parts made up front, filled in any interleaving with the
 * accumulator's own readings and with the joins of the parts before them (which publish the bounds the later parts
 * read while they accumulate), joined in stream order, give the sequential table — the same rows, listed spans and
 * summaries — and the sink the same spans in the same order; where a part cannot be joined (a sensor going back in
 * time), its readings are added one by one, as the parallel read does. The readings ({@link #readings}): four
 * sensors, two sharing each location (one without an interval), temperature and humidity, half of them out of range,
 * steps of 0–7 minutes and now and then one back in time; 40–300 of them, so that with the small caps (1–5) rows
 * fill early and the parts after them have spans to drop.
 */
class RowBoundProperties {
  /** Spans dropped by the bound over all the trials of a property: the guard that the law reaches the drop. */
  static final AtomicLong DROPPED = new AtomicLong();
  static ExecutorService workers;

  @BeforeAll
  static void start() {
    workers = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stop() {
    workers.shutdownNow();
  }

  /** The cut positions [0, c1, ..., n]: the accumulator's own readings are [0, c1), part i's [c_i, c_i+1). */
  static int[] cuts(List<Integer> codes, int n) {
    TreeSet<Integer> at = new TreeSet<>();
    for (int c : codes) {
      at.add(c % (n + 1));
    }
    at.add(0);
    at.add(n);
    return n == 0 ? new int[] {0, 0} : at.stream().mapToInt(Integer::intValue).toArray();
  }

  /** {@return 40 to 300 codes of readings} */
  static Trials<com.google.common.collect.ImmutableList<Integer>> codes() {
    return Trials.api().integers(40, 300).flatMap(n -> Trials.api().integers(0, 1 << 16).immutableListsOfSize(n));
  }

  /** {@return the readings of the codes, from 2024-06-01 00:00 JST} */
  static List<R> readings(List<Integer> codes) {
    List<R> out = new ArrayList<>();
    long t = java.time.Instant.parse("2024-05-31T15:00:00Z").toEpochMilli();
    for (int code : codes) {
      t += ((code & 63) == 63 ? -5 : (code >>> 4) % 8) * 60_000L;
      int v = (code >>> 7) % 64;
      boolean out1 = (v & 1) == 0;
      if (((code >>> 2) & 3) == 3) {
        out.add(new R(code % 4, Quantity.RELATIVE_HUMIDITY, t, (out1 ? 85 : 50) * 1000L));
      } else {
        long celsius = out1 ? ((v & 2) == 0 ? 29 + v % 3 : 14 + v % 3) : 20 + v % 5;
        out.add(new R(code % 4, Quantity.AIR_TEMPERATURE, t, celsius * 1000L));
      }
    }
    return out;
  }

  /** A part being filled: its readings [from, to), the next one to add, and whether one was not added. */
  static final class Filling {
    final Acc acc;
    final int from;
    final int to;
    int next;
    boolean failed;

    Filling(Acc acc, int from, int to) {
      this.acc = acc;
      this.from = from;
      this.to = to;
      this.next = from;
    }

    boolean done() {
      return failed || next == to;
    }

    void step(List<R> rs) {
      if (acc.add(rs.get(next++)) != ComplianceAccumulator.Outcome.ADDED) {
        failed = true; // as the parallel read: the range is read again on the joining thread
      }
    }
  }

  /** Joins a filled part, or adds its readings one by one where it cannot be joined. */
  static void join(Acc g, Filling f, List<R> rs) {
    DROPPED.addAndGet(f.acc.acc.droppedByBound());
    if (f.failed || !g.acc.join(f.acc.acc)) {
      for (int i = f.from; i < f.to; i++) {
        g.add(rs.get(i));
      }
    } else {
      for (int i = f.from; i < f.to; i++) {
        g.index.computeIfAbsent(rs.get(i).sensor(), s -> g.acc.sensorIndex("s" + s).orElseThrow());
      }
    }
  }

  /**
   * Accumulates the readings cut at {@code cut}: the accumulator's own, then parts made before any of them is
   * filled, each step of {@code schedule} adding one reading to the accumulator or to a part not done (the code's
   * value picks which) and, when its lowest bit is set, joining the parts done that come next in stream order.
   */
  static ComplianceTable interleaved(List<R> rs, int[] cut, List<Integer> schedule, ComplianceAccumulator acc) {
    Acc g = new Acc(acc);
    List<Filling> parts = new ArrayList<>();
    for (int i = 1; i + 1 < cut.length; i++) {
      parts.add(new Filling(new Acc(acc.newPart()), cut[i], cut[i + 1]));
    }
    int own = 0;
    int joined = 0;
    int s = 0;
    while (joined < parts.size()) {
      int code = schedule.isEmpty() ? s++ : schedule.get(s++ % schedule.size()); // cycled when short
      List<Filling> open = new ArrayList<>();
      for (Filling f : parts) {
        if (!f.done()) {
          open.add(f);
        }
      }
      int actors = open.size() + (own < cut[1] ? 1 : 0);
      if (actors > 0) {
        int pick = (code >>> 1) % actors;
        if (pick < open.size()) {
          open.get(pick).step(rs);
        } else {
          g.add(rs.get(own++));
        }
      }
      if ((code & 1) != 0 || actors == 0) {
        while (own == cut[1] && joined < parts.size() && parts.get(joined).done()) {
          join(g, parts.get(joined++), rs);
        }
      }
    }
    while (own < cut[1]) {
      g.add(rs.get(own++));
    }
    return g.acc.finish();
  }

  /**
   * Rule: parts filled in any interleaving with the accumulator's readings and the joins before them (the bounds
   * published meanwhile) give the sequential table and, with a sink, the sequential sink calls in order.
   */
  @Test
  void partsReadingBoundsPublishedInAnyInterleavingJoinAsTheSequentialRead() {
    long before = DROPPED.get();
    codes().and(Trials.api().integers(1, 5))
        .and(Trials.api().integers(0, 1 << 16).immutableLists()).and(codes())
        .withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo((codes, cap, cutCodes, schedule) -> {
          List<R> rs = readings(codes);
          int[] cut = cuts(cutCodes, rs.size());
          List<Sunk> expectedSpans = new ArrayList<>();
          ComplianceTable expected = ComplianceJoinProperties.sequentialTable(rs,
              ComplianceJoinProperties.create(cap, expectedSpans));
          List<Sunk> spans = new ArrayList<>();
          assertThat(interleaved(rs, cut, schedule, ComplianceJoinProperties.create(cap, spans)))
              .as("cuts %s", java.util.Arrays.toString(cut)).isEqualTo(expected);
          assertThat(spans).as("sink, cuts %s", java.util.Arrays.toString(cut)).isEqualTo(expectedSpans);
          assertThat(interleaved(rs, cut, schedule, ComplianceJoinProperties.createKeeping(cap)))
              .as("no sink, cuts %s", java.util.Arrays.toString(cut)).isEqualTo(expected);
        });
    // guard: the trials reach parts that drop spans after a bound published by a join
    assertThat(DROPPED.get() - before).isGreaterThan(0);
  }

  /**
   * Rule: parts filled on three threads at once while the calling thread joins them in stream order as they
   * complete (publishing bounds the others read concurrently) give the sequential table and sink calls.
   */
  @Test
  void partsFilledOnThreadsWhileTheJoinsPublishBoundsJoinAsTheSequentialRead() {
    long before = DROPPED.get();
    codes().and(Trials.api().integers(1, 5))
        .and(Trials.api().integers(0, 1 << 16).immutableLists())
        .withLimits(TrialScale.trials(150), TrialScale.limits()).supplyTo((codes, cap, cutCodes) -> {
          List<R> rs = readings(codes);
          int[] cut = cuts(cutCodes, rs.size());
          List<Sunk> expectedSpans = new ArrayList<>();
          ComplianceTable expected = ComplianceJoinProperties.sequentialTable(rs,
              ComplianceJoinProperties.create(cap, expectedSpans));
          for (boolean sink : new boolean[] {true, false}) {
            List<Sunk> spans = new ArrayList<>();
            Acc g = new Acc(sink ? ComplianceJoinProperties.create(cap, spans)
                : ComplianceJoinProperties.createKeeping(cap));
            for (int i = 0; i < cut[1]; i++) {
              g.add(rs.get(i));
            }
            List<Future<Filling>> filled = new ArrayList<>();
            for (int i = 1; i + 1 < cut.length; i++) {
              Filling f = new Filling(new Acc(g.acc.newPart()), cut[i], cut[i + 1]);
              filled.add(workers.submit(() -> {
                while (!f.done()) {
                  f.step(rs);
                }
                return f;
              }));
            }
            for (Future<Filling> f : filled) {
              try {
                join(g, f.get(), rs);
              } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new AssertionError(e);
              }
            }
            assertThat(g.acc.finish()).as("sink %s, cuts %s", sink, java.util.Arrays.toString(cut)).isEqualTo(expected);
            if (sink) {
              assertThat(spans).as("sink, cuts %s", java.util.Arrays.toString(cut)).isEqualTo(expectedSpans);
            }
          }
        });
    assertThat(DROPPED.get() - before).isGreaterThan(0);
  }
}
