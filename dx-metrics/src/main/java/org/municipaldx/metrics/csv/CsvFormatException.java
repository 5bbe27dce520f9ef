package org.municipaldx.metrics.csv;

import java.util.List;

/**
 * A CSV file was rejected: it lists every problem found, each with its line and column. Nothing of
 * a rejected file is applied.
 */
public final class CsvFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** How many errors the message spells out; {@link #errors()} has them all. */
  private static final int MESSAGE_LIMIT = 50;

  private final List<CsvError> errors;

  /**
   * @param source  what was read, e.g. a file name, not null
   * @param errors  the problems, not null, not empty
   */
  public CsvFormatException(String source, List<CsvError> errors) {
    super(message(source, errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("CsvFormatException.errors: must not be empty");
    }
    this.errors = List.copyOf(errors);
  }

  private static String message(String source, List<CsvError> errors) {
    StringBuilder sb = new StringBuilder("CSV ").append(source).append(" rejected, ")
        .append(errors.size()).append(errors.size() == 1 ? " error:" : " errors:");
    errors.stream().limit(MESSAGE_LIMIT).forEach(e -> sb.append("\n  ").append(e));
    if (errors.size() > MESSAGE_LIMIT) {
      sb.append("\n  … and ").append(errors.size() - MESSAGE_LIMIT).append(" more");
    }
    return sb.toString();
  }

  /** @return every problem found, in file order, never null or empty */
  public List<CsvError> errors() {
    return errors;
  }
}
