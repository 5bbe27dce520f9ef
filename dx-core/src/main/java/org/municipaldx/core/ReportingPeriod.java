package org.municipaldx.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.internal.Text;

/**
 * The year a count refers to: a fiscal year (April–March) or a calendar year (January–December).
 * The source material mixes both: application counts are "2022年1年間の実績" (calendar 2022) while
 * workload surveys are per 年度.
 * A reporting period is always a whole year; the day, month or fiscal year an IoT compliance report
 * covers is a different type, dx-iot's {@code org.municipaldx.iot.standard.CompliancePeriod}.
 *
 * <p>Prints as {@code FY2023} or {@code CY2022}; {@link #parse} reads that back and also accepts
 * anything {@link FiscalYear#parse} accepts and {@code 2022年}. JSON: the printed string.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern CALENDAR = Pattern.compile("(?:CY\\s*(\\d{4})|(\\d{4})\\s*年(?:1年間)?)");

  /** Whether this is a fiscal year (April to March) rather than a calendar year ({@link #isFiscalYear()}). */
  private final boolean fiscal;
  /** The value of {@link #year()}. */
  private final int year;

  private ReportingPeriod(boolean fiscal, int year) {
    this.fiscal = fiscal;
    this.year = year;
  }

  /**
   * Obtains the period of a fiscal year, April to March.
   *
   * @param fy  the fiscal year, not null
   * @return the period of a fiscal year, never null
   */
  public static ReportingPeriod fiscalYear(FiscalYear fy) {
    return new ReportingPeriod(true, fy.year());
  }

  /**
   * {@return the period January–December of that year, never null}
   *
   * @param year  the calendar year, 1873 to 9998
   */
  public static ReportingPeriod calendarYear(int year) {
    if (year < FiscalYear.MIN_YEAR || year > FiscalYear.MAX_YEAR) {
      throw Checks.invalid("ReportingPeriod", "year", year, "must be from " + FiscalYear.MIN_YEAR + " to "
          + FiscalYear.MAX_YEAR);
    }
    return new ReportingPeriod(false, year);
  }

  /**
   * {@return the period, never null}
   *
   * @param text  {@code FY2023}, {@code CY2022}, {@code 2022年}, or any fiscal-year form
   * @throws IllegalArgumentException if the text is not a period
   */
  @JsonCreator
  public static ReportingPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip().toUpperCase(Locale.ROOT);
    Matcher m = CALENDAR.matcher(s);
    if (m.matches()) {
      return calendarYear(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    try {
      return fiscalYear(FiscalYear.parse(text));
    } catch (IllegalArgumentException e) {
      throw Checks.invalid("ReportingPeriod", "", text, "" + e.getMessage()
          + " (a period is FY2023, CY2022, 2022年 or a fiscal year)", e);
    }
  }

  /** {@return whether this is a fiscal year (April to March) rather than a calendar year} */
  public boolean isFiscalYear() {
    return fiscal;
  }

  /** {@return the starting calendar year} */
  public int year() {
    return year;
  }

  /** {@return the first day: 1 April of a fiscal year, 1 January of a calendar year; never null} */
  public LocalDate startDate() {
    return fiscal ? LocalDate.of(year, 4, 1) : LocalDate.of(year, 1, 1);
  }

  /**
   * {@return the last day: 31 March of the next year for a fiscal year, 31 December of a calendar
   * year; never null}
   */
  public LocalDate endDate() {
    return fiscal ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year, 12, 31);
  }

  @Override
  public int compareTo(ReportingPeriod o) {
    int c = startDate().compareTo(o.startDate());
    return c != 0 ? c : Boolean.compare(fiscal, o.fiscal);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingPeriod && ((ReportingPeriod) o).fiscal == fiscal && ((ReportingPeriod) o).year == year;
  }

  @Override
  public int hashCode() {
    return fiscal ? year : -year;
  }

  /** {@return {@code FY2023} or {@code CY2022}} */
  @JsonValue
  @Override
  public String toString() {
    return (fiscal ? "FY" : "CY") + year;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a year out of range is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> fiscal ? fiscalYear(FiscalYear.of(year)) : calendarYear(year));
  }
}
