package org.municipaldx.procurement;

import org.municipaldx.core.Labelled;

/** A supervision or inspection event of a contract (監督・検査). */
public enum SiteEventKind implements Labelled {
  /** 監督（段階確認・立会）: supervision, stage confirmation or witnessing during the works. */
  SUPERVISION("監督", "supervision"),
  /** 中間検査: an inspection during the works. */
  INTERIM_INSPECTION("中間検査", "interim inspection"),
  /** 完了検査: the completion inspection. */
  COMPLETION_INSPECTION("完了検査", "completion inspection");

  private final String japaneseName;
  private final String englishName;

  SiteEventKind(String japaneseName, String englishName) {
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
  public static SiteEventKind parse(CharSequence text) {
    return Labelled.parse(SiteEventKind.class, text);
  }
}
