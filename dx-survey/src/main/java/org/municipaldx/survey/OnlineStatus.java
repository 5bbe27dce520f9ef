package org.municipaldx.survey;

/**
 * Whether a procedure is online (オンライン化の実施状況); survey item 12-1.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum OnlineStatus implements SurveyCode {
  /** 1 実施済. */
  ONLINE("1", "実施済", "online"),
  /** 2 未実施. */
  NOT_ONLINE("2", "未実施", "not online"),
  /** 3 適用除外. */
  EXEMPT("3", "適用除外", "exempt"),
  /** 4 その他. */
  OTHER("4", "その他", "other"),
  /** 5 一部実施済. */
  PARTLY_ONLINE("5", "一部実施済", "online at some ministries");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  OnlineStatus(String code, String japaneseName, String englishName) {
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
