package org.municipaldx.examples.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.roadmap.RoadmapItem;

/**
 * Renders a {@link Report} as one self-contained HTML file: tables plus SVG charts drawn by
 * JFreeChart ({@link SvgCharts}); no scripts, no external resources. Text is escaped by jsoup's
 * document model; Japanese renders with the browser's fonts (the stylesheet lists common Japanese
 * families, then the generic sans-serif).
 */
public final class HtmlReport {
  private static final String CSS = String.join("\n",
      "body{font-family:'Noto Sans CJK JP','Noto Sans JP','IPAexGothic','Hiragino Sans','Yu Gothic',sans-serif;"
          + "margin:2em;color:#222;max-width:70em}",
      "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:.25em .5em}",
      "td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#eef3f8}",
      ".ng{color:#b00020;font-weight:bold}.ok{color:#1b7f3b}figure{margin:1em 0}svg{max-width:100%;height:auto}");

  private HtmlReport() {}

  /** {@return the report's stylesheet, shared by the wider-area report} */
  static String css() {
    return CSS;
  }

  /**
   * @param r  the report, not null
   * @param roadmap  the dataset's roadmap items (for the Gantt chart), not null
   * @return the HTML document, never null
   */
  public static String render(Report r, List<RoadmapItem> roadmap) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset("UTF-8").prettyPrint(false);
    doc.head().appendElement("meta").attr("charset", "UTF-8");
    doc.head().appendElement("title").text(r.title());
    doc.head().appendElement("style").appendChild(new DataNode(CSS));
    Element body = doc.body();
    body.attr("lang", "ja");
    doc.selectFirst("html").attr("lang", "ja");
    body.appendElement("h1").text(r.title());
    body.appendElement("p").text(r.municipality() + "（" + r.municipalityCode() + "） " + r.fiscalYear()
        + " — " + r.source() + " — hours printed under " + r.rounding());

    body.appendElement("h2").text("部局別のオンライン化と削減時間 / Departments");
    Element t = table(body, "部局", "オンライン化済手続", "手続数", "割合", "オンライン申請", "申請件数", "割合", "市民の削減時間", "職員等の削減時間");
    for (Report.DepartmentRow d : r.departments()) {
      deptRow(t, d, false);
    }
    deptRow(t, r.totals(), true);

    Map<String, Long> citizenHours = new LinkedHashMap<>();
    Map<String, BigDecimal> takeUp = new LinkedHashMap<>();
    for (Report.DepartmentRow d : r.departments()) {
      citizenHours.put(d.label(), d.citizenMinutes() + d.staffMinutes());
      if (d.applications() > 0) {
        takeUp.put(d.label(), BigDecimal.valueOf(Math.multiplyExact(d.onlineApplications(), 1000L) / d.applications(), 1));
      }
    }
    chart(body, SvgCharts.bars("部局別の削減時間（時間）", "時間", hoursOf(citizenHours)), "hours-by-department");
    chart(body, SvgCharts.bars("部局別のオンライン申請の割合（%、切り捨て0.1）", "%", takeUp), "take-up-by-department");

    body.appendElement("h2").text("見出しの数値と明細の突合 / Reconciliation");
    Element rec = table(body, "", "項目", "資料の数値", "明細からの計算", "差", "計算方法");
    for (Report.Reconciliation c : r.reconciliation()) {
      Element tr = rec.appendElement("tr");
      tr.appendElement("td").addClass(c.matches() ? "ok" : "ng").text(c.matches() ? "一致" : "不一致");
      tr.appendElement("td").text(c.label());
      tr.appendElement("td").addClass("n").text(c.stated());
      tr.appendElement("td").addClass("n").text(c.computed());
      tr.appendElement("td").addClass("n").text(c.difference());
      tr.appendElement("td").text(c.rule());
    }

    body.appendElement("h2").text("5レス別の削減時間 / Five-less");
    Map<String, Long> fl = new LinkedHashMap<>();
    for (Report.FiveLessRow f : r.fiveLess().rows()) {
      fl.put(f.category(), f.minutes());
    }
    fl.put(r.fiveLess().untagged().category(), r.fiveLess().untagged().minutes());
    chart(body, SvgCharts.bars("5レス別の削減時間（時間、複数タグは各行に計上）", "時間", hoursOf(fl)), "hours-by-five-less");
    body.appendElement("p").text("合計（重複なし）: " + r.fiveLess().totalHours() + "時間");

    if (!r.cashlessRatio().isEmpty()) {
      body.appendElement("h2").text("窓口キャッシュレス決済比率（決済額ベース） / Cashless ratio");
      chart(body, SvgCharts.monthly("月別のキャッシュレス決済比率", "%", r.cashlessRatio()), "cashless-ratio");
    }

    body.appendElement("h2").text("取組の削減時間順 / Initiatives ranked");
    Element it = table(body, "順位", "取組", "部局", "受益者", "区分", "時間", "根拠");
    for (Report.RankedInitiative i : r.initiatives()) {
      Element tr = it.appendElement("tr");
      tr.appendElement("td").addClass("n").text(String.valueOf(i.rank()));
      tr.appendElement("td").text(i.title() + (i.repost() ? "【再掲】" : ""));
      tr.appendElement("td").text(i.department());
      tr.appendElement("td").text(i.beneficiary());
      tr.appendElement("td").text(i.status());
      tr.appendElement("td").addClass("n").text(i.hours());
      tr.appendElement("td").text(i.provenance());
    }

