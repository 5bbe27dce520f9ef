package org.municipaldx.ingest.xlsx;

/**
 * Whether a cell's number format shows its number as a date or time: Excel keeps dates as serial
 * numbers, and only the format says a number is one.
 *
 * <p>Built-in formats (ECMA-376 Part 1, §18.8.30 numFmt): 14–22 and 45–47 are dates and times in
 * every locale; 27–36 and 50–58 are the East Asian locales' date formats (in Japanese, e.g. 31 is
 * {@code yyyy"年"m"月"d"日"} and 27 the era form {@code [$-411]ge.m.d}). Custom formats are dates
 * when, with quoted text, escaped characters and bracketed sections ({@code [Red]},
 * {@code [$-411]}) removed, they contain a date or time letter ({@code y m d h s e g}, or
 * 年 月 日 時 分 秒) and no digit placeholder ({@code 0 # ?}) except a seconds fraction. Elapsed-time
 * formats ({@code [h]:mm}) show durations, not dates, and are not dates here.
 *
 * <p>This is the rule of Apache POI's {@code DateUtil.isADateFormat} in a few lines, written here
 * because FastExcel's reader has none and POI's jars would add about 15 MB to the command line.
 */
final class DateFormats {
  private DateFormats() {}

  static boolean isDate(String formatId, String format) {
    if (formatId != null) {
      try {
        int id = Integer.parseInt(formatId);
        if (id >= 14 && id <= 22 || id >= 45 && id <= 47 || id >= 27 && id <= 36 || id >= 50 && id <= 58) {
          return true;
        }
        if (id < 164 && format == null) {
          return false;
        }
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return format != null && isDateFormat(format);
  }

  static boolean isDateFormat(String format) {
    String f = format.strip();
    if (f.isEmpty() || f.equalsIgnoreCase("General") || f.equals("@")) {
      return false;
    }
    String lower = f.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("[h") || lower.contains("[m") || lower.contains("[s")) {
      return false; // elapsed time: a duration
    }
    boolean dateLetter = false;
    boolean afterSeconds = false;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c == '"') {
        int end = f.indexOf('"', i + 1);
        i = end < 0 ? f.length() : end;
        continue;
      }
      if (c == '\\' || c == '_' || c == '*') {
        i++; // an escaped character, or the character whose width/fill is meant
        continue;
      }
      if (c == '[') {
        int end = f.indexOf(']', i + 1);
        i = end < 0 ? f.length() : end;
        continue;
      }
      if (c == ';') {
        break; // the first section decides
      }
      char l = Character.toLowerCase(c);
      if ("ymdhseg".indexOf(l) >= 0 || "年月日時分秒".indexOf(c) >= 0) {
        dateLetter = true;
        afterSeconds = l == 's' || afterSeconds && (l == '.' || l == '0');
      } else if (c == '0' && afterSeconds) {
        continue; // ss.000: fractions of a second ('.' leaves afterSeconds as the s before it set it)
      } else if (c == '0' || c == '#' || c == '?') {
        return false;
      }
    }
    return dateLetter;
  }
}
