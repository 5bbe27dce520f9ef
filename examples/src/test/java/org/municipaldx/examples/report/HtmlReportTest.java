package org.municipaldx.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.dataset.Dataset;
import org.municipaldx.examples.cli.BundledDataset;
import org.municipaldx.metrics.RoundingPolicy;

class HtmlReportTest {
  private static String html;

  @BeforeAll
  static void render() {
    Dataset data = BundledDataset.load();
    html = HtmlReport.render(Report.of(org.municipaldx.dataset.report.ReportBuilder.build(data, RoundingPolicy.seed(RoundingMode.HALF_UP))), data.roadmap());
  }

  @Test
  void isOneSelfContainedDocumentWithTheFiveCharts() {
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("UTF-8");
    assertThat(doc.select("script, link, img[src^=http]")).isEmpty();
    for (String id : List.of("hours-by-department", "take-up-by-department", "hours-by-five-less", "cashless-ratio",
        "roadmap-gantt")) {
      Element figure = doc.getElementById(id);
      assertThat(figure).as(id).isNotNull();
      assertThat(figure.select("svg")).as(id).hasSize(1);
    }
    assertThat(doc.text()).contains("郡山市", "カウンターレス", "業務システムの標準化対応");
  }

  @Test
  void everyChartIsWellFormedSvgWithItsJapaneseLabelsAsText() throws Exception {
    Document doc = Jsoup.parse(html);
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Element figure : doc.select("figure")) {
      // the raw SVG as written (jsoup keeps it verbatim in a data node) must parse as XML
      String svg = figure.html();
      org.w3c.dom.Document xml = factory.newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("svg");
      assertThat(xml.getElementsByTagNameNS("*", "text").getLength()).as(figure.id()).isPositive();
    }
    assertThat(doc.getElementById("hours-by-five-less").html()).contains("ペーパーレス");
  }

  @Test
  void opensInAHeadlessBrowserAndRendersAScreenshot(@TempDir Path tmp) throws Exception {
    String browser = Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : null;
    Assumptions.assumeTrue(browser != null, "Debian's chromium is not installed (.ci/run installs it in CI)");
    Path page = tmp.resolve("report.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path png = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + tmp.resolve("profile"), "--window-size=1280,4000", "--screenshot=" + png,
        page.toUri().toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.exists(png)).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isTrue();
    // a blank page compresses to a few kilobytes; a page of tables and five charts does not
    assertThat(Files.size(png)).isGreaterThan(50_000);
  }
}
