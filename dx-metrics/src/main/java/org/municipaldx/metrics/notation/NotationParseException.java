package org.municipaldx.metrics.notation;

import org.municipaldx.core.InputException;
import org.municipaldx.core.InputLocation;

/**
 * A formula in the source material's notation could not be read: says at which character offset
 * (0-based, in the text given to the parser) and what was expected there. An {@link InputException} whose
 * {@link #where()} has that offset as its character index.
 */
public final class NotationParseException extends InputException {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #offset()}. */
  private final int offset;
  /** The value of {@link #expected()}. */
  private final String expected;

  NotationParseException(CharSequence text, int offset, String expected, Throwable cause) {
    super("Formula '" + excerpt(text, offset) + "' cannot be parsed at offset " + offset + ": expected " + expected
        + " (found " + found(text, offset) + ")", InputLocation.unnamed().atCharIndex(Math.max(0, offset)),
        "expected " + expected, cause);
    this.offset = offset;
    this.expected = expected;
  }

  /** The text, or for a long text the 40 characters either side of the offset: a message stays short (issue 13, D6). */
  private static String excerpt(CharSequence text, int offset) {
    if (text.length() <= 120) {
      return text.toString();
    }
    int from = Math.max(0, Math.min(offset, text.length()) - 40);
    int to = Math.min(text.length(), Math.max(offset, 0) + 40);
    return (from > 0 ? "…" : "") + text.subSequence(from, to) + (to < text.length() ? "…" : "");
  }

  private static String found(CharSequence text, int offset) {
    if (offset >= text.length()) {
      return "end of text";
    }
    int end = Math.min(text.length(), offset + 8);
    return "'" + text.subSequence(offset, end) + "'";
  }

  /** {@return the 0-based character offset where reading failed} */
  public int offset() {
    return offset;
  }

  /** {@return what was expected at {@link #offset()}, e.g. {@code a number after '×'}, never null} */
  public String expected() {
    return expected;
  }
}
