package org.municipaldx.survey;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.ingest.Fields;
import org.municipaldx.metrics.Rational;
import org.municipaldx.metrics.TimePerformance;

/**
 * A standard processing period (処理期間, items 15-1 and 15-2): a length ({@code 30日}, {@code 1週},
 * {@code 1月}), a range of lengths ({@code 1日～1月}, the range of several ministries' answers for a
 * common procedure), not stated (blank), or unknown — text such as {@code 不明}, {@code -},
 * {@code なし} that is kept as written, never turned into a number.
 *
 * <p>{@code 0} and {@code 0日} are a period of zero days. Months are kept as months: a month is not
 * a whole number of days, so periods in months compare only with months.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProcessingPeriod {
  private static final String LENGTH = "(\\d{1,4})\\s*(日|週間|週|か月|ヶ月|ケ月|カ月|ヵ月|箇月|月)";
  private static final Pattern SINGLE = Pattern.compile(LENGTH);
  private static final Pattern RANGE = Pattern.compile(LENGTH + "\\s*[~〜～-]\\s*" + LENGTH);

  /** What kind of cell this is. */
  public enum Kind {
    /** A blank cell: the survey asks for no period here or none was given. */
    NOT_STATED,
    /** One length. */
    LENGTH,
    /** A range of lengths. */
    RANGE,
    /** Text that gives no length ({@code 不明}, {@code -}, {@code なし}), kept as written. */
    UNKNOWN
  }

  private final Kind kind;
  private final long min;
  private final PeriodUnit minUnit;
  private final long max;
  private final PeriodUnit maxUnit;
  private final String text;

  private ProcessingPeriod(Kind kind, long min, PeriodUnit minUnit, long max, PeriodUnit maxUnit, String text) {
    this.kind = kind;
    this.min = min;
    this.minUnit = minUnit;
    this.max = max;
    this.maxUnit = maxUnit;
    this.text = text;
  }

  /**
   * Reads a cell. Never fails: what is not a length or a range is {@link Kind#UNKNOWN} with its text.
   *
   * @param cell  the cell as written, not null
   * @return the period, never null
   */
  public static ProcessingPeriod parse(String cell) {
    Objects.requireNonNull(cell, "cell");
    String s = Fields.nfkc(cell).strip();
    if (s.isEmpty()) {
      return new ProcessingPeriod(Kind.NOT_STATED, 0, null, 0, null, cell);
    }
    if (s.equals("0")) {
      return new ProcessingPeriod(Kind.LENGTH, 0, PeriodUnit.DAYS, 0, PeriodUnit.DAYS, cell);
    }
    Matcher m = SINGLE.matcher(s);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      PeriodUnit u = unit(m.group(2));
      return new ProcessingPeriod(Kind.LENGTH, n, u, n, u, cell);
    }
    m = RANGE.matcher(s);
    if (m.matches()) {
      return new ProcessingPeriod(Kind.RANGE, Long.parseLong(m.group(1)), unit(m.group(2)),
          Long.parseLong(m.group(3)), unit(m.group(4)), cell);
    }
    return new ProcessingPeriod(Kind.UNKNOWN, 0, null, 0, null, cell);
  }

  private static PeriodUnit unit(String u) {
    return u.equals("日") ? PeriodUnit.DAYS : u.startsWith("週") ? PeriodUnit.WEEKS : PeriodUnit.MONTHS;
  }

  /** {@return the kind of cell, never null} */
  public Kind kind() {
    return kind;
  }

  /** {@return whether a length or a range is known} */
  public boolean isKnown() {
    return kind == Kind.LENGTH || kind == Kind.RANGE;
  }

  /** {@return the cell as written, never null} */
  public String text() {
    return text;
  }

  /** {@return the (shortest) length, if known} */
  public Optional<Length> shortest() {
    return isKnown() ? Optional.of(new Length(min, minUnit)) : Optional.empty();
  }

  /** {@return the longest length, if known (the same as the shortest for one length)} */
  public Optional<Length> longest() {
    return isKnown() ? Optional.of(new Length(max, maxUnit)) : Optional.empty();
  }

  /** {@return the length in days where it is exact (one length in days or weeks), else empty} */
  public Optional<Long> exactDays() {
    if (kind != Kind.LENGTH || minUnit == PeriodUnit.MONTHS) {
      return Optional.empty();
    }
    return Optional.of(minUnit == PeriodUnit.WEEKS ? Math.multiplyExact(min, 7) : min);
  }

  /**
   * The lead-time gain of going online: the time performance of one case offline (this period)
   * against one case online, as the source minutes' 約45日 → 約35日 (care-need certification).
   * Known only when both are single lengths in comparable units (days and weeks, or months and
   * months).
   *
   * @param offline  the offline period, not null
   * @param online  the online period, not null
   * @return the improvement, or empty when either is not a single length or months meet days
   */
  public static Optional<TimePerformance.Improvement> leadTimeGain(ProcessingPeriod offline, ProcessingPeriod online) {
    if (offline.kind != Kind.LENGTH || online.kind != Kind.LENGTH) {
      return Optional.empty();
    }
    Optional<Long> a = offline.exactDays();
    Optional<Long> b = online.exactDays();
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(TimePerformance.of(1, a.get()).to(TimePerformance.of(1, b.get())));
    }
    if (offline.minUnit == PeriodUnit.MONTHS && online.minUnit == PeriodUnit.MONTHS) {
      return Optional.of(TimePerformance.of(Rational.of(1), Rational.of(offline.min))
          .to(TimePerformance.of(Rational.of(1), Rational.of(online.min))));
    }
    return Optional.empty();
  }

  /**
   * A length with its unit.
   *
   * @param amount  the number, zero or more
   * @param unit  the unit, not null
   */
  public record Length(long amount, PeriodUnit unit) {
    /**
     * Checks the components.
     *
     * @param amount  the number, zero or more
     * @param unit  the unit, not null
     */
    public Length {
      Objects.requireNonNull(unit, "unit");
      if (amount < 0) {
        throw new InvalidValueException("Length", "amount", amount, "must be zero or more");
      }
    }

    @Override
    public String toString() {
      return amount + unit.japaneseName();
    }
  }

  /** {@return e.g. {@code 30日}, {@code 1日～1月}, or the text of an unknown period} */
  @Override
  public String toString() {
    switch (kind) {
      case LENGTH: return min + minUnit.japaneseName();
      case RANGE: return min + minUnit.japaneseName() + "～" + max + maxUnit.japaneseName();
      default: return text;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProcessingPeriod)) {
      return false;
    }
    ProcessingPeriod p = (ProcessingPeriod) o;
    return kind == p.kind && min == p.min && max == p.max && minUnit == p.minUnit && maxUnit == p.maxUnit
        && (isKnown() || text.equals(p.text));
  }

  @Override
  public int hashCode() {
    return isKnown() ? Objects.hash(kind, min, minUnit, max, maxUnit) : Objects.hash(kind, text);
  }
}
