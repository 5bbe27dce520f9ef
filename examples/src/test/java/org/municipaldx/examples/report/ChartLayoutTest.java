package org.municipaldx.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.examples.cli.DxCommand;
import picocli.CommandLine;

/**
 * The charts people read: labels whole and clear of the bars, values on sorted bars, a white background and
 * one palette — checked on the SVG, and in headless Chromium from the bounding boxes the browser computes with
 * its own (Japanese) fonts.
 */
class ChartLayoutTest {
  private static final String BAR = "rgb(31,111,178)";

  private static final String WHITE = "rgb(255,255,255)";

  /** The drawn elements matching {@code css} of an SVG element (not those defining clip paths). */
  private static List<Element> shapes(String svg, String css) {
    return Jsoup.parse(svg, "", Parser.xmlParser()).select(css).stream()
        .filter(e -> e.parents().stream().noneMatch(p -> p.tagName().equals("clipPath")))
        .toList();
  }

  /**
   * The paint ({@code fill} or {@code stroke}) an element is drawn with: its own style's, else its nearest
   * ancestor's (SVG inheritance), as {@code rgb(r,g,b)}, or {@code none}.
   */
  private static String paint(Element e, String property) {
    Pattern p = Pattern.compile("(?:^|;)\\s*" + property + ":\\s*([^;]+)");
    for (Element x = e; x != null; x = x.parent()) {
      Matcher m = p.matcher(x.attr("style"));
      if (m.find()) {
        String v = m.group(1).strip().replace(" ", "");
        return switch (v) {
          case "white" -> WHITE;
          case "black" -> "rgb(0,0,0)";
          default -> v;
        };
      }
      if (x.hasAttr(property)) {
        return x.attr(property).strip().replace(" ", "");
      }
    }
    return "rgb(0,0,0)"; // SVG's initial fill; an element with no paint anywhere is drawn black
  }

  /** The texts of an SVG element in document order. */
  private static List<String> texts(String svg) {
    List<String> out = new ArrayList<>();
    Jsoup.parse(svg, "", Parser.xmlParser()).select("text").forEach(t -> out.add(t.text()));
    return out;
  }

  @Test
  void barsAreSortedLabelledWholeAndCarryTheirValues() {
    Map<String, Number> values = new LinkedHashMap<>();
    values.put("建設部", 51.5);
    values.put("部局名不明（ブロック4）", 176_703.5);
    values.put("選挙管理委員会事務局", 0.5);
    values.put("こども部（推定）", 14_303.7);
    String svg = SvgCharts.bars("部局別の削減時間（時間）", "時間", values);
    List<String> texts = texts(svg);
    // the labels, whole, largest value first; each followed later by its value written on the bar
    List<String> labels = texts.stream().filter(values::containsKey).toList();
    assertThat(labels).containsExactly("部局名不明（ブロック4）", "こども部（推定）", "建設部", "選挙管理委員会事務局");
    assertThat(texts).contains("176,703.5", "14,303.7", "51.5", "0.5");
    assertThat(svg).contains("viewBox=");
  }

