package org.municipaldx.ingest.xlsx;

/** Why a workbook was refused; the rule an {@link XlsxException} names. */
public enum XlsxRefusal {
  /** The file is not a zip archive, or lacks the parts every workbook has. */
  NOT_A_WORKBOOK,
  /** The archive has more entries than {@link XlsxLimits#maxEntries()}. */
  TOO_MANY_ENTRIES,
  /** An entry expands beyond {@link XlsxLimits#maxEntryBytes()}. */
  ENTRY_TOO_LARGE,
  /** All entries together expand beyond {@link XlsxLimits#maxTotalBytes()}. */
  TOTAL_TOO_LARGE,
  /** An entry expands more than {@link XlsxLimits#maxRatio()} times its compressed size. */
  COMPRESSION_RATIO,
  /** An XML part declares a DTD ({@code <!DOCTYPE}): never needed by a workbook, refused. */
  DTD,
  /** An XML part is not well-formed, or a cell's content is not what its type says. */
  MALFORMED,
  /** The sheet asked for is not in the workbook. */
  NO_SUCH_SHEET,
  /** A formula cell has no cached value, and formulas are never evaluated. */
  UNCALCULATED
}
