package org.municipaldx.procurement;

import org.municipaldx.core.Labelled;

/**
 * The seven stages of the public-works pipeline in their order, as the seed writes them:
 * 設計▶積算▶起工▶契約▶監督▶完了検査▶支払 (design, cost estimation, works order, contract,
 * supervision, completion inspection, payment). {@link #ordinal()} is the order.
 */
public enum PipelineStage implements Labelled {
  /** 設計: design. */
  DESIGN("設計", "design"),
  /** 積算: cost estimation (the estimated price). */
  COST_ESTIMATION("積算", "cost estimation"),
  /** 起工: the works order (起工伺い), deciding to procure. */
  WORKS_ORDER("起工", "works order"),
  /** 契約: tendering, award and contract. */
  CONTRACT("契約", "contract"),
  /** 監督: supervision during the works. */
  SUPERVISION("監督", "supervision"),
  /** 完了検査: completion inspection. */
  COMPLETION_INSPECTION("完了検査", "completion inspection"),
  /** 支払: invoice and payment. */
  PAYMENT("支払", "payment");

  /** The separator the seed writes between stages. */
  public static final String SEPARATOR = "▶";

  private final String japaneseName;
  private final String englishName;

  PipelineStage(String japaneseName, String englishName) {
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
   * Parses a stage from its Japanese or English label or its name.
   *
   * @param text  the text, not null
   * @return the stage, never null
   * @throws IllegalArgumentException naming the text and the accepted labels if none matches
   */
  public static PipelineStage parse(CharSequence text) {
    return Labelled.parse(PipelineStage.class, text);
  }
}
