package org.municipaldx.procurement;

import org.municipaldx.core.Labelled;

/** How far one stage of the public-works pipeline is digital. */
public enum DigitalState implements Labelled {
  /** 紙: done on paper. */
  PAPER("紙", "paper"),
  /** 一部デジタル: partly digital (some steps or documents still on paper). */
  PARTLY_DIGITAL("一部デジタル", "partly digital"),
  /** デジタル: digital end to end within the stage. */
  DIGITAL("デジタル", "digital");

  private final String japaneseName;
  private final String englishName;

  DigitalState(String japaneseName, String englishName) {
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
   * Parses a constant from its Japanese or English label or its name (full-width folded).
   *
   * @param text  the text, not null
   * @return the constant, never null
   * @throws IllegalArgumentException naming the text and the accepted labels if none matches
   */
  public static DigitalState parse(CharSequence text) {
    return Labelled.parse(DigitalState.class, text);
  }
}
