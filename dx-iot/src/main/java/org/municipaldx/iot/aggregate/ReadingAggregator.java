package org.municipaldx.iot.aggregate;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.Reading;

/**
 * A streaming aggregate of {@link Reading} objects: a {@link Summary} per sensor × quantity × time
 * bucket, and the latest reading per sensor × quantity. Partial aggregators of parts of a stream
 * {@link #combine(ReadingAggregator) combine} into the aggregator of the whole, in any order
 * ({@link #collector(Bucketing)} does so for parallel streams).
 *
 * <p>Readings flagged {@link Quality#INVALID} are not aggregated; {@link #invalidCount()} counts
 * them. Of two readings with the same instant, the latest is the one with the larger value (then
 * the better quality), so that the result does not depend on order.
 *
 * <p>Mutable and not thread-safe; use one per thread and combine.
 */
public final class ReadingAggregator {
  private static final Comparator<Reading> RECENCY = Comparator.comparing(Reading::observedAt)
      .thenComparing(Reading::value).thenComparing(r -> -r.quality().ordinal());

  private final Bucketing bucketing;
  private final Map<SeriesKey, Summary> cells = new HashMap<>();
  private final Map<String, Map<Quantity, Reading>> latest = new HashMap<>();
  private long invalid;

  /**
   * Creates an empty aggregator that groups readings into the given time buckets.
   *
   * @param bucketing  the time buckets, not null
   */
  public ReadingAggregator(Bucketing bucketing) {
    this.bucketing = Objects.requireNonNull(bucketing, "bucketing");
  }

  /** {@return the time buckets, never null} */
  public Bucketing bucketing() {
    return bucketing;
  }

  /**
   * {@return this aggregator}
   *
   * @param reading  a reading, not null
   */
  public ReadingAggregator accept(Reading reading) {
    if (reading.quality() == Quality.INVALID) {
      invalid++;
      return this;
    }
    SeriesKey key = new SeriesKey(reading.sensorId(), reading.quantity(), bucketing.index(reading.observedAt()));
    cells.merge(key, Summary.of(reading.value()), Summary::merge);
    latest.computeIfAbsent(reading.sensorId(), k -> new HashMap<>())
        .merge(reading.quantity(), reading, (a, b) -> RECENCY.compare(a, b) >= 0 ? a : b);
    return this;
  }

  /**
   * {@return this aggregator}
   *
   * @param readings  readings, not null
   */
  public ReadingAggregator acceptAll(Iterable<Reading> readings) {
    for (Reading r : readings) {
      accept(r);
    }
    return this;
  }

  /**
   * Adds another aggregator's content to this one.
   *
   * @param other  an aggregator with the same bucketing, not null
   * @return this aggregator
   * @throws IllegalArgumentException if the bucketings differ
   */
  public ReadingAggregator combine(ReadingAggregator other) {
    if (!bucketing.equals(other.bucketing)) {
      throw new IllegalArgumentException("ReadingAggregator.combine: bucketing " + other.bucketing
          + " differs from " + bucketing);
    }
    other.cells.forEach((k, v) -> cells.merge(k, v, Summary::merge));
    other.latest.forEach((sensor, byQ) -> {
      Map<Quantity, Reading> mine = latest.computeIfAbsent(sensor, k -> new HashMap<>());
      byQ.forEach((q, r) -> mine.merge(q, r, (a, b) -> RECENCY.compare(a, b) >= 0 ? a : b));
    });
    invalid = Math.addExact(invalid, other.invalid);
    return this;
  }

  /** {@return a copy of every cell, ordered by sensor, quantity and bucket, never null} */
  public SortedMap<SeriesKey, Summary> summaries() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(cells));
  }

  /**
   * {@return the cell's summary, {@link Summary#EMPTY} if no reading fell in it}
   *
   * @param key  a cell key, not null
   */
  public Summary summary(SeriesKey key) {
    return cells.getOrDefault(key, Summary.EMPTY);
  }

  /**
   * {@return the latest valid reading of that sensor and quantity, if any}
   *
   * @param sensorId  a sensor id, not null
   * @param quantity  a quantity, not null
   */
  public Optional<Reading> latest(String sensorId, Quantity quantity) {
    Map<Quantity, Reading> m = latest.get(sensorId);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(quantity));
  }

  /** {@return the number of invalid readings seen} */
  public long invalidCount() {
    return invalid;
  }

  /**
   * {@return a collector aggregating a stream of readings, parallel or not}
   *
   * @param bucketing  the time buckets, not null
   */
  public static Collector<Reading, ReadingAggregator, ReadingAggregator> collector(Bucketing bucketing) {
    return Collector.of(() -> new ReadingAggregator(bucketing), ReadingAggregator::accept,
        ReadingAggregator::combine, Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH);
  }
}
