package org.municipaldx.procurement;

import org.municipaldx.core.Labelled;

/**
 * How a municipality chooses its contractor (契約方法, under 地方自治法 第234条 and 地方自治法施行令
 * 第167条 ff.), with the OCDS 1.1.5 {@code method} codelist value each maps to.
 *
 * <p>The mapping follows the codelist's definitions: open when any eligible supplier may submit
 * (一般競争入札, 条件付一般競争入札, 公募型プロポーザル); limited when the municipality chooses whom to
 * invite (指名競争入札 designates bidders from its list; 随意契約 with several quotations); direct
 * when one supplier is chosen without competition (特命随意契約).
 */
public enum ProcurementMethod implements Labelled {
  /** 一般競争入札: open competitive bidding. */
  OPEN_TENDER("一般競争入札", "open competitive bidding", "open"),
  /** 条件付一般競争入札: open bidding with eligibility conditions (location, rating). */
  CONDITIONAL_OPEN_TENDER("条件付一般競争入札", "conditional open competitive bidding", "open"),
  /** 指名競争入札: competitive bidding among suppliers the municipality designates. */
  DESIGNATED_TENDER("指名競争入札", "designated competitive bidding", "limited"),
  /** 随意契約: negotiated contract, usually after comparing quotations (見積合せ). */
  NEGOTIATED("随意契約", "negotiated contract", "limited"),
  /** 特命随意契約: negotiated contract with one supplier chosen without competition. */
  SOLE_SOURCE("特命随意契約", "sole-source negotiated contract", "direct"),
  /** 公募型プロポーザル: publicly invited proposals, chosen on assessment. */
  PUBLIC_PROPOSAL("公募型プロポーザル", "public proposal", "open");

  private final String japaneseName;
  private final String englishName;
  private final String ocdsCode;

  ProcurementMethod(String japaneseName, String englishName, String ocdsCode) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
    this.ocdsCode = ocdsCode;
  }

  @Override
  public String japaneseName() {
    return japaneseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /** {@return the OCDS 1.1.5 method code: open, selective, limited or direct; never null} */
  public String ocdsCode() {
    return ocdsCode;
  }

  /**
   * Parses a method from its Japanese or English label or its name.
   *
   * @param text  the text, not null
   * @return the method, never null
   * @throws IllegalArgumentException naming the text and the accepted labels if none matches
   */
  public static ProcurementMethod parse(CharSequence text) {
    return Labelled.parse(ProcurementMethod.class, text);
  }
}
