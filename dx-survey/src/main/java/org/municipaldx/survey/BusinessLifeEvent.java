package org.municipaldx.survey;

/**
 * The life events of businesses at which a procedure happens (手続が行われるイベント(法人)); survey item 20-2.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum BusinessLifeEvent implements SurveyCode {
  /** 法人の設立. */
  INCORPORATION("法人の設立", "法人の設立", "incorporation"),
  /** 法人の情報変更・役員変更. */
  CHANGE_OF_DETAILS("法人の情報変更・役員変更", "法人の情報変更・役員変更", "change of details or officers"),
  /** 職員の採用・退職. */
  HIRING_AND_LEAVING("職員の採用・退職", "職員の採用・退職", "hiring and leaving"),
  /** 入札・契約. */
  BIDDING_AND_CONTRACTS("入札・契約", "入札・契約", "bidding and contracts"),
  /** 事務所の新設・移転. */
  OFFICE_OPENING_OR_MOVE("事務所の新設・移転", "事務所の新設・移転", "opening or moving an office"),
  /** 新しい事業の開始. */
  NEW_BUSINESS("新しい事業の開始", "新しい事業の開始", "starting a new business"),
  /** 法人の合併・分割. */
  MERGER_OR_SPLIT("法人の合併・分割", "法人の合併・分割", "merger or split"),
  /** 法人の承継・廃業. */
  SUCCESSION_OR_CLOSURE("法人の承継・廃業", "法人の承継・廃業", "succession or closure"),
  /** 定期的な報告等. */
  PERIODIC_REPORTS("定期的な報告等", "定期的な報告等", "periodic reports"),
  /** 作業ごとの報告等. */
  PER_TASK_REPORTS("作業ごとの報告等", "作業ごとの報告等", "reports per task"),
  /** その他イベント（法人）. */
  OTHER("その他イベント（法人）", "その他イベント（法人）", "other business event"),
  /** その他（個人にも法人にもあてはまらない）. */
  NEITHER("その他（個人にも法人にもあてはまらない）", "その他（個人にも法人にもあてはまらない）", "neither individuals nor businesses");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  BusinessLifeEvent(String code, String japaneseName, String englishName) {
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

  /** {@return other spellings the published file uses for a constant's label} */
  static java.util.Map<String, BusinessLifeEvent> aliases() {
    return java.util.Map.of("その他(個人も法人にもあてはまらない)", NEITHER);
  }

}
