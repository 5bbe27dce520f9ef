package org.municipaldx.survey;

import org.municipaldx.core.Labelled;

/** The unit of a processing period as the survey writes it (日, 週, 月). */
public enum PeriodUnit implements Labelled {
  /** 日. */
  DAYS("日", "days"),
  /** 週 (週間). */
  WEEKS("週", "weeks"),
  /** 月 (か月, ヶ月, カ月): calendar months, not a whole number of days. */
  MONTHS("月", "months");

  private final String japaneseName;
  private final String englishName;

  PeriodUnit(String japaneseName, String englishName) {
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
