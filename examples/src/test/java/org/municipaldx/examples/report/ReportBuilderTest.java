package org.municipaldx.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.examples.cli.BundledDataset;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * Every figure of the report equals a sum computed here directly from the data files (read as plain
 * JSON trees, not through the model), and the headline figures are reconciled, not forced.
 */
class ReportBuilderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RoundingPolicy POLICY = RoundingPolicy.seed(RoundingMode.HALF_UP);
  private static Report report;
  private static JsonNode takeUps;
  private static JsonNode initiatives;

  static JsonNode file(String name) throws IOException {
    try (InputStream in = ReportBuilderTest.class.getResourceAsStream(
        "/org/municipaldx/examples/data/koriyama-fy2023/" + name)) {
      return JSON.readTree(in);
    }
  }

  @BeforeAll
  static void build() throws IOException {
    Dataset data = BundledDataset.load();
    report = Report.of(org.municipaldx.dataset.report.ReportBuilder.build(data, POLICY));
    takeUps = file("take-up.json");
    initiatives = file("initiatives.json");
  }

  @Test
  void departmentRowsEqualTheTakeUpFile() {
    assertThat(report.departments()).hasSize(17);
    long procs = 0, online = 0, apps = 0, onlineApps = 0;
    for (JsonNode t : takeUps) {
      String block = t.path("block").asText();
      JsonNode u = t.path("takeUp");
      Report.DepartmentRow row = report.departments().stream().filter(r -> r.block().equals(block)).findFirst().orElseThrow();
      assertThat(row.procedures()).isEqualTo(u.path("procedures").asLong());
      assertThat(row.onlineProcedures()).isEqualTo(u.path("onlineProcedures").asLong());
      assertThat(row.applications()).isEqualTo(u.path("applications").asLong());
      assertThat(row.onlineApplications()).isEqualTo(u.path("onlineApplications").asLong());
      procs += u.path("procedures").asLong();
      online += u.path("onlineProcedures").asLong();
      apps += u.path("applications").asLong();
      onlineApps += u.path("onlineApplications").asLong();
    }
    assertThat(report.totals().procedures()).isEqualTo(procs);
    assertThat(report.totals().onlineProcedures()).isEqualTo(online);
    assertThat(report.totals().applications()).isEqualTo(apps);
    assertThat(report.totals().onlineApplications()).isEqualTo(onlineApps);
    // figures checked by hand from the source's 17 blocks: 311 of 4,167 procedures, 446,924 of 1,423,627 applications
    assertThat(online).isEqualTo(311);
    assertThat(procs).isEqualTo(4_167);
    assertThat(onlineApps).isEqualTo(446_924);
    assertThat(apps).isEqualTo(1_423_627);
    // Σ/Σ: 446,924 / 1,423,627 = 31.39…% → 31.4%, not the mean of the blocks' ratios
    assertThat(report.totals().applicationTakeUp()).isEqualTo("31.4%");
  }

  static long minutes(JsonNode estimate) {
    switch (estimate.path("kind").asText()) {
      case "formula": {
        long m = 1;
        for (JsonNode f : estimate.path("factors")) {
          m *= f.path("value").asLong() * (f.path("unit").asText().equals("時間") ? 60 : 1);
        }
        return m;
      }
      case "lumpSum":
        return estimate.path("hours").decimalValue().multiply(BigDecimal.valueOf(60)).longValueExact();
      case "measured":
        return estimate.path("savedHours").decimalValue().multiply(BigDecimal.valueOf(60)).longValueExact();
      default:
        return 0;
    }
  }

  @Test
  void hoursPerBlockEqualTheInitiativesFile() {
    // sum every estimate that breaks nothing down; a repost's estimate equal to its original's counts once
    Map<String, Long> citizen = new HashMap<>();
    Map<String, Long> staff = new HashMap<>();
    Map<String, JsonNode> byId = new HashMap<>();
    initiatives.forEach(i -> byId.put(i.path("initiative").path("id").asText(), i.path("initiative")));
    for (JsonNode bi : initiatives) {
      JsonNode i = bi.path("initiative");
      JsonNode original = i.has("repostOf") ? byId.get(i.path("repostOf").asText()) : null;
      long sum = 0;
      for (JsonNode e : i.path("estimates")) {
        boolean repeated = original != null && original.path("estimates").findValues("kind").size() > 0
            && containsEqual(original.path("estimates"), e);
        if (!e.has("breakdownOf") && !repeated) {
          sum += minutes(e);
        }
      }
      Map<String, Long> target = i.path("vision").asInt() == 1 ? citizen : staff;
      target.merge(bi.path("block").asText(), sum, Long::sum);
    }
    long allCitizen = 0;
    for (Report.DepartmentRow row : report.departments()) {
      assertThat(row.citizenMinutes()).as(row.block()).isEqualTo(citizen.getOrDefault(row.block(), 0L));
      assertThat(row.staffMinutes()).as(row.block()).isEqualTo(staff.getOrDefault(row.block(), 0L));
      allCitizen += row.citizenMinutes();
    }
    assertThat(report.totals().citizenMinutes()).isEqualTo(allCitizen);
  }

  static boolean containsEqual(JsonNode list, JsonNode e) {
    for (JsonNode x : list) {
      if (x.equals(e)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void headlineFiguresAreReconciledWithTheirDifferencesNotForced() {
    Map<String, Report.Reconciliation> first = new HashMap<>();
    report.reconciliation().forEach(r -> first.putIfAbsent(r.id(), r));
    // 321 stated, 311 in the blocks
    assertThat(first.get("online-procedures").computed()).isEqualTo("311手続");
    assertThat(first.get("online-procedures").difference()).isEqualTo("△10手続");
    assertThat(first.get("online-procedures").matches()).isFalse();
    // 457,060 stated, 446,924 in the blocks: △10,136
    assertThat(first.get("online-applications").difference()).isEqualTo("△10,136件");
    // 461,215 on the other slide: △14,291
    assertThat(first.get("online-applications-cy2022").difference()).isEqualTo("△14,291件");
    // Σ 30分 × online applications: 30 · 446,924 = 13,407,720 minutes = 223,462時間, vs 217,820 stated: +5,642
    assertThat(first.get("hours-saved").computed()).isEqualTo("223,462時間");
    assertThat(first.get("hours-saved").difference()).isEqualTo("+5,642時間");
    // 217,820 / 24 = 9,075.83… → the source's 9,075日分 is the floor of its own hours
    assertThat(report.reconciliation()).anySatisfy(r -> {
      assertThat(r.id()).isEqualTo("days-equivalent");
      assertThat(r.matches()).isTrue();
      assertThat(r.computed()).isEqualTo("9,075日分");
    });
  }

  @Test
  void workloadChangesArePrintedWithTriangles() {
    // 197,745 − 205,132 = −7,387; 281,037 − 276,592 = +4,445 (printed without a sign, as the source does)
    assertThat(report.workload()).hasSize(11);
    assertThat(report.workload().get(0).change()).isEqualTo("△7,387時間");
    assertThat(report.workload().get(0).statedConsistent()).isTrue();
    assertThat(report.workload()).anySatisfy(w -> assertThat(w.change()).isEqualTo("4,445時間"));
  }

  @Test
  void theFormulaCheckFindsTheFiveSlipsOfTheSource() {
    // 80,000/60 = 1,333.33… (1,334 printed); 52,470/60 = 874.5 (875); 68,000/60 = 1,133.33… (1,134);
    // 14,190/60 = 236.5 (236); 17,500/60 = 291.66… (291)
    assertThat(report.audit().formulas()).isEqualTo(46);
    assertThat(report.audit().inconsistent()).isEqualTo(5);
    assertThat(String.join("\n", report.audit().findings())).contains("1,334時間", "875時間", "1,134時間", "236時間", "291時間");
  }

  @Test
  void fiveLessRowsMayExceedTheTotalButNeverUndercountIt() {
    long rows = report.fiveLess().rows().stream().mapToLong(Report.FiveLessRow::minutes).sum()
        + report.fiveLess().untagged().minutes();
    assertThat(rows).isGreaterThanOrEqualTo(report.fiveLess().totalMinutes());
    assertThat(report.fiveLess().totalMinutes()).isEqualTo(report.totals().citizenMinutes() + report.totals().staffMinutes());
  }

  @Test
  void initiativesAreRankedByCountedHours() {
    assertThat(report.initiatives()).isNotEmpty();
    for (int i = 1; i < report.initiatives().size(); i++) {
      assertThat(report.initiatives().get(i).minutes()).isLessThanOrEqualTo(report.initiatives().get(i - 1).minutes());
    }
    // the largest: 30分×331,957件 = 9,958,710分 = 165,978.5時間
    assertThat(report.initiatives().get(0).minutes()).isEqualTo(9_958_710L);
    assertThat(report.initiatives().get(0).hours()).isEqualTo("165,978.5");
  }
}
