package org.municipaldx.examples.report;

/**
 * Pads text to a column width on a terminal, where CJK ideographs, kana and full-width forms take
 * two cells (Unicode East Asian Width W/F; ambiguous characters such as △ take one). Hand-written:
 * the JDK has no East Asian Width table, and a dependency for these few ranges is not worth it.
 */
final class Columns {
  private Columns() {}

  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** @return the text followed by spaces up to the width (never cut) */
  static String left(String s, int width) {
    return s + " ".repeat(Math.max(0, width - width(s)));
  }

  /** @return spaces then the text up to the width (never cut) */
  static String right(String s, int width) {
    return " ".repeat(Math.max(0, width - width(s))) + s;
  }
}
