package org.municipaldx.metrics.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.testsupport.FuzzBudget.timed;
import static org.municipaldx.testsupport.FuzzBudget.utf8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.Rational;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.metrics.csv.ProcedureYearCsvReader;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.metrics.notation.AuditReport;
import org.municipaldx.metrics.notation.FormulaNotation;
import org.municipaldx.metrics.notation.NotationAudit;
import org.municipaldx.metrics.notation.NotationParseException;

/**
 * Coverage-guided fuzz targets (Jazzer) for dx-metrics's readers of outside input. {@code mvn verify}
 * replays each target's corpus ({@code src/test/resources/org/municipaldx/metrics/fuzz/MetricsReadersFuzzTestInputs/<target>/}, valid
 * and invalid seeds); {@code JAZZER_FUZZ=1} fuzzes (README, "Fuzzing"). A target fails on any exception
 * but the reader's documented one, on an input slower than one second while fuzzing, and on a
 * print/parse round trip that changes the value.
 */
class MetricsReadersFuzzTest {

  @FuzzTest(maxDuration = "5s")
  void formulaNotation(byte[] data) {
    FormulaEstimate f;
    try {
      f = timed(() -> FormulaNotation.parse(utf8(data)));
    } catch (NotationParseException documented) {
      return;
    }
    String printed = FormulaNotation.renderStated(f);
    FormulaEstimate back = FormulaNotation.parse(printed);
    assertThat(back.factors()).isEqualTo(f.factors());
    assertThat(back.statedMinutes()).isEqualTo(f.statedMinutes());
    assertThat(back.statedHours()).isEqualTo(f.statedHours());
    assertThat(back.exactMinutes()).isEqualTo(f.exactMinutes());
  }

  @FuzzTest(maxDuration = "5s")
  void notationAudit(byte[] data) {
    AuditReport r = timed(() -> NotationAudit.audit(utf8(data)));
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.offset()).isBetween(0, utf8(data).length()));
  }

  @FuzzTest(maxDuration = "5s")
  void roundingPolicy(byte[] data) {
    RoundingPolicy p;
    try {
      p = timed(() -> RoundingPolicy.parse(utf8(data)));
    } catch (IllegalArgumentException documented) {
      return;
    }
    assertThat(RoundingPolicy.parse(p.toString())).isEqualTo(p);
  }

  @FuzzTest(maxDuration = "5s")
  void rational(byte[] data) {
    Rational r;
    try {
      r = timed(() -> Rational.parse(utf8(data)));
    } catch (IllegalArgumentException documented) {
      return;
    }
    assertThat(Rational.parse(r.toString())).isEqualTo(r);
  }

  @FuzzTest(maxDuration = "5s")
  void figures(byte[] data) {
    BigDecimal v;
    try {
      v = timed(() -> Figures.parse(utf8(data)));
    } catch (IllegalArgumentException documented) {
      return;
    }
    assertThat(Figures.parse(Figures.group(v))).isEqualByComparingTo(v);
    assertThat(Figures.parse(Figures.groupAsWritten(v))).isEqualTo(v.scale() < 0 ? v.setScale(0) : v);
  }

  @FuzzTest(maxDuration = "5s")
  void procedureYearCsv(byte[] data) {
    try {
      timed(() -> ProcedureYearCsvReader.create().read(data, "fuzz.csv"));
    } catch (IngestException documented) {
      // every problem is located
      assertThat(documented.getMessage()).contains("fuzz.csv");
    }
  }
}
