package org.municipaldx.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.examples.report.XlsxTable;
import org.municipaldx.iot.aggregate.Gap;
import org.municipaldx.iot.lpp.UplinkProblem;
import org.municipaldx.iot.lpp.UplinkProblems;
import org.municipaldx.iot.lpp.UplinkReader;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.report.LocationPeriod;
import org.municipaldx.iot.report.QuantityRow;
import org.municipaldx.iot.report.Span;
import org.municipaldx.iot.standard.Limit;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.metrics.notation.FormulaNotation;

/**
 * {@code dx iot compliance --format xlsx}: the report's tables as an Excel workbook, one sheet per
 * table, written as {@code dx report --xlsx} writes its workbook (numbers as number cells, booleans
 * as booleans, bold frozen headers with filters). Sheets: 概要 (standard, period, data window,
 * input counts, moveless saving), 場所別 (one row per location and period: judgement, coverage,
 * silences), 項目別 (one row per location, period and quantity, the columns of {@code --format csv}),
 * 基準超過 (exceedance spans), 欠測 (silent periods), 基準 (each threshold with its source) and,
 * for uplinks, 不使用メッセージ (messages that could not be used, with file, line and byte offset).
 * Times are Asia/Tokyo local times ({@code 2024-06-01 09:00}), as the text report prints them.
 */
final class IotComplianceXlsx {
  private IotComplianceXlsx() {}

  static void write(ComplianceTable t, List<UplinkReader.Result> results, UplinkProblems problems,
      IotComplianceCommand.Saving saving, OutputStream out) throws IOException {
    Workbook wb = XlsxTable.workbook(out);
    summary(XlsxTable.of(wb, "概要", "項目", "内容"), t, results, problems, saving);
    XlsxTable places = XlsxTable.of(wb, "場所別", "場所", "期間", "センサー", "判定", "測定数", "観測時間（秒）",
        "カバー率", "欠測数");
    XlsxTable quantities = XlsxTable.of(wb, "項目別", "場所", "期間", "項目", "項目名", "単位", "測定数", "最小", "最大",
        "平均", "判定方法", "判定数", "範囲外", "範囲外の時間（秒）", "超過区間数", "適合", "基準", "出典", "未掲載の超過区間数",
        "最長の超過区間（秒）");
    XlsxTable spans = XlsxTable.of(wb, "基準超過", "場所", "期間", "項目", "センサー", "側", "基準", "開始", "終了", "日",
        "測定数", "最悪値");
    XlsxTable gaps = XlsxTable.of(wb, "欠測", "場所", "期間", "センサー", "開始", "終了", "秒");
    for (LocationPeriod r : t.rows()) {
      String loc = r.location().key();
      String period = r.period().toString();
      places.add(loc, period, String.join(", ", r.sensors()), r.complies().map(c -> c ? "適合" : "不適合").orElse("判定なし"),
          r.readings(), IotComplianceCommand.seconds(r.observed()), r.coverage().orElse(null), (long) r.gaps().size());
      for (QuantityRow q : r.quantities()) {
        quantities.add(loc, period, q.quantity().name(), q.quantity().japaneseName(), q.quantity().unit(), q.count(),
            q.min().orElse(null), q.max().orElse(null), q.mean(ComplianceAccumulator.SCALE).orElse(null),
            q.judgement().map(Enum::name).orElse(null), q.judged(), q.outOfRange(),
            q.timeOutOfRange().map(IotComplianceCommand::seconds).orElse(null), q.spanSummary().count(),
            q.complies().orElse(null),
            q.limits().stream().map(Limit::describe).reduce((a, b) -> a + " / " + b).orElse(null),
            q.limits().stream().map(Limit::source).distinct().reduce((a, b) -> a + " / " + b).orElse(null),
            q.spanSummary().notListed(), q.spanSummary().longest().map(IotComplianceCommand::seconds).orElse(null));
        for (Span s : q.spans()) {
          spans.add(loc, period, q.quantity().japaneseName(), s.sensorId(), s.above() ? "上限超過" : "下限未満",
              s.limit().describe(), local(s.start()), local(s.end()), s.day().map(Object::toString).orElse(null),
              s.readings(), s.worst());
        }
      }
      for (Gap g : r.gaps()) {
        gaps.add(loc, period, g.sensorId(), local(g.from()), local(g.to()), IotComplianceCommand.seconds(g.duration()));
      }
    }
    XlsxTable limits = XlsxTable.of(wb, "基準", "項目", "下限", "上限", "基準", "判定方法", "適用開始", "適用終了", "出典");
    java.util.Map<String, Object[]> seen = new java.util.LinkedHashMap<>();
    for (LocationPeriod r : t.rows()) {
      for (QuantityRow q : r.quantities()) {
        for (Limit l : q.limits()) {
          seen.putIfAbsent(q.quantity().name() + '\u0000' + l.describe() + '\u0000' + l.source() + '\u0000'
              + l.effectiveFrom() + l.effectiveUntil(), new Object[] {q.quantity().japaneseName(), l});
        }
      }
    }
    for (Object[] e : seen.values()) {
      Limit l = (Limit) e[1];
      limits.add(e[0], l.lower().orElse(null), l.upper().orElse(null), l.describe(), l.judgement().name(),
          l.effectiveFrom().map(Object::toString).orElse(null), l.effectiveUntil().map(Object::toString).orElse(null),
          l.source());
    }
    limits.width(7, 80);
    if (!results.isEmpty()) {
      XlsxTable ps = XlsxTable.of(wb, "不使用メッセージ", "ファイル", "行", "バイト位置", "デバイス", "受信時刻", "種類",
          "JSONポインタ", "ペイロード位置", "理由");
      for (UplinkProblem p : problems.kept()) {
        ps.add(p.source(), p.line(), p.byteOffset(), p.deviceId().orElse(null), p.receivedAt().map(Instant::toString)
            .orElse(null), p.kind().name(), p.pointer(), p.payloadOffset().isPresent() ? p.payloadOffset().getAsInt()
            : null, p.message());
      }
      ps.width(8, 80);
    }
    wb.finish();
  }

  private static void summary(XlsxTable s, ComplianceTable t, List<UplinkReader.Result> results, UplinkProblems problems,
      IotComplianceCommand.Saving saving) {
    s.add("基準", t.standard().japaneseName() + " (" + t.standard().id() + ")");
    s.add("期間の単位", t.periodKind().name().toLowerCase(Locale.ROOT));
    s.add("日の区切り", "0時 " + t.zone().getId());
    s.add("最初の測定", t.windowStart().map(IotComplianceXlsx::local).orElse(null));
    s.add("最後の測定", t.windowEnd().map(IotComplianceXlsx::local).orElse(null));
    s.add("測定数", t.readings());
    if (!results.isEmpty()) {
      s.add("アップリンク", results.stream().mapToLong(UplinkReader.Result::uplinks).sum());
      s.add("再送（1回と数えた）", results.stream().mapToLong(UplinkReader.Result::retransmissions).sum());
      s.add("使えなかったメッセージ", problems.total());
    }
    if (saving.formula().isPresent()) {
      FormulaEstimate f = saving.formula().get();
      s.add("ムーブレス削減（分/年）", f.exactMinutes());
      s.add("ムーブレス削減（式）", FormulaNotation.render(f, RoundingPolicy.seed(RoundingMode.HALF_UP)));
    }
    s.add("ムーブレス削減", saving.text());
    s.width(1, 100);
  }

  private static String local(Instant t) {
    return IotComplianceCommand.local(t);
  }
}
