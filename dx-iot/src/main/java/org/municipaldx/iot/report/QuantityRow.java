package org.municipaldx.iot.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Limit;

/**
 * One quantity at one location over one period: statistics of the readings and their judgement
 * under the standard's own rule.
 *
 * <p>Under a {@link Judgement#PER_READING} limit, {@code judged} and {@code outOfRange} count
 * readings; under a {@link Judgement#DAILY_AVERAGE} limit they count days (in the report's time
 * zone). {@code timeOutOfRange} is the time covered by the per-reading {@link Span spans}; it is
 * empty when a sensor's reporting interval is unknown (the time a reading stands for is then not
 * known). Immutable and thread-safe.
 *
 * @param quantity  the quantity, not null
 * @param count  readings
 * @param min  the smallest value, if any reading
 * @param max  the largest value, if any reading
 * @param sum  the exact sum of the values, not null
 * @param limits  the limits in force in the period (more than one across an amendment), not null
 * @param judgement  how the limits judge, empty when no limit is in force, not null
 * @param judged  readings or days judged
 * @param outOfRange  readings or days outside the limit
 * @param timeOutOfRange  the time out of range under a per-reading limit, if known
 * @param spans  the exceedance spans listed, ordered by start then sensor id: all of them, or the first
 *     of them in that order up to the accumulator's limit ({@link ComplianceAccumulator#DEFAULT_MAX_SPANS}
 *     by default), not null
 * @param spanSummary  the exact count, longest duration and first and last start of all the spans, and how
 *     many are not listed, not null
 */
public record QuantityRow(Quantity quantity, long count, Optional<BigDecimal> min, Optional<BigDecimal> max,
    BigDecimal sum, List<Limit> limits, Optional<Judgement> judgement, long judged, long outOfRange,
    Optional<Duration> timeOutOfRange, List<Span> spans, SpanSummary spanSummary) {

  /**
   * Checks and copies the components.
   *
   * @param quantity  the quantity, not null
   * @param count  readings
   * @param min  the smallest value, if any reading
   * @param max  the largest value, if any reading
   * @param sum  the exact sum of the values, not null
   * @param limits  the limits in force in the period (more than one across an amendment), not null
   * @param judgement  how the limits judge, empty when no limit is in force, not null
   * @param judged  readings or days judged
   * @param outOfRange  readings or days outside the limit
   * @param timeOutOfRange  the time out of range under a per-reading limit, if known
   * @param spans  the exceedance spans listed, ordered by start then sensor id, not null
   * @param spanSummary  the figures of all the spans, listed or not, not null
   * @throws org.municipaldx.core.InvalidValueException if the summary does not count the listed spans
   */
  public QuantityRow {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(sum, "sum");
    limits = List.copyOf(limits);
    Objects.requireNonNull(judgement, "judgement");
    Objects.requireNonNull(timeOutOfRange, "timeOutOfRange");
    // the accumulator's listed spans are immutable already and read from its pool as asked for: not copied
    spans = spans instanceof ComplianceAccumulator.ListedSpans ? spans : List.copyOf(spans);
    Objects.requireNonNull(spanSummary, "spanSummary");
    if (outOfRange < 0 || outOfRange > judged) {
      throw Checks.invalid("QuantityRow", "outOfRange", outOfRange, "must be from 0 to judged " + judged);
    }
    if (spanSummary.count() - spanSummary.notListed() != spans.size()) {
      throw Checks.invalid("QuantityRow", "spanSummary", spanSummary, "must count the " + spans.size()
          + " spans listed as count − notListed");
    }
  }

  /**
   * A row that lists every span: its {@link #spanSummary()} is {@link SpanSummary#of(List)} of them.
   *
   * @param quantity  the quantity, not null
   * @param count  readings
   * @param min  the smallest value, if any reading
   * @param max  the largest value, if any reading
   * @param sum  the exact sum of the values, not null
   * @param limits  the limits in force in the period (more than one across an amendment), not null
   * @param judgement  how the limits judge, empty when no limit is in force, not null
   * @param judged  readings or days judged
   * @param outOfRange  readings or days outside the limit
   * @param timeOutOfRange  the time out of range under a per-reading limit, if known
   * @param spans  every exceedance span, ordered by start then sensor id, not null
   */
  public QuantityRow(Quantity quantity, long count, Optional<BigDecimal> min, Optional<BigDecimal> max,
      BigDecimal sum, List<Limit> limits, Optional<Judgement> judgement, long judged, long outOfRange,
      Optional<Duration> timeOutOfRange, List<Span> spans) {
    this(quantity, count, min, max, sum, limits, judgement, judged, outOfRange, timeOutOfRange, spans,
        SpanSummary.of(Objects.requireNonNull(spans, "spans")));
  }

  /**
   * {@return the mean rounded half-even, if any reading}
   *
   * @param scale  decimal places
   */
  public Optional<BigDecimal> mean(int scale) {
    return count == 0 ? Optional.empty()
        : Optional.of(sum.divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_EVEN));
  }

  /** {@return whether it complies: true/false when judged, empty when nothing was judged} */
  public Optional<Boolean> complies() {
    return judged == 0 ? Optional.empty() : Optional.of(outOfRange == 0);
  }
}
