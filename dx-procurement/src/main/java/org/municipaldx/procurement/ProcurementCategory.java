package org.municipaldx.procurement;

import org.municipaldx.core.Labelled;

/**
 * What a contracting process buys: 工事 (works), 物品 (goods) or 役務 (services, 業務委託). Each maps
 * to the OCDS procurementCategory codelist value of the same English name ({@link #ocdsCode()}).
 */
public enum ProcurementCategory implements Labelled {
  /** 工事: construction, repair or maintenance of public works (OCDS {@code works}). */
  WORKS("工事", "works"),
  /** 物品: goods and supplies (OCDS {@code goods}). */
  GOODS("物品", "goods"),
  /** 役務: services, including 業務委託 (OCDS {@code services}). */
  SERVICES("役務", "services");

  private final String japaneseName;
  private final String englishName;

  ProcurementCategory(String japaneseName, String englishName) {
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

  /** {@return the OCDS 1.1.5 procurementCategory code: works, goods or services} */
  public String ocdsCode() {
    return englishName;
  }

  /**
   * Parses a constant from its Japanese or English label or its name (full-width folded).
   *
   * @param text  the text, not null
   * @return the constant, never null
   * @throws IllegalArgumentException naming the text and the accepted labels if none matches
   */
  public static ProcurementCategory parse(CharSequence text) {
    return Labelled.parse(ProcurementCategory.class, text);
  }
}
