package org.municipaldx.survey;

/**
 * Whether a fee is payable (手数料等の納付有無); survey item 14-1.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum FeeRequirement implements SurveyCode {
  /** 1 手数料等無し. */
  NO_FEE("1", "手数料等無し", "no fee"),
  /** 2 手数料等有り. */
  FEE("2", "手数料等有り", "fee payable");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  FeeRequirement(String code, String japaneseName, String englishName) {
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
