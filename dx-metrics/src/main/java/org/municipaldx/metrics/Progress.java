package org.municipaldx.metrics;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;

/**
 * Progress towards a target, e.g. the seed's goal to bring 約4,300 procedures online by FY2025
 * (★2025年度達成予定) with 321 online (2022). Immutable and thread-safe.
 */
public final class Progress implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #achieved()}. */
  private final long achieved;
  /** The value of {@link #target()}. */
  private final long target;
  /** The value of {@link #deadline()}. */
  private final FiscalYear deadline;

  private Progress(long achieved, long target, FiscalYear deadline) {
    this.achieved = achieved;
    this.target = target;
    this.deadline = deadline;
  }

  /**
   * {@return the progress, never null}
   *
   * @param achieved  what is done, zero or more
   * @param target  the target, zero or more
   * @param deadline  the fiscal year by which the target is due, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Progress of(long achieved, long target, FiscalYear deadline) {
    if (achieved < 0) {
      throw Checks.invalid("Progress", "achieved", achieved, "must be zero or more");
    }
    if (target < 0) {
      throw Checks.invalid("Progress", "target", target, "must be zero or more");
    }
    return new Progress(achieved, target, Objects.requireNonNull(deadline, "Progress.deadline: must not be null"));
  }

  /** {@return what is done} */
  public long achieved() {
    return achieved;
  }

  /** {@return the target} */
  public long target() {
    return target;
  }

  /** {@return the fiscal year the target is due, never null} */
  public FiscalYear deadline() {
    return deadline;
  }

  /** {@return achieved / target; undefined for a zero target, never null} */
  public Rate rate() {
    return Rate.of(achieved, target);
  }

  /** {@return what is left to do, zero once the target is reached} */
  public long remaining() {
    return Math.max(0, target - achieved);
  }

  /**
   * {@return the remaining count per remaining fiscal year (the current one included) needed to
   * reach the target; empty when the deadline has passed with work remaining}
   *
   * @param now  the current fiscal year, not null
   */
  public Optional<Rational> requiredPerYear(FiscalYear now) {
    if (remaining() == 0) {
      return Optional.of(Rational.ZERO);
    }
    if (now.isAfter(deadline)) {
      return Optional.empty();
    }
    long years = deadline.year() - now.year() + 1L;
    return Optional.of(Rational.of(remaining(), years));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Progress && achieved == ((Progress) o).achieved && target == ((Progress) o).target
        && deadline.equals(((Progress) o).deadline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(achieved, target, deadline);
  }

  @Override
  public String toString() {
    return Figures.group(achieved) + "/" + Figures.group(target) + " by " + deadline;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * figures the factory rejects is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> of(achieved, target, deadline));
  }
}
