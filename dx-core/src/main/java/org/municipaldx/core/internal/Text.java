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
  private Text() {}

  public static String nfkc(CharSequence s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
