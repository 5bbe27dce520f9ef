package org.municipaldx.metrics.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.metrics.Rate;
import org.municipaldx.metrics.Rational;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.metrics.Units;
import org.municipaldx.metrics.batch.ColumnarTable;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.batch.ProcedureYearRow;
import org.municipaldx.metrics.batch.Sums;
import org.municipaldx.metrics.notation.AuditReport;
import org.municipaldx.metrics.notation.FormulaNotation;
import org.municipaldx.metrics.notation.NotationAudit;
import org.municipaldx.testsupport.GuideCode;

/** The code of {@code dx-metrics/README.md}, run, with what its comments say asserted. */
class MetricsGuideTest {

  @Test
  void exactFiguresExplicitRoundingTheNotation() {
    RoundingPolicy seed = RoundingPolicy.seed(RoundingMode.HALF_UP);
    FormulaEstimate counter = FormulaNotation.parse("30分×1,303件=39,090分=651.5時間");
    long minutes = counter.exactMinutes();
    Rational hours = Units.hours(minutes);
    String printed = FormulaNotation.render(counter, seed);
    AuditReport audit = NotationAudit.audit("電子申請 20分×4,000件=80,000分=1,334時間", seed);
    int inconsistent = audit.inconsistentFormulas().size();
    List<RoundingMode> modes = audit.formulas().get(0).wholeHourModes();

    assertThat(minutes).isEqualTo(39_090L);
    assertThat(hours).isEqualTo(Rational.of(1_303, 2));
    assertThat(printed).isEqualTo("30分×1,303件=39,090分=651.5時間");
    // 80,000 / 60 = 1,333.33…: half up prints 1,333, the text says 1,334
    assertThat(inconsistent).isEqualTo(1);
    // of HALF_UP, HALF_EVEN, FLOOR and CEILING only CEILING gives 1,334
    assertThat(modes).containsExactly(RoundingMode.CEILING);
  }

  @Test
  void ratesAndTheBatchRollup() {
    Rate online = Rate.of(1_303, 12_512);
    Optional<BigDecimal> percent = online.percent(RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH));
    Rate none = Rate.of(0, 0);
    FiscalYear fy = FiscalYear.of(2022);
    List<ProcedureYearRow> rows = List.of(
        ProcedureYearRow.builder().departmentId("citizens").fiscalYear(fy).addFiveLess(FiveLess.COUNTERLESS)
            .addFiveLess(FiveLess.PAPERLESS).minutesPerCase(30).online(1_303).total(12_512).build(),
        ProcedureYearRow.builder().departmentId("tax").fiscalYear(fy).addFiveLess(FiveLess.CASHLESS)
            .minutesPerCase(10).online(500).total(2_000).build());
    ProcedureYearRollup rollup = ColumnarTable.of(rows).rollup();
    Sums total = rollup.total();
    Sums paperless = rollup.byFiveLess().get(FiveLess.PAPERLESS);

    // 1,303 / 12,512 = 10.41…%
    assertThat(percent).contains(new BigDecimal("10.4"));
    assertThat(none.percent(RoundingPolicy.DEFAULT)).isEmpty();
    assertThat(none.isDefined()).isFalse();
    // 30·1,303 + 10·500 = 39,090 + 5,000 = 44,090 minutes; 1,303 + 500 = 1,803 of 12,512 + 2,000 = 14,512
    assertThat(total).isEqualTo(new Sums(44_090, 1_803, 14_512));
    assertThat(paperless).isEqualTo(new Sums(39_090, 1_303, 12_512));
    assertThat(rollup).isEqualTo(ProcedureYearRollup.ofRows(rows));
  }

  @Test
  void theGuideShowsThisCode() {
    Path guide = Path.of("README.md");
    Assumptions.assumeTrue(Files.isRegularFile(guide), "run from the dx-metrics module directory");
    GuideCode.assertEveryBlockIsIn(guide,
        Path.of("src/test/java/org/municipaldx/metrics/guide/MetricsGuideTest.java"), 2);
  }
}
