package org.municipaldx.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The buffer of {@code ComplianceAggregator}: the day segments of a group (at most 366 a fiscal year). Not API. */
public final class SegmentList implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The segments, in any order. */
  public final List<Segment> segments = new ArrayList<>();
}
