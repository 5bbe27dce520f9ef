package org.municipaldx.regulation.law;

import org.municipaldx.core.Labelled;

/** The kind of a municipality's legal instrument (例規) that holds a provision. */
public enum LegalInstrumentKind implements Labelled {
  /** 条例: an ordinance enacted by the assembly. */
  ORDINANCE("条例", "ordinance"),
  /** 規則: a rule made by the mayor or a commission. */
  RULE("規則", "rule"),
  /** 要綱: an internal guideline (outline) for administering a programme. */
  GUIDELINE("要綱", "guideline"),
  /** 告示: a public notice. */
  PUBLIC_NOTICE("告示", "public notice"),
  /** 訓令: an internal directive to staff. */
  DIRECTIVE("訓令", "directive"),
  /** その他: any other instrument (規程, 要領, 通知 ...). */
  OTHER("その他", "other");

  private final String japaneseName;
  private final String englishName;

  LegalInstrumentKind(String japaneseName, String englishName) {
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
   * {@return the kind, never null}
   *
   * @param text  a Japanese or English label or constant name, not null
   * @throws IllegalArgumentException naming the text and the accepted labels
   */
  public static LegalInstrumentKind parse(CharSequence text) {
    return Labelled.parse(LegalInstrumentKind.class, text);
  }
}
