package org.municipaldx.regulation.law;

import org.municipaldx.core.Labelled;

/** Which part of a law a provision is in: the main provisions or the supplementary provisions (附則). */
public enum ProvisionPart implements Labelled {
  /** The main provisions (本則); printed as nothing. */
  MAIN("本則", "main provisions"),
  /** 附則: supplementary provisions. */
  SUPPLEMENTARY("附則", "supplementary provisions"),
  /** 制定附則: the supplementary provisions of the law as first enacted. */
  ORIGINAL_SUPPLEMENTARY("制定附則", "supplementary provisions as enacted"),
  /** 改正附則: the supplementary provisions of an amending law. */
  AMENDMENT_SUPPLEMENTARY("改正附則", "supplementary provisions of an amendment");

  private final String japaneseName;
  private final String englishName;

  ProvisionPart(String japaneseName, String englishName) {
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
