package org.municipaldx.survey;

import org.municipaldx.core.Labelled;

/** A basic party of a procedure; the survey's combined codes (4-1 … 4-4, 7) are sets of these ({@link PartyCode#parties()}). */
public enum Party implements Labelled {
  /** 国: the State. */
  NATIONAL("国", "the State"),
  /** 独立行政法人等: incorporated administrative agencies and similar bodies. */
  AGENCY("独立行政法人等", "agencies"),
  /** 地方等: local governments and their bodies. */
  LOCAL("地方等", "local governments"),
  /** 国民等: individuals. */
  INDIVIDUALS("国民等", "individuals"),
  /** 民間事業者等: businesses, sole proprietors included. */
  BUSINESSES("民間事業者等", "businesses");

  private final String japaneseName;
  private final String englishName;

  Party(String japaneseName, String englishName) {
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