  @Test
  void everyChartHasAWhiteBackgroundAndThePalettesBarColour() {
    String bars = SvgCharts.bars("t", "時間", Map.of("a", 1, "b", 2));
    String gantt = SvgCharts.gantt("t", "取組", List.of(
        new SvgCharts.GanttBar("行政手続き オンライン化", LocalDate.of(2023, 4, 1), LocalDate.of(2026, 3, 31)),
        new SvgCharts.GanttBar("窓口等 キャッシュレス", LocalDate.of(2022, 4, 1), LocalDate.of(2024, 3, 31))));
    String monthly = SvgCharts.monthly("t", "%", Map.of(java.time.YearMonth.of(2023, 4), 10, java.time.YearMonth.of(2023, 5), 12));
    for (String svg : List.of(bars, gantt, monthly)) {
      // no grey plot area: every rectangle is filled white (the background) or with the bars' colour, or is an outline
      List<String> fills = new ArrayList<>();
      shapes(svg, "rect").forEach(r -> fills.add(paint(r, "fill")));
      assertThat(fills).isNotEmpty().allMatch(f -> f.equals(WHITE) || f.equals(BAR) || f.equals("none"));
    }
    // every colour drawn (fills and strokes of shapes, lines and texts, inherited or their own) is white or the palette's
    List<String> palette = new ArrayList<>(List.of(WHITE, "none"));
    SvgCharts.PALETTE.forEach(c -> palette.add("rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")"));
    for (String svg : List.of(bars, gantt, monthly)) {
      List<String> colours = new ArrayList<>();
      for (Element e : shapes(svg, "rect, line, path, polyline, polygon, text, circle, ellipse")) {
        colours.add(paint(e, "fill"));
        colours.add(paint(e, "stroke"));
      }
      assertThat(colours).isNotEmpty().allMatch(palette::contains);
    }
    assertThat(bars).contains(BAR);
    assertThat(gantt).contains(BAR);
    assertThat(monthly).contains("stroke:" + BAR);
    // the Gantt bars are sorted by start: the FY2022 item comes first
    assertThat(texts(gantt).stream().filter(t -> t.contains("化") || t.contains("レス")).toList())
        .containsExactly("窓口等 キャッシュレス", "行政手続き オンライン化");
  }

  @Test
  void aLabelWiderThanItsColumnIsWrappedNotCut() {
    String label = "とても長い部局名".repeat(8);
    List<String> lines = SvgCharts.lines(label, 200);
    assertThat(String.join("", lines)).isEqualTo(label);
    assertThat(lines).hasSizeGreaterThan(1).allMatch(l -> SvgCharts.textWidth(l, 12) <= 200);
  }

  @Test
  void inChromiumNoLabelCoversABarOrLeavesItsChart(@TempDir Path tmp) throws Exception {
    String browser = Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : null;
    Assumptions.assumeTrue(browser != null, "Debian's chromium is not installed (.ci/run installs it in CI)");
    Path html = tmp.resolve("report.html");
    CommandLine cl = DxCommand.newCommandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("report", "--html", html.toString())).as(err.toString()).isZero();
    String script;
    try (InputStream in = ChartLayoutTest.class.getResourceAsStream("chart-boxes.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path probe = tmp.resolve("probe.html");
    Files.writeString(probe, Files.readString(html).replace("</body>", "<script>" + script + "</script></body>"));
    // a wide window and a narrow one (the charts scale down with their view box; nothing is cropped)
    for (int width : new int[] {1280, 640}) {
      Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--user-data-dir=" + tmp.resolve("profile-" + width), "--window-size=" + width + ",4000",
          "--virtual-time-budget=5000", "--dump-dom", probe.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      byte[] dom = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String result = Jsoup.parse(new String(dom, StandardCharsets.UTF_8)).select("pre#chart-boxes").text();
      assertThat(result).as("the measuring script ran").isNotEmpty();
      JsonNode boxes = new ObjectMapper().readTree(result);
      assertThat(boxes.get("problems")).as(width + " px: " + boxes.get("problems")).isEmpty();
      assertThat(boxes.get("charts")).hasSizeGreaterThanOrEqualTo(5);
      for (JsonNode chart : boxes.get("charts")) {
        assertThat(chart.get("background").asText()).as(chart.get("id").asText()).isEqualTo("rgb(255, 255, 255)");
        assertThat(chart.get("texts").asInt()).isPositive();
      }
      JsonNode hours = boxes.get("charts").get(0);
      assertThat(hours.get("id").asText()).isEqualTo("hours-by-department");
      assertThat(hours.get("bars").asInt()).isEqualTo(16);
      // the label the old chart cut to 「部局名不明（ブロ」 is there whole
      List<String> labels = new ArrayList<>();
      hours.get("labels").forEach(l -> labels.add(l.asText()));
      assertThat(labels).contains("部局名不明（ブロック4）", "選挙管理委員会事務局").noneMatch(l -> l.equals("部局名不明（ブロ"));
    }
  }
}
