package org.municipaldx.examples.report;

import org.municipaldx.dataset.report.ReportBuilder;
import org.municipaldx.metrics.RoundingPolicy;

/** How the report and the command line print percentages: to 0.1, half-up (the report model's policy). */
public final class Percent {
  /** 0.1 %, half-up: {@link ReportBuilder#PERCENT}. */
  public static final RoundingPolicy POLICY = ReportBuilder.PERCENT;

  private Percent() {}
}
