package org.municipaldx.survey;

/**
 * Whether paying online is cheaper (手数料等のオンライン納付時の優遇措置); survey item 14-3.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum OnlineDiscount implements SurveyCode {
  /** 1 減免措置有り. */
  DISCOUNT("1", "減免措置有り", "discount"),
  /** 2 減免措置無し. */
  NO_DISCOUNT("2", "減免措置無し", "no discount");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  OnlineDiscount(String code, String japaneseName, String englishName) {
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
