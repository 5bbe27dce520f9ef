package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The edges of the readings CSV's fast time parser ({@link TimeParser}), each expected value from
 * {@code java.time}: the shortest forms it parses itself (16 bytes, 19 with seconds), the largest
 * field values it accepts (month 12, day 31 or the month's length, hour 23, minute and second 59,
 * offset ±18:00) and the first it leaves to {@code java.time} ({@link TimeParser#SLOW}) or rejects
 * ({@link TimeParser#INVALID}).
 */
class TimeParserRulesTest {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");

  static long parse(TimeParser p, String s) {
    byte[] b = Arrays.copyOf(s.getBytes(StandardCharsets.US_ASCII), 64);
    return p.parse(b, s.length());
  }

  static long local(String s) {
    return LocalDateTime.parse(s).atZone(JST).toInstant().toEpochMilli();
  }

  static long offset(String s) {
    return OffsetDateTime.parse(s).toInstant().toEpochMilli();
  }

  /** The largest values of each field are times; one more is left to java.time (which rejects it). */
  @Test
  void theLargestFieldValuesAreParsedAndOneMoreIsNot() {
    TimeParser p = new TimeParser(JST);
    assertThat(parse(p, "2024-12-31T23:59")).isEqualTo(local("2024-12-31T23:59"));
    assertThat(parse(p, "2024-12-31T23:59:59")).isEqualTo(local("2024-12-31T23:59:59"));
    assertThat(parse(p, "2024-02-29T00:00")).isEqualTo(local("2024-02-29T00:00"));
    assertThat(parse(p, "2024-02-28T00:00")).isEqualTo(local("2024-02-28T00:00"));
    assertThat(parse(p, "2024-04-30T12:00")).isEqualTo(local("2024-04-30T12:00"));
    assertThat(parse(p, "2024-01-01 00:00")).isEqualTo(local("2024-01-01T00:00"));
    for (String s : new String[] {"2024-13-01T00:00", "2024-00-01T00:00", "2024-01-00T00:00", "2024-01-32T00:00",
        "2023-02-29T00:00", "2024-04-31T00:00", "2024-06-01T00:60", "2024-06-01T00:00:60", "2024-06-01T09:0",
        "2024-06-01T09:00:", "2024-06-01T09:00:5", "2024-06-01T09:00Zx", "2024-06-01T09:00+09:00x",
        "2024-06-01T09:00+09", "2024-06-01T09:00 ", "2024-06-01T09:00:00.x", "2024-06-01T09:00:00x",
        "2024-06-01T09:00-0900", "2024-06-01T09:0a", "2024-06-01T0a:00", "2024-06-0aT09:00", "2024-0a-01T09:00",
        "202a-06-01T09:00", "2024-06-01t09:00", "2024_06-01T09:00", "2024-06_01T09:00", "2024-06-01T09_00"}) {
      assertThat(parse(p, s)).as(s).isEqualTo(TimeParser.SLOW);
    }
  }

  /** Offsets: Z, ±hh:mm up to ±18:00, the sign subtracting or adding; beyond ±18:00 or with a non-digit, not a time. */
  @Test
  void offsetsUpToEighteenHours() {
    TimeParser p = new TimeParser(JST);
    assertThat(parse(p, "2024-06-01T09:00Z")).isEqualTo(offset("2024-06-01T09:00Z"));
    assertThat(parse(p, "2024-06-01T09:00+09:30")).isEqualTo(offset("2024-06-01T09:00+09:30"));
    assertThat(parse(p, "2024-06-01T09:00-03:45")).isEqualTo(offset("2024-06-01T09:00-03:45"));
    assertThat(parse(p, "2024-06-01T09:00+18:00")).isEqualTo(offset("2024-06-01T09:00+18:00"));
    assertThat(parse(p, "2024-06-01T09:00-18:00")).isEqualTo(offset("2024-06-01T09:00-18:00"));
    assertThat(parse(p, "2024-06-01T09:00+05:59")).isEqualTo(offset("2024-06-01T09:00+05:59"));
    assertThat(parse(p, "2024-06-01T09:00:30.5-00:00")).isEqualTo(offset("2024-06-01T09:00:30.5Z"));
    for (String s : new String[] {"2024-06-01T09:00+19:00", "2024-06-01T09:00+18:01", "2024-06-01T09:00-18:30",
        "2024-06-01T09:00+09:60", "2024-06-01T09:00+0x:00", "2024-06-01T09:00+09:0x"}) {
      assertThat(parse(p, s)).as(s).isEqualTo(TimeParser.INVALID);
    }
  }

  /**
   * Fractions: one to nine digits, the first three kept (cut, as {@code toEpochMilli} cuts), after a
   * dot or ISO 8601's comma; a fraction needs seconds.
   */
  @Test
  void fractionsAreCutToMilliseconds() {
    TimeParser p = new TimeParser(JST);
    assertThat(parse(p, "2024-06-01T09:00:00.5")).isEqualTo(local("2024-06-01T09:00:00.500"));
    assertThat(parse(p, "2024-06-01T09:00:00.05")).isEqualTo(local("2024-06-01T09:00:00.050"));
    assertThat(parse(p, "2024-06-01T09:00:00.123")).isEqualTo(local("2024-06-01T09:00:00.123"));
    assertThat(parse(p, "2024-06-01T09:00:00.999999999")).isEqualTo(local("2024-06-01T09:00:00.999"));
    assertThat(parse(p, "2024-06-01T09:00:00,25")).isEqualTo(local("2024-06-01T09:00:00.250"));
    assertThat(parse(p, "2024-06-01T09:00:59.001Z")).isEqualTo(offset("2024-06-01T09:00:59.001Z"));
  }

  /**
   * Only the field's own n bytes are read: the reader reuses one buffer, so after a longer field the
   * bytes beyond a 16-byte time (here ':00') are left over and must not be taken for its seconds.
   */
  @Test
  void bytesBeyondTheFieldsLengthAreNotRead() {
    TimeParser p = new TimeParser(JST);
    byte[] b = Arrays.copyOf("2024-06-01T09:00:30".getBytes(StandardCharsets.US_ASCII), 64);
    assertThat(p.parse(b, 19)).isEqualTo(local("2024-06-01T09:00:30"));
    System.arraycopy("2024-06-01T09:01".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 16);
    assertThat(p.parse(b, 16)).isEqualTo(local("2024-06-01T09:01"));
  }

  /**
   * The date, hour and minute of the last field are reused only when the next field's first 16 bytes
   * are the same: a fresh parser does not take 16 zero bytes for a cached prefix, and a field that
   * differs in any of those bytes is parsed again.
   */
  @Test
  void theCachedPrefixIsReusedOnlyForTheSameBytes() {
    TimeParser fresh = new TimeParser(JST);
    assertThat(fresh.parse(new byte[64], 16)).isEqualTo(TimeParser.SLOW);
    TimeParser p = new TimeParser(JST);
    assertThat(parse(p, "2024-06-01T09:00:10")).isEqualTo(local("2024-06-01T09:00:10"));
    assertThat(parse(p, "2024-06-01T09:00:20Z")).isEqualTo(offset("2024-06-01T09:00:20Z"));
    assertThat(parse(p, "2024-06-01T09:01:20")).isEqualTo(local("2024-06-01T09:01:20"));
    assertThat(parse(p, "2024-06-02T09:01:20")).isEqualTo(local("2024-06-02T09:01:20"));
    assertThat(parse(p, "2024-06-02 09:01")).isEqualTo(local("2024-06-02T09:01"));
    assertThat(parse(p, "2024-06-02X09:01")).isEqualTo(TimeParser.SLOW);
    assertThat(parse(p, "2024-06-02 09:01")).isEqualTo(local("2024-06-02T09:01"));
    // the day's offset is kept per day: another zone's parser, another day
    TimeParser utc = new TimeParser(ZoneId.of("UTC"));
    assertThat(parse(utc, "2024-06-01 09:00")).isEqualTo(offset("2024-06-01T09:00Z"));
    assertThat(parse(utc, "1970-01-01 00:00")).isZero();
    assertThat(parse(utc, "1969-12-31 23:59")).isEqualTo(-60_000);
    // days on which Tokyo's offset changed: 1948-05-02 (23 hours, 00:30 does not exist) and 1951-09-09
    // (25 hours, 00:30 happens twice): as java.time places them
    assertThat(parse(p, "1948-05-02 00:30")).isEqualTo(local("1948-05-02T00:30"));
    assertThat(parse(p, "1948-05-02 12:00")).isEqualTo(local("1948-05-02T12:00"));
    assertThat(parse(p, "1948-05-02 12:00:00.5")).isEqualTo(local("1948-05-02T12:00:00.500"));
    assertThat(parse(p, "1951-09-09 00:30")).isEqualTo(local("1951-09-09T00:30"));
    assertThat(parse(p, "1951-09-09 12:00")).isEqualTo(local("1951-09-09T12:00"));
    assertThat(local("1951-09-09T12:00") - local("1951-09-09T00:00")).isEqualTo(13 * 3_600_000L);
  }
}
