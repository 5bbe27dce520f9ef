package org.municipaldx.survey;

/**
 * How attachments are submitted (添付書類等の提出方法); survey item 19-3.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum AttachmentSubmission implements SurveyCode {
  /** 0 電子・原紙を選択可能. */
  ELECTRONIC_OR_PAPER("0", "電子・原紙を選択可能", "electronic or paper"),
  /** 1 電子での提出のみ. */
  ELECTRONIC_ONLY("1", "電子での提出のみ", "electronic only"),
  /** 2 原紙での提出のみ. */
  PAPER_ONLY("2", "原紙での提出のみ", "paper only"),
  /** 3 一部電子、一部原紙での提出. */
  PARTLY_ELECTRONIC("3", "一部電子、一部原紙での提出", "partly electronic, partly paper"),
  /** 4 その他. */
  OTHER("4", "その他", "other");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  AttachmentSubmission(String code, String japaneseName, String englishName) {
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
