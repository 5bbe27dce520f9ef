package org.municipaldx.examples.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.chart.ui.RectangleInsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Charts as SVG, drawn by JFreeChart on Apache Batik's SVG generator (Apache License 2.0; it
 * replaced JFreeSVG, whose GPL 3 made the whole command-line jar GPL). Text stays text
 * ({@code <text>} elements with a generic {@code sans-serif} family), so Japanese labels are
 * rendered by the browser with whatever Japanese font it has; nothing is embedded.
 *
 * <p>Every chart has a white background and uses {@link #PALETTE}. Bar charts are sorted by value
 * (largest first) and carry their values on the bars. Category labels are drawn left-aligned in a
 * column reserved for them, wide enough for the widest label at one em per full-width character
 * (CJK glyphs are one em wide in every font) and {@value #NARROW_EM} em per other character (wider
 * than the ASCII glyphs of common sans-serif fonts): JFreeChart measures text with the JVM's fonts,
 * which may have no Japanese glyphs, and its right-aligned labels then ran into the bars in the
 * browser (「部局名不明（ブロ」 was cut and covered). {@code HtmlReportTest} checks in Chromium, from
 * the SVG's bounding boxes, that no text intersects a bar and no text leaves the viewport.
 */
public final class SvgCharts {
  private static final String FONT = Font.SANS_SERIF;
  /** The palette of every chart: the bars and lines, then their labels, gridlines and axes. */
  public static final List<Color> PALETTE = List.of(new Color(0x1f, 0x6f, 0xb2), new Color(0x22, 0x22, 0x22),
      new Color(0xdd, 0xdd, 0xdd), new Color(0x66, 0x66, 0x66));
  private static final Color ACCENT = PALETTE.get(0);
  private static final Color TEXT = PALETTE.get(1);
  private static final Color GRID = PALETTE.get(2);
  private static final Color AXIS = PALETTE.get(3);
  private static final int LABEL_PX = 12;
  /** Width of a character that is not full-width, in em: an upper bound for sans-serif ASCII glyphs. */
  static final double NARROW_EM = 0.7;
  private static final int PAD = 10;
  private static final int WIDTH = 860;
  private static final DecimalFormat VALUE = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));

  private SvgCharts() {}

  static {
    // JFreeChart draws through AWT; no display is needed to draw onto an SVG context
    System.setProperty("java.awt.headless", "true");
  }

  private static void theme(JFreeChart chart) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
    theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
    theme.setRegularFont(new Font(FONT, Font.PLAIN, 11));
    theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(GRID);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisLabelPaint(TEXT);
    theme.setTickLabelPaint(AXIS);
    theme.setTitlePaint(TEXT);
    theme.apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    List<org.jfree.chart.axis.Axis> axes = new ArrayList<>();
    if (chart.getPlot() instanceof CategoryPlot p) {
      axes.add(p.getDomainAxis());
      axes.add(p.getRangeAxis());
    } else if (chart.getPlot() instanceof XYPlot p) {
      axes.add(p.getDomainAxis());
      axes.add(p.getRangeAxis());
    }
    for (org.jfree.chart.axis.Axis a : axes) {
      a.setAxisLinePaint(AXIS);
      a.setTickMarkPaint(AXIS);
    }
    // room for the browser's fonts, whose ascent and width can exceed the JVM's measure of the title and ticks
    chart.setPadding(new RectangleInsets(8, 4, 4, 28));
  }

  private static String svg(JFreeChart chart, int width, int height) {
    SVGGraphics2D g = canvas(width, height);
    chart.draw(g, new Rectangle(0, 0, width, height));
    return element(g, width, height);
  }

  /** A new SVG graphics context of the given size, on a DOM document of the JDK's own parser. */
  private static SVGGraphics2D canvas(int width, int height) {
    Document document;
    try {
      document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot create a document", e);
    }
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment(null); // no "Generated by the Batik Graphics2D SVG Generator" comment
    SVGGraphics2D g = new SVGGraphics2D(context, false); // text as <text>, not as shapes
    g.setSVGCanvasSize(new Dimension(width, height));
    return g;
  }

  /** The SVG element with a view box, so that a page narrower than the chart scales it instead of cropping it. */
  private static String element(SVGGraphics2D g, int width, int height) {
    Element root = g.getRoot();
    root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
    StringWriter out = new StringWriter();
    try {
      g.stream(root, out, true, false);
    } catch (SVGGraphics2DIOException e) {
      throw new UncheckedIOException(new java.io.IOException("writing an SVG chart to a string", e));
    }
    // Batik writes the element as a document (XML declaration, SVG 1.0 DOCTYPE); the page embeds the element
    String svg = out.toString();
    return svg.substring(svg.indexOf("<svg"));
  }

  /**
   * The estimated width of a label in the browser, in pixels: an upper bound (see the class comment).
   *
   * @param text  the text
   * @param px  the font size in pixels
   * @return the width in pixels
   */
  static double textWidth(String text, int px) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      em += fullWidth(cp) ? 1.0 : NARROW_EM;
      i += Character.charCount(cp);
    }
    return em * px;
  }

  private static boolean fullWidth(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
  }

  /** Splits a label into lines no wider than {@code max} pixels (by the same estimate). */
  static List<String> lines(String text, double max) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String c = new String(Character.toChars(cp));
      if (line.length() > 0 && textWidth(line + c, LABEL_PX) > max) {
        out.add(line.toString());
        line.setLength(0);
      }
      line.append(c);
      i += Character.charCount(cp);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  /** The category labels and the bar values, drawn after the chart where its entities put the bars. */
  private static final class Labels {
    final double column;
    final double maxColumn;

    Labels(Collection<String> labels) {
      this.maxColumn = WIDTH * 0.4;
      double widest = labels.stream().mapToDouble(l -> textWidth(l, LABEL_PX)).max().orElse(0);
      this.column = Math.min(widest, maxColumn) + 2 * PAD;
    }

    int linesOf(Collection<String> labels) {
      return labels.stream().mapToInt(l -> lines(l, maxColumn).size()).max().orElse(1);
    }

    void reserve(CategoryPlot plot) {
      plot.getDomainAxis().setTickLabelsVisible(false);
      plot.getDomainAxis().setTickMarksVisible(false);
      AxisSpace space = new AxisSpace();
      space.setLeft(column);
      plot.setFixedDomainAxisSpace(space);
    }

    /** Draws each category's label at the left edge, centred on its bar, and returns the bars' areas. */
    Map<String, Rectangle2D> draw(SVGGraphics2D g, ChartRenderingInfo info) {
      Map<String, Rectangle2D> bars = new LinkedHashMap<>();
      for (Object o : info.getEntityCollection().getEntities()) {
        if (o instanceof CategoryItemEntity e) {
          bars.merge(String.valueOf(e.getColumnKey()), e.getArea().getBounds2D(), (a, b) -> a.createUnion(b));
        }
      }
      g.setFont(new Font(FONT, Font.PLAIN, LABEL_PX));
      g.setPaint(TEXT);
      bars.forEach((label, bar) -> {
        List<String> ls = lines(label, maxColumn);
        double top = bar.getCenterY() - ls.size() * (LABEL_PX + 2) / 2.0;
        for (int i = 0; i < ls.size(); i++) {
          g.drawString(ls.get(i), (float) PAD, (float) (top + (i + 1) * (LABEL_PX + 2) - 3));
        }
      });
      return bars;
    }
  }

  /**
   * A horizontal bar chart of one value per category, sorted by value (largest first; equal values
   * keep the map's order), with each value written at the end of its bar.
   *
   * @param title  the chart title
   * @param valueAxis  the value axis label, e.g. 時間
   * @param values  label → value
   * @return an {@code <svg>} element
   */
  public static String bars(String title, String valueAxis, Map<String, ? extends Number> values) {
    List<Map.Entry<String, ? extends Number>> sorted = new ArrayList<>(values.entrySet());
    sorted.sort(Comparator.comparing((Map.Entry<String, ? extends Number> e) -> new BigDecimal(e.getValue().toString()))
        .reversed());
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    sorted.forEach(e -> data.addValue(e.getValue(), valueAxis, e.getKey()));
    JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.HORIZONTAL,
        false, false, false);
    theme(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, ACCENT);
    renderer.setDrawBarOutline(false);
    Labels labels = new Labels(values.keySet());
    labels.reserve(plot);
    int lines = labels.linesOf(values.keySet());
    int height = Math.max(240, 90 + (lines * (LABEL_PX + 2) + 10) * values.size());
    double widestValue = sorted.stream().mapToDouble(e -> textWidth(format(e.getValue()), LABEL_PX)).max().orElse(0);
    // first pass: where the plot's data area is; then widen the value axis so every value fits after its bar
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(canvas(WIDTH, height), new Rectangle(0, 0, WIDTH, height), info);
    double area = info.getPlotInfo().getDataArea().getWidth();
    double room = widestValue + 2 * PAD;
    ((NumberAxis) plot.getRangeAxis()).setUpperMargin(Math.max(0.05, room / Math.max(1, area - room)));
    SVGGraphics2D g = canvas(WIDTH, height);
    info = new ChartRenderingInfo();
    chart.draw(g, new Rectangle(0, 0, WIDTH, height), info);
    Map<String, Rectangle2D> bars = labels.draw(g, info);
    g.setPaint(TEXT);
    for (Map.Entry<String, ? extends Number> e : sorted) {
      Rectangle2D bar = bars.get(e.getKey());
      if (bar != null) {
        g.drawString(format(e.getValue()), (float) (bar.getMaxX() + 4), (float) (bar.getCenterY() + LABEL_PX * 0.35));
      }
    }
    return element(g, WIDTH, height);
  }

  private static String format(Number n) {
    synchronized (VALUE) {
      return VALUE.format(new BigDecimal(n.toString()));
    }
  }

  /**
   * A line chart of monthly values.
   *
   * @param title  the chart title
   * @param seriesName  the series label, e.g. 決済比率（%）
   * @param points  month → value, in order
   * @return an {@code <svg>} element
   */
  public static String monthly(String title, String seriesName, Map<YearMonth, ? extends Number> points) {
    TimeSeries series = new TimeSeries(seriesName);
    points.forEach((ym, v) -> series.add(new Month(ym.getMonthValue(), ym.getYear()), v));
    JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, seriesName, new TimeSeriesCollection(series),
        false, false, false);
    theme(chart);
    XYPlot plot = chart.getXYPlot();
    plot.getRenderer().setSeriesPaint(0, ACCENT);
    ((DateAxis) plot.getDomainAxis()).setDateFormatOverride(new java.text.SimpleDateFormat("yyyy-MM"));
    return svg(chart, WIDTH, 320);
  }

  /** A roadmap bar: a task from the start of one fiscal year to the end of another. */
  public record GanttBar(String label, LocalDate start, LocalDate end) {}

  /**
   * A Gantt chart with one bar per task, sorted by start (then end; equal bars keep the list's order).
   *
   * @param title  the chart title
   * @param seriesName  the series label
   * @param bars  the bars
   * @return an {@code <svg>} element
   */
  public static String gantt(String title, String seriesName, List<GanttBar> bars) {
    List<GanttBar> sorted = new ArrayList<>(bars);
    sorted.sort(Comparator.comparing(GanttBar::start).thenComparing(GanttBar::end));
    TaskSeries series = new TaskSeries(seriesName);
    for (GanttBar b : sorted) {
      series.add(new Task(b.label(), date(b.start()), date(b.end().plusDays(1))));
    }
    TaskSeriesCollection data = new TaskSeriesCollection();
    data.add(series);
    JFreeChart chart = ChartFactory.createGanttChart(title, null, "年度", data, false, false, false);
    theme(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.getRenderer().setSeriesPaint(0, ACCENT);
    ((DateAxis) plot.getRangeAxis()).setDateFormatOverride(new java.text.SimpleDateFormat("yyyy-MM"));
    List<String> names = sorted.stream().map(GanttBar::label).toList();
    Labels labels = new Labels(names);
    labels.reserve(plot);
    int lines = labels.linesOf(names);
    int height = Math.max(240, 100 + (lines * (LABEL_PX + 2) + 12) * sorted.size());
    SVGGraphics2D g = canvas(WIDTH, height);
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g, new Rectangle(0, 0, WIDTH, height), info);
    labels.draw(g, info);
    return element(g, WIDTH, height);
  }

  private static Date date(LocalDate d) {
    return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
