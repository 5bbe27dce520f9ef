package org.municipaldx.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Figures from the survey: take-up by group, the national time-saving potential, five-less
 * indicators and the identity-check mix. All counts are approximate ({@link ApproximateCount}).
 */
public final class SurveyAnalytics {
  private SurveyAnalytics() {}

  /**
   * {@return take-up by group, largest first}
   *
   * @param <K>  the group key
   * @param procedures  the procedures, not null
   * @param dimension  how to group, not null
   */
  public static <K> Map<K, ApproximateTakeUp> takeUpBy(Iterable<SurveyProcedure> procedures, Dimension<K> dimension) {
    TakeUpTable<K> t = TakeUpTable.by(dimension);
    procedures.forEach(t);
    return t.groups();
  }

  /**
   * The national time-saving potential: for each procedure with a minutes figure and cases not
   * online, those cases × the minutes, largest first. Procedures without a figure are left out
   * (never given invented minutes).
   *
   * @param procedures  the procedures, not null
   * @param minutes  the caller's minutes per case, not null
   * @return the savings, largest first, never null
   */
  public static List<TimeSaving> timeSavingPotential(Iterable<SurveyProcedure> procedures, MinutesPerCase minutes) {
    Objects.requireNonNull(minutes, "minutes");
    List<TimeSaving> out = new ArrayList<>();
    for (SurveyProcedure p : procedures) {
      OptionalLong m = minutes.minutes(p);
      if (m.isPresent() && p.offlineCases().approximately() > 0) {
        out.add(TimeSaving.of(p, m.getAsLong(), minutes.source()));
      }
    }
    out.sort(Comparator.comparingLong(TimeSaving::approximateMinutes).reversed().thenComparing(TimeSaving::procedureId));
    return out;
  }

  /**
   * Five-less indicators derived from the survey's columns.
   *
   * @param procedures  how many procedures were looked at
   * @param counterless  procedures online (実施済 or 一部実施済)
   * @param feeProcedures  procedures with a fee (手数料等有り)
   * @param cashless  of those, procedures offering an online payment method (2-x)
   * @param applications  procedures of type 1 申請等
   * @param paperless  of those, procedures without paper attachments (none, abolished, or electronic only)
   */
  public record FiveLess(long procedures, long counterless, long feeProcedures, long cashless, long applications,
      long paperless) {}

  /**
   * {@return the five-less indicators, never null}
   *
   * @param procedures  the procedures, not null
   */
  public static FiveLess fiveLess(Iterable<SurveyProcedure> procedures) {
    long n = 0;
    long counterless = 0;
    long fee = 0;
    long cashless = 0;
    long applications = 0;
    long paperless = 0;
    for (SurveyProcedure p : procedures) {
      n++;
      if (p.isOnline()) {
        counterless++;
      }
      if (p.fee().filter(f -> f == FeeRequirement.FEE).isPresent()) {
        fee++;
        if (p.offersOnlinePayment()) {
          cashless++;
        }
      }
      if (p.type().filter(t -> t == ProcedureType.APPLICATION).isPresent()) {
        applications++;
        if (p.isPaperless()) {
          paperless++;
        }
      }
    }
    return new FiveLess(n, counterless, fee, cashless, applications, paperless);
  }

  /**
   * The identity-check mix the analog-regulation review targets (押印, 署名 …): how many procedures
   * name each method (a procedure may name several).
   *
   * @param procedures  the procedures, not null
   * @return procedures by method, in the code list's order, never null
   */
  public static Map<IdentityCheck, Long> identityCheckMix(Iterable<SurveyProcedure> procedures) {
    Map<IdentityCheck, Long> mix = new EnumMap<>(IdentityCheck.class);
    for (SurveyProcedure p : procedures) {
      p.identityChecks().forEach(c -> mix.merge(c, 1L, Long::sum));
    }
    return mix;
  }
}
