package org.municipaldx.survey;

/**
 * How fees are paid (手数料等の納付方法); codes 1-x are offline, 2-x online; survey item 14-2.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum PaymentMethod implements SurveyCode {
  /** 1-1 行政機関の窓口. */
  OFFICE_COUNTER("1-1", "行政機関の窓口", "government counter"),
  /** 1-2 銀行の窓口. */
  BANK_COUNTER("1-2", "銀行の窓口", "bank counter"),
  /** 1-3 ペイジー(ATM). */
  PAY_EASY_ATM("1-3", "ペイジー(ATM)", "Pay-easy at an ATM"),
  /** 1-4 コンビニ等代理施設. */
  CONVENIENCE_STORE("1-4", "コンビニ等代理施設", "convenience store or agent"),
  /** 1-5 その他オフラインでの納付方法. */
  OTHER_OFFLINE("1-5", "その他オフラインでの納付方法", "other offline method"),
  /** 2-1 ペイジー(ネットバンキング). */
  PAY_EASY_NET_BANKING("2-1", "ペイジー(ネットバンキング)", "Pay-easy by net banking"),
  /** 2-2 ペイジー(ダイレクト方式). */
  PAY_EASY_DIRECT("2-2", "ペイジー(ダイレクト方式)", "Pay-easy direct"),
  /** 2-3 クレジットカード払い. */
  CREDIT_CARD("2-3", "クレジットカード払い", "credit card"),
  /** 2-4 二次元コード決済. */
  QR_CODE("2-4", "二次元コード決済", "QR-code payment"),
  /** 2-5 インターネットバンキング. */
  INTERNET_BANKING("2-5", "インターネットバンキング", "internet banking"),
  /** 2-6 その他オンラインでの納付方法. */
  OTHER_ONLINE("2-6", "その他オンラインでの納付方法", "other online method");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  PaymentMethod(String code, String japaneseName, String englishName) {
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

  /** {@return whether the method is online (codes 2-x): the cashless indicator} */
  public boolean isOnline() {
    return code.startsWith("2-");
  }

}
