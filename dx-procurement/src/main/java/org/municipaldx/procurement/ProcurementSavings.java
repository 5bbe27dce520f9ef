package org.municipaldx.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.estimate.LumpSumEstimate;
import org.municipaldx.core.internal.Checks;

/**
 * The time savings of digital procurement as dx-core estimates, so that they render in the seed's
 * notation: built either from counts (as the seed states them) or from contracting-process records.
 *
 * <ul>
 *   <li>e-bidding, bidders' travel: {@code 120分×5者×1,166件} — minutes per trip × bidders per
 *       process × processes;</li>
 *   <li>e-bidding, staff processing: {@code 45分×1,166件} — minutes per process × processes;</li>
 *   <li>e-contracts: lump sums computed elsewhere (約2,000時間（別途積算）), or minutes per
 *       electronically signed contract × contracts;</li>
 *   <li>remote inspection: {@code 40分×2（往復）×1人×5回×170件} — one-way minutes × round trip ×
 *       attendees × visits per project × projects.</li>
 * </ul>
 *
 * <p>The from-records methods count; they never invent a duration: minutes per trip or per process
 * are the caller's (from a survey), travel minutes come from the site events. Stateless.
 */
public final class ProcurementSavings {
  /** What e-bidding saves bidders (the seed's wording): 入札参加のための移動等の時間（事業者）. */
  public static final String BIDDER_TRAVEL = "入札参加のための移動等の時間（事業者）";

  /** What e-bidding saves staff (the seed's wording): 入札事務の処理時間（職員）. */
  public static final String STAFF_BIDDING = "入札事務の処理時間（職員）";

  /** What remote attendance saves (the seed's wording): 工事立会い等のための移動時間. */
  public static final String REMOTE_ATTENDANCE = "工事立会い等のための移動時間";

  /** The basis the seed gives for the e-contract lump sums: 別途積算 (computed elsewhere). */
  public static final String SEPARATELY_COMPUTED = "別途積算";

  /** The note on the round-trip factor: 往復. */
  public static final String ROUND_TRIP = "往復";

  private static final String TYPE = "ProcurementSavings";

  private ProcurementSavings() {}

  /**
   * E-bidding saves each bidder a trip per process: {@code minutesPerTrip分×bidders者×processes件}.
   *
   * @param minutesPerTrip  minutes a bidder spends per trip, zero or more
   * @param biddersPerProcess  bidders per process, zero or more
   * @param processes  processes per year, zero or more
   * @return the formula, never null
   * @throws IllegalArgumentException if a count is negative or the product overflows
   */
  public static FormulaEstimate eBiddingBidderTravel(long minutesPerTrip, long biddersPerProcess, long processes) {
    return FormulaEstimate.builder()
        .addFactors(Factor.of(minutesPerTrip, "分"), Factor.of(biddersPerProcess, "者"), Factor.of(processes, "件"))
        .description(BIDDER_TRAVEL)
        .build();
  }

  /**
   * E-bidding bidders' travel from records: counts the electronic bids of the e-bidding processes.
   * When every such process has the same number k of electronic bids the formula is
   * {@code minutes分×k者×n件} (n processes), otherwise {@code minutes分×N者} with N the total.
   *
   * @param minutesPerTrip  minutes a bidder spends per trip, zero or more
   * @param processes  the processes, not null
   * @return the formula, never null
   */
  public static FormulaEstimate eBiddingBidderTravel(long minutesPerTrip, Collection<ContractingProcess> processes) {
    Objects.requireNonNull(processes, "processes");
    TreeSet<Long> perProcess = new TreeSet<>();
    long n = 0;
    long total = 0;
    for (ContractingProcess p : processes) {
      if (p.electronicBidding()) {
        n++;
        perProcess.add(p.electronicBidCount());
        total = Math.addExact(total, p.electronicBidCount());
      }
    }
    if (perProcess.size() == 1) {
      return eBiddingBidderTravel(minutesPerTrip, perProcess.first(), n);
    }
    return FormulaEstimate.builder()
        .addFactors(Factor.of(minutesPerTrip, "分"), Factor.of(total, "者"))
        .description(BIDDER_TRAVEL)
        .build();
  }

  /**
   * E-bidding saves staff processing time per process: {@code minutesPerProcess分×processes件}.
   *
   * @param minutesPerProcess  minutes saved per process, zero or more
   * @param processes  processes per year, zero or more
   * @return the formula, never null
   */
  public static FormulaEstimate eBiddingStaffProcessing(long minutesPerProcess, long processes) {
    return FormulaEstimate.builder()
        .addFactors(Factor.of(minutesPerProcess, "分"), Factor.of(processes, "件"))
        .description(STAFF_BIDDING)
        .build();
  }

  /**
   * E-bidding staff processing from records: {@code minutes分×n件} with n the e-bidding processes.
   *
   * @param minutesPerProcess  minutes saved per process, zero or more
   * @param processes  the processes, not null
   * @return the formula, never null
   */
  public static FormulaEstimate eBiddingStaffProcessing(long minutesPerProcess, Collection<ContractingProcess> processes) {
    long n = processes.stream().filter(ContractingProcess::electronicBidding).count();
    return eBiddingStaffProcessing(minutesPerProcess, n);
  }

