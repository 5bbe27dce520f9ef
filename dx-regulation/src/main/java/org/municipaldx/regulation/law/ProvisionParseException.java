package org.municipaldx.regulation.law;

import java.util.Objects;
import org.municipaldx.core.InputException;
import org.municipaldx.core.InputLocation;

/**
 * A provision reference or citation that cannot be parsed: the text as given, the normalised text
 * the parser read (NFKC, spaces removed), the zero-based character index in that normalised text
 * where reading stopped, and what was expected there.
 *
 * <p>It is an {@link InputException} (and so an {@link IllegalArgumentException}, so callers that catch that
 * keep working); callers that want the location read {@link #index()} (also {@link #where()}'s character
 * index) and {@link #expected()} instead of the message.
 */
public final class ProvisionParseException extends InputException {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #text()}. */
  private final String text;
  /** The value of {@link #normalisedText()}. */
  private final String normalisedText;
  /** The value of {@link #index()}. */
  private final int index;
  /** The value of {@link #expected()}. */
  private final String expected;

  /**
   * Creates the error of a provision text that cannot be read, located at a character of it.
   *
   * @param kind  the name of the parsed type for the message, not null
   * @param text  the text as given, not null
   * @param normalisedText  the text the index counts in, not null
   * @param index  the zero-based index in the normalised text
   * @param expected  what was expected at that index, not null
   */
  public ProvisionParseException(String kind, String text, String normalisedText, int index, String expected) {
    super(kind + " '" + text + "' cannot be parsed at character " + (index + 1)
        + (normalisedText.equals(text) ? "" : " of '" + normalisedText + "'") + ": " + expected,
        InputLocation.unnamed().atCharIndex(Math.max(0, index)), "expected " + expected, null);
    this.text = Objects.requireNonNull(text, "text");
    this.normalisedText = Objects.requireNonNull(normalisedText, "normalisedText");
    this.index = index;
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  /** {@return the text as given, never null} */
  public String text() {
    return text;
  }

  /** {@return the normalised text {@link #index()} counts in, never null} */
  public String normalisedText() {
    return normalisedText;
  }

  /** {@return the zero-based character index in {@link #normalisedText()} where reading stopped} */
  public int index() {
    return index;
  }

  /** {@return what was expected at that index, never null} */
  public String expected() {
    return expected;
  }
}
