package org.municipaldx.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.municipaldx.iot.aggregate.Gap;
import org.municipaldx.iot.lpp.UplinkProblem;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.lpp.UplinkReader;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.report.LocationPeriod;
import org.municipaldx.iot.report.QuantityRow;
import org.municipaldx.iot.report.Span;
import org.municipaldx.iot.standard.Judgement;
import org.municipaldx.iot.standard.Limit;
import org.municipaldx.metrics.Figures;

/** The compliance report as one self-contained HTML file (no script, no outside resource). */
final class IotComplianceHtml {
  private IotComplianceHtml() {}

  private static String e(Object o) {
    return Entities.escape(String.valueOf(o));
  }

  static String render(ComplianceTable t, List<UplinkReader.Result> results, UplinkProblems problems, String saving) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>")
        .append(e(t.standard().japaneseName())).append(" — compliance</title><style>")
        .append("body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;margin:.5em 0 1.5em}")
        .append("td,th{border:1px solid #bbb;padding:2px 6px;text-align:right}td.l,th.l{text-align:left}")
        .append(".ng{background:#fdd}.ok{background:#dfd}.na{background:#eee}</style></head><body>\n");
    h.append("<h1>").append(e(t.standard().japaneseName())).append("</h1>\n<p>Rows per ")
        .append(e(t.periodKind().name().toLowerCase(java.util.Locale.ROOT))).append("; days cut at midnight ")
        .append(e(t.zone().getId())).append(". Data ")
        .append(e(t.windowStart().map(IotComplianceCommand::local).orElse("—"))).append(" … ")
        .append(e(t.windowEnd().map(IotComplianceCommand::local).orElse("—"))).append(" (JST), ")
        .append(e(Figures.group(t.readings()))).append(" readings from ")
        .append(e(Figures.group(results.stream().mapToLong(UplinkReader.Result::uplinks).sum()))).append(" uplinks, ")
        .append(e(Figures.group(results.stream().mapToLong(UplinkReader.Result::retransmissions).sum())))
        .append(" retransmissions counted once, ").append(e(Figures.group(problems.total())))
        .append(" messages not used.</p>\n");
    h.append("<table><tr><th class=l>location</th><th class=l>period</th><th>judgement</th><th>coverage</th>");
    h.append("<th class=l>quantity</th><th>readings</th><th>min</th><th>max</th><th>mean</th><th class=l>rule</th>")
        .append("<th>judged</th><th>out of range</th><th>time out</th><th>spans</th><th>silences</th></tr>\n");
    Map<String, Integer> sources = new LinkedHashMap<>();
    for (LocationPeriod r : t.rows()) {
      int n = Math.max(1, r.quantities().size());
      String cls = r.complies().map(c -> c ? "ok" : "ng").orElse("na");
      h.append("<tr><td class=l rowspan=").append(n).append('>').append(e(r.location().key())).append("</td><td class=l rowspan=")
          .append(n).append('>').append(e(r.period())).append("</td><td class=").append(cls).append(" rowspan=").append(n)
          .append('>').append(r.complies().map(c -> c ? "適合" : "不適合").orElse("—")).append("</td><td rowspan=")
          .append(n).append('>').append(e(r.coverage().map(c -> c.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN)
              + "%").orElse("unknown"))).append("</td>");
      if (r.quantities().isEmpty()) {
        h.append("<td class=l colspan=10>no readings</td><td>").append(r.gaps().size()).append("</td></tr>\n");
        continue;
      }
      boolean first = true;
      for (QuantityRow q : r.quantities()) {
        if (!first) {
          h.append("<tr>");
        }
        String rule = q.limits().stream().map((Limit l) -> l.describe() + " [" + sources.computeIfAbsent(l.source(),
            k -> sources.size() + 1) + "]").reduce((a, b) -> a + ", " + b).orElse("no limit")
            + (q.judgement().orElse(null) == Judgement.DAILY_AVERAGE ? " 日平均" : "");
        h.append("<td class=l>").append(e(q.quantity().japaneseName())).append("</td><td>")
            .append(e(Figures.group(q.count()))).append("</td><td>").append(e(q.min().map(BigDecimal::toPlainString)
                .orElse("—"))).append("</td><td>").append(e(q.max().map(BigDecimal::toPlainString).orElse("—")))
            .append("</td><td>").append(e(q.mean(2).map(BigDecimal::toPlainString).orElse("—")))
            .append("</td><td class=l>").append(e(rule)).append("</td><td>").append(q.judged()).append("</td><td class=")
            .append(q.complies().map(c -> c ? "ok" : "ng").orElse("na")).append('>').append(q.outOfRange())
            .append("</td><td>").append(e(q.judgement().orElse(null) == Judgement.PER_READING
                ? q.timeOutOfRange().map(IotComplianceCommand::hm).orElse("unknown") : "—"))
            .append("</td><td class=l>");
        for (Span s : q.spans()) {
          h.append(e(s.day().map(d -> d + " mean " + s.worst().toPlainString()).orElse(IotComplianceCommand.local(s.start())
              + "–" + IotComplianceCommand.local(s.end()) + " " + s.worst().toPlainString()))).append("<br>");
        }
        if (q.spanSummary().notListed() > 0) {
          h.append(e("… " + Figures.group(q.spanSummary().notListed()) + " more spans not listed ("
              + Figures.group(q.spanSummary().count()) + " in all, the longest "
              + IotComplianceCommand.hm(q.spanSummary().longest().orElseThrow()) + ")"));
        }
        h.append("</td>");
        if (first) {
          h.append("<td class=l rowspan=").append(n).append('>');
          for (Gap g : r.gaps()) {
            h.append(e(g.sensorId() + " " + IotComplianceCommand.local(g.from()) + "–" + IotComplianceCommand.local(g.to())))
                .append("<br>");
          }
          h.append("</td>");
        }
        h.append("</tr>\n");
        first = false;
      }
    }
    h.append("</table>\n<h2>Sources of the thresholds</h2><ol>");
    sources.keySet().forEach(s -> h.append("<li>").append(e(s)).append("</li>"));
    h.append("</ol>\n");
    if (problems.total() > 0) {
      h.append("<h2>Messages not used (").append(e(Figures.group(problems.total()))).append(")</h2><table><tr>")
          .append("<th class=l>source</th><th>line</th><th>byte</th><th class=l>device</th><th class=l>received</th>")
          .append("<th class=l>kind</th><th class=l>why</th></tr>\n");
      for (UplinkProblem p : problems.kept().subList(0, Math.min(1000, problems.kept().size()))) {
        h.append("<tr><td class=l>").append(e(p.source())).append("</td><td>").append(p.line()).append("</td><td>")
            .append(p.byteOffset()).append("</td><td class=l>").append(e(p.deviceId().orElse("—")))
            .append("</td><td class=l>").append(e(p.receivedAt().map(Object::toString).orElse("—")))
            .append("</td><td class=l>").append(e(p.kind())).append("</td><td class=l>").append(e(p.message()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("<p>").append(e(saving)).append("</p>\n</body></html>\n");
    return h.toString();
  }
}
