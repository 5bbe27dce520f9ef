package org.municipaldx.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.examples.output.IotComplianceOutput;
import org.municipaldx.examples.output.Rounding;
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

/** Builds {@code dx iot compliance}'s typed JSON output from the compliance table. */
final class IotComplianceJson {
  /** Means: {@value ComplianceAccumulator#SCALE} decimals, half-even ({@link QuantityRow#mean(int)}). */
  static final Rounding MEAN = new Rounding(RoundingMode.HALF_EVEN, BigDecimal.ONE.movePointLeft(ComplianceAccumulator.SCALE),
      Optional.empty());
  /** Coverage: 6 decimals, half-even ({@link LocationPeriod#coverage()}). */
  static final Rounding COVERAGE = new Rounding(RoundingMode.HALF_EVEN, BigDecimal.ONE.movePointLeft(6), Optional.empty());

  private IotComplianceJson() {}

  static IotComplianceOutput of(ComplianceTable t, List<UplinkReader.Result> results, UplinkProblems problems,
      Optional<FormulaEstimate> saving, String savingText) {
    IotComplianceOutput.Input input = new IotComplianceOutput.Input(
        results.stream().mapToLong(UplinkReader.Result::lines).sum(),
        results.stream().mapToLong(UplinkReader.Result::bytes).sum(),
        results.stream().mapToLong(UplinkReader.Result::uplinks).sum(),
        results.stream().mapToLong(UplinkReader.Result::retransmissions).sum(),
        results.stream().mapToLong(UplinkReader.Result::otherMessages).sum(),
        problems.total());
    List<IotComplianceOutput.Row> rows = new ArrayList<>();
    for (LocationPeriod r : t.rows()) {
      List<IotComplianceOutput.QuantityEntry> qs = new ArrayList<>();
      for (QuantityRow q : r.quantities()) {
        List<IotComplianceOutput.LimitEntry> limits = new ArrayList<>();
        for (Limit l : q.limits()) {
          limits.add(new IotComplianceOutput.LimitEntry(l.lower(), l.upper(), l.describe(), l.judgement(),
              l.effectiveFrom(), l.effectiveUntil(), l.source()));
        }
        List<IotComplianceOutput.SpanEntry> spans = new ArrayList<>();
        for (Span s : q.spans()) {
          spans.add(new IotComplianceOutput.SpanEntry(s.sensorId(), s.above(), s.start(), s.end(), s.day(), s.readings(),
              s.worst(), s.limit().describe()));
        }
        qs.add(new IotComplianceOutput.QuantityEntry(q.quantity(), q.quantity().japaneseName(), q.quantity().unit(),
            q.count(), q.min(), q.max(), q.mean(ComplianceAccumulator.SCALE), q.judgement(), q.judged(), q.outOfRange(),
            q.timeOutOfRange().map(IotComplianceJson::seconds), q.complies(), limits, spans, q.spanSummary().count(),
            q.spanSummary().notListed(), q.spanSummary().longest().map(IotComplianceJson::seconds)));
      }
      List<IotComplianceOutput.GapEntry> gaps = new ArrayList<>();
      for (Gap g : r.gaps()) {
        gaps.add(new IotComplianceOutput.GapEntry(g.sensorId(), g.from(), g.to(), seconds(g.duration())));
      }
      rows.add(new IotComplianceOutput.Row(r.location().key(), r.period().toString(), r.sensors(), r.complies(),
          seconds(r.observed()), r.coverage(), qs, gaps));
    }
    List<IotComplianceOutput.Problem> ps = new ArrayList<>();
    for (UplinkProblem p : problems.kept()) {
      ps.add(new IotComplianceOutput.Problem(p.source(), p.line(), p.byteOffset(), p.deviceId(), p.receivedAt(), p.kind(),
          p.pointer(), p.payloadOffset().isPresent() ? Optional.of(p.payloadOffset().getAsInt()) : Optional.empty(),
          p.message()));
    }
    IotComplianceOutput.MovelessSaving sv;
    if (saving.isPresent()) {
      FormulaEstimate f = saving.get();
      sv = new IotComplianceOutput.MovelessSaving(Optional.of(f.factors().get(0).value()),
          Optional.of(f.factors().get(1).value()), Optional.of(f.factors().get(2).value()), Optional.of(f.exactMinutes()),
          Optional.of(FormulaNotation.render(f, RoundingPolicy.seed(RoundingMode.HALF_UP))), Optional.empty());
    } else {
      sv = new IotComplianceOutput.MovelessSaving(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.of(savingText));
    }
    return new IotComplianceOutput(new IotComplianceOutput.Standard(t.standard().id(), t.standard().japaneseName()),
        t.periodKind().name(), t.zone().getId(), t.windowStart(), t.windowEnd(), t.readings(),
        new IotComplianceOutput.RoundingUsed(MEAN, COVERAGE), input, rows, ps, problems.total() - problems.kept().size(),
        sv);
  }

  static BigDecimal seconds(Duration d) {
    return IotComplianceCommand.seconds(d);
  }
}
