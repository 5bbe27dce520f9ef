package org.municipaldx.regulation.review;

import org.municipaldx.core.Labelled;

/** A review policy (見直し方針) for an analog regulation. */
public enum ReviewPolicy implements Labelled {
  /** 見直し: the provision is to be revised. */
  REVISE("見直し", "revise"),
  /** 見直し不要: no revision needed; a reason is required. */
  NO_REVISION_NEEDED("見直し不要", "no revision needed"),
  /** 検討中: under consideration; a later decision replaces it. */
  UNDER_CONSIDERATION("検討中", "under consideration");

  private final String japaneseName;
  private final String englishName;

  ReviewPolicy(String japaneseName, String englishName) {
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
  public static ReviewPolicy parse(CharSequence text) {
    return Labelled.parse(ReviewPolicy.class, text);
  }
}
