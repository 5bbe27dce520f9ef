package org.municipaldx.survey;

/**
 * Documents an application must attach (申請時に添付させる書類); survey item 19-1.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum Attachment implements SurveyCode {
  /** 住民票. */
  RESIDENCE_CERTIFICATE("住民票", "住民票", "residence certificate"),
  /** 戸籍. */
  FAMILY_REGISTER("戸籍", "戸籍", "family register"),
  /** 登記事項証明書（商業）. */
  COMMERCIAL_REGISTRY("登記事項証明書（商業）", "登記事項証明書（商業）", "commercial registry certificate"),
  /** 登記事項証明書（不動産）. */
  REAL_ESTATE_REGISTRY("登記事項証明書（不動産）", "登記事項証明書（不動産）", "real-estate registry certificate"),
  /** 印鑑登録証明書（個人）. */
  PERSONAL_SEAL_CERTIFICATE("印鑑登録証明書（個人）", "印鑑登録証明書（個人）", "personal seal certificate"),
  /** 印鑑登録証明書（法人）. */
  CORPORATE_SEAL_CERTIFICATE("印鑑登録証明書（法人）", "印鑑登録証明書（法人）", "corporate seal certificate"),
  /** 所得証明書・納税証明書. */
  INCOME_OR_TAX_CERTIFICATE("所得証明書・納税証明書", "所得証明書・納税証明書", "income or tax certificate"),
  /** 健康保険及び厚生年金保険の納入証明書. */
  SOCIAL_INSURANCE_PAYMENT_CERTIFICATE("健康保険及び厚生年金保険の納入証明書", "健康保険及び厚生年金保険の納入証明書", "social-insurance payment certificate"),
  /** 定款. */
  ARTICLES_OF_INCORPORATION("定款", "定款", "articles of incorporation"),
  /** 決算書. */
  FINANCIAL_STATEMENTS("決算書", "決算書", "financial statements"),
  /** 社員名簿. */
  MEMBER_LIST("社員名簿", "社員名簿", "member list"),
  /** 営業許可証（食品衛生法、建設業等）. */
  BUSINESS_LICENCE("営業許可証（食品衛生法、建設業等）", "営業許可証（食品衛生法、建設業等）", "business licence"),
  /** 資格証明書（くるみん認定等）. */
  QUALIFICATION_CERTIFICATE("資格証明書（くるみん認定等）", "資格証明書（くるみん認定等）", "qualification certificate"),
  /** その他の添付書類. */
  OTHER("その他の添付書類", "その他の添付書類", "other attachments"),
  /** 添付書類なし. */
  NONE("添付書類なし", "添付書類なし", "no attachments");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  Attachment(String code, String japaneseName, String englishName) {
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
