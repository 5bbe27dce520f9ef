package org.municipaldx.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.jsoup.nodes.Entities;
import org.municipaldx.examples.report.SvgCharts;
import org.municipaldx.examples.report.XlsxTable;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.survey.ApproximateTakeUp;
import org.municipaldx.survey.Coverage;
import org.municipaldx.survey.IdentityCheck;
import org.municipaldx.survey.Ministry;
import org.municipaldx.survey.OnlineStatus;
import org.municipaldx.survey.SurveyAnalytics;
import org.municipaldx.survey.SurveyProblem;
import org.municipaldx.survey.SurveyProcedure;
import org.municipaldx.survey.SurveyResult;
import org.municipaldx.survey.TakeUpTable;
import org.municipaldx.survey.TimeSaving;

/**
 * The files {@code dx survey} writes besides its printed output: {@code --html FILE}, one
 * self-contained HTML page with SVG charts drawn by JFreeChart as {@code dx report --html} draws
 * them (no script, no outside resource), and {@code --coverage-xlsx FILE}, the coverage gaps of
 * {@code --inventory} as an Excel workbook (the columns of the CSV, numbers as number cells).
 * Every count on them is approximate (約), as the survey publishes it.
 */
final class SurveyOutputs {
  private static final RoundingPolicy PERCENT = RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH);
  /** The groups a chart shows: the largest by cases (a chart of 300 ministries' bars is unreadable). */
  static final int CHART_GROUPS = 20;

  private SurveyOutputs() {}

  private static String e(Object o) {
    return Entities.escape(String.valueOf(o));
  }

  static void writeHtml(Path file, Path input, boolean strict, boolean local, SurveyResult r, List<SurveyProcedure> view,
      TakeUpTable<?> table, ApproximateTakeUp localTotal, List<TimeSaving> potential, String minutesSource,
      List<Coverage.Gap> gaps) {
    try {
      Files.writeString(file, html(input, strict, local, r, view, table, localTotal, potential, minutesSource, gaps),
          StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
    }
  }

  static String html(Path input, boolean strict, boolean local, SurveyResult r, List<SurveyProcedure> view,
      TakeUpTable<?> table, ApproximateTakeUp localTotal, List<TimeSaving> potential, String minutesSource,
      List<Coverage.Gap> gaps) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>行政手続等の悉皆調査 — ")
        .append(e(input.getFileName())).append("</title><style>")
        .append("body{font-family:sans-serif;margin:1.5em;max-width:1100px}table{border-collapse:collapse;margin:.5em 0 1.5em}")
        .append("td,th{border:1px solid #bbb;padding:2px 6px;text-align:right}td.l,th.l{text-align:left}")
        .append(".note{color:#555}figure{margin:1em 0}</style></head><body>\n");
    h.append("<h1>行政手続等の悉皆調査 (national procedures survey)</h1>\n<p>").append(e(input.getFileName()))
        .append(" (").append(strict ? "strict" : "survey").append(" mode): ").append(e(Figures.group(r.procedures().size())))
        .append(" procedures, ").append(e(Figures.group(r.problems().size()))).append(" problems")
        .append(local ? "; view: local governments (actor or receiver includes 地方等), "
            + e(Figures.group(view.size())) + " procedures" : "").append(".</p>\n<p class=note>Counts are approximate (約): "
            + "the survey gives them to two significant figures and estimates local-government counts from sample "
            + "municipalities. Take-up = Σ online cases / Σ cases, undefined where there are no cases.</p>\n");

    // take-up by the chosen dimension: the largest groups by cases
    List<Map.Entry<?, ApproximateTakeUp>> groups = new ArrayList<>(table.groups().entrySet());
    groups.sort(Comparator.comparingLong((Map.Entry<?, ApproximateTakeUp> g) -> g.getValue().cases().approximately())
        .reversed());
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    Map<String, BigDecimal> cases = new LinkedHashMap<>();
    // the unit by magnitude: the axis would print billions in scientific notation (1.2E9)
    long largest = groups.isEmpty() ? 0 : groups.get(0).getValue().cases().approximately();
    long unit = largest >= 10_000_000 ? 1_000_000 : largest >= 10_000 ? 1_000 : 1;
    String unitName = unit == 1_000_000 ? "百万件" : unit == 1_000 ? "千件" : "件";
    for (Map.Entry<?, ApproximateTakeUp> g : groups.subList(0, Math.min(CHART_GROUPS, groups.size()))) {
      String label = SurveyCommand.label(g.getKey());
      g.getValue().percent(PERCENT).ifPresent(p -> rates.put(label, p));
      cases.put(label, BigDecimal.valueOf(g.getValue().cases().approximately()).divide(BigDecimal.valueOf(unit), 1,
          RoundingMode.HALF_UP));
    }
    String shown = groups.size() > CHART_GROUPS ? " (the " + CHART_GROUPS + " largest of " + groups.size() + " by cases)" : "";
    h.append("<h2>Take-up by ").append(e(table.dimension().japaneseName())).append("</h2>\n");
    if (!rates.isEmpty()) {
      h.append("<figure>").append(SvgCharts.bars("オンライン利用率（約・%）" + shown, "%", rates)).append("</figure>\n");
      h.append("<figure>").append(SvgCharts.bars("総手続件数（約・" + unitName + "）" + shown, unitName, cases)).append("</figure>\n");
    }
    h.append("<table><tr><th class=l>").append(e(table.dimension().japaneseName()))
        .append("</th><th>procedures</th><th>cases (約)</th><th>online (約)</th><th>take-up</th></tr>\n");
    for (Map.Entry<?, ApproximateTakeUp> g : groups) {
      row(h, SurveyCommand.label(g.getKey()), g.getValue());
    }
    row(h, "total", table.total());
    row(h, "local governments (地方等)", localTotal);
    h.append("</table>\n");
    if (table.ungrouped() > 0) {
      h.append("<p>").append(table.ungrouped()).append(" procedures without a value.</p>\n");
    }

    SurveyAnalytics.FiveLess f = SurveyAnalytics.fiveLess(view);
    h.append("<h2>Five-less indicators</h2>\n");
    Map<String, BigDecimal> five = new LinkedHashMap<>();
    share(five, "カウンターレス（オンライン）", f.counterless(), f.procedures());
    share(five, "キャッシュレス（手数料のある手続）", f.cashless(), f.feeProcedures());
    share(five, "ペーパーレス（申請等）", f.paperless(), f.applications());
    if (!five.isEmpty()) {
      h.append("<figure>").append(SvgCharts.bars("5レス: procedures meeting each (%)", "%", five)).append("</figure>\n");
    }
    h.append("<table><tr><th class=l>indicator</th><th>procedures</th><th>of</th></tr>")
        .append("<tr><td class=l>counterless (online)</td><td>").append(f.counterless()).append("</td><td>")
        .append(f.procedures()).append("</td></tr><tr><td class=l>cashless (online payment offered)</td><td>")
        .append(f.cashless()).append("</td><td>").append(f.feeProcedures()).append("</td></tr>")
        .append("<tr><td class=l>paperless (no paper attachments)</td><td>").append(f.paperless()).append("</td><td>")
        .append(f.applications()).append("</td></tr></table>\n");
    Map<IdentityCheck, Long> mix = SurveyAnalytics.identityCheckMix(view);
    if (!mix.isEmpty()) {
      Map<String, Long> m = new LinkedHashMap<>();
      mix.forEach((c, n) -> m.put(c.japaneseName(), n));
      h.append("<h2>Identity checks (本人確認手法)</h2>\n<figure>")
          .append(SvgCharts.bars("本人確認手法: procedures", "procedures", m)).append("</figure>\n");
    }

    if (minutesSource != null) {
      long total = potential.stream().mapToLong(TimeSaving::approximateMinutes).reduce(0, Math::addExact);
      h.append("<h2>Time-saving potential</h2>\n<p>約").append(e(Figures.group(total))).append("分 = 約")
          .append(e(Figures.group(BigDecimal.valueOf(total).divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP))))
          .append("時間 over ").append(potential.size()).append(" procedures (cases not online × minutes; ")
          .append(e(minutesSource)).append(").</p>\n<table><tr><th class=l>手続ID</th><th class=l>name</th>")
          .append("<th class=l>ministry</th><th>cases not online (約)</th><th>min/case</th><th>minutes (約)</th></tr>\n");
      for (TimeSaving s : potential.subList(0, Math.min(50, potential.size()))) {
        h.append("<tr><td class=l>").append(e(s.procedureId())).append("</td><td class=l>").append(e(s.name()))
            .append("</td><td class=l>").append(e(s.ministry())).append("</td><td>")
            .append(e(Figures.group(s.offlineCases().approximately()))).append("</td><td>").append(s.minutesPerCase())
            .append("</td><td>").append(e(Figures.group(s.approximateMinutes()))).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    if (gaps != null) {
      h.append("<h2>Coverage: online nationally, not in this city (").append(gaps.size()).append(")</h2>\n")
          .append("<table><tr><th>#</th><th class=l>手続ID</th><th class=l>name</th><th>cases nationally (約)</th>")
          .append("<th class=l>here</th><th>minutes (約)</th></tr>\n");
      int rank = 0;
      for (Coverage.Gap g : gaps) {
        h.append("<tr><td>").append(++rank).append("</td><td class=l>").append(e(g.procedure().id()))
            .append("</td><td class=l>").append(e(g.procedure().name())).append("</td><td>")
            .append(e(Figures.group(g.procedure().totalCases().approximately()))).append("</td><td class=l>")
            .append(g.cityStatus() == Coverage.CityStatus.NOT_ONLINE ? "not online (" + e(g.cityName()) + ")"
                : "not in the inventory").append("</td><td>")
            .append(g.approximateMinutes().isPresent() ? e(Figures.group(g.approximateMinutes().getAsLong())) : "—")
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("<h2>Problems (").append(e(Figures.group(r.problems().size()))).append(")</h2>\n");
    if (!r.problems().isEmpty()) {
      h.append("<table><tr><th>line</th><th class=l>手続ID</th><th class=l>column</th><th class=l>reason</th></tr>\n");
      for (SurveyProblem p : r.problems().subList(0, Math.min(1000, r.problems().size()))) {
        h.append("<tr><td>").append(p.line()).append("</td><td class=l>").append(e(p.procedureId()))
            .append("</td><td class=l>").append(e(p.surveyColumn().map(c -> c.japaneseName()).orElse(
                String.valueOf(p.problem().column())))).append("</td><td class=l>").append(e(p.reason()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
      if (r.problems().size() > 1000) {
        h.append("<p>… and ").append(e(Figures.group(r.problems().size() - 1000L)))
            .append(" more (dx survey --format json lists all).</p>\n");
      }
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void share(Map<String, BigDecimal> m, String label, long n, long of) {
    if (of > 0) {
      m.put(label, BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(of), 1,
          RoundingMode.HALF_UP));
    }
  }

  private static void row(StringBuilder h, String label, ApproximateTakeUp t) {
    h.append("<tr><td class=l>").append(e(label)).append("</td><td>").append(e(Figures.group(t.procedures())))
        .append("</td><td>").append(e(t.cases())).append("</td><td>").append(e(t.onlineCases())).append("</td><td>")
        .append(e(SurveyCommand.percent(t))).append("</td></tr>\n");
  }

  /** The coverage gaps as a workbook: one sheet, 対象外手続, with the columns of the coverage CSV. */
  static void writeCoverageXlsx(Path file, List<Coverage.Gap> gaps) {
    try (OutputStream os = Files.newOutputStream(file)) {
      Workbook wb = XlsxTable.workbook(os);
      XlsxTable s = XlsxTable.of(wb, "カバレッジ", "順位", "手続ID", "手続名", "所管府省庁", "全国の総手続件数（概数）",
          "全国のオンライン化状況", "本市の状況", "本市の手続名", "分/件", "総手続件数×分（概数）");
      int rank = 0;
      for (Coverage.Gap g : gaps) {
        SurveyProcedure p = g.procedure();
        s.add((long) ++rank, p.id(), p.name(), p.ministry().map(Ministry::japaneseName).orElse(null),
            p.totalCases().approximately(), p.onlineStatus().map(OnlineStatus::japaneseName).orElse(null),
            g.cityStatus() == Coverage.CityStatus.NOT_ONLINE ? "オンライン未実施" : "台帳になし", g.cityName(),
            g.minutesPerCase().isPresent() ? (Object) g.minutesPerCase().getAsLong() : null,
            g.approximateMinutes().isPresent() ? (Object) g.approximateMinutes().getAsLong() : null);
      }
      s.width(2, 60);
      wb.finish();
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
    }
  }
}
