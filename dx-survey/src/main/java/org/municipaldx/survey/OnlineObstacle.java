package org.municipaldx.survey;

/**
 * The plan or the obstacle to putting a procedure online (オンライン化の実施予定及び検討時の懸念点); survey item 12-2.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum OnlineObstacle implements SurveyCode {
  /** 0 オンライン化実施予定. */
  PLANNED("0", "オンライン化実施予定", "going online as planned"),
  /** 1 制度改正が必要であり、制度改正のための時間確保が困難. */
  NO_TIME_FOR_LAW_CHANGE("1", "制度改正が必要であり、制度改正のための時間確保が困難", "needs a change of law; no time for it"),
  /** 2 制度改正が必要であり、制度改正の業務上の優先順位が高くない. */
  LAW_CHANGE_LOW_PRIORITY("2", "制度改正が必要であり、制度改正の業務上の優先順位が高くない", "needs a change of law; low priority"),
  /** 3 電子化に必要なシステムが省庁内に備わっていない. */
  NO_SYSTEM("3", "電子化に必要なシステムが省庁内に備わっていない", "the ministry lacks the system"),
  /** 4 一部の必要書類の原本が紙であり、電子化してもオンライン処理が完結しない. */
  PAPER_ORIGINALS("4", "一部の必要書類の原本が紙であり、電子化してもオンライン処理が完結しない", "some originals are paper"),
  /** 5 性質上、電子化すべきでない. */
  SHOULD_NOT_BE_ELECTRONIC("5", "性質上、電子化すべきでない", "should not be electronic by its nature"),
  /** 6 オンライン化の費用対効果が小さい又は不明. */
  LOW_COST_BENEFIT("6", "オンライン化の費用対効果が小さい又は不明", "cost-benefit small or unknown"),
  /** 7 上記に該当しない. */
  NONE_OF_THE_ABOVE("7", "上記に該当しない", "none of the above");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  OnlineObstacle(String code, String japaneseName, String englishName) {
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
