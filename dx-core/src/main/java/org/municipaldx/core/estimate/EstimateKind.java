package org.municipaldx.core.estimate;

import org.municipaldx.core.Labelled;

/** How a time-saving figure was obtained. */
public enum EstimateKind implements Labelled {
  /** A product of factors, e.g. 30分×1,303件. */
  FORMULA("算式", "formula"),
  /** A total computed elsewhere (別途積算), possibly approximate (約). */
  LUMP_SUM("別途積算", "lump sum"),
  /** A difference measured between two periods. */
  MEASURED("実測", "measured"),
  /** Under verification (検証中): a figure is expected but not yet known. */
  PENDING("検証中", "pending"),
  /** No estimate (—). */
  NONE("—", "none");

  private final String japaneseName;
  private final String englishName;

  EstimateKind(String japaneseName, String englishName) {
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
