package org.municipaldx.regulation;

import java.util.Locale;
import java.util.Objects;
import org.municipaldx.core.Labelled;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * A PHASE of digitalisation of an analog regulation, from 1 (conventional) to 3. What each PHASE
 * means depends on the regulation type: see {@link RegulationType#phaseMeaning(Phase)}.
 */
public enum Phase implements Labelled {
  /** PHASE 1: the conventional, analog way (e.g. visual inspection on site). */
  PHASE_1("PHASE1", "PHASE 1"),
  /** PHASE 2: partly digital (e.g. information gathered remotely, a person judging). */
  PHASE_2("PHASE2", "PHASE 2"),
  /** PHASE 3: fully digital (e.g. judgement automated or unmanned). */
  PHASE_3("PHASE3", "PHASE 3");

  private final String japaneseName;
  private final String englishName;

  Phase(String japaneseName, String englishName) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  @Override
  public String japaneseName() {
    return japaneseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /** {@return 1, 2 or 3} */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * {@return the PHASE, never null}
   *
   * @param number  1, 2 or 3
   * @throws IllegalArgumentException if the number is not 1, 2 or 3
   */
  public static Phase of(int number) {
    if (number < 1 || number > 3) {
      throw Checks.invalid("Phase", "number", number, "must be 1, 2 or 3");
    }
    return values()[number - 1];
  }

  /**
   * Parses {@code 1}, {@code PHASE1}, {@code PHASE 1}, {@code Phase_1}, {@code フェーズ1}, half- or
   * full-width.
   *
   * @param text  the text, not null
   * @return the PHASE, never null
   * @throws IllegalArgumentException naming the text
   */
  public static Phase parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip().toUpperCase(Locale.ROOT)
        .replace("フェーズ", "").replace("PHASE", "").replace("_", "").replace(" ", "");
    if (s.length() == 1 && s.charAt(0) >= '1' && s.charAt(0) <= '3') {
      return of(s.charAt(0) - '0');
    }
    throw Checks.invalid("Phase", "", text, "unknown, expected 1, 2 or 3 (PHASE1, PHASE 2, フェーズ3)");
  }
}
