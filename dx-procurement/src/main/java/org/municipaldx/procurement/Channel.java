package org.municipaldx.procurement;

import org.municipaldx.core.Labelled;

/**
 * Whether a document or act travels electronically or on paper: 電子入札 vs 紙入札 for bids,
 * 電子契約 (electronic signature) vs 書面 for contracts, 電子請求 vs 紙 for invoices.
 */
public enum Channel implements Labelled {
  /** 電子: electronic (e-bidding system, electronic signature, e-invoice). */
  ELECTRONIC("電子", "electronic"),
  /** 紙: paper, carried or posted. */
  PAPER("紙", "paper");

  private final String japaneseName;
  private final String englishName;

  Channel(String japaneseName, String englishName) {
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
  public static Channel parse(CharSequence text) {
    return Labelled.parse(Channel.class, text);
  }
}
