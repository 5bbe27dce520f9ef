package org.municipaldx.metrics;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;

/**
 * What one "day" is when hours are expressed as days.
 *
 * <ul>
 *   <li>{@link #CALENDAR}: 24 hours. The source material's headline {@code 217,820時間 (9,075日分に相当)}
 *       uses it: 217,820 / 24 = 9,075.83…, printed 9,075, i.e. rounded with FLOOR.
 *   <li>{@link #working(BigDecimal)}: a working day of the given hours (e.g. 7.75 hours, 7時間45分),
 *       to express saved time as staff working days.
 * </ul>
 *
 * <p>{@link #toString()} prints the hours per day ({@code 24h}, {@code 7.75h});
 * {@link #parse(CharSequence)} reads it back. Immutable and thread-safe.
 */
public final class DayBasis implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A calendar day of 24 hours. */
  public static final DayBasis CALENDAR = new DayBasis(24 * 60);

  /** The value of {@link #minutesPerDay()}. */
  private final long minutesPerDay;

  private DayBasis(long minutesPerDay) {
    this.minutesPerDay = minutesPerDay;
  }

  /**
   * {@return the basis, never null}
   *
   * @param hoursPerDay  the hours of a working day, positive, a whole number of minutes, at most 24
   * @throws IllegalArgumentException if the hours are not positive, exceed 24 or are not whole minutes
   */
  public static DayBasis working(BigDecimal hoursPerDay) {
    Objects.requireNonNull(hoursPerDay, "DayBasis.hoursPerDay: must not be null");
    long m = Units.minutes(hoursPerDay);
    if (m <= 0 || m > 24 * 60) {
      throw Checks.invalid("DayBasis", "hoursPerDay", org.municipaldx.core.internal.Checks.plain(hoursPerDay), "must be more than 0 and at most 24");
    }
    return new DayBasis(m);
  }

  /**
   * {@return the basis, never null}
   *
   * @param text  {@code 24h} or e.g. {@code 7.75h}, not null
   * @throws IllegalArgumentException if the text is not hours followed by {@code h}, or invalid hours
   */
  public static DayBasis parse(CharSequence text) {
    Objects.requireNonNull(text, "DayBasis.text: must not be null");
    String s = text.toString();
    if (!s.matches("\\d+(\\.\\d+)?h")) {
      throw Checks.invalid("DayBasis", "", text, "cannot be parsed: expected hours and 'h', e.g. 7.75h");
    }
    return working(new BigDecimal(s.substring(0, s.length() - 1)));
  }

  /** {@return the minutes in one day, 1 to 1440} */
  public long minutesPerDay() {
    return minutesPerDay;
  }

  /** {@return the hours in one day, exactly, never null} */
  public Rational hoursPerDay() {
    return Units.hours(minutesPerDay);
  }

  /**
   * {@return the days, exactly, never null}
   *
   * @param minutes  a number of minutes
   */
  public Rational days(long minutes) {
    return Rational.of(minutes, minutesPerDay);
  }

  /**
   * {@return the days, exactly, never null}
   *
   * @param hours  exact hours, not null
   */
  public Rational days(Rational hours) {
    return hours.dividedBy(hoursPerDay());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DayBasis && minutesPerDay == ((DayBasis) o).minutesPerDay;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(minutesPerDay);
  }

  /** {@return the hours per day and {@code h}, e.g. {@code 24h}, {@code 7.75h}} */
  @Override
  public String toString() {
    return RoundingPolicy.strip(BigDecimal.valueOf(minutesPerDay).divide(BigDecimal.valueOf(60))).toPlainString() + "h";
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a day that is not more than 0 and at most 24 hours of whole minutes is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> minutesPerDay == CALENDAR.minutesPerDay ? CALENDAR : working(BigDecimal.valueOf(minutesPerDay).divide(BigDecimal.valueOf(60))));
  }
}
