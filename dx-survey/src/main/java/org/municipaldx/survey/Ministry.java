package org.municipaldx.survey;

/**
 * The ministry or agency responsible for the law that defines a procedure (所管府省庁), and the ministries that carry it out (実施府省庁); survey item 1, 11.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum Ministry implements SurveyCode {
  /** 内閣府. */
  CABINET_OFFICE("内閣府", "内閣府", "Cabinet Office"),
  /** 内閣官房. */
  CABINET_SECRETARIAT("内閣官房", "内閣官房", "Cabinet Secretariat"),
  /** 内閣法制局. */
  CABINET_LEGISLATION_BUREAU("内閣法制局", "内閣法制局", "Cabinet Legislation Bureau"),
  /** 人事院. */
  NATIONAL_PERSONNEL_AUTHORITY("人事院", "人事院", "National Personnel Authority"),
  /** デジタル庁. */
  DIGITAL_AGENCY("デジタル庁", "デジタル庁", "Digital Agency"),
  /** 復興庁. */
  RECONSTRUCTION_AGENCY("復興庁", "復興庁", "Reconstruction Agency"),
  /** 総務省. */
  INTERNAL_AFFAIRS("総務省", "総務省", "Ministry of Internal Affairs and Communications"),
  /** 法務省. */
  JUSTICE("法務省", "法務省", "Ministry of Justice"),
  /** 外務省. */
  FOREIGN_AFFAIRS("外務省", "外務省", "Ministry of Foreign Affairs"),
  /** 財務省. */
  FINANCE("財務省", "財務省", "Ministry of Finance"),
  /** 文部科学省. */
  EDUCATION("文部科学省", "文部科学省", "Ministry of Education, Culture, Sports, Science and Technology"),
  /** 厚生労働省. */
  HEALTH_LABOUR("厚生労働省", "厚生労働省", "Ministry of Health, Labour and Welfare"),
  /** 農林水産省. */
  AGRICULTURE("農林水産省", "農林水産省", "Ministry of Agriculture, Forestry and Fisheries"),
  /** 経済産業省. */
  ECONOMY_TRADE("経済産業省", "経済産業省", "Ministry of Economy, Trade and Industry"),
  /** 国土交通省. */
  LAND_TRANSPORT("国土交通省", "国土交通省", "Ministry of Land, Infrastructure, Transport and Tourism"),
  /** 環境省. */
  ENVIRONMENT("環境省", "環境省", "Ministry of the Environment"),
  /** 防衛省. */
  DEFENCE("防衛省", "防衛省", "Ministry of Defense"),
  /** 宮内庁. */
  IMPERIAL_HOUSEHOLD_AGENCY("宮内庁", "宮内庁", "Imperial Household Agency"),
  /** 公正取引委員会. */
  FAIR_TRADE_COMMISSION("公正取引委員会", "公正取引委員会", "Japan Fair Trade Commission"),
  /** 国家公安委員会・警察庁. */
  NATIONAL_PUBLIC_SAFETY_COMMISSION("国家公安委員会・警察庁", "国家公安委員会・警察庁", "National Public Safety Commission and National Police Agency"),
  /** 個人情報保護委員会. */
  PERSONAL_INFORMATION_PROTECTION_COMMISSION("個人情報保護委員会", "個人情報保護委員会", "Personal Information Protection Commission"),
  /** カジノ管理委員会. */
  CASINO_REGULATORY_COMMISSION("カジノ管理委員会", "カジノ管理委員会", "Casino Regulatory Commission"),
  /** 金融庁. */
  FINANCIAL_SERVICES_AGENCY("金融庁", "金融庁", "Financial Services Agency"),
  /** 消費者庁. */
  CONSUMER_AFFAIRS_AGENCY("消費者庁", "消費者庁", "Consumer Affairs Agency"),
  /** こども家庭庁. */
  CHILDREN_AND_FAMILIES_AGENCY("こども家庭庁", "こども家庭庁", "Children and Families Agency"),
  /** 会計検査院. */
  BOARD_OF_AUDIT("会計検査院", "会計検査院", "Board of Audit");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  Ministry(String code, String japaneseName, String englishName) {
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
