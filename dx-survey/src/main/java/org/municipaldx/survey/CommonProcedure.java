package org.municipaldx.survey;

/**
 * Whether a procedure is common to ministries (府省共通手続); survey item 10.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum CommonProcedure implements SurveyCode {
  /** ○ 全府省. */
  ALL_MINISTRIES("○", "全府省", "common to all ministries"),
  /** ● 一部の府省. */
  SOME_MINISTRIES("●", "一部の府省", "common to some ministries"),
  /** × 府省共通手続でない. */
  NOT_COMMON("×", "府省共通手続でない", "not common");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  CommonProcedure(String code, String japaneseName, String englishName) {
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
