package org.municipaldx.examples.report;

import java.math.RoundingMode;
import org.municipaldx.metrics.RoundingPolicy;

/** How the report and the command line print percentages: to 0.1, half-up. */
public final class Percent {
  /** 0.1 %, half-up. */
  public static final RoundingPolicy POLICY = RoundingPolicy.of(RoundingMode.HALF_UP, RoundingPolicy.TENTH);

  private Percent() {}
}
