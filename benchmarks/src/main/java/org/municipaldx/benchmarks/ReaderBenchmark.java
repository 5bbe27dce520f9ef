package org.municipaldx.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.iot.Coordinates;
import org.municipaldx.metrics.Figures;
import org.municipaldx.metrics.Rational;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.metrics.notation.AuditReport;
import org.municipaldx.metrics.notation.FormulaNotation;
import org.municipaldx.metrics.notation.NotationAudit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 13: the notation audit, the formula parser and the number parsers read 10 MB inputs (UTF-8
 * bytes) at 10 MB/s or more, whatever the input: realistic text and the fuzz findings' worst cases
 * (D6), each grown to 10 MB. Scores are milliseconds per 10 MB input; MB/s = 10,000 / score. Every
 * input is checked in {@code @Setup} to give the expected result (findings, or the limit's error),
 * so a benchmark that reads something else does not run.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ReaderBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class ReaderBenchmark {
  /** 10 MB of UTF-8. */
  static final int BYTES = 10_000_000;

  String seedLikeText;
  String unclosedNotes;
  String labelsBeforeFormulas;
  String longFormula;
  String longFactor;
  String digits;
  String roundingPolicy;
  String coordinates;

  /** {@code unit} repeated until its UTF-8 form has at least {@link #BYTES} bytes. */
  static String grow(String unit) {
    int bytes = unit.getBytes(StandardCharsets.UTF_8).length;
    return unit.repeat((BYTES + bytes - 1) / bytes);
  }

  @Setup
  public void setUp() {
    // the source material's kind of text: prose, a formula, a sum, a table row, per 5 lines
    seedLikeText = grow("◆時間の短縮 窓口での手続時間を短縮する取組（住民票）\n"
        + "（全 体）30分×1,303件=39,090分=651.5時間 想定タイムパフォーマンス等\n"
        + "選考業務1,200時間＋事務1,300時間=2,500時間（別途積算）\n"
        + "40分×2（往復）×1人×5回×170件=68,000分=1,134時間\n"
        + "令和5年度\t建設部\t123\t4,567\t△7,387\n");
    unclosedNotes = grow("1分(");
    labelsBeforeFormulas = grow(")1分×2 ");
    longFormula = "30分" + grow("×1件");
    longFactor = "30分×1." + "0".repeat(BYTES) + "件";
    digits = "7".repeat(BYTES);
    roundingPolicy = "HALF_UP/1." + "0".repeat(BYTES);
    coordinates = "1".repeat(BYTES) + ",2";
    check(auditSeedLikeText().formulas().size() == 2 * countOf(seedLikeText, "◆"), "seed-like formulas");
    check(auditSeedLikeText().sums().size() == countOf(seedLikeText, "◆"), "seed-like sums");
    check(auditSeedLikeText().problems().isEmpty(), "seed-like problems");
    check(auditUnclosedNotes().formulas().isEmpty(), "unclosed notes");
    check(auditLabelsBeforeFormulas().formulas().size() == countOf(labelsBeforeFormulas, ")"), "labels");
    check(parseLongFormula().factors().size() == countOf(longFormula, "×") + 1, "long formula");
    check(parseLongFactor() == 4, "long factor rejected at its offset");
    check(parseRational() && parseFigure() && parseRoundingPolicy() && parseCoordinates(), "number parsers reject");
  }

  private static int countOf(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("ReaderBenchmark: unexpected result for " + what);
    }
  }

  @Benchmark
  public AuditReport auditSeedLikeText() {
    return NotationAudit.audit(seedLikeText);
  }

  @Benchmark
  public AuditReport auditUnclosedNotes() {
    return NotationAudit.audit(unclosedNotes);
  }

  @Benchmark
  public AuditReport auditLabelsBeforeFormulas() {
    return NotationAudit.audit(labelsBeforeFormulas);
  }

  @Benchmark
  public FormulaEstimate parseLongFormula() {
    return FormulaNotation.parse(longFormula);
  }

  @Benchmark
  public int parseLongFactor() {
    try {
      FormulaNotation.parse(longFactor);
      return -1;
    } catch (org.municipaldx.metrics.notation.NotationParseException e) {
      return e.offset();
    }
  }

  @Benchmark
  public boolean parseRational() {
    try {
      Rational.parse(digits);
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  @Benchmark
  public boolean parseFigure() {
    try {
      Figures.parse(digits);
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  @Benchmark
  public boolean parseRoundingPolicy() {
    try {
      RoundingPolicy.parse(roundingPolicy);
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  @Benchmark
  public boolean parseCoordinates() {
    try {
      Coordinates.parse(coordinates);
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
