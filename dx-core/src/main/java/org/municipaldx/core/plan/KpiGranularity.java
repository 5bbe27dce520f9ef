package org.municipaldx.core.plan;

import org.municipaldx.core.Labelled;

/** How the points of a KPI series are dated. */
public enum KpiGranularity implements Labelled {
  /** One point per calendar month. */
  MONTH("月次", "monthly"),
  /** One point per fiscal year. */
  FISCAL_YEAR("年度", "fiscal year"),
  /** Points at stated dates (or undated counts, e.g. a number of systems). */
  SNAPSHOT("時点", "snapshot");

  private final String japaneseName;
  private final String englishName;

  KpiGranularity(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  @Override
  public String japaneseName() {
    return japaneseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
