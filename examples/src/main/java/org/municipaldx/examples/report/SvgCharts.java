package org.municipaldx.examples.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
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
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts as SVG, drawn by JFreeChart on a JFreeSVG graphics context. Text stays text
 * ({@code <text>} elements with a generic {@code sans-serif} family), so Japanese labels are
 * rendered by the browser with whatever Japanese font it has; nothing is embedded.
 */
public final class SvgCharts {
  private static final String FONT = Font.SANS_SERIF;
  private static final Color ACCENT = new Color(0x1f, 0x6f, 0xb2);

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
    theme.apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
  }

  private static String svg(JFreeChart chart, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    chart.draw(g, new Rectangle(0, 0, width, height));
    return g.getSVGElement(null, true, null, null, null);
  }

  /**
   * A horizontal bar chart of one value per category, in the map's order.
   *
   * @param title  the chart title
   * @param valueAxis  the value axis label, e.g. 時間
   * @param values  label → value, in display order
   * @return an {@code <svg>} element
   */
  public static String bars(String title, String valueAxis, Map<String, ? extends Number> values) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((label, v) -> data.addValue(v, valueAxis, label));
    JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.HORIZONTAL,
        false, false, false);
    theme(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    ((BarRenderer) plot.getRenderer()).setSeriesPaint(0, ACCENT);
    CategoryAxis axis = plot.getDomainAxis();
    axis.setMaximumCategoryLabelWidthRatio(0.45f);
    int height = Math.max(240, 60 + 22 * values.size());
    return svg(chart, 860, height);
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
    return svg(chart, 860, 320);
  }

  /** A roadmap bar: a task from the start of one fiscal year to the end of another. */
  public record GanttBar(String label, LocalDate start, LocalDate end) {}

  /**
   * A Gantt chart with one bar per task.
   *
   * @param title  the chart title
   * @param seriesName  the series label
   * @param bars  the bars, in display order
   * @return an {@code <svg>} element
   */
  public static String gantt(String title, String seriesName, List<GanttBar> bars) {
    TaskSeries series = new TaskSeries(seriesName);
    for (GanttBar b : bars) {
      series.add(new Task(b.label(), date(b.start()), date(b.end().plusDays(1))));
    }
    TaskSeriesCollection data = new TaskSeriesCollection();
    data.add(series);
    JFreeChart chart = ChartFactory.createGanttChart(title, null, "年度", data, false, false, false);
    theme(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.getRenderer().setSeriesPaint(0, ACCENT);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
    return svg(chart, 860, Math.max(240, 70 + 26 * bars.size()));
  }

  private static Date date(LocalDate d) {
    return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
