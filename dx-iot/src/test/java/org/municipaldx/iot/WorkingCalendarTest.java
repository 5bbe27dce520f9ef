package org.municipaldx.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.InputException;
import org.municipaldx.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The rules of {@link WorkingCalendar}: weekends, holidays, the year-end closure, the holiday file. */
class WorkingCalendarTest {
  private static final LocalDate SUBSTITUTE_HOLIDAY = LocalDate.of(2024, 5, 6); // a Monday
  private static final WorkingCalendar ONE_HOLIDAY = WorkingCalendar.of(Set.of(SUBSTITUTE_HOLIDAY));

  private static WorkingCalendar parse(String text) {
    return WorkingCalendar.parse(text.getBytes(StandardCharsets.UTF_8), "holidays.csv");
  }

  @Test
  void weekendsAndGivenHolidaysAreNotWorkingDays() {
    assertThat(ONE_HOLIDAY.isWorkingDay(LocalDate.of(2024, 5, 7))).isTrue(); // Tuesday
    assertThat(ONE_HOLIDAY.isWorkingDay(SUBSTITUTE_HOLIDAY)).isFalse();
    assertThat(ONE_HOLIDAY.isWorkingDay(LocalDate.of(2024, 5, 4))).isFalse(); // Saturday
    assertThat(ONE_HOLIDAY.isWorkingDay(LocalDate.of(2024, 5, 5))).isFalse(); // Sunday
  }

  @Test
  void theYearEndClosureRunsFrom29DecemberTo3January() {
    // 地方自治法 第4条の2: 12月29日から翌年の1月3日まで; every date below is a weekday
    assertThat(ONE_HOLIDAY.isWorkingDay(LocalDate.of(2023, 12, 28))).isTrue();
    assertThat(ONE_HOLIDAY.isWorkingDay(LocalDate.of(2023, 12, 29))).isFalse();
    assertThat(ONE_HOLIDAY.isWorkingDay(LocalDate.of(2024, 1, 3))).isFalse();
    assertThat(ONE_HOLIDAY.isWorkingDay(LocalDate.of(2024, 1, 4))).isTrue();
    // the same days of other months are working days
    assertThat(ONE_HOLIDAY.isWorkingDay(LocalDate.of(2024, 11, 29))).isTrue();
    assertThat(ONE_HOLIDAY.isWorkingDay(LocalDate.of(2024, 2, 2))).isTrue();
  }

  @Test
  void fiscalYear2024HasItsWeekdaysLessTheClosureAndTheHolidays() {
    // 1 April 2024 to 31 March 2025: 261 weekdays, 5 of them in the closure (30 Dec to 3 Jan), 1 holiday
    assertThat(ONE_HOLIDAY.workingDays(FiscalYear.of(2024))).isEqualTo(255);
  }

  @Test
  void aHolidayOnTheFirstOrLastDayOfTheFiscalYearCoversIt() {
    WorkingCalendar first = WorkingCalendar.of(Set.of(LocalDate.of(2024, 4, 1)));
    WorkingCalendar last = WorkingCalendar.of(Set.of(LocalDate.of(2025, 3, 31)));
    assertThat(first.workingDays(FiscalYear.of(2024))).isEqualTo(255);
    assertThat(last.workingDays(FiscalYear.of(2024))).isEqualTo(255);
  }

  @Test
  void aCalendarWithNoHolidayInTheFiscalYearDoesNotCoverIt() {
    for (LocalDate outside : new LocalDate[] {LocalDate.of(2024, 3, 31), LocalDate.of(2025, 4, 1)}) {
      WorkingCalendar c = WorkingCalendar.of(Set.of(outside));
      assertThatThrownBy(() -> c.workingDays(FiscalYear.of(2024)))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.type()).isEqualTo("WorkingCalendar");
            assertThat(e.field()).isEqualTo("holidays");
            assertThat(e.rule()).contains("none falls from 2024-04-01 to 2025-03-31");
          });
    }
  }

  @Test
  void theHolidayFileGivesOneDatePerLineInEitherNotationAndSkipsOtherLines() {
    WorkingCalendar c = parse("国民の祝日・休日月日,国民の祝日・休日名称\n2024/5/6,休日\n\"2024-11-04\",休日\n"
        + "2024/2/11\nnot a date\n");
    assertThat(c.holidays()).containsExactly(LocalDate.of(2024, 2, 11), SUBSTITUTE_HOLIDAY, LocalDate.of(2024, 11, 4));
    assertThat(c.isWorkingDay(LocalDate.of(2024, 11, 4))).isFalse();
    assertThat(c).hasToString("WorkingCalendar{3 holidays}");
  }

  @Test
  void theCabinetOfficeFileInWindows31JIsRead() {
    Charset sjis = Charset.forName("windows-31j");
    WorkingCalendar c = WorkingCalendar.parse("国民の祝日・休日月日,国民の祝日・休日名称\r\n2024/5/6,休日\r\n".getBytes(sjis), "syukujitsu.csv");
    assertThat(c.holidays()).containsExactly(SUBSTITUTE_HOLIDAY);
  }

  @Test
  void aByteOrderMarkOpensOnlyTheFirstLine() {
    // the decoder drops one UTF-8 BOM; a second one at the start of the text is dropped too
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "\uFEFF2024/5/6\n\uFEFF2024/5/7\n2024/5/8\n".getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(text, 0, file, bom.length, text.length);
    WorkingCalendar c = WorkingCalendar.parse(file, "holidays.csv");
    // the mark inside the file is not at the start of the text: that line does not start with a date
    assertThat(c.holidays()).containsExactly(SUBSTITUTE_HOLIDAY, LocalDate.of(2024, 5, 8));
  }

  @Test
  void anImpossibleDateIsRejectedWithItsLine() {
    assertThatThrownBy(() -> parse("2024/5/6\n2024/2/11\n2024/2/30,x\n"))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.where().source()).isEqualTo("holidays.csv");
          assertThat(e.where().line()).hasValue(3);
          assertThat(e.why()).startsWith("'2024/2/30,x' is not a date: ");
        });
  }

  @Test
  void aFileWithNoDateIsRejected() {
    assertThatThrownBy(() -> parse("国民の祝日・休日月日,国民の祝日・休日名称\n"))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.where().source()).isEqualTo("holidays.csv");
          assertThat(e.where().line()).isEmpty();
          assertThat(e.why()).isEqualTo("a holiday calendar, but no line starts with a date (yyyy/M/d)");
        });
  }

  @Test
  void theHolidaysAreACopyInDateOrderThatCannotBeChanged() {
    java.util.HashSet<LocalDate> given = new java.util.HashSet<>(Set.of(LocalDate.of(2024, 11, 4), SUBSTITUTE_HOLIDAY));
    WorkingCalendar c = WorkingCalendar.of(given);
    given.clear();
    assertThat(c.holidays()).containsExactly(SUBSTITUTE_HOLIDAY, LocalDate.of(2024, 11, 4));
    assertThatThrownBy(() -> c.holidays().add(LocalDate.of(2024, 1, 1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> WorkingCalendar.of(null)).isInstanceOf(NullPointerException.class).hasMessage("holidays");
  }
}
