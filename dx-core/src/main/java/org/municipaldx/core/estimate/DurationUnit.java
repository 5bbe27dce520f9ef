package org.municipaldx.core.estimate;

import java.util.Optional;
import org.municipaldx.core.Labelled;

/**
 * The unit of the duration factor of a formula: minutes (分) or hours (時間). Days are not a
 * duration unit in formulas: in {@code 5分×64か所×250日} the 日 counts working days.
 */
public enum DurationUnit implements Labelled {
  /** Minutes (分, shown as min): one minute. */
  MINUTE("分", "min", 1),
  /** Hours (時間, shown as h): 60 minutes. */
  HOUR("時間", "h", 60);

  private final String japaneseName;
  private final String englishName;
  private final int minutes;

  DurationUnit(String japaneseName, String englishName, int minutes) {
    this.japaneseName = japaneseName;
    this.englishName = englishName;
    this.minutes = minutes;
  }

  @Override
  public String japaneseName() {
    return japaneseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /** {@return the minutes in one of this unit: 1 or 60} */
  public int minutes() {
    return minutes;
  }

  /**
   * Looks a unit up by its Japanese word, as a formula writes it.
   *
   * @param word  the word, e.g. 分 or 時間, not null
   * @return the duration unit written as {@code word}, or empty if it is none
   */
  public static Optional<DurationUnit> lookup(String word) {
    for (DurationUnit u : values()) {
      if (u.japaneseName.equals(word)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }
}
