package org.municipaldx.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.initiative.Beneficiary;
import org.municipaldx.dataset.report.DatasetReport;
import org.municipaldx.dataset.report.WiderAreaReport;
import org.municipaldx.metrics.Figures;

/**
 * Renders a {@link WiderAreaReport} as one self-contained HTML file: the members side by side in a table,
 * charts comparing them (take-up, hours saved, hours by beneficiary and by five-less category, drawn by
 * {@link SvgCharts}), and each member's reconciliation.
 */
public final class WiderAreaHtml {
  private WiderAreaHtml() {}

  /**
   * @param r  the report, not null
   * @return the HTML document, never null
   */
  public static String render(WiderAreaReport r) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset("UTF-8").prettyPrint(false);
    doc.head().appendElement("meta").attr("charset", "UTF-8");
    String title = "広域圏のDX比較 / Wider-area report";
    doc.head().appendElement("title").text(title);
    doc.head().appendElement("style").appendChild(new DataNode(HtmlReport.css()));
    doc.selectFirst("html").attr("lang", "ja");
    Element body = doc.body();
    body.appendElement("h1").text(title);
    body.appendElement("p").text("hours rounded under " + r.hoursRounding() + ", percentages under " + r.percentRounding());

    List<WiderAreaReport.AreaFigures> columns = new ArrayList<>(r.members());
    columns.add(r.combined());
    body.appendElement("h2").text("団体別と合計 / Side by side");
    Element t = body.appendElement("table").attr("id", "side-by-side");
    Element head = t.appendElement("tr");
    head.appendElement("th").text("");
    columns.forEach(c -> head.appendElement("th").text(WiderAreaText.name(c)));
    row(t, "年度", columns, c -> c.fiscalYear().map(Object::toString).orElse("（年度が異なる）"));
    row(t, "オンライン化済手続 / 手続数", columns, c -> String.format("%,d / %,d", c.onlineProcedures(), c.procedures()));
    row(t, "手続のオンライン化率", columns, c -> Report.percent(c.procedureTakeUpPercent()));
    row(t, "オンライン申請 / 申請件数", columns, c -> String.format("%,d / %,d", c.onlineApplications(), c.applications()));
    row(t, "申請のオンライン化率", columns, c -> Report.percent(c.applicationTakeUpPercent()));
    row(t, "削減時間", columns, c -> Figures.group(c.savedHours()) + "時間");
    for (int i = 0; i < r.combined().beneficiaries().size(); i++) {
      int n = i;
      row(t, "削減時間（" + r.combined().beneficiaries().get(i).beneficiary().japaneseName() + "）", columns,
          c -> Figures.group(c.beneficiaries().get(n).hours()) + "時間");
    }
    for (int i = 0; i < r.combined().fiveLess().size(); i++) {
      int n = i;
      row(t, "削減時間（" + r.combined().fiveLess().get(i).category().map(FiveLess::japaneseName).orElse("5レスの記載なし") + "）",
          columns, c -> Figures.group(c.fiveLess().get(n).hours()) + "時間");
    }

    body.appendElement("h2").text("比較 / Comparison");
    Map<String, BigDecimal> takeUp = new LinkedHashMap<>();
    Map<String, BigDecimal> saved = new LinkedHashMap<>();
    for (WiderAreaReport.AreaFigures m : r.members()) {
      takeUp.put(WiderAreaText.name(m), WiderAreaText.orZero(m.applicationTakeUpPercent()));
      saved.put(WiderAreaText.name(m), m.savedHours());
    }
    chart(body, SvgCharts.bars("申請のオンライン化率（%）", "%", takeUp), "take-up");
    chart(body, SvgCharts.bars("削減時間（時間）", "時間", saved), "hours-saved");
    for (Beneficiary b : Beneficiary.values()) {
      Map<String, BigDecimal> v = new LinkedHashMap<>();
      r.members().forEach(m -> m.beneficiaries().stream().filter(x -> x.beneficiary() == b).findFirst()
          .ifPresent(x -> v.put(WiderAreaText.name(m), x.hours())));
      if (v.values().stream().anyMatch(x -> x.signum() != 0)) {
        chart(body, SvgCharts.bars("削減時間: " + b.japaneseName() + "（時間）", "時間", v), "beneficiary-" + b.name());
      }
    }
    for (int i = 0; i < r.combined().fiveLess().size(); i++) {
      int n = i;
      DatasetReport.FiveLessRow c = r.combined().fiveLess().get(i);
      if (c.minutes() == 0) {
        continue;
      }
      Map<String, BigDecimal> v = new LinkedHashMap<>();
      r.members().forEach(m -> v.put(WiderAreaText.name(m), m.fiveLess().get(n).hours()));
      String name = c.category().map(FiveLess::japaneseName).orElse("5レスの記載なし");
      chart(body, SvgCharts.bars("削減時間: " + name + "（時間）", "時間", v),
          "five-less-" + c.category().map(Enum::name).orElse("UNTAGGED"));
    }

    body.appendElement("h2").text("団体ごとの照合 / Reconciliation per member");
    for (WiderAreaReport.MemberReconciliation m : r.reconciliation()) {
      body.appendElement("h3").text(m.municipality().japaneseName() + "（" + m.matching() + " 一致, " + m.differing() + " 不一致）");
      Element rt = body.appendElement("table");
      Element h = rt.appendElement("tr");
      for (String s : List.of("", "項目", "記載", "明細から", "差", "計算方法")) {
        h.appendElement("th").text(s);
      }
      for (DatasetReport.Reconciliation c : m.entries()) {
        Element tr = rt.appendElement("tr");
        tr.appendElement("td").addClass(c.matches() ? "ok" : "ng").text(c.matches() ? "一致" : "不一致");
        tr.appendElement("td").text(c.label());
        tr.appendElement("td").addClass("n").text(Figures.group(c.stated()) + c.unit());
        tr.appendElement("td").addClass("n").text(c.computed().map(x -> Figures.group(x) + c.unit()).orElse("n/a"));
        tr.appendElement("td").addClass("n").text(
            c.difference().map(d -> (d.signum() > 0 ? "+" : "") + Figures.triangle(d) + c.unit()).orElse("n/a"));
        tr.appendElement("td").text(c.rule().description());
      }
    }
    body.appendElement("h2").text("注記 / Notes");
    Element notes = body.appendElement("ul");
    r.notes().forEach(n -> notes.appendElement("li").text(n));
    return "<!DOCTYPE html>\n" + doc.outerHtml();
  }

  private static void row(Element t, String label, List<WiderAreaReport.AreaFigures> columns,
      java.util.function.Function<WiderAreaReport.AreaFigures, String> cell) {
    Element tr = t.appendElement("tr");
    tr.appendElement("th").text(label);
    columns.forEach(c -> tr.appendElement("td").addClass("n").text(cell.apply(c)));
  }

  private static void chart(Element body, String svg, String id) {
    body.appendElement("figure").attr("id", id).appendChild(new DataNode(svg));
  }
}
