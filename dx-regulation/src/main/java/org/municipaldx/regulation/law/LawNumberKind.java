package org.municipaldx.regulation.law;

import org.municipaldx.core.Labelled;

/** The kind of national instrument a law number (法令番号) names, read from the words before 第…号. */
public enum LawNumberKind implements Labelled {
  /** 法律: an act of the Diet. */
  ACT("法律", "act"),
  /** 政令: a cabinet order. */
  CABINET_ORDER("政令", "cabinet order"),
  /** 勅令: an imperial order (before 1947). */
  IMPERIAL_ORDER("勅令", "imperial order"),
  /** 閣令: a cabinet ordinance (before 1947). */
  CABINET_ORDINANCE("閣令", "cabinet ordinance"),
  /** 府令, 省令, 庁令, 内閣官房令: an ordinance of one or more ministries or agencies (内閣府・法務省令). */
  MINISTERIAL_ORDINANCE("府省令", "ministerial ordinance"),
  /** 規則: a rule of a commission or of the Board of Audit (国家公安委員会規則, 会計検査院規則). */
  RULE("規則", "rule"),
  /** 告示: a public notice. */
  PUBLIC_NOTICE("告示", "public notice");

  private final String japaneseName;
  private final String englishName;

  LawNumberKind(String japaneseName, String englishName) {
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