  /**
   * An e-contract saving computed elsewhere, approximate (約) with basis 別途積算, e.g. the seed's
   * 約2,000時間 for businesses and 約1,850時間 for staff.
   *
   * @param hours  the stated hours, a whole number of minutes, zero or more
   * @param description  what is saved, not blank
   * @return the lump sum, never null
   */
  public static LumpSumEstimate eContractLumpSum(BigDecimal hours, String description) {
    return LumpSumEstimate.builder()
        .hours(hours)
        .approximate(true)
        .basis(SEPARATELY_COMPUTED)
        .description(Checks.notBlank(description, TYPE, "description"))
        .build();
  }

  /**
   * E-contracts from records: {@code minutesPerContract分×n件} with n the contracts signed
   * electronically.
   *
   * @param minutesPerContract  minutes saved per contract (the caller's survey figure), zero or more
   * @param description  what is saved, not blank
   * @param processes  the processes, not null
   * @return the formula, never null
   */
  public static FormulaEstimate eContracts(long minutesPerContract, String description,
      Collection<ContractingProcess> processes) {
    long n = processes.stream()
        .filter(p -> p.contract().map(c -> c.signature() == Channel.ELECTRONIC).orElse(false))
        .count();
    return FormulaEstimate.builder()
        .addFactors(Factor.of(minutesPerContract, "分"), Factor.of(n, "件"))
        .description(Checks.notBlank(description, TYPE, "description"))
        .build();
  }

  /**
   * Remote attendance saves round trips:
   * {@code oneWay分×2（往復）×attendees人×visits回×projects件}.
   *
   * @param oneWayMinutes  one-way travel minutes per person, zero or more
   * @param attendees  staff per visit, zero or more
   * @param visitsPerProject  remote visits per project, zero or more
   * @param projects  projects per year, zero or more
   * @return the formula, never null
   */
  public static FormulaEstimate remoteAttendanceTravel(long oneWayMinutes, long attendees, long visitsPerProject,
      long projects) {
    return FormulaEstimate.builder()
        .addFactors(Factor.of(oneWayMinutes, "分"), Factor.of(2, "", ROUND_TRIP), Factor.of(attendees, "人"),
            Factor.of(visitsPerProject, "回"), Factor.of(projects, "件"))
        .description(REMOTE_ATTENDANCE)
        .build();
  }

  /**
   * Remote attendance from records: the remote site events must share one one-way travel time and
   * one number of attendees (else the formula would misstate them). When every project with remote
   * events has the same number r of them the formula is
   * {@code m分×2（往復）×a人×r回×n件}, otherwise {@code m分×2（往復）×a人×R回} with R the total.
   * With no remote events it is {@code 0分×0回}.
   *
   * @param processes  the processes, not null
   * @return the formula, never null; its minutes equal the sum of
   *     {@link ContractingProcess#travelAvoidedMinutes()}
   * @throws IllegalArgumentException naming the differing values if remote events disagree on travel
   *     minutes or attendees
   */
  public static FormulaEstimate remoteAttendanceTravel(Collection<ContractingProcess> processes) {
    TreeSet<Long> minutes = new TreeSet<>();
    TreeSet<Integer> attendees = new TreeSet<>();
    TreeSet<Long> perProject = new TreeSet<>();
    long projects = 0;
    long total = 0;
    for (ContractingProcess p : processes) {
      long r = 0;
      for (SiteEvent e : p.siteEvents()) {
        if (e.mode() == AttendanceMode.REMOTE) {
          r++;
          minutes.add(e.oneWayTravelMinutes());
          attendees.add(e.attendees());
        }
      }
      if (r > 0) {
        projects++;
        perProject.add(r);
        total = Math.addExact(total, r);
      }
    }
    if (total == 0) {
      return FormulaEstimate.builder().addFactors(Factor.of(0, "分"), Factor.of(0, "回"))
          .description(REMOTE_ATTENDANCE).build();
    }
    Checks.check(minutes.size() == 1, TYPE, "siteEvents.oneWayTravelMinutes", minutes,
        "remote events must share one travel time for one formula; group the records by travel time");
    Checks.check(attendees.size() == 1, TYPE, "siteEvents.attendees", attendees,
        "remote events must share one number of attendees for one formula; group the records by attendees");
    if (perProject.size() == 1) {
      return remoteAttendanceTravel(minutes.first(), attendees.first(), perProject.first(), projects);
    }
    List<Factor> f = new ArrayList<>();
    f.add(Factor.of(minutes.first(), "分"));
    f.add(Factor.of(2, "", ROUND_TRIP));
    f.add(Factor.of(attendees.first(), "人"));
    f.add(Factor.of(total, "回"));
    return FormulaEstimate.builder().addAllFactors(f).description(REMOTE_ATTENDANCE).build();
  }

  /**
   * Adds the figures a source prints after {@code =} (kept as printed, unchecked: dx-metrics'
   * audit reports a disagreement, e.g. the seed's 52,470分=875時間 where 52,470/60 = 874.5).
   *
   * @param formula  the formula, not null
   * @param statedMinutes  the stated minutes, zero or more
   * @param statedHours  the stated hours, zero or more, not null
   * @return a copy of the formula with the stated figures, never null
   */
  public static FormulaEstimate withStated(FormulaEstimate formula, long statedMinutes, BigDecimal statedHours) {
    return FormulaEstimate.builder()
        .addAllFactors(formula.factors())
        .description(formula.description())
        .label(formula.label())
        .breakdownOf(formula.breakdownOf())
        .approximate(formula.approximate())
        .statedMinutes(statedMinutes)
        .statedHours(statedHours)
        .build();
  }
}
