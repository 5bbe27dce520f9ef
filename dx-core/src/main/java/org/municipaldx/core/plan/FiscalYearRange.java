package org.municipaldx.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.stream.Stream;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.internal.Checks;

/**
 * A closed range of fiscal years, e.g. a plan period 2022–2025. JSON:
 * {@code {"from":2022,"to":2025}}. Immutable and thread-safe.
 *
 * @param from  the first fiscal year, not null
 * @param to  the last fiscal year, not before {@code from}
 */
public record FiscalYearRange(@JsonProperty("from") FiscalYear from, @JsonProperty("to") FiscalYear to) {

  /**
   * Checks the range.
   *
   * @param from  the first fiscal year, not null
   * @param to  the last fiscal year, not before {@code from}, not null
   * @throws NullPointerException if either is null
   * @throws org.municipaldx.core.InvalidValueException if {@code to} is before {@code from}
   */
  @JsonCreator
  public FiscalYearRange {
    Objects.requireNonNull(from, "FiscalYearRange.from: must not be null");
    Objects.requireNonNull(to, "FiscalYearRange.to: must not be null");
    if (to.isBefore(from)) {
      throw Checks.invalid("FiscalYearRange", "to", to, "must not be before from " + from);
    }
  }

  /**
   * Obtains the range of fiscal years given by their starting calendar years.
   *
   * @param from  the first fiscal year's starting year, e.g. 2022 for 2022（令和4）年度
   * @param to  the last fiscal year's starting year, not before {@code from}
   * @return the range, never null
   * @throws IllegalArgumentException if a year is out of {@link FiscalYear}'s range or {@code to} is
   *     before {@code from}
   */
  public static FiscalYearRange of(int from, int to) {
    return new FiscalYearRange(FiscalYear.of(from), FiscalYear.of(to));
  }

  /**
   * {@return whether the fiscal year is in the range, both ends included}
   *
   * @param fy  the fiscal year, not null
   */
  public boolean contains(FiscalYear fy) {
    return !fy.isBefore(from) && !fy.isAfter(to);
  }

  /** {@return the number of fiscal years in the range} */
  public int length() {
    return to.year() - from.year() + 1;
  }

  /** {@return the fiscal years of the range in order, {@code from} to {@code to}} */
  public Stream<FiscalYear> stream() {
    return from.rangeTo(to);
  }

  @Override
  public String toString() {
    return from + "～" + to;
  }
}
