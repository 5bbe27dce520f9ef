package org.municipaldx.survey;

import org.municipaldx.core.Labelled;

/**
 * The 38 columns of the survey file, in the published order, with the codebook's item number
 * (the file's first header row) and the column name (its second header row).
 */
public enum SurveyColumn implements Labelled {
  /** 0 手続ID. */
  PROCEDURE_ID("0", "手続ID", "procedure id"),
  /** 1 所管府省庁. */
  MINISTRY("1", "所管府省庁", "ministry"),
  /** 2 手続名. */
  NAME("2", "手続名", "procedure name"),
  /** 3-1 法令名. */
  LAW_NAME("3-1", "法令名", "law name"),
  /** 3-2 法令番号. */
  LAW_NUMBER("3-2", "法令番号", "law number"),
  /** 3-3 根拠条項号. */
  PROVISION("3-3", "根拠条項号", "provision"),
  /** 4 手続類型. */
  TYPE("4", "手続類型", "procedure type"),
  /** 5 手続主体. */
  ACTOR("5", "手続主体", "actor"),
  /** 6 手続の受け手. */
  RECEIVER("6", "手続の受け手", "receiver"),
  /** 7 経由機関. */
  VIA("7", "経由機関", "via"),
  /** 8 独立行政法人等の名称. */
  AGENCY_NAME("8", "独立行政法人等の名称", "agency name"),
  /** 9 事務区分. */
  LOCAL_WORK_KIND("9", "事務区分", "local work kind"),
  /** 10 府省共通手続. */
  COMMON("10", "府省共通手続", "common procedure"),
  /** 11 実施府省庁. */
  CARRIED_OUT_BY("11", "実施府省庁", "carried out by"),
  /** 12-1 オンライン化の実施状況. */
  ONLINE_STATUS("12-1", "オンライン化の実施状況", "online status"),
  /** 12-2 オンライン化の実施予定及び検討時の懸念点. */
  OBSTACLES("12-2", "オンライン化の実施予定及び検討時の懸念点", "online plan and obstacles"),
  /** 12-3 オンライン化実施時期. */
  TIMING("12-3", "オンライン化実施時期", "online timing"),
  /** 13 申請等における本人確認手法. */
  IDENTITY_CHECKS("13", "申請等における本人確認手法", "identity checks"),
  /** 14-1 手数料等の納付有無. */
  FEE("14-1", "手数料等の納付有無", "fee"),
  /** 14-2 手数料等の納付方法. */
  PAYMENT_METHODS("14-2", "手数料等の納付方法", "payment methods"),
  /** 14-3 手数料等のオンライン納付時の優遇措置. */
  ONLINE_DISCOUNT("14-3", "手数料等のオンライン納付時の優遇措置", "online discount"),
  /** 15-1 処理期間(オンライン). */
  PERIOD_ONLINE("15-1", "処理期間(オンライン)", "processing period online"),
  /** 15-2 処理期間(非オンライン). */
  PERIOD_OFFLINE("15-2", "処理期間(非オンライン)", "processing period offline"),
  /** 16-1 情報システム(申請). */
  APPLICATION_SYSTEMS("16-1", "情報システム(申請)", "application systems"),
  /** 16-2 情報システム(事務処理). */
  BACK_OFFICE_SYSTEMS("16-2", "情報システム(事務処理)", "back-office systems"),
  /** 17-1 総手続件数. */
  TOTAL_CASES("17-1", "総手続件数", "total cases"),
  /** 17-2 オンライン手続件数. */
  ONLINE_CASES("17-2", "オンライン手続件数", "online cases"),
  /** 17-3 非オンライン手続件数. */
  OFFLINE_CASES("17-3", "非オンライン手続件数", "offline cases"),
  /** 18 申請書等に記載させる情報. */
  FORM_INFORMATION("18", "申請書等に記載させる情報", "form information"),
  /** 19-1 申請時に添付させる書類. */
  ATTACHMENTS("19-1", "申請時に添付させる書類", "attachments"),
  /** 19-2 添付書類等提出の撤廃/省略状況. */
  ATTACHMENT_ABOLITION("19-2", "添付書類等提出の撤廃/省略状況", "attachment abolition"),
  /** 19-3 添付書類等の提出方法. */
  ATTACHMENT_SUBMISSION("19-3", "添付書類等の提出方法", "attachment submission"),
  /** 19-4 添付書類等への電子署名. */
  ATTACHMENT_SIGNATURE("19-4", "添付書類等への電子署名", "attachment signature"),
  /** 19-5 添付形式等が定められた規定. */
  ATTACHMENT_FORM_RULE("19-5", "添付形式等が定められた規定", "attachment form rule"),
  /** 20-1 手続が行われるイベント(個人). */
  INDIVIDUAL_EVENTS("20-1", "手続が行われるイベント(個人)", "individual life events"),
  /** 20-2 手続が行われるイベント(法人). */
  BUSINESS_EVENTS("20-2", "手続が行われるイベント(法人)", "business life events"),
  /** 21 申請に関連する士業. */
  PROFESSIONS("21", "申請に関連する士業", "professions"),
  /** 22 申請を提出する機関. */
  SUBMISSION_OFFICES("22", "申請を提出する機関", "submission offices");

  private final String item;
  private final String japaneseName;
  private final String englishName;

  SurveyColumn(String item, String japaneseName, String englishName) {
    this.item = item;
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /** {@return the codebook's item number, e.g. {@code 12-1}} */
  public String item() {
    return item;
  }

  /** {@return the column name as the file's header writes it, e.g. {@code オンライン化の実施状況}} */
  @Override
  public String japaneseName() {
    return japaneseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
