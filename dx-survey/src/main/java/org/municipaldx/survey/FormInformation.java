package org.municipaldx.survey;

/**
 * Information the application form requires (申請書等に記載させる情報); survey item 18.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum FormInformation implements SurveyCode {
  /** マイナンバー. */
  MY_NUMBER("マイナンバー", "マイナンバー", "individual number"),
  /** 法人番号. */
  CORPORATE_NUMBER("法人番号", "法人番号", "corporate number"),
  /** 健康保険適用事業所番号. */
  HEALTH_INSURANCE_OFFICE_NUMBER("健康保険適用事業所番号", "健康保険適用事業所番号", "health-insurance office number"),
  /** 労働保険適用事業所番号. */
  LABOUR_INSURANCE_OFFICE_NUMBER("労働保険適用事業所番号", "労働保険適用事業所番号", "labour-insurance office number"),
  /** 雇用保険適用事業所番号. */
  EMPLOYMENT_INSURANCE_OFFICE_NUMBER("雇用保険適用事業所番号", "雇用保険適用事業所番号", "employment-insurance office number"),
  /** 本店又は主たる事務所の所在地. */
  HEAD_OFFICE_ADDRESS("本店又は主たる事務所の所在地", "本店又は主たる事務所の所在地", "head office address"),
  /** 商号又は名称. */
  TRADE_NAME("商号又は名称", "商号又は名称", "trade name"),
  /** 役員氏名（代表者含む）. */
  OFFICERS("役員氏名（代表者含む）", "役員氏名（代表者含む）", "officers' names"),
  /** 代表者住所. */
  REPRESENTATIVE_ADDRESS("代表者住所", "代表者住所", "representative's address"),
  /** 資本金. */
  CAPITAL("資本金", "資本金", "capital"),
  /** その他の情報. */
  OTHER("その他の情報", "その他の情報", "other information");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  FormInformation(String code, String japaneseName, String englishName) {
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
