package org.municipaldx.regulation.law;

import java.io.Serializable;
import java.time.MonthDay;
import java.time.chrono.JapaneseEra;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.KanjiNumerals;

/**
 * A law number (法令番号) as statutes print it: era, era year, the kind of instrument and who issued
 * it, and the number, e.g. {@code 昭和二十六年法律第四号} (era 昭和, year 26, {@link LawNumberKind#ACT}, 4)
 * or {@code 平成十一年法務省令第四号} ({@link LawNumberKind#MINISTERIAL_ORDINANCE} of 法務省). A public
 * notice may carry its date ({@code 昭和三十年四月十五日建設省告示第千号}).
 *
 * <p>{@link #parse} reads kanji or Arabic numerals (full- or half-width) and 元年; {@link #toString()}
 * prints the kanji form, and {@code parse(n.toString()).equals(n)}. Numbers that are not of this
 * shape — 人事院規則 are numbered by series ({@code 平成二十一年人事院規則八―一二―七}) — are rejected with
 * the reason, so a register can keep them as text. This class is immutable and thread-safe.
 */
public final class LawNumber implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The kanji a law number's numerals are written in. */
  private static final String KANJI_NUMERALS = "〇一二三四五六七八九十百千";
  private static final List<String> ERAS = List.of("明治", "大正", "昭和", "平成", "令和");
  /** Gregorian year of each era's first year (明治元年 = 1868 ... 令和元年 = 2019). */
  private static final int[] ERA_START = {1868, 1912, 1926, 1989, 2019};

  /** The value of {@link #era()}. */
  private final JapaneseEra era;
  /** The value of {@link #eraYear()}. */
  private final int eraYear;
  /** The value of {@link #date()}. */
  private final MonthDay date;
  /** The value of {@link #kind()}. */
  private final LawNumberKind kind;
  /** The value of {@link #issuers()}. */
  private final List<String> issuers;
  /** The value of {@link #number()}. */
  private final int number;

  private LawNumber(JapaneseEra era, int eraYear, MonthDay date, LawNumberKind kind, List<String> issuers, int number) {
    this.era = era;
    this.eraYear = eraYear;
    this.date = date;
    this.kind = kind;
    this.issuers = issuers;
    this.number = number;
  }

  /**
   * {@return the law number, never null}
   *
   * @param era  the era, 明治 to 令和, not null
   * @param eraYear  the year of the era, from 1
   * @param date  the month and day of promulgation, or null when not part of the number
   * @param kind  the kind of instrument, not null
   * @param issuers  the issuing ministries or bodies; empty for 法律, 政令, 勅令 and 閣令, at least one otherwise
   * @param number  the number, from 1 to 9999
   * @throws IllegalArgumentException naming the field and the rule
   */
  public static LawNumber of(JapaneseEra era, int eraYear, MonthDay date, LawNumberKind kind, List<String> issuers, int number) {
    Objects.requireNonNull(era, "era");
    Objects.requireNonNull(kind, "kind");
    if (eraIndex(era) < 0) {
      throw Checks.invalid("LawNumber", "era", era, "must be 明治, 大正, 昭和, 平成 or 令和");
    }
    if (eraYear < 1 || eraYear > 99) {
      throw Checks.invalid("LawNumber", "eraYear", eraYear, "must be from 1 to 99");
    }
    if (number < 1 || number > KanjiNumerals.MAX) {
      throw Checks.invalid("LawNumber", "number", number, "must be from 1 to " + KanjiNumerals.MAX);
    }
    boolean needsIssuer = kind == LawNumberKind.MINISTERIAL_ORDINANCE || kind == LawNumberKind.RULE || kind == LawNumberKind.PUBLIC_NOTICE;
    if (needsIssuer == issuers.isEmpty()) {
      throw Checks.invalid("LawNumber", "issuers", issuers, needsIssuer ? "a " + kind.japaneseName() + " needs its issuer"
          : "a " + kind.japaneseName() + " has no issuer");
    }
    for (String i : issuers) {
      // no SHAPE.matcher(i).find() as before: a law number contains 第, which the name is already checked
      // not to, so that search never found anything (it cost a Matcher per issuer: issue 11i)
      if (i == null || i.isEmpty() || !allLetters(i) || i.contains("第")
          || i.endsWith("令") || i.endsWith("規則") || i.endsWith("告示")) {
        throw Checks.invalid("LawNumber", "issuers", i, "each must be a body's name in letters, without 第 or the"
            + " kind of instrument");
      }
    }
    if (kind == LawNumberKind.PUBLIC_NOTICE && issuers.size() != 1) {
      throw Checks.invalid("LawNumber", "issuers", issuers, "a 告示 has one issuer");
    }
    return new LawNumber(era, eraYear, date, kind, List.copyOf(issuers), number);
  }

  /** {@return whether every code point is a letter}: {@code codePoints().allMatch(Character::isLetter)} without a stream */
  private static boolean allLetters(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static int eraIndex(JapaneseEra era) {
    return era.getValue() + 1 >= 0 && era.getValue() + 1 < ERAS.size() ? era.getValue() + 1 : -1;
  }

  /**
   * Parses a law number (see the class comment).
   *
   * @param text  the text, not null
   * @return the law number, never null
   * @throws IllegalArgumentException quoting the text and saying why it is not of the form
   */
  public static LawNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = LawText.compact(text);
    int[] g = shape(s);
    if (g == null) {
      String why;
      if (s.contains("人事院規則")) {
        why = "人事院規則 are numbered by series and number (八―一二―七), not 第…号";
      } else if (s.matches("(明治|大正|昭和|平成|令和).*") && !s.contains("第")) {
        why = "it has no number (第…号)";
      } else {
        why = "expected <era><year>年<kind>第<number>号, e.g. 昭和二十六年法律第四号";
      }
      throw Checks.invalid("LawNumber", "", text, "cannot be parsed: " + why);
    }
    try {
      JapaneseEra era = JapaneseEra.of(g[0] - 1);
      int year = s.charAt(g[1]) == '元' ? 1 : number(s.substring(g[1], g[2]));
      MonthDay date = g[3] < 0 ? null : MonthDay.of(number(s.substring(g[3], g[4])), number(s.substring(g[5], g[6])));
      String kindText = s.substring(g[7], g[8]);
      LawNumberKind kind;
      List<String> issuers = List.of();
      switch (kindText) {
        case "法律": kind = LawNumberKind.ACT; break;
        case "政令": kind = LawNumberKind.CABINET_ORDER; break;
        case "勅令": kind = LawNumberKind.IMPERIAL_ORDER; break;
        case "閣令": kind = LawNumberKind.CABINET_ORDINANCE; break;
        default:
          if (kindText.endsWith("告示")) {
            kind = LawNumberKind.PUBLIC_NOTICE;
            issuers = issuers(kindText, 2);
          } else if (kindText.endsWith("規則")) {
            kind = LawNumberKind.RULE;
            issuers = issuers(kindText, 2);
          } else if (kindText.endsWith("令") && kindText.length() > 1) {
            // 府令, 省令, 庁令, 内閣官房令, 復興庁令, joint ordinances (内閣府・法務省令)
            kind = LawNumberKind.MINISTERIAL_ORDINANCE;
            issuers = issuers(kindText, 1);
          } else {
            throw new IllegalArgumentException("'" + kindText + "' is not a kind of instrument (法律, 政令, …省令, …規則, …告示)");
          }
      }
      return of(era, year, date, kind, issuers, number(s.substring(g[9], g[10])));
    } catch (RuntimeException e) {
      throw Checks.invalid("LawNumber", "", text, "cannot be parsed: " + e.getMessage(), e);
    }
  }

  /**
   * Where the parts of a law number are in the compact text, when all of it is one: what the pattern
   * {@code (明治|大正|昭和|平成|令和)(元|NUM)年(?:(NUM)月(NUM)日)?([^第0-9〇一二三四五六七八九十百千]+)第(NUM)号}
   * matched, with {@code NUM = [0-9]+|[〇一二三四五六七八九十百千]+}, read by one pass instead (issue 11i: the
   * pattern's character classes were the larger part of parsing the survey's law numbers;
   * {@code LawNumberShapeProperties} checks the two against each other).
   *
   * @return null if the text is not of the shape; else the era's index in {@link #ERAS}, then the start and
   *     end of the year, the month (-1, -1 when there is no date), the day, the kind and the number
   */
  static int[] shape(String s) {
    int n = s.length();
    if (n < 2) {
      return null;
    }
    int era = ERAS.indexOf(s.substring(0, 2));
    if (era < 0) {
      return null;
    }
    int[] g = new int[11];
    g[0] = era;
    int p = 2;
    g[1] = p;
    p = p < n && s.charAt(p) == '元' ? p + 1 : numeralsEnd(s, p);
    g[2] = p;
    if (p < 0 || p >= n || s.charAt(p) != '年') {
      return null;
    }
    p++;
    g[3] = -1;
    g[4] = -1;
    g[5] = -1;
    g[6] = -1;
    if (p < n && isNumeral(s.charAt(p))) {
      // a date; the kind cannot start with a numeral, so a number here that is not a date is no law number
      g[3] = p;
      p = numeralsEnd(s, p);
      g[4] = p;
      if (p >= n || s.charAt(p) != '月') {
        return null;
      }
      g[5] = ++p;
      p = numeralsEnd(s, p);
      g[6] = p;
      if (p < 0 || p >= n || s.charAt(p) != '日') {
        return null;
      }
      p++;
    }
    g[7] = p;
    while (p < n && s.charAt(p) != '第' && !isNumeral(s.charAt(p))) {
      p++;
    }
    g[8] = p;
    if (p == g[7] || p >= n || s.charAt(p) != '第') {
      return null;
    }
    g[9] = ++p;
    p = numeralsEnd(s, p);
    g[10] = p;
    return p >= 0 && p == n - 1 && s.charAt(p) == '号' ? g : null;
  }

  /** {@return where the run of Arabic digits, or else of kanji numerals, starting at {@code p} ends; -1 if none starts there} */
  private static int numeralsEnd(String s, int p) {
    int n = s.length();
    if (p < n && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
      do {
        p++;
      } while (p < n && s.charAt(p) >= '0' && s.charAt(p) <= '9');
      return p;
    }
    if (p < n && KANJI_NUMERALS.indexOf(s.charAt(p)) >= 0) {
      do {
        p++;
      } while (p < n && KANJI_NUMERALS.indexOf(s.charAt(p)) >= 0);
      return p;
    }
    return -1;
  }

  private static boolean isNumeral(char c) {
    return c >= '0' && c <= '9' || KANJI_NUMERALS.indexOf(c) >= 0;
  }

  private static List<String> issuers(String kindText, int suffix) {
    return Arrays.stream(kindText.substring(0, kindText.length() - suffix).split("・", -1))
        .map(i -> i.endsWith("規則") ? i.substring(0, i.length() - 2) : i)
        .toList();
  }

  private static int number(String n) {
    if (n.charAt(0) >= '0' && n.charAt(0) <= '9') {
      if (n.length() > 4) {
        throw new IllegalArgumentException("number '" + n + "' is larger than " + KanjiNumerals.MAX);
      }
      return Integer.parseInt(n);
    }
    return KanjiNumerals.parse(n);
  }

  /** {@return the era, never null} */
  public JapaneseEra era() {
    return era;
  }

  /** {@return the era's Japanese name, e.g. 昭和} */
  public String eraJapaneseName() {
    return ERAS.get(eraIndex(era));
  }

  /** {@return the year of the era (元年 is 1)} */
  public int eraYear() {
    return eraYear;
  }

  /** {@return the Gregorian year, e.g. 1951 for 昭和二十六年} */
  public int gregorianYear() {
    return ERA_START[eraIndex(era)] + eraYear - 1;
  }

  /** {@return the date of promulgation, when the number carries it} */
  public Optional<MonthDay> date() {
    return Optional.ofNullable(date);
  }

  /** {@return the kind of instrument, never null} */
  public LawNumberKind kind() {
    return kind;
  }

  /** {@return the issuers (法務省, 国家公安委員会 ...), empty for 法律 and 政令, never null} */
  public List<String> issuers() {
    return issuers;
  }

  /** {@return the number within the year and kind} */
  public int number() {
    return number;
  }

  /** {@return the kanji form, e.g. {@code 平成十一年法務省令第四号}} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(eraJapaneseName());
    sb.append(eraYear == 1 ? "元" : KanjiNumerals.format(eraYear)).append('年');
    if (date != null) {
      sb.append(KanjiNumerals.format(date.getMonthValue())).append('月').append(KanjiNumerals.format(date.getDayOfMonth())).append('日');
    }
    switch (kind) {
      case MINISTERIAL_ORDINANCE: sb.append(String.join("・", issuers)).append('令'); break;
      case RULE: sb.append(String.join("・", issuers)).append("規則"); break;
      case PUBLIC_NOTICE: sb.append(issuers.get(0)).append("告示"); break;
      default: sb.append(kind.japaneseName());
    }
    return sb.append('第').append(KanjiNumerals.format(number)).append('号').toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LawNumber)) {
      return false;
    }
    LawNumber n = (LawNumber) o;
    return era.equals(n.era) && eraYear == n.eraYear && Objects.equals(date, n.date) && kind == n.kind
        && issuers.equals(n.issuers) && number == n.number;
  }

  @Override
  public int hashCode() {
    return Objects.hash(era, eraYear, date, kind, issuers, number);
  }
}
