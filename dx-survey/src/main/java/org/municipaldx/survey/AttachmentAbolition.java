package org.municipaldx.survey;

/**
 * Whether attachments were abolished or left out (添付書類等提出の撤廃/省略状況); survey item 19-2.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum AttachmentAbolition implements SurveyCode {
  /** 1 撤廃・省略済. */
  ABOLISHED("1", "撤廃・省略済", "abolished"),
  /** 2 撤廃・省略予定. */
  TO_BE_ABOLISHED("2", "撤廃・省略予定", "to be abolished"),
  /** 3 撤廃・省略不可. */
  CANNOT_BE_ABOLISHED("3", "撤廃・省略不可", "cannot be abolished"),
  /** 4 その他. */
  OTHER("4", "その他", "other");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  AttachmentAbolition(String code, String japaneseName, String englishName) {
    this.code = code;
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  @Override
  public String code() {
    return code;
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
