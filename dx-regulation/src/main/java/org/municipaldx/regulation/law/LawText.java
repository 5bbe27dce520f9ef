package org.municipaldx.regulation.law;

import org.municipaldx.core.internal.Text;

/**
 * The form the law parsers ({@link LawNumber#parse}, {@link ProvisionCitation#parse}) read: the text
 * NFKC-normalised, stripped, and without ASCII white space ({@code \s}: space, tab, line breaks, VT, FF) —
 * exactly {@code Text.nfkc(text).strip().replaceAll("\\s+", "")}, which is what they called before. That
 * compiled a regular expression per call and ran the normaliser on texts it leaves alone (nearly all of the
 * survey's: kanji, kana and ASCII): over the national procedures survey's 1,354 distinct law numbers and
 * 2,033 distinct provisions the two cost about a third of the parsers' time (issue 11g, benchmarks/README.md).
 */
final class LawText {
  private LawText() {}

  /** {@return the text in the parsers' form, never null} */
  static String compact(CharSequence text) {
    String s = nfkcStable(text) ? text.toString() : Text.nfkc(text);
    s = s.strip();
    int n = s.length();
    int i = 0;
    while (i < n && !asciiSpace(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!asciiSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@return whether the character is one that {@code \s} matches (Java's default: ASCII only)} */
  static boolean asciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * {@return whether NFKC leaves the text as it is because every character is one NFKC leaves alone and
   * that never combines with the one before it} The characters: ASCII, the ideographic comma and full stop,
   * 々〆〇, hiragana ぁ–ゖ, katakana ァ–ヺ, ・ and ー, and the CJK unified ideographs U+4E00–U+9FFF (not
   * the compatibility ideographs, which NFKC maps). The combining sound marks U+3099/U+309A and the
   * spacing ones U+309B/U+309C, which NFKC changes, are outside these ranges. False for anything else,
   * which then goes through the normaliser ({@code LawTextProperties} checks every character of these
   * ranges against it).
   */
  static boolean nfkcStable(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (!nfkcStable(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean nfkcStable(char c) {
    return c < 0x80
        || c >= 0x4E00 && c <= 0x9FFF
        || c >= 0x3041 && c <= 0x3096
        || c >= 0x30A1 && c <= 0x30FC
        || c >= 0x3001 && c <= 0x3002
        || c >= 0x3005 && c <= 0x3007;
  }
}
