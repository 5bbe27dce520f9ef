package org.municipaldx.survey;

/**
 * The kind of local-government work (事務区分), when the actor or receiver includes local governments; survey item 9.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum LocalWorkKind implements SurveyCode {
  /** 1 自治事務. */
  AUTONOMOUS("1", "自治事務", "autonomous work"),
  /** 2 第1号法定受託事務. */
  FIRST_CLASS_DELEGATED("2", "第1号法定受託事務", "first-class statutory entrusted work"),
  /** 3 第2号法定受託事務. */
  SECOND_CLASS_DELEGATED("3", "第2号法定受託事務", "second-class statutory entrusted work"),
  /** 4 地方の事務でない. */
  NOT_LOCAL("4", "地方の事務でない", "not local-government work");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  LocalWorkKind(String code, String japaneseName, String englishName) {
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
