package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.ExcelCsvWriter;

/** {@code dx survey --html FILE} and {@code --coverage-xlsx FILE} on the fictional fixture of dx-survey. */
class SurveyOutputsTest {
  @TempDir
  Path dir;

  @Test
  void theHtmlPageHasChartsTheTablesAndEveryProblemRow() throws Exception {
    Path html = dir.resolve("survey.html");
    Run r = Run.dx("survey", SurveyCommandTest.FIXTURE, "--minutes-per-case", "30", "--inventory",
        SurveyCommandTest.INVENTORY, "--html", html.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Document d = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
    // take-up and cases by ministry, five-less (the fixture has identity checks too)
    assertThat(d.select("figure > svg").size()).isGreaterThanOrEqualTo(3);
    assertThat(d.select("script")).isEmpty();
    assertThat(d.select("link, img[src^=http]")).isEmpty();
    assertThat(d.text()).contains("6 procedures, 4 problems", "Counts are approximate", "デジタル庁");
    Element total = d.select("tr").stream().filter(tr -> tr.child(0).text().equals("total")).findFirst().orElseThrow();
    assertThat(total.child(2).text()).isEqualTo("約3,630");
    assertThat(d.text()).contains("約" + String.format("%,d", (400 + 500 + 20) * 30) + "分");
    assertThat(d.select("h2:contains(Coverage) + table tr td:eq(1)").eachText()).contains("F0001");
    List<String> problemIds = d.select("h2:contains(Problems) + table tr td:eq(1)").eachText();
    assertThat(problemIds).hasSize(4).allMatch(id -> id.startsWith("F000")).contains("F0003");
  }

  /** The page in a real browser (Debian's chromium, which .ci/run installs): target/survey-screenshot.png. */
  @Test
  void opensInAHeadlessBrowser() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")),
        "Debian's chromium is not installed (.ci/run installs it in CI)");
    Path html = dir.resolve("survey.html");
    assertThat(Run.dx("survey", SurveyCommandTest.FIXTURE, "--minutes-per-case", "30", "--html", html.toString()).exit())
        .isZero();
    Path png = Path.of("target", "survey-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Process p = new ProcessBuilder("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile"), "--window-size=1200,2400", "--screenshot=" + png,
        html.toUri().toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.exists(png)).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isTrue();
    // a blank page compresses to a few kilobytes; one of charts and tables does not
    assertThat(Files.size(png)).isGreaterThan(50_000);
  }

  @Test
  void theCoverageWorkbookHoldsTheCsvsRowsWithNumbersAsNumbers() throws Exception {
    Path book = dir.resolve("coverage.xlsx");
    Run r = Run.dx("survey", SurveyCommandTest.FIXTURE, "--minutes-per-case", "30", "--inventory",
        SurveyCommandTest.INVENTORY, "--format", "csv", "--coverage-xlsx", book.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<List<String>> csv = new ArrayList<>();
    try (CsvSource src = CsvSource.of(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), "csv",
        Optional.empty())) {
      while (src.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < src.record().size(); i++) {
          String cell = src.record().get(i);
          row.add(cell.startsWith("'") ? ExcelCsvWriter.unescape(cell) : cell);
        }
        csv.add(row);
      }
    }
    List<List<String>> xlsx = IotComplianceWorkbookTest.sheet(book, "カバレッジ");
    assertThat(csv).hasSizeGreaterThan(1);
    assertThat(xlsx).isEqualTo(csv);
    assertThat(xlsx.get(1).get(1)).isEqualTo("F0001");
    Run without = Run.dx("survey", SurveyCommandTest.FIXTURE, "--coverage-xlsx", book.toString());
    assertThat(without.exit()).isEqualTo(DxCommand.USAGE_ERROR);
  }
}