    body.appendElement("h2").text("業務量調査 / Workload surveys");
    Element w = table(body, "部局", "基準年度", "時間", "比較年度", "時間", "増減", "増減率", "資料の増減");
    for (Report.WorkloadRow x : r.workload()) {
      Element tr = w.appendElement("tr");
      tr.appendElement("td").text(x.department());
      tr.appendElement("td").text(x.baseline());
      tr.appendElement("td").addClass("n").text(String.format("%,d", x.baselineHours()));
      tr.appendElement("td").text(x.comparison());
      tr.appendElement("td").addClass("n").text(String.format("%,d", x.comparisonHours()));
      tr.appendElement("td").addClass("n").text(x.change());
      tr.appendElement("td").addClass("n").text(x.percentChange());
      tr.appendElement("td").addClass(Boolean.FALSE.equals(x.statedConsistent()) ? "ng" : "n")
          .text(x.statedChange() == null ? "" : x.statedChange());
    }

    body.appendElement("h2").text("ロードマップ / Roadmap");
    chart(body, SvgCharts.gantt("ロードマップ（年度）", "取組", gantt(roadmap)), "roadmap-gantt");
    for (Report.RoadmapYear y : r.roadmap()) {
      body.appendElement("h3").text(y.fiscalYear() + (y.budgetYen() > 0 ? String.format("（予算 %,d円）", y.budgetYen()) : ""));
      Element ul = body.appendElement("ul");
      for (Report.RoadmapEntry e : y.actions()) {
        ul.appendElement("li").text((e.target() ? "★ " : "") + e.item() + ": " + (e.track().isEmpty() ? "" : "【" + e.track() + "】")
            + e.text() + (e.budgetYen() == null ? "" : String.format("（%,d円）", e.budgetYen())));
      }
    }

    body.appendElement("h2").text("算式の検算 / Formula check");
    body.appendElement("p").text(r.audit().formulas() + " formulas; " + r.audit().inconsistent()
        + " with stated figures that " + r.rounding() + " does not reproduce.");
    Element ul = body.appendElement("ul");
    r.audit().findings().forEach(f -> ul.appendElement("li").text(f));
    body.appendElement("h2").text("注記 / Notes");
    Element notes = body.appendElement("ul");
    r.notes().forEach(n -> notes.appendElement("li").text(n));
    return "<!DOCTYPE html>\n" + doc.outerHtml();
  }

  static List<SvgCharts.GanttBar> gantt(List<RoadmapItem> roadmap) {
    List<SvgCharts.GanttBar> bars = new ArrayList<>();
    for (RoadmapItem item : roadmap) {
      FiscalYear from = null;
      FiscalYear to = null;
      for (var a : item.actions()) {
        from = from == null || a.fiscalYear().isBefore(from) ? a.fiscalYear() : from;
        to = to == null || a.fiscalYear().isAfter(to) ? a.fiscalYear() : to;
      }
      if (item.targetFiscalYear().isPresent()) {
        FiscalYear target = item.targetFiscalYear().get();
        from = from == null ? target : from;
        to = to == null || target.isAfter(to) ? target : to;
      }
      if (from != null) {
        LocalDate start = from.startDate();
        LocalDate end = to.endDate();
        bars.add(new SvgCharts.GanttBar(item.title(), start, end));
      }
    }
    return bars;
  }

  private static Map<String, BigDecimal> hoursOf(Map<String, Long> minutes) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    minutes.forEach((k, v) -> out.put(k, BigDecimal.valueOf(v).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP)));
    return out;
  }

  private static void chart(Element body, String svg, String id) {
    body.appendElement("figure").attr("id", id).appendChild(new DataNode(svg));
  }

  private static Element table(Element body, String... headers) {
    Element t = body.appendElement("table");
    Element tr = t.appendElement("tr");
    for (String h : headers) {
      tr.appendElement("th").text(h);
    }
    return t;
  }

  private static void deptRow(Element t, Report.DepartmentRow d, boolean total) {
    Element tr = t.appendElement("tr");
    Element name = tr.appendElement("td").text(d.label());
    if (total) {
      name.attr("style", "font-weight:bold");
    }
    tr.appendElement("td").addClass("n").text(String.format("%,d", d.onlineProcedures()));
    tr.appendElement("td").addClass("n").text(String.format("%,d", d.procedures()));
    tr.appendElement("td").addClass("n").text(d.procedureTakeUp());
    tr.appendElement("td").addClass("n").text(String.format("%,d", d.onlineApplications()));
    tr.appendElement("td").addClass("n").text(String.format("%,d", d.applications()));
    tr.appendElement("td").addClass("n").text(d.applicationTakeUp());
    tr.appendElement("td").addClass("n").text(d.citizenHours());
    tr.appendElement("td").addClass("n").text(d.staffHours());
  }
}
