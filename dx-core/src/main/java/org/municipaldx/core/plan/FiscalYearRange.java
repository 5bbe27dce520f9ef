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

  @JsonCreator
  public FiscalYearRange {
    Objects.requireNonNull(from, "FiscalYearRange.from: must not be null");
    Objects.requireNonNull(to, "FiscalYearRange.to: must not be null");
    if (to.isBefore(from)) {
      throw Checks.invalid("FiscalYearRange", "to", to, "must not be before from " + from);
    }
  }

  public static FiscalYearRange of(int from, int to) {
    return new FiscalYearRange(FiscalYear.of(from), FiscalYear.of(to));
  }

  public boolean contains(FiscalYear fy) {
    return !fy.isBefore(from) && !fy.isAfter(to);
  }

  /** @return the number of fiscal years in the range */
  public int length() {
    return to.year() - from.year() + 1;
  }

  public Stream<FiscalYear> stream() {
    return from.rangeTo(to);
  }

  @Override
  public String toString() {
    return from + "～" + to;
  }
}
