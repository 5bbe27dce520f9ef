package org.municipaldx.core.standard;

import org.municipaldx.core.Labelled;

/** A phase of moving a system to the standard specification. */
public enum MigrationPhase implements Labelled {
  SPEC_CHECK("仕様確認", "specification check"),
  FIT_AND_GAP("Fit&Gap", "fit and gap"),
  DESIGN("設計", "design"),
  BUILD("構築", "build"),
  OPERATION("運用", "operation");

  private final String japaneseName;
  private final String englishName;

  MigrationPhase(String japaneseName, String englishName) {
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
