package org.municipaldx.regulation.review;

import org.municipaldx.core.Labelled;

/** A state of an item in the review workflow, in workflow order; see {@link ReviewWorkflow}. */
public enum ReviewState implements Labelled {
  /** 洗い出し: found in the instruments (by keyword search of the 例規 system, say). */
  IDENTIFIED("洗い出し", "identified"),
  /** 該非判断: judged to be, or not to be, an analog regulation. */
  ASSESSED("該非判断", "assessed"),
  /** 類型分類: its types and sub-types confirmed. */
  CLASSIFIED("類型分類", "classified"),
  /** 見直し方針決定: revise, no revision needed (with reason) or under consideration. */
  POLICY_DECIDED("見直し方針決定", "policy decided"),
  /** 改正済: the amending instrument is adopted, with its effective date. */
  REVISED("改正済", "revised"),
  /** フォローアップ: the revised practice has been followed up. */
  FOLLOWED_UP("フォローアップ済", "followed up");

  private final String japaneseName;
  private final String englishName;

  ReviewState(String japaneseName, String englishName) {
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

  /**
   * {@return the constant, never null}
   *
   * @param text  a Japanese or English label or constant name, not null
   * @throws IllegalArgumentException naming the text and the accepted labels
   */
  public static ReviewState parse(CharSequence text) {
    return Labelled.parse(ReviewState.class, text);
  }
}
