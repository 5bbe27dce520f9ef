package org.municipaldx.iot.ingest;

import org.municipaldx.testsupport.TrialScale;
import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readings CSV's incremental time parser ({@link TimeParser}, which reuses the last field's
 * date, hour and minute when their bytes are the same) gives what {@code java.time} gives: on runs of
 * random times that share prefixes and jump between them, written with {@code T} or a space, with
 * or without seconds and fractions, with {@code Z}, an offset or none (then in Asia/Tokyo, whose
 * summer times of 1948–1951 are in range), across leap days, month and year ends.
 */
class TimeParserProperties {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");

  /** A time and how it is written: 0 local with T, 1 local with a space, 2 Z, 3 an offset. */
  record Written(LocalDateTime local, int form, int offsetMinutes, int fractionDigits, boolean seconds) {
    String text() {
      StringBuilder sb = new StringBuilder(local.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")));
      if (form == 1) {
        sb.setCharAt(10, ' ');
      }
      if (seconds || fractionDigits > 0) {
        sb.append(String.format(":%02d", local.getSecond()));
        if (fractionDigits > 0) {
          String nanos = String.format("%09d", local.getNano());
          sb.append('.').append(nanos, 0, fractionDigits);
        }
      }
      if (form == 2) {
        sb.append('Z');
      } else if (form == 3) {
        ZoneOffset o = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        sb.append(o.getTotalSeconds() == 0 ? "+00:00" : o.getId());
      }
      return sb.toString();
    }

    /** {@return java.time's epoch milliseconds of the text as written (fraction cut, or no seconds)} */
    long expected() {
      String t = text();
      if (form >= 2) {
        return OffsetDateTime.parse(t).toInstant().toEpochMilli();
      }
      return LocalDateTime.parse(t.replace(' ', 'T')).atZone(JST).toInstant().toEpochMilli();
    }
  }

  static final Trials<LocalDateTime> TIMES = Trials.api().alternate(
      // around the year ends, leap days, month ends and Tokyo's summer times
      Trials.api().choose(LocalDateTime.of(2023, 12, 31, 23, 58), LocalDateTime.of(2024, 2, 28, 23, 59),
          LocalDateTime.of(2024, 2, 29, 0, 0), LocalDateTime.of(2000, 2, 29, 12, 0), LocalDateTime.of(1900, 2, 28, 23, 59),
          LocalDateTime.of(2024, 5, 31, 23, 59), LocalDateTime.of(1948, 5, 1, 23, 59), LocalDateTime.of(1951, 9, 8, 0, 30),
          LocalDateTime.of(1969, 12, 31, 23, 59), LocalDateTime.of(2099, 12, 31, 23, 59))
          .flatMap(base -> Trials.api().longs(-3_000_000_000L, 3_000_000_000L)
              .map(ms -> base.plusNanos(ms * 1_000_000L))),
      // anywhere from 1900 to 2099
      Trials.api().longs(-2_208_988_800_000L, 4_102_444_800_000L)
          .map(ms -> LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000), (int) Math.floorMod(ms, 1000) * 1_000_000,
              ZoneOffset.UTC)));

  static final Trials<Written> WRITTEN = TIMES.flatMap(t -> Trials.api().integers(0, 3)
      .flatMap(form -> Trials.api().integers(-12 * 4, 14 * 4)
          .flatMap(quarters -> Trials.api().integers(0, 9)
              .flatMap(digits -> Trials.api().booleans()
                  .map(sec -> new Written(t, form, quarters * 15, digits, sec))))));

  @Test
  void incrementalParseIsJavaTimes() {
    // a run: a time, then times a few seconds to hours after it (sharing the prefix or not), then a jump
    WRITTEN.flatMap(first -> Trials.api().integers(0, 7_200_000).immutableLists()
        .map(steps -> {
          List<Written> run = new ArrayList<>();
          run.add(first);
          LocalDateTime t = first.local();
          for (int ms : steps) {
            t = t.plusNanos(ms % 3 == 0 ? ms % 60_000 * 1_000_000L : ms * 1_000_000L);
            run.add(new Written(t, first.form(), first.offsetMinutes(), first.fractionDigits(), first.seconds()));
          }
          return run;
        }))
        .immutableLists()
        .withLimits(TrialScale.trials(300), TrialScale.limits())
        .supplyTo(runs -> {
          TimeParser p = new TimeParser(JST);
          byte[] b = new byte[64];
          for (List<Written> run : runs) {
            for (Written w : run) {
              String text = w.text();
              byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
              System.arraycopy(ascii, 0, b, 0, ascii.length);
              long got = p.parse(b, ascii.length);
              long want = w.expected();
              assertThat(got).as(text).isEqualTo(want);
            }
          }
        });
  }

  @Test
  void otherFormsAreLeftToJavaTime() {
    TimeParser p = new TimeParser(JST);
    for (String s : new String[] {"2024/6/1 9:00", "2024-06-01T09", "2024-06-01T09:00:0", "2024-06-01T09:00:60",
        "2024-02-30T09:00", "2024-06-01T24:00", "2024-06-01X09:00", "2024-06-01T09:00:00.", "2024-06-01T09:00+0900",
        "2024-06-01T09:00:00 JST"}) {
      byte[] b = java.util.Arrays.copyOf(s.getBytes(StandardCharsets.US_ASCII), 64);
      assertThat(p.parse(b, s.length())).as(s).isEqualTo(TimeParser.SLOW);
    }
    byte[] b = java.util.Arrays.copyOf("2024-06-01T09:00:00+19:00".getBytes(StandardCharsets.US_ASCII), 64);
    assertThat(p.parse(b, 25)).isEqualTo(TimeParser.INVALID);
  }
}
