package org.municipaldx.core.internal;

/**
 * Kanji numerals as Japanese statutes write article numbers and documents write era years: 一 to
 * 九 with the multipliers 十, 百 and 千, the digit 一 left out before a multiplier (十一, 百二十三,
 * 千, 二千五), from 1 to 9999.
 *
 * <p>Used by {@code FiscalYear.parse} (令和五年度) and by dx-regulation (law numbers, article numbers).
 * Not API.
 */
public final class KanjiNumerals {
  /** The largest number this notation covers without 万. */
  public static final int MAX = 9999;

  private static final String DIGITS = "〇一二三四五六七八九";

  private KanjiNumerals() {}

  /**
   * @param n  the number, from 1 to {@link #MAX}
   * @return its kanji form, e.g. 百二十三 for 123
   * @throws IllegalArgumentException if n is out of range
   */
  public static String format(int n) {
    if (n < 1 || n > MAX) {
      throw new IllegalArgumentException("kanji numeral: must be from 1 to " + MAX + " (was '" + n + "')");
    }
    StringBuilder sb = new StringBuilder();
    int[] units = {1000, 100, 10};
    char[] names = {'千', '百', '十'};
    int rest = n;
    for (int i = 0; i < units.length; i++) {
      int d = rest / units[i];
      rest %= units[i];
      if (d > 1) {
        sb.append(DIGITS.charAt(d));
      }
      if (d > 0) {
        sb.append(names[i]);
      }
    }
    if (rest > 0) {
      sb.append(DIGITS.charAt(rest));
    }
    return sb.toString();
  }

  /**
   * @param c  a character
   * @return whether it may appear in a kanji numeral
   */
  public static boolean isKanjiNumeralChar(char c) {
    return DIGITS.indexOf(c) > 0 || c == '十' || c == '百' || c == '千';
  }

  /**
   * Parses a kanji numeral in the form {@link #format} writes; a leading 一 before 十, 百 or 千 is
   * accepted too (一千 = 千).
   *
   * @param s  the numeral, not null
   * @return the number, from 1 to {@link #MAX}
   * @throws IllegalArgumentException naming the numeral and the rule it breaks
   */
  public static int parse(CharSequence s) {
    String text = s.toString();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("kanji numeral: must not be empty");
    }
    int total = 0;
    int lastUnit = 10_000;
    int pendingDigit = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = DIGITS.indexOf(c);
      if (d > 0) {
        if (pendingDigit >= 0) {
          throw new IllegalArgumentException("kanji numeral '" + text + "': two digits in a row at position " + (i + 1));
        }
        pendingDigit = d;
        continue;
      }
      int unit = c == '千' ? 1000 : c == '百' ? 100 : c == '十' ? 10 : -1;
      if (unit < 0) {
        throw new IllegalArgumentException("kanji numeral '" + text + "': '" + c + "' is not a kanji digit or 十/百/千");
      }
      if (unit >= lastUnit) {
        throw new IllegalArgumentException("kanji numeral '" + text + "': '" + c + "' out of order");
      }
      total += (pendingDigit < 0 ? 1 : pendingDigit) * unit;
      pendingDigit = -1;
      lastUnit = unit;
    }
    if (pendingDigit >= 0) {
      total += pendingDigit;
    }
    if (total < 1 || total > MAX) {
      throw new IllegalArgumentException("kanji numeral '" + text + "': must be from 1 to " + MAX);
    }
    return total;
  }
}
