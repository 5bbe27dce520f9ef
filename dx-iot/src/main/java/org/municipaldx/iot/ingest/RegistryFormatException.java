package org.municipaldx.iot.ingest;

import java.util.List;
import org.municipaldx.core.InputException;
import org.municipaldx.core.InputLocation;

/**
 * A device registry file was rejected: every problem with its place; nothing of the file is used. An
 * {@link InputException} whose {@link #where()} and {@link #why()} are the first error's.
 */
public final class RegistryFormatException extends InputException {
  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_LIMIT = 50;

  /** The value of {@link #source()}. */
  private final String source;
  /** The value of {@link #errors()}. */
  private final List<RegistryError> errors;

  /**
   * Creates the error of a rejected registry with every error found in it.
   *
   * @param source  what was read, e.g. the file name, not null
   * @param errors  the problems, not empty
   */
  public RegistryFormatException(String source, List<RegistryError> errors) {
    super(message(source, errors), where(source, errors), errors.isEmpty() ? "" : errors.get(0).message(), null);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("RegistryFormatException.errors: must not be empty");
    }
    this.source = source;
    this.errors = List.copyOf(errors);
  }

  private static InputLocation where(String source, List<RegistryError> errors) {
    InputLocation at = InputLocation.of(source == null ? "" : source);
    if (errors.isEmpty()) {
      return at; // rejected by the constructor
    }
    RegistryError e = errors.get(0);
    at = e.line() > 0 ? at.atLine(e.line()) : at;
    at = e.column() > 0 ? at.atColumn(e.column()) : at;
    at = e.pointer().isEmpty() ? at : at.atPointer(e.pointer());
    return e.field().isEmpty() ? at : at.atField(e.field());
  }

  private static String message(String source, List<RegistryError> errors) {
    StringBuilder sb = new StringBuilder("Device registry ").append(source).append(" rejected, ")
        .append(errors.size()).append(errors.size() == 1 ? " error:" : " errors:");
    errors.stream().limit(MESSAGE_LIMIT).forEach(e -> sb.append("\n  ").append(e));
    if (errors.size() > MESSAGE_LIMIT) {
      sb.append("\n  … and ").append(errors.size() - MESSAGE_LIMIT).append(" more");
    }
    return sb.toString();
  }

  /** {@return the source read, never null} */
  public String source() {
    return source;
  }

  /** {@return every problem, in file order, never empty} */
  public List<RegistryError> errors() {
    return errors;
  }
}
