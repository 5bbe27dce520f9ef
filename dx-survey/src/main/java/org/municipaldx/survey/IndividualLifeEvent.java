package org.municipaldx.survey;

/**
 * The life events of individuals at which a procedure happens (手続が行われるイベント(個人)); survey item 20-1.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum IndividualLifeEvent implements SurveyCode {
  /** 妊娠. */
  PREGNANCY("妊娠", "妊娠", "pregnancy"),
  /** 出生・こども. */
  BIRTH_AND_CHILDREN("出生・こども", "出生・こども", "birth and children"),
  /** 引越し. */
  MOVING("引越し", "引越し", "moving house"),
  /** 就職・転職. */
  EMPLOYMENT("就職・転職", "就職・転職", "starting or changing a job"),
  /** 結婚・離婚. */
  MARRIAGE_DIVORCE("結婚・離婚", "結婚・離婚", "marriage and divorce"),
  /** 自動車の購入・保有. */
  CAR("自動車の購入・保有", "自動車の購入・保有", "buying or owning a car"),
  /** 住宅の購入・保有. */
  HOUSING("住宅の購入・保有", "住宅の購入・保有", "buying or owning a home"),
  /** 介護. */
  NURSING_CARE("介護", "介護", "nursing care"),
  /** 医療・健康. */
  HEALTH("医療・健康", "医療・健康", "health care"),
  /** 税金. */
  TAX("税金", "税金", "tax"),
  /** 年金の受給. */
  PENSION("年金の受給", "年金の受給", "receiving a pension"),
  /** 死亡・相続. */
  DEATH_INHERITANCE("死亡・相続", "死亡・相続", "death and inheritance"),
  /** その他イベント（個人）. */
  OTHER("その他イベント（個人）", "その他イベント（個人）", "other individual event"),
  /** その他（個人にも法人にもあてはまらない）. */
  NEITHER("その他（個人にも法人にもあてはまらない）", "その他（個人にも法人にもあてはまらない）", "neither individuals nor businesses");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  IndividualLifeEvent(String code, String japaneseName, String englishName) {
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
  static java.util.Map<String, IndividualLifeEvent> aliases() {
    return java.util.Map.of("その他(個人も法人にもあてはまらない)", NEITHER);
  }

}
