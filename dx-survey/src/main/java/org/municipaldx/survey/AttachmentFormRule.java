package org.municipaldx.survey;

/**
 * Where the form of attachments is laid down (添付形式等が定められた規定); survey item 19-5.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum AttachmentFormRule implements SurveyCode {
  /** 0 規定はない. */
  NONE("0", "規定はない", "nowhere"),
  /** 1 法令の規定. */
  LAW("1", "法令の規定", "in law"),
  /** 2 告示等の規定. */
  NOTICE("2", "告示等の規定", "in a public notice"),
  /** 3 システムの仕様. */
  SYSTEM_SPECIFICATION("3", "システムの仕様", "in the system's specification"),
  /** 4 その他. */
  OTHER("4", "その他", "other");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  AttachmentFormRule(String code, String japaneseName, String englishName) {
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
