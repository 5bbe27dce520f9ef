package org.municipaldx.procurement;

import org.municipaldx.core.Labelled;

/** How the municipality attends a supervision or inspection: at the site or remotely (遠隔臨場). */
public enum AttendanceMode implements Labelled {
  /** 現地臨場: staff travel to the site. */
  ON_SITE("現地臨場", "on site"),
  /** 遠隔臨場: remote attendance with tablets or web cameras; the travel is avoided. */
  REMOTE("遠隔臨場", "remote");

  private final String japaneseName;
  private final String englishName;

  AttendanceMode(String japaneseName, String englishName) {
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

  /**
   * Parses a constant from its Japanese or English label or its name (full-width folded).
   *
   * @param text  the text, not null
   * @return the constant, never null
   * @throws IllegalArgumentException naming the text and the accepted labels if none matches
   */
  public static AttendanceMode parse(CharSequence text) {
    return Labelled.parse(AttendanceMode.class, text);
  }
}
