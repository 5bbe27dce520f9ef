package org.municipaldx.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.EnvironmentalStandard;
import org.municipaldx.spark.internal.ComplianceKernel;
import org.municipaldx.spark.internal.DayKernel;
import org.municipaldx.spark.internal.DayReadings;
import org.municipaldx.spark.internal.PartialDays;
import org.municipaldx.spark.internal.Rows;
import org.municipaldx.spark.internal.Segment;
import org.municipaldx.testsupport.TrialScale;

/**
 * The laws the partial day stage rests on (issue 15e): a day's readings cut into stretches of time
 * (as input partitions of files in time order hold them), each stretch in any order and judged
 * alone into a partial state ({@link DayKernel#partial}), merge ({@link PartialDays#merge}), in any
 * order of the partials, into the same segment as {@link DayKernel#day} of all the readings — the
 * library's {@code ComplianceReport} of the day ({@code DayKernelProperties}): the same statistics,
 * runs joined across the stretches' boundaries, a daily average judged on the whole day. Partials
 * whose valid readings interleave or touch in time are refused (null: the sorted path takes the day),
 * and a merge that is not refused is always right.
 */
class PartialDaysProperties {
  @Test
  void partialsOfStretchesMergeInAnyOrderIntoTheWholeDay() {
    var api = Trials.api();
    var reading = api.integers(0, 39).flatMap(s -> api.integers(0, 24).flatMap(slot -> api.integers(0, 111)
        .flatMap(x -> api.integers(0, 9).map(k -> new int[] {s % 4, slot, x, k}))));
    api.integers(0, DayKernelProperties.STANDARDS.length - 1)
        .flatMap(std -> api.integers(0, DayKernelProperties.QUANTITIES.length - 1)
            .flatMap(q -> api.integers(0, DayKernelProperties.DAYS.length - 1)
                .flatMap(d -> api.integers(1, 60).flatMap(size -> reading.immutableListsOfSize(size))
                    .flatMap(l -> api.integers(0, 4).flatMap(cuts -> api.longs()
                        .map(seed -> new Object[] {std, q, d, l, cuts, seed}))))))
        .withLimits(TrialScale.trials(300), TrialScale.limits())
        .supplyTo(trial -> {
          EnvironmentalStandard standard = DayKernelProperties.STANDARDS[(Integer) trial[0]];
          Quantity q = DayKernelProperties.QUANTITIES[(Integer) trial[1]];
          LocalDate day = DayKernelProperties.DAYS[(Integer) trial[2]];
          @SuppressWarnings("unchecked")
          List<int[]> drawn = new ArrayList<>((List<int[]>) trial[3]);
          int cuts = (Integer) trial[4];
          Random random = new Random((Long) trial[5]);
          long midnight = ComplianceKernel.micros(day.atStartOfDay(ComplianceReport.JAPAN).toInstant());
          drawn.sort(Comparator.comparingInt(r -> r[1]));
          DayKernel kernel = new DayKernel(standard, ComplianceReport.JAPAN);
          Object whole = SparkSessions.plain(Rows.segment(kernel.day(day, readings(q, midnight, drawn))));

          // stretches of time: cut between two readings of different instants
          List<Integer> at = new ArrayList<>();
          for (int i = 1; i < drawn.size(); i++) {
            if (drawn.get(i)[1] != drawn.get(i - 1)[1]) {
              at.add(i);
            }
          }
          Collections.shuffle(at, random);
          List<Integer> bounds = new ArrayList<>(at.subList(0, Math.min(cuts, at.size())));
          bounds.add(0);
          bounds.add(drawn.size());
          Collections.sort(bounds);
          List<Segment> partials = new ArrayList<>();
          for (int i = 1; i < bounds.size(); i++) {
            List<int[]> stretch = new ArrayList<>(drawn.subList(bounds.get(i - 1), bounds.get(i)));
            Collections.shuffle(stretch, random); // a partition's own order does not matter
            partials.add(kernel.partial(day, readings(q, midnight, stretch)));
          }
          Collections.shuffle(partials, random); // nor does the order in which partials arrive
          Segment merged = PartialDays.merge(standard, day, q, partials);
          assertThat(merged).as("stretches are never refused").isNotNull();
          assertThat(SparkSessions.plain(Rows.segment(merged))).as("%s %s %s, %d cuts", standard.id(), q, day,
              bounds.size() - 2).isEqualTo(whole);

          // readings dealt to partitions at random: the merge is refused or right
          if (drawn.size() > 1) {
            List<List<int[]>> dealt = new ArrayList<>();
            for (int i = 0; i < 2 + cuts; i++) {
              dealt.add(new ArrayList<>());
            }
            for (int[] r : drawn) {
              dealt.get(random.nextInt(dealt.size())).add(r);
            }
            List<Segment> interleaved = new ArrayList<>();
            for (List<int[]> part : dealt) {
              if (!part.isEmpty()) {
                interleaved.add(kernel.partial(day, readings(q, midnight, part)));
              }
            }
            Segment m = PartialDays.merge(standard, day, q, interleaved);
            if (m != null) {
              assertThat(SparkSessions.plain(Rows.segment(m))).as("a merge not refused is right").isEqualTo(whole);
            }
          }
        });
  }

  @Test
  void partialsThatTouchInTimeAreRefused() {
    EnvironmentalStandard standard = DayKernelProperties.STANDARDS[0];
    LocalDate day = DayKernelProperties.DAYS[1];
    long midnight = ComplianceKernel.micros(day.atStartOfDay(ComplianceReport.JAPAN).toInstant());
    DayKernel kernel = new DayKernel(standard, ComplianceReport.JAPAN);
    // two sensors' readings at the same instant, one in each partition: their order is not known
    Segment a = kernel.partial(day, readings(Quantity.AIR_TEMPERATURE, midnight, List.of(new int[] {0, 3, 5, 0})));
    Segment b = kernel.partial(day, readings(Quantity.AIR_TEMPERATURE, midnight, List.of(new int[] {1, 3, 90, 0},
        new int[] {1, 4, 90, 0})));
    assertThat(PartialDays.merge(standard, day, Quantity.AIR_TEMPERATURE, List.of(a, b))).isNull();
    Segment c = kernel.partial(day, readings(Quantity.AIR_TEMPERATURE, midnight, List.of(new int[] {1, 5, 90, 0})));
    assertThat(PartialDays.merge(standard, day, Quantity.AIR_TEMPERATURE, List.of(c, a))).isNotNull();
  }

  /** The drawn readings as DayKernelProperties builds them: sensor, slot of 59 minutes, value, quality. */
  static DayReadings readings(Quantity q, long midnight, List<int[]> drawn) {
    DayReadings b = new DayReadings();
    for (int[] r : drawn) {
      b.add(q.ordinal(), DayKernelProperties.SENSORS[r[0]], midnight + r[1] * 3_540_000_000L,
          DayKernelProperties.value(q, r[2]), r[3] == 9 ? 2 : r[3] >= 7 ? 1 : 0);
    }
    return b;
  }
}
