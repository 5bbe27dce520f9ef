package org.municipaldx.dataset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.municipaldx.core.FiscalYear;

/**
 * A dated event of the source's histories (行政手続きのオンライン化の沿革, the five-less progress
 * timeline): when as printed, and at most one of fiscal year, month or date when the text gives
 * one. Immutable and thread-safe.
 *
 * @param topic  the history it belongs to, e.g. {@code online-procedures}
 * @param when  when, as printed, e.g. (2008年度), ★2022年2月
 * @param fiscalYear  the fiscal year, if printed as one
 * @param month  the month, if printed as one
 * @param date  the date, if printed as one
 * @param text  what happened
 * @param notes  notes, e.g. a disagreement with another part of the source
 */
public record HistoryEvent(
    @Pattern(regexp = Ids.MODEL_ID_PATTERN, message = "{org.municipaldx.Id.message}") String topic,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String when,
    Optional<FiscalYear> fiscalYear,
    Optional<YearMonth> month,
    Optional<LocalDate> date,
    @NotBlank(message = "{org.municipaldx.NotBlank.message}") String text,
    List<@NotBlank(message = "{org.municipaldx.NotBlank.message}") String> notes) {
  private static final String T = "HistoryEvent";

  /**
   * Validates the event.
   *
   * @param topic  the history it belongs to, e.g. {@code online-procedures}
   * @param when  when, as printed, e.g. (2008年度), ★2022年2月
   * @param fiscalYear  the fiscal year, if printed as one
   * @param month  the month, if printed as one
   * @param date  the date, if printed as one
   * @param text  what happened
   * @param notes  notes, e.g. a disagreement with another part of the source
   * @throws IllegalArgumentException naming the field and the rule
   */
  public HistoryEvent {
    Checks.id(topic, T, "topic");
    Checks.notBlank(Checks.nonNull(when, T, "when"), T, "when");
    fiscalYear = Checks.optional(fiscalYear);
    month = Checks.optional(month);
    date = Checks.optional(date);
    int dated = (fiscalYear.isPresent() ? 1 : 0) + (month.isPresent() ? 1 : 0) + (date.isPresent() ? 1 : 0);
    Checks.check(dated <= 1, T, "fiscalYear/month/date", when, "at most one may be set");
    Checks.notBlank(Checks.nonNull(text, T, "text"), T, "text");
    notes = Checks.strings(notes, T, "notes");
  }
}
