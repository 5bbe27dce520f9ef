package org.municipaldx.iot.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The readings CSV's common time forms as epoch milliseconds, parsed from the field's ASCII bytes:
 * {@code yyyy-MM-ddTHH:mm[:ss[.fff…]][Z|±HH:mm]}, also with a space for the {@code T}. Rows of a
 * readings file share their date, hour and minute (64 sensors × 3 quantities at the same minute), so
 * the last field's first 16 bytes ({@code yyyy-MM-ddTHH:mm}) and their local milliseconds are kept:
 * when the next field's first 16 bytes are the same (compared as two 8-byte words), only the tail
 * (seconds, fraction, offset) is parsed. A local time (no offset) is placed in the zone with the
 * zone's offset at the start of its day, kept per day; a day on which the zone's offset changes is
 * computed exactly by {@code java.time}. Anything else (other forms, out-of-range fields) is
 * {@link #SLOW}: the caller parses it with {@code java.time}, which decides.
 *
 * <p>Hand-written because {@code java.time}'s parsers make a {@code String} and several objects per
 * field: IotComplianceBenchmark's profile of the 3 M-row file had the time at 8 % of the reading
 * thread with the date parsed on every row; {@code TimeParserProperties} holds it equal to
 * {@code java.time} on random times. Not thread-safe: one per read (per parsing thread).
 */
final class TimeParser {
  /** The field is not of a form parsed here: parse it with {@code java.time}. */
  static final long SLOW = Long.MIN_VALUE + 1;
  /** The field is not a time (an offset beyond ±18:00, as {@code java.time} rejects it). */
  static final long INVALID = Long.MIN_VALUE;

  private static final long MILLIS_PER_DAY = 86_400_000L;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);

  private final ZoneId zone;
  private boolean cached;
  private long prefix0;
  private long prefix1;
  private long prefixLocal;
  private long lastDay = Long.MIN_VALUE;
  private long lastDayOffset;

  TimeParser(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * {@return epoch milliseconds, {@link #SLOW} or {@link #INVALID}}
   *
   * @param b  the field's bytes from index 0, at least 16 long
   * @param n  the field's length
   */
  long parse(byte[] b, int n) {
    if (n < 16) {
      return SLOW;
    }
    long w0 = (long) LONGS.get(b, 0);
    long w1 = (long) LONGS.get(b, 8);
    long local;
    if (cached && w0 == prefix0 && w1 == prefix1) {
      local = prefixLocal;
    } else {
      if (b[4] != '-' || b[7] != '-' || b[10] != 'T' && b[10] != ' ' || b[13] != ':') {
        return SLOW;
      }
      int y = digits(b, 0, 4);
      int mo = digits(b, 5, 2);
      int d = digits(b, 8, 2);
      int h = digits(b, 11, 2);
      int mi = digits(b, 14, 2);
      if ((y | mo | d | h | mi) < 0 || mo < 1 || mo > 12 || d < 1 || d > 28 && d > lengthOfMonth(y, mo)
          || h > 23 || mi > 59) {
        return SLOW;
      }
      local = epochDay(y, mo, d) * MILLIS_PER_DAY + (h * 3600L + mi * 60L) * 1000L;
      prefix0 = w0;
      prefix1 = w1;
      prefixLocal = local;
      cached = true;
    }
    int i = 16;
    if (i < n && b[i] == ':') {
      if (n < 19) {
        return SLOW;
      }
      int sec = digits(b, 17, 2);
      if (sec < 0 || sec > 59) {
        return SLOW;
      }
      local += sec * 1000L;
      i = 19;
      if (i < n && (b[i] == '.' || b[i] == ',')) {
        i++;
        int k = 0;
        int millis = 0;
        while (i < n && b[i] >= '0' && b[i] <= '9') {
          if (k < 3) {
            millis = millis * 10 + (b[i] - '0');
          }
          k++;
          i++;
        }
        if (k == 0) {
          return SLOW;
        }
        for (; k < 3; k++) {
          millis *= 10;
        }
        local += millis;
      }
    }
    if (i == n) {
      return localToEpoch(local);
    }
    byte c = b[i];
    if (c == 'Z' && i + 1 == n) {
      return local;
    }
    if ((c == '+' || c == '-') && n - i == 6 && b[i + 3] == ':') {
      int oh = digits(b, i + 1, 2);
      int om = digits(b, i + 4, 2);
      // java.time's offsets are at most ±18:00: +18:30 is not an offset (issue 13m: it was read as one)
      if (oh < 0 || om < 0 || oh > 18 || om > 59 || oh == 18 && om > 0) {
        return INVALID;
      }
      long off = (oh * 3600L + om * 60L) * 1000L;
      return c == '+' ? local - off : local + off;
    }
    return SLOW;
  }

  private long localToEpoch(long localMillis) {
    long day = Math.floorDiv(localMillis, MILLIS_PER_DAY);
    if (day != lastDay) {
      try {
        LocalDateTime start = LocalDateTime.ofEpochSecond(day * 86_400L, 0, ZoneOffset.UTC);
        long startEpoch = start.atZone(zone).toInstant().toEpochMilli();
        long endEpoch = start.plusDays(1).atZone(zone).toInstant().toEpochMilli();
        if (endEpoch - startEpoch != MILLIS_PER_DAY) {
          // a day with a change of offset (Asia/Tokyo: the summer times of 1948–1951): exact, slowly
          return LocalDateTime.ofEpochSecond(Math.floorDiv(localMillis, 1000),
              (int) Math.floorMod(localMillis, 1000) * 1_000_000, ZoneOffset.UTC).atZone(zone).toInstant()
              .toEpochMilli();
        }
        lastDay = day;
        lastDayOffset = startEpoch - day * MILLIS_PER_DAY;
      } catch (DateTimeException e) {
        return INVALID;
      }
    }
    return localMillis + lastDayOffset;
  }

  private static int digits(byte[] s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      int c = s[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }

  private static int lengthOfMonth(int y, int m) {
    return java.time.YearMonth.of(y, m).lengthOfMonth();
  }

  private static long epochDay(int y, int m, int d) {
    // Howard Hinnant's days_from_civil
    int yy = m <= 2 ? y - 1 : y;
    long era = Math.floorDiv(yy, 400);
    long yoe = yy - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }
}
