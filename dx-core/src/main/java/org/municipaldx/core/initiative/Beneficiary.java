package org.municipaldx.core.initiative;

import org.municipaldx.core.Labelled;

/** Whose time an initiative saves. */
public enum Beneficiary implements Labelled {
  /** 市民: residents. */
  RESIDENTS("市民", "residents"),
  /** 事業者: businesses (bidders, contractors …). */
  BUSINESSES("事業者", "businesses"),
  /** 職員: the municipality's staff. */
  STAFF("職員", "staff"),
  /** 委員: members of committees (e.g. 介護認定審査会 members). */
  COMMITTEE_MEMBERS("委員", "committee members"),
  /** その他: anyone else (町内会 officers, volunteers …). */
  OTHER("その他", "other");

  private final String japaneseName;
  private final String englishName;

  Beneficiary(String japaneseName, String englishName) {
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
   * Parses a beneficiary from its Japanese label, English label or constant name.
   *
   * @param text  the text, not null
   * @return the constant, never null
   * @throws IllegalArgumentException naming the text and the accepted labels if none matches
   */
  public static Beneficiary parse(CharSequence text) {
    return Labelled.parse(Beneficiary.class, text);
  }
}
