package org.municipaldx.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.municipaldx.core.FiveLess;
import org.municipaldx.dataset.report.DatasetReport;
import org.municipaldx.dataset.report.WiderAreaReport;
import org.municipaldx.metrics.Figures;

/** Renders a {@link WiderAreaReport} as plain text: the members side by side, then the combined column. */
public final class WiderAreaText {
  private static final int LABEL = 26;
  private static final int COLUMN = 20;

  private WiderAreaText() {}

  /** {@return the name of a column: the municipality, or 広域計 for the combined figures} */
  static String name(WiderAreaReport.AreaFigures f) {
    return f.municipality().map(m -> m.japaneseName()).orElse("広域計（合計）");
  }

  /**
   * @param r  the report, not null
   * @return the text, never null
   */
  public static String render(WiderAreaReport r) {
    List<WiderAreaReport.AreaFigures> columns = new ArrayList<>(r.members());
    columns.add(r.combined());
    StringBuilder sb = new StringBuilder();
    sb.append("Wider-area report: ").append(r.members().size()).append(" municipalities\n");
    for (WiderAreaReport.AreaFigures m : r.members()) {
      sb.append("  ").append(name(m)).append(" (").append(m.municipality().orElseThrow().code().value()).append(")  ")
          .append(m.fiscalYear().orElseThrow()).append("  dataset ").append(m.datasetId()).append('\n');
    }
    sb.append("hours rounded under ").append(r.hoursRounding()).append(", percentages under ")
        .append(r.percentRounding()).append("\n\n");

    sb.append("== Side by side ==\n");
    line(sb, "", columns, WiderAreaText::name);
    line(sb, "online/procedures", columns, f -> String.format("%,d/%,d", f.onlineProcedures(), f.procedures()));
    line(sb, "procedure take-up", columns, f -> Report.percent(f.procedureTakeUpPercent()));
    line(sb, "online/applications", columns, f -> String.format("%,d/%,d", f.onlineApplications(), f.applications()));
    line(sb, "application take-up", columns, f -> Report.percent(f.applicationTakeUpPercent()));
    line(sb, "hours saved", columns, f -> Figures.group(f.savedHours()) + "時間");
    line(sb, "not estimated", columns, f -> String.valueOf(f.notEstimated()));
    sb.append("-- hours saved by beneficiary --\n");
    for (int i = 0; i < r.combined().beneficiaries().size(); i++) {
      int row = i;
      DatasetReport.BeneficiaryRow b = r.combined().beneficiaries().get(i);
      line(sb, b.beneficiary().japaneseName(), columns, f -> Figures.group(f.beneficiaries().get(row).hours()) + "時間");
    }
    sb.append("-- hours saved by five-less category (a saving with several tags counts in each) --\n");
    for (int i = 0; i < r.combined().fiveLess().size(); i++) {
      int row = i;
      Optional<FiveLess> c = r.combined().fiveLess().get(i).category();
      line(sb, c.map(FiveLess::japaneseName).orElse("（5レスの記載なし）"), columns,
          f -> Figures.group(f.fiveLess().get(row).hours()) + "時間");
    }
    sb.append('\n');

    sb.append("== Reconciliation per member ==\n");
    for (WiderAreaReport.MemberReconciliation m : r.reconciliation()) {
      sb.append(m.municipality().japaneseName()).append(": ").append(m.matching()).append(" agree, ")
          .append(m.differing()).append(" differ\n");
      for (DatasetReport.Reconciliation c : m.entries()) {
        sb.append(c.matches() ? "  ok  " : "  !=  ").append(Columns.left(c.label(), 34)).append(" stated ")
            .append(Figures.group(c.stated())).append(c.unit()).append("  computed ")
            .append(c.computed().map(x -> Figures.group(x) + c.unit()).orElse("n/a")).append("  difference ")
            .append(c.difference().map(d -> (d.signum() > 0 ? "+" : "") + Figures.triangle(d) + c.unit()).orElse("n/a"))
            .append('\n').append("        ").append(c.rule().description()).append('\n');
      }
    }
    sb.append('\n');
    sb.append("Notes:\n");
    for (String n : r.notes()) {
      sb.append("  - ").append(n).append('\n');
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, List<WiderAreaReport.AreaFigures> columns,
      java.util.function.Function<WiderAreaReport.AreaFigures, String> cell) {
    sb.append(Columns.left(label, LABEL));
    for (WiderAreaReport.AreaFigures f : columns) {
      sb.append(' ').append(Columns.right(cell.apply(f), COLUMN));
    }
    sb.append('\n');
  }

  static BigDecimal orZero(Optional<BigDecimal> v) {
    return v.orElse(BigDecimal.ZERO);
  }
}
