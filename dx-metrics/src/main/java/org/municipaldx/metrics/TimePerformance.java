package org.municipaldx.metrics;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;

/**
 * Time performance (タイムパフォーマンス, 時間対効果 = 成果 / 時間): an outcome per unit of time. It rises
 * with more outcome or with less time. Outcome and time are exact rationals in units the caller
 * chooses (certifications, days). Immutable and thread-safe.
 *
 * <p>Example from the seed: care-need certification took about 45 days and now about 35 (約45日 →
 * 約35日) for the same outcome (one certification): the time changes by −10/45 = −22.2…% and the
 * time performance by the factor 45/35 = 9/7 (+28.57…%).
 */
public final class TimePerformance implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #outcome()}. */
  private final Rational outcome;
  /** The value of {@link #time()}. */
  private final Rational time;

  private TimePerformance(Rational outcome, Rational time) {
    this.outcome = outcome;
    this.time = time;
  }

  /**
   * {@return the time performance, never null}
   *
   * @param outcome  the outcome, zero or more, not null
   * @param time  the time spent, zero or more, not null
   * @throws IllegalArgumentException if either is negative
   */
  public static TimePerformance of(Rational outcome, Rational time) {
    Objects.requireNonNull(outcome, "TimePerformance.outcome: must not be null");
    Objects.requireNonNull(time, "TimePerformance.time: must not be null");
    if (outcome.signum() < 0) {
      throw Checks.invalid("TimePerformance", "outcome", outcome, "must be zero or more");
    }
    if (time.signum() < 0) {
      throw Checks.invalid("TimePerformance", "time", time, "must be zero or more");
    }
    return new TimePerformance(outcome, time);
  }

  /**
   * {@return the time performance, never null}
   *
   * @param outcome  the outcome, zero or more
   * @param time  the time, zero or more
   */
  public static TimePerformance of(long outcome, long time) {
    return of(Rational.of(outcome), Rational.of(time));
  }

  /** {@return the outcome, never null} */
  public Rational outcome() {
    return outcome;
  }

  /** {@return the time, never null} */
  public Rational time() {
    return time;
  }

  /** {@return outcome / time, or empty when no time was spent} */
  public Optional<Rational> value() {
    return time.signum() == 0 ? Optional.empty() : Optional.of(outcome.dividedBy(time));
  }

  /**
   * {@return the comparison of this (before) with {@code after}, never null}
   *
   * @param after  the time performance after a change, not null
   */
  public Improvement to(TimePerformance after) {
    return new Improvement(this, Objects.requireNonNull(after, "after: must not be null"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimePerformance && outcome.equals(((TimePerformance) o).outcome)
        && time.equals(((TimePerformance) o).time);
  }

  @Override
  public int hashCode() {
    return outcome.hashCode() * 31 + time.hashCode();
  }

  /** {@return e.g. {@code 1 / 45}} */
  @Override
  public String toString() {
    return outcome + " / " + time;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a negative or missing figure is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> of(outcome, time));
  }

  /** A before/after comparison of time performance. Immutable and thread-safe. */
  public static final class Improvement implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The value of {@link #before()}. */
    private final TimePerformance before;
    /** The value of {@link #after()}. */
    private final TimePerformance after;

    Improvement(TimePerformance before, TimePerformance after) {
      this.before = before;
      this.after = after;
    }

    /** {@return before, never null} */
    public TimePerformance before() {
      return before;
    }

    /** {@return after, never null} */
    public TimePerformance after() {
      return after;
    }

    /** {@return (after time − before time) / before time, or empty when the before time is zero} */
    public Optional<Rational> timeChange() {
      return change(before.time, after.time);
    }

    /** {@return (after outcome − before outcome) / before outcome, or empty when the before outcome is zero} */
    public Optional<Rational> outcomeChange() {
      return change(before.outcome, after.outcome);
    }

    /** {@return after performance / before performance (9/7 for 45 → 35 days), or empty when undefined} */
    public Optional<Rational> factor() {
      Optional<Rational> b = before.value();
      Optional<Rational> a = after.value();
      if (b.isEmpty() || a.isEmpty() || b.get().signum() == 0) {
        return Optional.empty();
      }
      return Optional.of(a.get().dividedBy(b.get()));
    }

    /** {@return factor − 1 (+2/7 for 45 → 35 days), or empty when undefined} */
    public Optional<Rational> performanceChange() {
      return factor().map(f -> f.minus(Rational.of(1)));
    }

    private static Optional<Rational> change(Rational from, Rational to) {
      return from.signum() == 0 ? Optional.empty() : Optional.of(to.minus(from).dividedBy(from));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Improvement && before.equals(((Improvement) o).before) && after.equals(((Improvement) o).after);
    }

    @Override
    public int hashCode() {
      return before.hashCode() * 31 + after.hashCode();
    }

    @Override
    public String toString() {
      return before + " → " + after;
    }

    /**
     * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
     * a missing before or after is rejected.
     *
     * @return the validated value
     * @throws InvalidObjectException if the factory rejects the stream's values
     */
    private Object readResolve() throws InvalidObjectException {
      return Serial.revalidate(() -> Objects.requireNonNull(before, "Improvement.before: must not be null").to(after));
    }
  }
}
