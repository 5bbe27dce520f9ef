package org.municipaldx.core.internal;

import java.text.Normalizer;

/**
 * Text normalisation shared by the parsers: NFKC folds full-width digits, letters and
 * punctuation (２０２３, （, ，) to their ASCII forms; a few dash and multiplication look-alikes
 * that NFKC leaves alone are folded too.
 *
 * <p>Not API.
 */
public final class Text {
  private Text() {}

  public static String nfkc(CharSequence s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
