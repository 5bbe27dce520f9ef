package org.municipaldx.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.estimate.Factor;
import org.municipaldx.core.estimate.FormulaEstimate;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.metrics.RoundingPolicy;
import org.municipaldx.metrics.notation.FormulaNotation;

/** The README's code example compiles and does what the README says. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleWorksAsDocumented() throws Exception {
    FiscalYear fy = FiscalYear.parse("令和5年度");
    FormulaEstimate remote = FormulaEstimate.of(
        Factor.of(40, "分"), Factor.of(2, "", "往復"), Factor.of(1, "人"), Factor.of(5, "回"), Factor.of(170, "件"));
    long minutes = remote.exactMinutes();
    String json = DxJson.write(remote);
    String seedNotation = FormulaNotation.render(remote, RoundingPolicy.seed(RoundingMode.CEILING));

    assertThat(fy).hasToString("2023（令和5）年度");
    // 40 · 2 · 1 · 5 · 170 = 68,000 minutes = 1,133.33… hours, printed 1,134 when rounded up
    assertThat(minutes).isEqualTo(68_000L);
    assertThat(json).contains("\"kind\" : \"formula\"");
    assertThat(seedNotation).isEqualTo("40分×2（往復）×1人×5回×170件=68,000分=1,134時間");
    assertThat(DxJson.read(json, FormulaEstimate.class)).isEqualTo(remote);
  }

  @Test
  void theReadmeShowsTheSameCode() throws Exception {
    Path readme = Path.of("../README.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(readme), "run from the examples module");
    String text = Files.readString(readme);
    assertThat(text).contains("FormulaEstimate.of(", "Factor.of(2, \"\", \"往復\")", "remote.exactMinutes()",
        "FormulaNotation.render(remote, RoundingPolicy.seed(RoundingMode.CEILING))");
  }
}
