package org.municipaldx.regulation.review;

import org.municipaldx.core.Labelled;

/** The outcome of 該非判断: whether a provision is an analog regulation. */
public enum AssessmentVerdict implements Labelled {
  /** 該当: an analog regulation. */
  ANALOG_REGULATION("該当", "analog regulation"),
  /** 非該当: not an analog regulation; the item leaves the review. */
  NOT_ANALOG_REGULATION("非該当", "not an analog regulation");

  private final String japaneseName;
  private final String englishName;

  AssessmentVerdict(String japaneseName, String englishName) {
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
  public static AssessmentVerdict parse(CharSequence text) {
    return Labelled.parse(AssessmentVerdict.class, text);
  }
}
