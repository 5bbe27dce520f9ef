package org.municipaldx.examples.output;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.lpp.UplinkProblem;
import org.municipaldx.iot.standard.Judgement;

/**
 * {@code dx iot compliance --format json}: the environmental compliance report. Immutable.
 *
 * @param standard  the standard judged against
 * @param periodKind  the kind of period of each row: {@code DAY}, {@code MONTH} or {@code FISCAL_YEAR}
 * @param timeZone  the zone that cuts days, e.g. {@code Asia/Tokyo}
 * @param windowStart  the first reading's time, when any
 * @param windowEnd  the last reading's time, when any
 * @param readings  the readings counted
 * @param rounding  how means and coverage were rounded
 * @param input  what the input files held
 * @param rows  one row per location and period
 * @param problems  the undecodable uplinks kept
 * @param problemsNotListed  problems counted but not listed
 * @param movelessSaving  the moveless saving
 */
public record IotComplianceOutput(Standard standard, String periodKind, String timeZone, Optional<Instant> windowStart,
    Optional<Instant> windowEnd, long readings, RoundingUsed rounding, Input input, List<Row> rows, List<Problem> problems,
    long problemsNotListed, MovelessSaving movelessSaving) {

  /**
   * @param id  the standard's id
   * @param japaneseName  display string: its Japanese name
   */
  public record Standard(String id, String japaneseName) {}

  /**
   * @param mean  the rounding of every {@code mean}
   * @param coverage  the rounding of every {@code coverage}
   */
  public record RoundingUsed(Rounding mean, Rounding coverage) {}

  /**
   * @param lines  lines read
   * @param bytes  bytes read
   * @param uplinks  uplinks decoded
   * @param retransmissions  retransmissions dropped
   * @param otherMessages  other messages skipped
   * @param problems  undecodable uplinks
   */
  public record Input(long lines, long bytes, long uplinks, long retransmissions, long otherMessages, long problems) {}

  /**
   * @param location  the location key, e.g. {@code 本庁舎/1F/市民課窓口}
   * @param period  the period, e.g. {@code 2024-06-01}, {@code 2024-06} or {@code FY2024}
   * @param sensors  the sensors at the location
   * @param complies  whether every judged quantity complies; absent when nothing was judged
   * @param observedSeconds  the part of the period inside the data's window, in seconds (exact, to the millisecond)
   * @param coverage  the share not silent, 0 to 1, when known
   * @param quantities  one entry per quantity measured
   * @param gaps  the silences
   */
  public record Row(String location, String period, List<String> sensors, Optional<Boolean> complies,
      BigDecimal observedSeconds, Optional<BigDecimal> coverage, List<QuantityEntry> quantities, List<GapEntry> gaps) {}

  /**
   * @param quantity  the quantity (constant name)
   * @param japaneseName  display string: its Japanese name
   * @param unit  its unit
   * @param count  readings
   * @param min  the lowest reading, when any
   * @param max  the highest reading, when any
   * @param mean  the mean, when any reading
   * @param judgement  how the standard judges it, when it has a limit
   * @param judged  readings or days judged
   * @param outOfRange  readings or days out of range
   * @param timeOutOfRangeSeconds  the time out of range, seconds, when known
   * @param complies  whether it complies, absent when nothing was judged
   * @param limits  the standard's limits for it
   * @param spans  the exceedance spans listed: the first by start, at most {@code --max-spans}
   * @param spanCount  all the exceedance spans, listed or not
   * @param spansNotListed  the spans not in {@code spans} ({@code dx iot compliance --spans FILE} writes every one)
   * @param longestSpanSeconds  the longest span's duration, seconds, when any span
   */
  public record QuantityEntry(Quantity quantity, String japaneseName, String unit, long count, Optional<BigDecimal> min,
      Optional<BigDecimal> max, Optional<BigDecimal> mean, Optional<Judgement> judgement, long judged, long outOfRange,
      Optional<BigDecimal> timeOutOfRangeSeconds, Optional<Boolean> complies, List<LimitEntry> limits, List<SpanEntry> spans,
      long spanCount, long spansNotListed, Optional<BigDecimal> longestSpanSeconds) {}

  /**
   * @param lower  the lower bound, when any
   * @param upper  the upper bound, when any
   * @param ruleText  display string: the rule as a sentence
   * @param judgement  how it is judged
   * @param effectiveFrom  first day in force, when limited
   * @param effectiveUntil  last day in force, when limited
   * @param source  the law or standard that sets it
   */
  public record LimitEntry(Optional<BigDecimal> lower, Optional<BigDecimal> upper, String ruleText, Judgement judgement,
      Optional<LocalDate> effectiveFrom, Optional<LocalDate> effectiveUntil, String source) {}

  /**
   * @param sensor  the sensor id
   * @param above  true above the upper bound, false below the lower
   * @param start  the first reading out of range
   * @param end  the last reading out of range
   * @param day  the day judged, for a daily average
   * @param readings  readings in the span
   * @param worst  the value farthest outside, or the day's mean
   * @param ruleText  display string: the rule broken
   */
  public record SpanEntry(String sensor, boolean above, Instant start, Instant end, Optional<LocalDate> day,
      long readings, BigDecimal worst, String ruleText) {}

  /**
   * @param sensor  the sensor id
   * @param from  the last reading before the silence
   * @param to  the first reading after it
   * @param seconds  its length, seconds
   */
  public record GapEntry(String sensor, Instant from, Instant to, BigDecimal seconds) {}

  /**
   * @param source  the file
   * @param line  the line (1-based)
   * @param byteOffset  the line's byte offset in the file
   * @param device  the device id, when read
   * @param receivedAt  the time received, when read
   * @param kind  the kind of problem (constant name)
   * @param pointer  the JSON pointer of the bad field
   * @param payloadOffset  the byte offset in the payload, for a payload fault
   * @param message  what is wrong
   */
  public record Problem(String source, long line, long byteOffset, Optional<String> device, Optional<Instant> receivedAt,
      UplinkProblem.Kind kind, String pointer, Optional<Integer> payloadOffset, String message) {}

  /**
   * @param minutesPerPlace  the minutes a walk-round spends per place, when estimated
   * @param places  the places monitored, when estimated
   * @param workingDays  working days a year, when estimated
   * @param minutes  the saving in minutes a year, when estimated
   * @param formula  display string: the saving in the source's notation, when estimated
   * @param reason  why it was not estimated, when not
   */
  public record MovelessSaving(Optional<Long> minutesPerPlace, Optional<Long> places, Optional<Long> workingDays,
      Optional<Long> minutes, Optional<String> formula, Optional<String> reason) {}
}
