/**
 * The typed report of a dataset and of several datasets side by side (wider-area): every figure as a
 * number (exact minutes as {@code long}, hours and rates as exact {@code BigDecimal}s rounded under a
 * stated policy, fiscal years, enums) with its {@link org.municipaldx.dataset.report.Provenance}; the
 * reconciliation of headline figures with the detail and the audit of the dataset's formulas.
 */
package org.municipaldx.dataset.report;
