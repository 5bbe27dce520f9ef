package org.municipaldx.iot.standard;

import org.municipaldx.core.Labelled;

/** How readings are judged against a limit. */
public enum Judgement implements Labelled {
  /** 測定値ごと: every reading must be within the limit. */
  PER_READING("測定値ごと", "per reading"),
  /**
   * 1日の平均値: the mean of a location's readings over each calendar day (in the report's time
   * zone) must be within the limit.
   */
  DAILY_AVERAGE("1日の平均値", "daily average");

  private final String japaneseName;
  private final String englishName;

  Judgement(String japaneseName, String englishName) {
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
