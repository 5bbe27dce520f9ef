package org.municipaldx.core.internal;

import java.text.Normalizer;

/**
 * Text normalisation shared by the parsers: NFKC folds full-width digits, letters and
 * punctuation (２０２３, （, ，) to their ASCII forms. Characters NFKC leaves alone (the minus sign
 * −, the multiplication sign ×, △) stay as they are: each parser accepts the ones it needs.
 *
 * <p>Not API.
 */
public final class Text {
  /**
   * The characters {@link Character#isWhitespace(int)} (and so {@link String#isBlank()} and
   * {@link String#strip()}) count as white space, as the body of a regular-expression character class that
   * Java and ECMA-262 read alike; there are none outside the BMP. The model's text rules that are also Bean
   * Validation {@code @Pattern}s, and so JSON Schema patterns, are written with it (issue 14).
   */
  public static final String WHITESPACE =
      "\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000";

  /** A text with at least one character that is not {@link #WHITESPACE}: {@code @NotBlank} as a pattern (searched, not anchored). */
  public static final String NOT_BLANK = "[^" + WHITESPACE + "]";

  /**
   * {@link #NOT_BLANK} anchored, for {@code @Pattern} on an optional text ({@code Optional<@Pattern(regexp =
   * NOT_BLANK_TEXT) String>}): Hibernate Validator hands a constraint on an optional's type argument {@code null} for
   * an empty optional, which {@code @NotBlank} refuses and {@code @Pattern} accepts. Linear: white space, one
   * character that is not, anything.
   */
  public static final String NOT_BLANK_TEXT = "^[" + WHITESPACE + "]*[^" + WHITESPACE + "][\\s\\S]*$";

  /**
   * A text with no decimal digit (Unicode category Nd, {@link Character#isDigit(int)}) and no white space at
   * either end, or empty: a formula factor's unit word.
   */
  public static final String NO_DIGITS_STRIPPED = "^(?:[^" + WHITESPACE + "\\p{Nd}](?:[^\\p{Nd}]*[^" + WHITESPACE + "\\p{Nd}])?)?$";

  /** A text that is not blank and has no decimal digit (Unicode category Nd): a word written before a number. */
  public static final String NOT_BLANK_NO_DIGITS = "^[^\\p{Nd}]*[^" + WHITESPACE + "\\p{Nd}][^\\p{Nd}]*$";

  private Text() {}

  public static String nfkc(CharSequence s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
