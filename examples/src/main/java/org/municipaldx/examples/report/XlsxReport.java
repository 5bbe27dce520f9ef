package org.municipaldx.examples.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.municipaldx.dataset.report.DatasetReport;

/**
 * Writes a report's tables as an Excel workbook ({@code .xlsx}), one sheet per table, so
 * an office can keep working on the figures in Excel: numbers are number cells (counts, exact
 * minutes, hours as printed under the report's rounding policy, budgets in yen), percentages are
 * fractions shown with a {@code 0.0%} format, yes/no are booleans, and each sheet has a bold header
 * row, frozen, with an auto-filter. Text that the report states with a unit or a mark (a headline
 * figure {@code 321件}, a change {@code △1,234}) stays text beside its number where there is one. The
 * numbers come from the typed {@link DatasetReport}, the labels from its display view {@link Report}: no
 * printed figure is parsed back.
 *
 * <p>Sheets: 概要 (title, source, rounding, notes), 部局別 (departments and their total), 照合
 * (headline figures against the detail), 取組 (initiatives by hours saved), 5レス (five-less
 * breakdown), 業務量 (workload surveys), ロードマップ (actions by fiscal year), キャッシュレス比率
 * (when the dataset has it) and 数式監査 (formula audit).
 *
 * <p>Written with FastExcel's writer ({@code org.dhatim:fastexcel}, 130 KB plus its 27 KB zip
 * helper), streaming; Apache POI's SXSSF would do the same for about 15 MB of jars in the command
 * line.
 */
public final class XlsxReport {
  private static final String PERCENT = "0.0%";
  private static final String WHOLE = "#,##0";
  private static final String HOURS = "#,##0.0##";

  private XlsxReport() {}

  /**
   * @param typed  the report, not null
   * @param out  where the workbook goes, not null, not closed
   * @throws IOException if writing fails
   */
  public static void write(DatasetReport typed, OutputStream out) throws IOException {
    Report report = Report.of(typed);
    Workbook wb = new Workbook(new NonClosing(out), "municipal-dx", "1.0");
    summary(wb.newWorksheet("概要"), report);
    departments(wb.newWorksheet("部局別"), typed);
    reconciliation(wb.newWorksheet("照合"), report, typed);
    initiatives(wb.newWorksheet("取組"), report, typed);
    fiveLess(wb.newWorksheet("5レス"), report, typed);
    workload(wb.newWorksheet("業務量"), report, typed);
    roadmap(wb.newWorksheet("ロードマップ"), report);
    if (!report.cashlessRatio().isEmpty()) {
      cashless(wb.newWorksheet("キャッシュレス比率"), report.cashlessRatio());
    }
    audit(wb.newWorksheet("数式監査"), report.audit());
    wb.finish();
  }

  /** A sheet being written: a header row, then rows of typed cells. */
  private static final class Sheet {
    final Worksheet ws;
    int row;

    Sheet(Worksheet ws, String... header) {
      this.ws = ws;
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
        ws.style(0, c).bold().set();
        ws.width(c, Math.max(10, Math.min(48, Columns.width(header[c]) + 2)));
      }
      ws.freezePane(0, 1);
      ws.setAutoFilter(0, 0, header.length - 1);
      row = 1;
    }

