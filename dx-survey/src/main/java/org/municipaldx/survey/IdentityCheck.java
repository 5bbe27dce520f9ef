package org.municipaldx.survey;

/**
 * How an applicant's identity is checked (申請等における本人確認手法); survey item 13.
 *
 * <p>Source: デジタル庁「行政手続等の悉皆調査」解説資料 (the codebook, {@code ../shared/data/procedures-survey/CODEBOOK.md}).
 */
public enum IdentityCheck implements SurveyCode {
  /** 1 押印＋印鑑証明. */
  SEAL_AND_CERTIFICATE("1", "押印＋印鑑証明", "seal and seal certificate"),
  /** 2 押印. */
  SEAL("2", "押印", "seal"),
  /** 3 署名. */
  SIGNATURE("3", "署名", "signature"),
  /** 4 本人確認書類の提示・提出. */
  IDENTITY_DOCUMENT("4", "本人確認書類の提示・提出", "identity document shown or submitted"),
  /** 5 その他. */
  OTHER("5", "その他", "other"),
  /** 6 本人確認不要. */
  NOT_REQUIRED("6", "本人確認不要", "not required");

  private final String code;
  private final String japaneseName;
  private final String englishName;

  IdentityCheck(String code, String japaneseName, String englishName) {
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
