package org.municipaldx.survey;

/**
 * The type of a procedure (手続類型); survey item 4.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum ProcedureType implements SurveyCode {
  /** 1 申請等. */
  APPLICATION("1", "申請等", "application or notification to government"),
  /** 2-1 申請等に基づく処分通知等. */
  NOTICE_ON_APPLICATION("2-1", "申請等に基づく処分通知等", "notice answering an application"),
  /** 2-2 申請等に基づかない処分通知等. */
  NOTICE_WITHOUT_APPLICATION("2-2", "申請等に基づかない処分通知等", "notice not answering an application"),
  /** 2-3 交付等（民間手続）. */
  PRIVATE_DELIVERY("2-3", "交付等（民間手続）", "delivery between private parties"),
  /** 3 縦覧等. */
  PUBLIC_INSPECTION("3", "縦覧等", "public inspection"),
  /** 4 作成・保存等. */
  RECORD_KEEPING("4", "作成・保存等", "making and keeping records");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  ProcedureType(String code, String japaneseName, String englishName) {
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
