package org.municipaldx.examples.report;

import java.util.List;

/** Renders a {@link Report} as plain text for a terminal (UTF-8). */
public final class TextReport {
  private TextReport() {}

  /**
   * @param r  the report, not null
   * @return the text, never null
   */
  public static String render(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.title()).append('\n');
    sb.append(r.municipality()).append(" (").append(r.municipalityCode()).append(")  ").append(r.fiscalYear()).append('\n');
    sb.append("source: ").append(r.source()).append('\n');
    sb.append("hours printed under ").append(r.rounding()).append("\n\n");

    sb.append("== Departments: online take-up and hours saved ==\n");
    sb.append(Columns.left("department", 30)).append(String.format(" %17s %8s %23s %8s %14s %14s%n", "online/procs",
        "take-up", "online/applications", "take-up", "citizen h", "staff h"));
    for (Report.DepartmentRow d : r.departments()) {
      row(sb, d);
    }
    row(sb, r.totals());
    sb.append('\n');

    sb.append("== Reconciliation of the headline figures with the detail ==\n");
    for (Report.Reconciliation c : r.reconciliation()) {
      sb.append(c.matches() ? "ok  " : "!=  ").append(Columns.left(c.label(), 36)).append(" stated ")
          .append(Columns.left(c.stated(), 16)).append(" computed ").append(Columns.left(c.computed(), 16))
          .append(" difference ").append(c.difference()).append('\n');
      sb.append("      ").append(c.rule()).append('\n');
    }
    sb.append('\n');

    sb.append("== Initiatives ranked by hours saved ==\n");
    for (Report.RankedInitiative i : r.initiatives()) {
      sb.append(String.format("%3d. %12s時間  %s%s  [%s, %s, %s] %s%n", i.rank(), i.hours(), i.title(),
          i.repost() ? "【再掲】" : "", i.department(), i.beneficiary(), i.status(), i.provenance()));
    }
    sb.append('\n');

    sb.append("== Five-less breakdown (a saving with several tags counts in each row) ==\n");
    for (Report.FiveLessRow f : r.fiveLess().rows()) {
      sb.append(Columns.left(f.category(), 20)).append(String.format(" %14s時間  (%d savings)%n", f.hours(), f.items()));
    }
    Report.FiveLessRow u = r.fiveLess().untagged();
    sb.append(Columns.left(u.category(), 20)).append(String.format(" %14s時間  (%d savings)%n", u.hours(), u.items()));
    sb.append(Columns.left("合計", 20)).append(String.format(" %14s時間  (each saving once)%n%n", r.fiveLess().totalHours()));

    sb.append("== Workload surveys ==\n");
    for (Report.WorkloadRow w : r.workload()) {
      sb.append(Columns.left(w.department(), 30)).append(String.format(" %s %s時間 → %s %s時間  %s (%s)", w.baseline(),
          Columns.right(String.format("%,d", w.baselineHours()), 9), w.comparison(),
          Columns.right(String.format("%,d", w.comparisonHours()), 9), Columns.right(w.change(), 12), w.percentChange()));
      if (w.statedChange() != null) {
        sb.append("  stated ").append(w.statedChange()).append(Boolean.TRUE.equals(w.statedConsistent()) ? " ok" : " DIFFERS");
      }
      sb.append('\n');
    }
    sb.append('\n');

    sb.append("== Roadmap by fiscal year ==\n");
    for (Report.RoadmapYear y : r.roadmap()) {
      sb.append(y.fiscalYear());
      if (y.budgetYen() > 0) {
        sb.append(String.format("  (budgets stated: %,d円)", y.budgetYen()));
      }
      sb.append('\n');
      for (Report.RoadmapEntry e : y.actions()) {
        sb.append("  ").append(e.target() ? "★ " : "- ").append(e.item()).append(": ")
            .append(e.track().isEmpty() ? "" : "【" + e.track() + "】").append(e.text());
        if (e.budgetYen() != null) {
          sb.append(String.format(" (%,d円)", e.budgetYen()));
        }
        sb.append('\n');
      }
    }
    sb.append('\n');

    sb.append("== Formula estimates checked against their stated figures ==\n");
    sb.append(r.audit().formulas()).append(" formulas, ").append(r.audit().inconsistent())
        .append(" with figures that the policy does not reproduce\n");
    lines(sb, r.audit().findings());
    sb.append('\n');
    sb.append("Notes:\n");
    lines(sb, r.notes());
    return sb.toString();
  }

  private static void row(StringBuilder sb, Report.DepartmentRow d) {
    sb.append(Columns.left(d.label(), 30)).append(String.format(" %17s %8s %23s %8s %14s %14s%n",
        String.format("%,d/%,d", d.onlineProcedures(), d.procedures()), d.procedureTakeUp(),
        String.format("%,d/%,d", d.onlineApplications(), d.applications()), d.applicationTakeUp(),
        d.citizenHours(), d.staffHours()));
  }

  private static void lines(StringBuilder sb, List<String> lines) {
    for (String l : lines) {
      sb.append("  - ").append(l).append('\n');
    }
  }
}
