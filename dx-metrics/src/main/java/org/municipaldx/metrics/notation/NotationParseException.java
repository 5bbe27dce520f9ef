package org.municipaldx.metrics.notation;

/**
 * A formula in the source material's notation could not be read: says at which character offset
 * (0-based, in the text given to the parser) and what was expected there.
 */
public final class NotationParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int offset;
  private final String expected;

  NotationParseException(CharSequence text, int offset, String expected, Throwable cause) {
    super("Formula '" + text + "' cannot be parsed at offset " + offset + ": expected " + expected
        + " (found " + found(text, offset) + ")", cause);
    this.offset = offset;
    this.expected = expected;
  }

  private static String found(CharSequence text, int offset) {
    if (offset >= text.length()) {
      return "end of text";
    }
    int end = Math.min(text.length(), offset + 8);
    return "'" + text.subSequence(offset, end) + "'";
  }

  /** @return the 0-based character offset where reading failed */
  public int offset() {
    return offset;
  }

  /** @return what was expected at {@link #offset()}, e.g. {@code a number after '×'}, never null */
  public String expected() {
    return expected;
  }
}
