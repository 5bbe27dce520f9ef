package org.municipaldx.survey;

/**
 * Who carries out, finally receives or relays a procedure (手続主体, 手続の受け手, 経由機関): a basic party or a combination, see {@link #parties()}; survey item 5, 6, 7.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum PartyCode implements SurveyCode {
  /** 1 国. */
  NATIONAL("1", "国", "the State"),
  /** 2 独立行政法人等. */
  AGENCY("2", "独立行政法人等", "incorporated administrative agencies"),
  /** 3 地方等. */
  LOCAL("3", "地方等", "local governments"),
  /** 4-1 国又は独立行政法人等. */
  NATIONAL_OR_AGENCY("4-1", "国又は独立行政法人等", "the State or agencies"),
  /** 4-2 独立行政法人等又は地方等. */
  AGENCY_OR_LOCAL("4-2", "独立行政法人等又は地方等", "agencies or local governments"),
  /** 4-3 国又は地方等. */
  NATIONAL_OR_LOCAL("4-3", "国又は地方等", "the State or local governments"),
  /** 4-4 国、独立行政法人等又は地方等. */
  NATIONAL_AGENCY_OR_LOCAL("4-4", "国、独立行政法人等又は地方等", "the State, agencies or local governments"),
  /** 5 国民等. */
  INDIVIDUALS("5", "国民等", "individuals"),
  /** 6 民間事業者等. */
  BUSINESSES("6", "民間事業者等", "businesses"),
  /** 7 国民等、民間事業者等. */
  INDIVIDUALS_AND_BUSINESSES("7", "国民等、民間事業者等", "individuals and businesses");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  PartyCode(String code, String japaneseName, String englishName) {
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

  /** {@return the basic parties this code stands for, e.g. {国, 地方等} for 4-3; never empty} */
  public java.util.Set<Party> parties() {
    switch (this) {
      case NATIONAL: return java.util.EnumSet.of(Party.NATIONAL);
      case AGENCY: return java.util.EnumSet.of(Party.AGENCY);
      case LOCAL: return java.util.EnumSet.of(Party.LOCAL);
      case NATIONAL_OR_AGENCY: return java.util.EnumSet.of(Party.NATIONAL, Party.AGENCY);
      case AGENCY_OR_LOCAL: return java.util.EnumSet.of(Party.AGENCY, Party.LOCAL);
      case NATIONAL_OR_LOCAL: return java.util.EnumSet.of(Party.NATIONAL, Party.LOCAL);
      case NATIONAL_AGENCY_OR_LOCAL: return java.util.EnumSet.of(Party.NATIONAL, Party.AGENCY, Party.LOCAL);
      case INDIVIDUALS: return java.util.EnumSet.of(Party.INDIVIDUALS);
      case BUSINESSES: return java.util.EnumSet.of(Party.BUSINESSES);
      default: return java.util.EnumSet.of(Party.INDIVIDUALS, Party.BUSINESSES);
    }
  }

  /** {@return whether local governments are among the parties (the survey's local-government view)} */
  public boolean includesLocal() {
    return this == LOCAL || this == AGENCY_OR_LOCAL || this == NATIONAL_OR_LOCAL || this == NATIONAL_AGENCY_OR_LOCAL;
  }

}
