package org.municipaldx.core.initiative;

import org.municipaldx.core.Labelled;

/** The 区分 of an initiative in a fiscal year's plan. */
public enum InitiativeStatus implements Labelled {
  /** 継続: continuing from earlier years. */
  CONTINUING("継続", "continuing"),
  /** 新規: new this year. */
  NEW("新規", "new"),
  /** 拡充: expanded. */
  EXPANDED("拡充", "expanded");

  private final String japaneseName;
  private final String englishName;

  InitiativeStatus(String japaneseName, String englishName) {
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

  /**
   * Parses a status (継続, 新規 or 拡充) from its Japanese label, English label or constant name.
   *
   * @param text  the text, not null
   * @return the constant, never null
   * @throws IllegalArgumentException naming the text and the accepted labels if none matches
   */
  public static InitiativeStatus parse(CharSequence text) {
    return Labelled.parse(InitiativeStatus.class, text);
  }
}
