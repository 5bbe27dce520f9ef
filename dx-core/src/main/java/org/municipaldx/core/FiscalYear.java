package org.municipaldx.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.municipaldx.core.internal.KanjiNumerals;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.internal.Text;

/**
 * A Japanese fiscal year (年度): 1 April of {@link #year()} to 31 March of the next year.
 *
 * <p>{@link #toString()} prints the year with its era, {@code 2023（令和5）年度}, and
 * {@link #parse(CharSequence)} reads that back, as well as {@code 2023年度}, {@code 令和5年度},
 * {@code 令和五年度} (era years in kanji numerals, as official documents write them),
 * {@code 令和元年度}, {@code R5}, {@code FY2023} and {@code 2023(令和5)年度}, with half- or
 * full-width characters. A year and era that disagree are rejected ({@code 2022(令和3)年度}: 令和3
 * is 2021).
 *
 * <h2>Which era names a fiscal year</h2>
 * A fiscal year is named in the era in force on 31 December of its first calendar year, counted as
 * that calendar year's era year. Hence FY2019, which began on 1 April 2019 while it was still
 * 平成31年 (Reiwa began on 1 May 2019), prints as {@code 2019（令和元）年度}; FY1988 prints as
 * {@code 1988（昭和63）年度} and FY1989 as {@code 1989（平成元）年度}.
 *
 * <h2>Era years written past an era's end</h2>
 * Parsing also accepts an era's count continued past its end, as documents written before the
 * change name later years: the era year counts on from the era's first year, so {@code 平成31年度}
 * is FY2019 and {@code 平成32年度} FY2020 (平成 began in 1989: 1989 + 32 − 1), exactly as
 * {@code 令和2年度}. The limit: an era year is accepted up to {@value #ERA_OVERRUN_YEARS} years
 * after the last calendar year of its era (平成 ended in 2019, so up to 平成41 = 2029; 昭和 up to
 * 昭和74 = 1999), the span of the longest plans (10-year comprehensive plans) that a document
 * written just before a change would name; a count beyond it ({@code 平成42年度}, a typo such as
 * {@code 平成320年度}) is rejected. This limit is the library's choice, not a rule from law. Printing
 * always uses the era in force ({@code 2020（令和2）年度}).
 *
 * <p>JSON: the starting calendar year as a number ({@code 2023}); a string in any parseable form is
 * also accepted on input.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiscalYear implements Comparable<FiscalYear>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The earliest supported year: the first year of the Japanese calendar in java.time (明治6年). */
  public static final int MIN_YEAR = 1873;
  /** The latest supported year. */
  public static final int MAX_YEAR = 9998;

  private static final Map<String, JapaneseEra> ERA_NAMES =
      Map.ofEntries(
          Map.entry("明治", JapaneseEra.MEIJI),
          Map.entry("大正", JapaneseEra.TAISHO),
          Map.entry("昭和", JapaneseEra.SHOWA),
          Map.entry("平成", JapaneseEra.HEISEI),
          Map.entry("令和", JapaneseEra.REIWA),
          Map.entry("M", JapaneseEra.MEIJI),
          Map.entry("T", JapaneseEra.TAISHO),
          Map.entry("S", JapaneseEra.SHOWA),
          Map.entry("H", JapaneseEra.HEISEI),
          Map.entry("R", JapaneseEra.REIWA));

  private static final Pattern WESTERN =
      Pattern.compile("(?:FY)?\\s*(\\d{4})\\s*(?:\\(\\s*(\\S+?)\\s*\\))?\\s*(?:年度)?");
  /**
   * How many calendar years after the last year of an era its count is still accepted when parsing
   * ({@code 平成41年度} is FY2029, {@code 平成42年度} is rejected).
   */
  public static final int ERA_OVERRUN_YEARS = 10;

  private static final Pattern ERA =
      Pattern.compile("(明治|大正|昭和|平成|令和|[MTSHR])\\s*(元|\\d{1,4}|[一二三四五六七八九十百千]{1,8})\\s*(?:年度)?");

  /** The value of {@link #year()}. */
  private final int year;

  // not a JSON creator: Jackson detects a private one-int constructor by itself and read {"fiscalYear":0},
  // 9999 or 1872 past of()'s range check (found by SchemaReaderAgreementTest, issue 14, and by mutation
  // testing, issue 13); JSON goes through fromJson, which checks the range
  @JsonCreator(mode = JsonCreator.Mode.DISABLED)
  private FiscalYear(int year) {
    this.year = year;
  }

  /**
   * Obtains the fiscal year that starts on 1 April of {@code year}.
   *
   * @param year  the calendar year in which the fiscal year starts, from 1873 to 9998
   * @return the fiscal year, never null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static FiscalYear of(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw Checks.invalid("FiscalYear", "year", year, "must be from " + MIN_YEAR + " to " + MAX_YEAR);
    }
    return new FiscalYear(year);
  }

  /**
   * Obtains the fiscal year containing a date: dates from January to March belong to the fiscal
   * year that started in the previous calendar year.
   *
   * @param date  the date, not null
   * @return the fiscal year, never null
   */
  public static FiscalYear containing(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return of(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Parses a fiscal year written as {@code 2023（令和5）年度}, {@code 2023年度}, {@code 令和5年度},
   * {@code 令和五年度}, {@code 令和元年度}, {@code R5}, {@code FY2023} or {@code 2023}, half- or
   * full-width; era years past an era's end within {@value #ERA_OVERRUN_YEARS} years are accepted
   * ({@code 平成32年度} is FY2020; see the class documentation).
   *
   * @param text  the text, not null
   * @return the fiscal year, never null
   * @throws IllegalArgumentException if the text is not a fiscal year, or its year and era disagree
   */
  public static FiscalYear parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip().toUpperCase(Locale.ROOT);
    Matcher w = WESTERN.matcher(s);
    if (w.matches()) {
      int year = Integer.parseInt(w.group(1));
      FiscalYear fy = of(year);
      if (w.group(2) != null) {
        Matcher e = ERA.matcher(w.group(2));
        if (!e.matches()) {
          throw Checks.invalid("FiscalYear", "", text, "cannot be parsed: '" + w.group(2) + "' is not an era year such as 令和5");
        }
        int eraYearStart = eraYearToWestern(text, e.group(1), e.group(2));
        if (eraYearStart != year) {
          throw Checks.invalid("FiscalYear", "", text, e.group(1) + e.group(2) + " is " + eraYearStart
                  + ", not " + year);
        }
      }
      return fy;
    }
    Matcher e = ERA.matcher(s);
    if (e.matches()) {
      return of(eraYearToWestern(text, e.group(1), e.group(2)));
    }
    throw Checks.invalid("FiscalYear", "", text, "cannot be parsed: expected a form such as 2023（令和5）年度, 2023年度, 令和5年度, R5 or FY2023");
  }

  private static int eraYearToWestern(CharSequence text, String eraName, String eraYearText) {
    JapaneseEra era = ERA_NAMES.get(eraName);
    int eraYear;
    if ("元".equals(eraYearText)) {
      eraYear = 1;
    } else if (Character.isDigit(eraYearText.charAt(0))) {
      eraYear = Integer.parseInt(eraYearText);
    } else {
      try {
        eraYear = KanjiNumerals.parse(eraYearText);
      } catch (IllegalArgumentException e) {
        throw Checks.invalid("FiscalYear", "", text, e.getMessage(), e);
      }
    }
    if (eraYear < 1) {
      throw Checks.invalid("FiscalYear", "", text, "era year must be 1 (元) or more");
    }
    int western = eraStart(era).getYear() + eraYear - 1;
    // an era's count is accepted up to ERA_OVERRUN_YEARS after its last calendar year (class Javadoc)
    JapaneseEra next = nextEra(era);
    if (next != null && western > eraStart(next).getYear() + ERA_OVERRUN_YEARS) {
      throw Checks.invalid("FiscalYear", "", text, eraName(era) + eraYearText + " (" + western
              + ") is too far past the era's end; " + eraName(era) + " ended in " + eraStart(next).getYear()
              + " and its count is accepted up to " + ERA_OVERRUN_YEARS + " years later ("
              + (eraStart(next).getYear() + ERA_OVERRUN_YEARS) + ")");
    }
    if (western < MIN_YEAR) {
      throw Checks.invalid("FiscalYear", "", text, "years before " + MIN_YEAR + " are not supported");
    }
    return western;
  }

  private static LocalDate eraStart(JapaneseEra era) {
    switch (era.getValue()) {
      case -1: return LocalDate.of(1868, 1, 25); // 明治 (counted from 1868; java.time supports it from 明治6年)
      case 0: return LocalDate.of(1912, 7, 30);
      case 1: return LocalDate.of(1926, 12, 25);
      case 2: return LocalDate.of(1989, 1, 8);
      case 3: return LocalDate.of(2019, 5, 1);
      default: throw new DateTimeException("Unknown era " + era);
    }
  }

  private static JapaneseEra nextEra(JapaneseEra era) {
    List<JapaneseEra> eras = List.of(JapaneseEra.values());
    int i = eras.indexOf(era);
    return i + 1 < eras.size() ? eras.get(i + 1) : null;
  }

  private static String eraName(JapaneseEra era) {
    switch (era.getValue()) {
      case -1: return "明治";
      case 0: return "大正";
      case 1: return "昭和";
      case 2: return "平成";
      case 3: return "令和";
      default: return era.toString();
    }
  }

  /** Reads JSON: a number, the starting year; a text (even one {@link #parse} reads) is refused. */
  @JsonCreator
  static FiscalYear fromJson(Object value) {
    if (value instanceof Number) {
      // exact: a double comparison would take 2023.00000000000000000001 (a BigDecimal here) for 2023
      BigDecimal d;
      try {
        d = new BigDecimal(value.toString());
      } catch (NumberFormatException e) {
        throw Checks.invalid("FiscalYear", "year", value, "must be a whole year", e);
      }
      if (d.stripTrailingZeros().scale() > 0) {
        throw Checks.invalid("FiscalYear", "year", value, "must be a whole year");
      }
      if (d.compareTo(BigDecimal.valueOf(MIN_YEAR)) < 0 || d.compareTo(BigDecimal.valueOf(MAX_YEAR)) > 0) {
        throw Checks.invalid("FiscalYear", "year", value, "must be from " + MIN_YEAR + " to " + MAX_YEAR);
      }
      return of(d.intValueExact());
    }
    // JSON has one form, the starting year as a number (the JSON contract and the schemas say so): a text
    // such as "令和5年度" is refused, so the strict reader and the JSON Schema accept the same documents
    // (issue 14); FiscalYear.parse reads the text forms
    throw Checks.invalid("FiscalYear", "year", value, "must be the starting year as a JSON number, e.g. 2023");
  }

  /** {@return the calendar year in which this fiscal year starts, e.g. 2023 for 2023（令和5）年度} */
  @JsonValue
  public int year() {
    return year;
  }

  /** {@return 1 April of {@link #year()}, never null} */
  public LocalDate startDate() {
    return LocalDate.of(year, 4, 1);
  }

  /** {@return 31 March of the next calendar year, never null} */
  public LocalDate endDate() {
    return LocalDate.of(year + 1, 3, 31);
  }

  /**
   * Tells whether a date falls within this fiscal year, 1 April to 31 March inclusive.
   *
   * @param date  the date, not null
   * @return whether the date falls within this fiscal year
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /** {@return the era naming this fiscal year (the era in force on 31 December of {@link #year()})} */
  public JapaneseEra era() {
    return JapaneseDate.from(LocalDate.of(year, 12, 31)).getEra();
  }

  /** {@return the era year naming this fiscal year, 1 for 元年} */
  public int eraYear() {
    return year - eraStart(era()).getYear() + 1;
  }

  /** {@return the era name in Japanese, e.g. 令和} */
  public String eraJapaneseName() {
    return eraName(era());
  }

  /** {@return the Japanese name without the western year, e.g. 令和5年度, 令和元年度} */
  public String toJapaneseEraString() {
    int ey = eraYear();
    return eraJapaneseName() + (ey == 1 ? "元" : Integer.toString(ey)) + "年度";
  }

  /**
   * {@return the Japanese name with the era year in kanji numerals, as official documents write it,
   * e.g. 令和五年度, 平成三十一年度, 令和元年度; {@link #parse} reads it back}
   */
  public String toKanjiEraString() {
    int ey = eraYear();
    return eraJapaneseName() + (ey == 1 ? "元" : KanjiNumerals.format(ey)) + "年度";
  }

  /**
   * Obtains the fiscal year a number of years later (or earlier, if negative).
   *
   * @param years  the years to add, may be negative
   * @return the fiscal year, never null
   * @throws ArithmeticException if the year overflows an {@code int}
   * @throws IllegalArgumentException if the result is outside {@link #MIN_YEAR} to {@link #MAX_YEAR}
   */
  public FiscalYear plusYears(int years) {
    return of(Math.addExact(year, years));
  }

  /**
   * {@return the following fiscal year, never null}
   *
   * @throws IllegalArgumentException if this is {@link #MAX_YEAR}
   */
  public FiscalYear next() {
    return plusYears(1);
  }

  /**
   * {@return the preceding fiscal year, never null}
   *
   * @throws IllegalArgumentException if this is {@link #MIN_YEAR}
   */
  public FiscalYear previous() {
    return plusYears(-1);
  }

  /**
   * {@return whether this fiscal year is earlier than the other}
   *
   * @param other  the other fiscal year, not null
   */
  public boolean isBefore(FiscalYear other) {
    return year < other.year;
  }

  /**
   * {@return whether this fiscal year is later than the other}
   *
   * @param other  the other fiscal year, not null
   */
  public boolean isAfter(FiscalYear other) {
    return year > other.year;
  }

  /**
   * {@return the fiscal years from this one to {@code endInclusive}, in order}
   *
   * @param endInclusive  the last fiscal year, not before this one
   */
  public Stream<FiscalYear> rangeTo(FiscalYear endInclusive) {
    if (endInclusive.year < year) {
      throw Checks.invalid("FiscalYear", "rangeTo", endInclusive, "the end must not be before start " + this);
    }
    return IntStream.rangeClosed(year, endInclusive.year).mapToObj(FiscalYear::new);
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(year, other.year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FiscalYear && ((FiscalYear) o).year == year;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(year);
  }

  /** {@return e.g. {@code 2023（令和5）年度}, {@code 2019（令和元）年度}; {@link #parse} reads it back} */
  @Override
  public String toString() {
    int ey = eraYear();
    return year + "（" + eraJapaneseName() + (ey == 1 ? "元" : Integer.toString(ey)) + "）年度";
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a fiscal year out of range is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> of(year));
  }
}
