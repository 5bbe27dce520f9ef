package org.municipaldx.regulation.law;

import org.municipaldx.core.Labelled;

/**
 * The kind of national law an e-Gov law ID names, read from the ID's type code.
 *
 * <p>Source: e-Gov 法令検索 「法令ID命名規約」 (https://laws.e-gov.go.jp/file/LawIdNamingConvention.pdf)
 * and 「法令種別と法令ID」 (https://laws.e-gov.go.jp/docs/law-data-basic/607318a-lawtypes-and-lawid/);
 * the per-type layouts follow the convention as implemented by the open-source Lawtext project
 * (yamachig/Lawtext, {@code core/src/law/lawID.ts}).
 */
public enum LawIdType implements Labelled {
  /** {@code CONSTITUTION}, e.g. {@code 321CONSTITUTION} (昭和二十一年憲法). */
  CONSTITUTION("憲法", "constitution"),
  /** {@code AC}, e.g. {@code 322AC0000000067} (昭和二十二年法律第六十七号). */
  ACT("法律", "act"),
  /** {@code CO}, e.g. {@code 415CO0000000263}. */
  CABINET_ORDER("政令", "cabinet order"),
  /** {@code IO}, e.g. {@code 318IO0000000618}. */
  IMPERIAL_ORDER("勅令", "imperial order"),
  /** {@code DF}: 太政官布告. */
  DAJOKAN_FUKOKU("太政官布告", "Dajokan proclamation"),
  /** {@code DT}: 太政官達. */
  DAJOKAN_TASSHI("太政官達", "Dajokan notice"),
  /** {@code DH}: 太政官布達. */
  DAJOKAN_FUTATSU("太政官布達", "Dajokan notification"),
  /** {@code M} + 8 hexadecimal ministry digits, e.g. {@code 427M60001080001}. */
  MINISTERIAL_ORDINANCE("府省令", "ministerial ordinance"),
  /** {@code RJNJ}: 人事院規則, e.g. {@code 333RJNJ09024000}. */
  NATIONAL_PERSONNEL_AUTHORITY_RULE("人事院規則", "National Personnel Authority rule"),
  /** {@code R} + 8 hexadecimal digits: 規則 of other bodies, e.g. {@code 322R00000001001}. */
  RULE("規則", "rule"),
  /** {@code RPMD}: 内閣総理大臣決定, e.g. {@code 427RPMD10100000}. */
  PRIME_MINISTER_DECISION("内閣総理大臣決定", "Prime Minister's decision"),
  /**
   * {@code M6} whose issuer flags name only commissions (委員会規則 issued under the ordinance type
   * code since 2001), e.g. {@code 428M60020000006} (個人情報保護委員会規則); see {@link LawId#type()}.
   */
  COMMISSION_RULE("委員会規則", "commission rule");

  private final String japaneseName;
  private final String englishName;

  LawIdType(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
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
