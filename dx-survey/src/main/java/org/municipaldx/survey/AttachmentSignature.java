package org.municipaldx.survey;

/**
 * Whether attachments need an electronic signature (添付書類等への電子署名); survey item 19-4.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum AttachmentSignature implements SurveyCode {
  /** 1 電子署名は必要ない. */
  NOT_REQUIRED("1", "電子署名は必要ない", "not required"),
  /** 2 一部の書類で電子署名が必要. */
  SOME_DOCUMENTS("2", "一部の書類で電子署名が必要", "required on some documents"),
  /** 3 全ての書類で電子署名が必要. */
  ALL_DOCUMENTS("3", "全ての書類で電子署名が必要", "required on all documents");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  AttachmentSignature(String code, String japaneseName, String englishName) {
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
