package org.municipaldx.examples.output;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.municipaldx.survey.ApproximateCount;
import org.municipaldx.survey.Coverage;
import org.municipaldx.survey.IdentityCheck;

/**
 * {@code dx survey --format json}: the national procedures survey analysed. Counts from the survey are
 * approximate (two significant figures; local-government counts estimated from sample municipalities) and
 * named {@code approximate…}. Immutable.
 *
 * @param file  the survey file
 * @param mode  {@code strict} or {@code survey} (the reader mode)
 * @param procedures  procedures read
 * @param view  {@code national} or {@code local-government}
 * @param by  the dimension grouped by, e.g. {@code ministry}
 * @param note  display string: what "approximate" means here
 * @param groups  the take-up by group
 * @param ungrouped  procedures without a value in the dimension
 * @param total  the take-up of the view
 * @param localGovernmentTotal  the take-up of procedures whose actor or receiver includes local governments
 * @param fiveLess  five-less indicators
 * @param identityChecks  procedures by identity check (constant names)
 * @param timeSavingPotential  the potential from the minutes given, absent when none were given
 * @param coverageGaps  the inventory's gaps, absent without an inventory
 * @param problemCount  problem rows
 * @param problems  every problem row
 */
public record SurveyOutput(String file, String mode, long procedures, String view, String by, String note,
    List<Group> groups, long ungrouped, TakeUp total, TakeUp localGovernmentTotal, FiveLess fiveLess,
    Map<IdentityCheck, Long> identityChecks, Optional<TimeSavingPotential> timeSavingPotential,
    Optional<List<Gap>> coverageGaps, long problemCount, List<Problem> problems) {

  /**
   * @param key  the group's key: a constant name, or the value as written (an office)
   * @param label  display string: the group's Japanese name
   * @param takeUp  its take-up
   */
  public record Group(String key, String label, TakeUp takeUp) {}

  /**
   * @param procedures  procedures
   * @param approximateCases  applications, approximate
   * @param approximateOnlineCases  online applications, approximate
   * @param approximatePercent  online / all as a percentage of approximate counts, rounded as stated; absent when no case
   * @param rounding  how {@code approximatePercent} was rounded
   * @param basis  how the counts were obtained (constant name)
   */
  public record TakeUp(long procedures, long approximateCases, long approximateOnlineCases,
      Optional<java.math.BigDecimal> approximatePercent, Rounding rounding, ApproximateCount.Basis basis) {}

  /**
   * @param procedures  procedures
   * @param counterless  procedures that need no visit
   * @param feeProcedures  procedures with a fee
   * @param cashless  of those, payable cashless
   * @param applications  procedures with an application form
   * @param paperless  of those, paperless
   */
  public record FiveLess(long procedures, long counterless, long feeProcedures, long cashless, long applications,
      long paperless) {}

  /**
   * @param minutesSource  display string: where the minutes per case came from
   * @param approximateMinutes  the total, approximate (from approximate counts)
   * @param procedures  procedures with a saving
   * @param top  the 20 largest
   */
  public record TimeSavingPotential(String minutesSource, long approximateMinutes, long procedures, List<Saving> top) {}

  /**
   * @param procedureId  手続ID
   * @param name  the procedure's name
   * @param ministry  its ministry
   * @param approximateOfflineCases  offline cases, approximate
   * @param minutesPerCase  minutes saved per case
   * @param approximateMinutes  the saving, approximate
   * @param provenance  display string: how the figure was obtained
   */
  public record Saving(String procedureId, String name, String ministry, long approximateOfflineCases,
      long minutesPerCase, long approximateMinutes, String provenance) {}

  /**
   * @param procedureId  手続ID
   * @param name  the procedure's name
   * @param approximateCases  its cases, approximate
   * @param cityStatus  the city's status for it (constant name)
   * @param cityName  the city's own name for it
   * @param minutesPerCase  minutes per case, when given
   * @param approximateMinutes  the saving, approximate, when minutes were given
   */
  public record Gap(String procedureId, String name, long approximateCases, Coverage.CityStatus cityStatus,
      String cityName, Optional<Long> minutesPerCase, Optional<Long> approximateMinutes) {}

  /**
   * @param procedureId  手続ID of the row
   * @param line  the line (1-based)
   * @param column  the column (1-based)
   * @param columnName  display string: the column's Japanese header, when known
   * @param reason  what is wrong
   */
  public record Problem(String procedureId, long line, int column, Optional<String> columnName, String reason) {}
}
