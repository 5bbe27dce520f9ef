package org.municipaldx.iot;

import org.municipaldx.core.Labelled;

/** The quality flag of a reading, as the sensor, the gateway or a later check set it. */
public enum Quality implements Labelled {
  /** 正常: a plausible measurement. */
  GOOD("正常", "good"),
  /** 要確認: usable but doubtful (e.g. sensor warming up, calibration due). */
  SUSPECT("要確認", "suspect"),
  /** 無効: not a valid measurement; excluded from compliance judgements and counted separately. */
  INVALID("無効", "invalid");

  private final String japaneseName;
  private final String englishName;

  Quality(String japaneseName, String englishName) {
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