    /** Writes one row: Long/Integer/BigDecimal as numbers, Boolean, String; null leaves the cell empty. */
    void add(Object... cells) {
      for (int c = 0; c < cells.length; c++) {
        Object v = cells[c];
        if (v == null) {
          continue;
        }
        if (v instanceof Format f) {
          ws.value(row, c, f.value);
          ws.style(row, c).format(f.format).set();
        } else if (v instanceof Number n) {
          ws.value(row, c, n);
          ws.style(row, c).format(WHOLE).set();
        } else if (v instanceof Boolean b) {
          ws.value(row, c, b);
        } else {
          ws.value(row, c, v.toString());
        }
      }
      row++;
    }
  }

  /** A number with its display format. */
  private record Format(BigDecimal value, String format) {}

  /** @return hours as a number cell with a display format */
  static Object hours(BigDecimal hours) {
    return new Format(hours, HOURS);
  }

  /** @return a percentage as a fraction cell shown as {@code 0.0%}, or {@code undefined} for a zero denominator */
  static Object percent(Optional<BigDecimal> percent) {
    return percent.<Object>map(p -> new Format(p.movePointLeft(2), PERCENT)).orElse("undefined");
  }

  private static void summary(Worksheet ws, Report r) {
    Sheet s = new Sheet(ws, "項目", "内容");
    s.add("表題", r.title());
    s.add("団体", r.municipality());
    s.add("団体コード", r.municipalityCode());
    s.add("年度", r.fiscalYear());
    s.add("出典", r.source());
    s.add("時間の丸め", r.rounding());
    for (String n : r.notes()) {
      s.add("注記", n);
    }
    ws.width(1, 100);
  }

  private static void departments(Worksheet ws, DatasetReport r) {
    Sheet s = new Sheet(ws, "部局ブロック", "部局", "手続数", "うちオンライン化済", "手続オンライン化率",
        "申請等件数", "うちオンライン", "申請オンライン利用率", "市民サービス向上（分）", "市民サービス向上（時間）",
        "行政事務効率化等（分）", "行政事務効率化等（時間）", "未見積の取組");
    for (DatasetReport.DepartmentRow d : r.departments()) {
      department(s, d);
    }
    department(s, r.totals());
  }

  private static void department(Sheet s, DatasetReport.DepartmentRow d) {
    s.add(d.block(), d.label(), d.procedures(), d.onlineProcedures(), percent(d.procedureTakeUpPercent()),
        d.applications(), d.onlineApplications(), percent(d.applicationTakeUpPercent()), d.citizenMinutes(),
        hours(d.citizenHours()), d.staffMinutes(), hours(d.staffHours()), d.notEstimated());
  }

  private static void reconciliation(Worksheet ws, Report r, DatasetReport typed) {
    Sheet s = new Sheet(ws, "id", "項目", "資料の値", "明細からの計算", "差", "一致", "計算方法", "単位",
        "資料の値（数値）", "明細からの計算（数値）", "差（数値）");
    for (int i = 0; i < r.reconciliation().size(); i++) {
      Report.Reconciliation c = r.reconciliation().get(i);
      DatasetReport.Reconciliation t = typed.reconciliation().get(i);
      s.add(c.id(), c.label(), c.stated(), c.computed(), c.difference(), c.matches(), c.rule(), t.unit(),
          new Format(t.stated(), HOURS), t.computed().<Object>map(x -> new Format(x, HOURS)).orElse(null),
          t.difference().<Object>map(x -> new Format(x, HOURS)).orElse(null));
    }
  }

  private static void initiatives(Worksheet ws, Report r, DatasetReport typed) {
    Sheet s = new Sheet(ws, "順位", "id", "取組", "部局", "受益者", "区分", "削減時間（分）", "削減時間（時間）",
        "根拠", "再掲");
    for (int n = 0; n < r.initiatives().size(); n++) {
      Report.RankedInitiative i = r.initiatives().get(n);
      s.add(i.rank(), i.id(), i.title(), i.department(), i.beneficiary(), i.status(), i.minutes(),
          hours(typed.initiatives().get(n).hours()), i.provenance(), i.repost());
    }
  }

  private static void fiveLess(Worksheet ws, Report r, DatasetReport typed) {
    Sheet s = new Sheet(ws, "5レス", "category", "削減時間（分）", "削減時間（時間）", "件数");
    for (int n = 0; n < r.fiveLess().rows().size(); n++) {
      Report.FiveLessRow f = r.fiveLess().rows().get(n);
      s.add(f.category(), f.english(), f.minutes(), hours(typed.fiveLess().rows().get(n).hours()), f.items());
    }
    Report.FiveLessRow u = r.fiveLess().untagged();
    s.add(u.category(), u.english(), u.minutes(), hours(typed.fiveLess().untagged().hours()), u.items());
    s.add("合計（重複なし）", "total (each saving once)", r.fiveLess().totalMinutes(), hours(typed.fiveLess().totalHours()), null);
  }

  private static void workload(Worksheet ws, Report r, DatasetReport typed) {
    Sheet s = new Sheet(ws, "部局", "基準年度", "基準年度（時間）", "比較年度", "比較年度（時間）", "増減（時間）",
        "増減（表記）", "増減率", "資料の増減", "資料と一致");
    for (int n = 0; n < r.workload().size(); n++) {
      Report.WorkloadRow w = r.workload().get(n);
      DatasetReport.WorkloadRow t = typed.workload().get(n);
      s.add(w.department(), w.baseline(), w.baselineHours(), w.comparison(), w.comparisonHours(),
          t.changeHours(), w.change(), percent(t.percentChange()), w.statedChange(), w.statedConsistent());
    }
  }

  private static void roadmap(Worksheet ws, Report r) {
    Sheet s = new Sheet(ws, "年度", "項目", "分野", "取組", "予算（円）", "目標年度（★）");
    for (Report.RoadmapYear y : r.roadmap()) {
      for (Report.RoadmapEntry e : y.actions()) {
        s.add(y.fiscalYear(), e.item(), e.track(), e.text(), e.budgetYen(), e.target());
      }
    }
  }

  private static void cashless(Worksheet ws, Map<java.time.YearMonth, BigDecimal> ratio) {
    Sheet s = new Sheet(ws, "年月", "キャッシュレス決済比率");
    ratio.forEach((month, value) -> s.add(month.toString(), new Format(value, "0.0##")));
  }

  private static void audit(Worksheet ws, Report.AuditSummary a) {
    Sheet s = new Sheet(ws, "数式の数", "不一致", "所見");
    List<String> findings = a.findings();
    s.add(a.formulas(), a.inconsistent(), findings.isEmpty() ? null : findings.get(0));
    for (int i = 1; i < findings.size(); i++) {
      s.add(null, null, findings.get(i));
    }
    ws.width(2, 100);
  }

  /** FastExcel closes the stream it writes to when it finishes; the caller owns it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
