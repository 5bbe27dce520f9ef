package org.municipaldx.ingest.xlsx;

import java.util.Objects;
import java.util.Optional;

/**
 * A workbook refused as a whole: where (the file, the zip entry, the byte offset in the expanded
 * entry, the cell when known) and by which rule. Every location is a field; the message repeats
 * them for people.
 */
public final class XlsxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String entry;
  private final long offset;
  private final transient CellRef cell;
  private final XlsxRefusal rule;
  private final String reason;

  /**
   * @param source  the file, for messages, not null
   * @param entry  the zip entry concerned, or empty when the whole archive is concerned, not null
   * @param offset  the byte offset in the expanded entry at which the rule was broken, or -1
   * @param cell  the cell concerned, or null
   * @param rule  the rule broken, not null
   * @param reason  what is wrong, for people, not null
   * @param cause  the underlying failure, or null
   */
  public XlsxException(String source, String entry, long offset, CellRef cell, XlsxRefusal rule,
      String reason, Throwable cause) {
    super(message(source, entry, offset, cell, reason), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.entry = Objects.requireNonNull(entry, "entry");
    this.offset = offset;
    this.cell = cell;
    this.rule = Objects.requireNonNull(rule, "rule");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  private static String message(String source, String entry, long offset, CellRef cell, String reason) {
    StringBuilder sb = new StringBuilder("workbook ").append(source);
    if (cell != null) {
      sb.append(", ").append(cell);
    }
    if (!entry.isEmpty()) {
      sb.append(" (entry ").append(entry);
      if (offset >= 0) {
        sb.append(", byte ").append(offset);
      }
      sb.append(')');
    }
    return sb.append(": ").append(reason).toString();
  }

  /** {@return the file, as given for messages} */
  public String source() {
    return source;
  }

  /** {@return the zip entry concerned, empty when the whole archive is} */
  public String entry() {
    return entry;
  }

  /** {@return the byte offset in the expanded entry at which the rule was broken, or -1} */
  public long offset() {
    return offset;
  }

  /** {@return the cell concerned, when known} */
  public Optional<CellRef> cell() {
    return Optional.ofNullable(cell);
  }

  /** {@return the rule broken} */
  public XlsxRefusal rule() {
    return rule;
  }

  /** {@return what is wrong, without the location} */
  public String reason() {
    return reason;
  }
}
