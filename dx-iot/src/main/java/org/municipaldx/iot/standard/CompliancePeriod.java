package org.municipaldx.iot.standard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * The period a compliance report covers: a day, a calendar month or a fiscal year (April–March,
 * {@link FiscalYear}).
 *
 * <p>Not to be confused with dx-core's {@link org.municipaldx.core.ReportingPeriod}, the
 * <em>year</em> (fiscal or calendar) a count such as a number of applications refers to: a compliance
 * period can be as short as a day and is always a span of dates in Asia/Tokyo.
 *
 * <p>{@link #toString()} prints {@code 2022-04-01}, {@code 2022-04} or {@code FY2022} and
 * {@link #parse(CharSequence)} reads those back. This class is immutable and thread-safe.
 */
public final class CompliancePeriod {
  /** The length of a period. */
  public enum Kind {
    /** One calendar day. */
    DAY,
    /** One calendar month. */
    MONTH,
    /** One fiscal year, 1 April to 31 March. */
    FISCAL_YEAR
  }

  private final Kind kind;
  private final LocalDate start;

  private CompliancePeriod(Kind kind, LocalDate start) {
    this.kind = kind;
    this.start = start;
  }

  /**
   * {@return the period of that day, never null}
   *
   * @param date  the day, not null
   */
  public static CompliancePeriod day(LocalDate date) {
    return new CompliancePeriod(Kind.DAY, Objects.requireNonNull(date, "date"));
  }

  /**
   * {@return the period of that month, never null}
   *
   * @param month  the month, not null
   */
  public static CompliancePeriod month(YearMonth month) {
    return new CompliancePeriod(Kind.MONTH, Objects.requireNonNull(month, "month").atDay(1));
  }

  /**
   * {@return the period of that fiscal year, never null}
   *
   * @param year  the fiscal year, not null
   */
  public static CompliancePeriod fiscalYear(FiscalYear year) {
    return new CompliancePeriod(Kind.FISCAL_YEAR, Objects.requireNonNull(year, "year").startDate());
  }

  /**
   * {@return the period, never null}
   *
   * @param text  {@code 2022-04-01}, {@code 2022-04} or {@code FY2022} (or any fiscal-year form
   *     {@link FiscalYear#parse} accepts), not null
   * @throws IllegalArgumentException if the text is none of these
   */
  public static CompliancePeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip();
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return day(LocalDate.parse(s));
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        return month(YearMonth.parse(s));
      }
    } catch (DateTimeParseException e) {
      throw Checks.invalid("CompliancePeriod", "", text, "cannot be parsed: " + e.getMessage(), e);
    }
    try {
      return fiscalYear(FiscalYear.parse(s));
    } catch (IllegalArgumentException e) {
      throw Checks.invalid("CompliancePeriod", "", text, "cannot be parsed: expected a day (2022-04-01), a month (2022-04) or a fiscal year (FY2022)", e);
    }
  }

  /** {@return the kind of period, never null} */
  public Kind kind() {
    return kind;
  }

  /** {@return the first day (inclusive), never null} */
  public LocalDate start() {
    return start;
  }

  /** {@return the day after the last day (exclusive), never null} */
  public LocalDate endExclusive() {
    switch (kind) {
      case DAY: return start.plusDays(1);
      case MONTH: return start.plusMonths(1);
      default: return start.plusYears(1);
    }
  }

  /**
   * {@return whether the date is in this period}
   *
   * @param date  a date, not null
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(endExclusive());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompliancePeriod && ((CompliancePeriod) o).kind == kind && ((CompliancePeriod) o).start.equals(start);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + start.hashCode();
  }

  /** {@return {@code 2022-04-01}, {@code 2022-04} or {@code FY2022}; {@link #parse} reads it back} */
  @Override
  public String toString() {
    switch (kind) {
      case DAY: return start.toString();
      case MONTH: return YearMonth.from(start).toString();
      default: return "FY" + start.getYear();
    }
  }
}
