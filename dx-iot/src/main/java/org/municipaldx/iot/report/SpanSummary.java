package org.municipaldx.iot.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;

/**
 * The exact figures of all the exceedance spans of one {@link QuantityRow}, whether or not the row
 * lists them all: a table keeps at most a set number of spans per row
 * ({@link ComplianceAccumulator#DEFAULT_MAX_SPANS} by default) so that its memory stays bounded
 * however many spans the readings make, and says here how many it did not list. Every span is
 * still available as it closes through a {@link SpanSink} (for example {@link SpansCsvWriter}).
 * Immutable and thread-safe.
 *
 * @param count  the spans, listed or not
 * @param notListed  the spans the row does not list, from 0 to {@code count}
 * @param longest  the duration of the longest span, if any span
 * @param firstStart  the earliest start of a span, if any span
 * @param lastStart  the latest start of a span, if any span
 */
public record SpanSummary(long count, long notListed, Optional<Duration> longest, Optional<Instant> firstStart,
    Optional<Instant> lastStart) {
  /**
   * Checks the components.
   *
   * @param count  the spans, listed or not
   * @param notListed  the spans the row does not list, from 0 to {@code count}
   * @param longest  the duration of the longest span, if any span, not null
   * @param firstStart  the earliest start of a span, if any span, not null
   * @param lastStart  the latest start of a span, if any span, not null
   */
  public SpanSummary {
    Objects.requireNonNull(longest, "longest");
    Objects.requireNonNull(firstStart, "firstStart");
    Objects.requireNonNull(lastStart, "lastStart");
    if (count < 0) {
      throw Checks.invalid("SpanSummary", "count", count, "must not be negative");
    }
    if (notListed < 0 || notListed > count) {
      throw Checks.invalid("SpanSummary", "notListed", notListed, "must be from 0 to count " + count);
    }
    if (longest.isPresent() != (count > 0) || firstStart.isPresent() != (count > 0)
        || lastStart.isPresent() != (count > 0)) {
      throw Checks.invalid("SpanSummary", "longest", longest, "longest, firstStart and lastStart are present iff count > 0");
    }
    if (firstStart.isPresent() && lastStart.get().isBefore(firstStart.get())) {
      throw Checks.invalid("SpanSummary", "lastStart", lastStart.get(), "must not be before firstStart " + firstStart.get());
    }
  }

  /**
   * {@return the summary of exactly these spans, all listed, never null}
   *
   * @param spans  the spans, not null
   */
  public static SpanSummary of(List<Span> spans) {
    Duration longest = null;
    Instant first = null;
    Instant last = null;
    for (Span s : spans) {
      Duration d = s.duration();
      longest = longest == null || d.compareTo(longest) > 0 ? d : longest;
      first = first == null || s.start().isBefore(first) ? s.start() : first;
      last = last == null || s.start().isAfter(last) ? s.start() : last;
    }
    return new SpanSummary(spans.size(), 0, Optional.ofNullable(longest), Optional.ofNullable(first),
        Optional.ofNullable(last));
  }
}
