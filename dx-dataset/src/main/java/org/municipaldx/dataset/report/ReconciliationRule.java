package org.municipaldx.dataset.report;

/**
 * How a headline figure is reconciled with the detail; chosen by the headline figure's id prefix
 * ({@code DATASET.md} of the examples module).
 */
public enum ReconciliationRule {
  /** {@code online-procedures*}: Σ online procedures over the department blocks. */
  ONLINE_PROCEDURES("Σ online procedures over the department blocks"),
  /** {@code online-applications*}: Σ online applications over the department blocks. */
  ONLINE_APPLICATIONS("Σ online applications over the department blocks"),
  /** {@code procedures-total*}: Σ procedures over the department blocks (which may not cover every procedure). */
  PROCEDURES_TOTAL("Σ procedures over the department blocks (the blocks may not cover every procedure)"),
  /** {@code hours-saved*}: Σ of each block's formula for its online applications (e.g. 30分×online件), in hours. */
  HOURS_FROM_ONLINE_APPLICATION_FORMULAS(
      "Σ of each block's formula for its online applications (e.g. 30分×online件), exact minutes / 60"),
  /** {@code hours-saved*}: Σ of every 市民サービスの向上 (vision 1) estimate, in hours. */
  HOURS_FROM_CITIZEN_ESTIMATES("Σ of every 市民サービスの向上 (vision 1) estimate, exact minutes / 60"),
  /** {@code days-equivalent*}: the stated {@code hours-saved*} figure / 24 (calendar days), floored. */
  DAYS_FROM_STATED_HOURS("the stated hours-saved figure / 24 (calendar days), floored"),
  /** {@code days-equivalent*}: Σ of each block's online-application formula / 24 h (calendar days), floored. */
  DAYS_FROM_ONLINE_APPLICATION_FORMULAS("Σ of each block's online-application formula / 24 h (calendar days), floored"),
  /** No rule reconciles a headline figure with this id. */
  NONE("no rule reconciles a headline figure with this id; see DATASET.md");

  private final String description;

  ReconciliationRule(String description) {
    this.description = description;
  }

  /** {@return what the rule computes, in English} */
  public String description() {
    return description;
  }
}
