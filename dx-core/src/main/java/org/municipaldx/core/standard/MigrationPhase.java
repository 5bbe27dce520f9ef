package org.municipaldx.core.standard;

import org.municipaldx.core.Labelled;

/** A phase of moving a system to the standard specification. */
public enum MigrationPhase implements Labelled {
  /** 仕様確認: reading the standard specification. */
  SPEC_CHECK("仕様確認", "specification check"),
  /** Fit&amp;Gap (fit and gap): the standard specification compared with current work. */
  FIT_AND_GAP("Fit&Gap", "fit and gap"),
  /** 設計: designing the move to a standard-compliant system. */
  DESIGN("設計", "design"),
  /** 構築: building (and migrating to) the standard-compliant system. */
  BUILD("構築", "build"),
  /** 運用: the standard-compliant system in operation. */
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
