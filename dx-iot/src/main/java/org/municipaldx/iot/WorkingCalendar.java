package org.municipaldx.iot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.ingest.TextEncoding;

/**
 * The working days of a municipal office: Monday to Friday, less the holidays given (national
 * holidays, 国民の祝日に関する法律, and substitute holidays) and the year-end closure 12月29日 to
 * 1月3日, which municipalities' holiday ordinances set under 地方自治法 第4条の2 (e.g. 郡山市の休日を
 * 定める条例). This library bundles no holiday list: holidays change by law each year, so they are
 * read from a calendar the user gives, such as the Cabinet Office's {@code syukujitsu.csv}
 * (内閣府「国民の祝日」について, Windows-31J, dates like {@code 2024/5/6}). Immutable and thread-safe.
 */
public final class WorkingCalendar {
  private static final Pattern DATE = Pattern.compile("^\\s*\"?(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})\"?\\s*(,|$)");

  private final Set<LocalDate> holidays;

  private WorkingCalendar(Set<LocalDate> holidays) {
    this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
  }

  /**
   * {@return the calendar, never null}
   *
   * @param holidays  the holidays (other than weekends and the year-end closure), not null
   */
  public static WorkingCalendar of(Set<LocalDate> holidays) {
    return new WorkingCalendar(Objects.requireNonNull(holidays, "holidays"));
  }

  /**
   * Reads a holiday list: one holiday per line, the date first ({@code 2024/5/6} or
   * {@code 2024-05-06}), anything after a comma (the name) ignored; lines that do not start with a
   * date (a header) are skipped. UTF-8 (with or without BOM) or Windows-31J.
   *
   * @param bytes  the file's bytes, not null
   * @param source  the name for messages, not null
   * @return the calendar, never null
   * @throws IllegalArgumentException naming the line if a date is impossible (e.g. 2024/2/30) or no date is found
   */
  public static WorkingCalendar parse(byte[] bytes, String source) {
    String text = TextEncoding.decode(bytes, Optional.empty(), source);
    Set<LocalDate> out = new TreeSet<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
      Matcher m = DATE.matcher(line);
      if (!m.find()) {
        continue;
      }
      try {
        out.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      } catch (java.time.DateTimeException e) {
        throw new org.municipaldx.core.InputException(org.municipaldx.core.InputLocation.of(source).atLine(i + 1),
            "'" + line.strip() + "' is not a date: " + e.getMessage(), e);
      }
    }
    if (out.isEmpty()) {
      throw new org.municipaldx.core.InputException(org.municipaldx.core.InputLocation.of(source),
          "a holiday calendar, but no line starts with a date (yyyy/M/d)", null);
    }
    return new WorkingCalendar(out);
  }

  /** {@return the holidays given, in date order, never null} */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  /**
   * {@return whether the office works that day}
   *
   * @param date  a date, not null
   */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek w = date.getDayOfWeek();
    if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY || holidays.contains(date)) {
      return false;
    }
    // 年末年始の休日: 12月29日から翌年の1月3日まで
    int m = date.getMonthValue();
    int d = date.getDayOfMonth();
    return !((m == 12 && d >= 29) || (m == 1 && d <= 3));
  }

  /**
   * {@return the working days from 1 April to 31 March}
   *
   * @param year  the fiscal year, not null
   * @throws IllegalArgumentException if the calendar lists no holiday in that fiscal year (it does
   *     not cover it, and the count would silently include the holidays)
   */
  public long workingDays(FiscalYear year) {
    LocalDate from = year.startDate();
    LocalDate to = year.endDate();
    if (holidays.stream().noneMatch(h -> !h.isBefore(from) && !h.isAfter(to))) {
      throw org.municipaldx.core.internal.Checks.invalid("WorkingCalendar", "holidays", year, "the holidays given do not cover it (none falls from "
          + from + " to " + to + ")");
    }
    long n = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public String toString() {
    return "WorkingCalendar{" + holidays.size() + " holidays}";
  }
}
