package org.municipaldx.survey;

/**
 * Professions that may apply on someone's behalf (申請に関連する士業); survey item 21.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum Profession implements SurveyCode {
  /** 弁護士. */
  ATTORNEY("弁護士", "弁護士", "attorney"),
  /** 司法書士. */
  JUDICIAL_SCRIVENER("司法書士", "司法書士", "judicial scrivener"),
  /** 行政書士. */
  ADMINISTRATIVE_SCRIVENER("行政書士", "行政書士", "administrative scrivener"),
  /** 税理士. */
  TAX_ACCOUNTANT("税理士", "税理士", "tax accountant"),
  /** 社会保険労務士. */
  LABOUR_CONSULTANT("社会保険労務士", "社会保険労務士", "labour and social security attorney"),
  /** 公認会計士. */
  CPA("公認会計士", "公認会計士", "certified public accountant"),
  /** 弁理士. */
  PATENT_ATTORNEY("弁理士", "弁理士", "patent attorney"),
  /** 土地家屋調査士. */
  LAND_SURVEYOR("土地家屋調査士", "土地家屋調査士", "land and house investigator"),
  /** 海事代理士. */
  MARITIME_SCRIVENER("海事代理士", "海事代理士", "maritime scrivener"),
  /** 中小企業診断士. */
  SME_CONSULTANT("中小企業診断士", "中小企業診断士", "SME management consultant"),
  /** 医療系職種. */
  MEDICAL("医療系職種", "医療系職種", "medical profession"),
  /** その他. */
  OTHER("その他", "その他", "other"),
  /** 士業が介在しない. */
  NONE("士業が介在しない", "士業が介在しない", "no profession involved");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  Profession(String code, String japaneseName, String englishName) {
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
