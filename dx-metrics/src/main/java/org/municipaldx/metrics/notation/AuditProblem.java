package org.municipaldx.metrics.notation;

import org.immutables.value.Value;

/**
 * Something in a text that starts like a formula ({@code 30分×…}) but cannot be read as one: where,
 * and the reader's message. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditProblem {
  AuditProblem() {}

  /** {@return the 0-based character offset where reading failed} */
  public abstract int offset();

  /** {@return the 1-based line} */
  public abstract int line();

  /** {@return the 1-based column} */
  public abstract int column();

  /** {@return why, including what was expected, never null} */
  public abstract String message();

  /**
   * Creates a problem found at a place in the audited text.
   *
   * @param offset  the character offset where reading failed, from 0
   * @param line  the line, from 1
   * @param column  the column, from 1
   * @param message  why, including what was expected, not null
   * @return the problem, never null
   * @throws NullPointerException if the message is null
   */
  public static AuditProblem of(int offset, int line, int column, String message) {
    return ImmutableAuditProblem.builder().offset(offset).line(line).column(column).message(message).build();
  }
}
