package org.municipaldx.core;

import java.util.Collection;
import java.util.Optional;

/**
 * A tag of an initiative: one of the five-less categories, or another DX theme that the source
 * material puts in the same column (関連する5レス等), such as AI利活用, スマホ活用 and データ活用.
 */
public enum DxTag implements Labelled {
  /** カウンターレス: no need to come to a counter (five-less, {@link FiveLess#COUNTERLESS}). */
  COUNTERLESS("カウンターレス", "counterless"),
  /** キャッシュレス: no cash (five-less, {@link FiveLess#CASHLESS}). */
  CASHLESS("キャッシュレス", "cashless"),
  /** ムーブレス: no travel (five-less, {@link FiveLess#MOVELESS}). */
  MOVELESS("ムーブレス", "moveless"),
  /** ペーパーレス: no paper (five-less, {@link FiveLess#PAPERLESS}). */
  PAPERLESS("ペーパーレス", "paperless"),
  /** ファイルレス: no paper files (five-less, {@link FiveLess#FILELESS}). */
  FILELESS("ファイルレス", "fileless"),
  /** AI利活用: use of AI. */
  AI_UTILISATION("AI利活用", "AI utilisation"),
  /** スマホ活用: use of smartphones. */
  SMARTPHONE_USE("スマホ活用", "smartphone use"),
  /** データ活用: use of data. */
  DATA_UTILISATION("データ活用", "data utilisation"),
  /** RPA活用: robotic process automation. */
  RPA("RPA活用", "RPA"),
  /** IoT活用: use of IoT devices. */
  IOT("IoT活用", "IoT"),
  /** ローコード: low-code tools. */
  LOW_CODE("ローコード", "low-code");

  private final String japaneseName;
  private final String englishName;

  DxTag(String japaneseName, String englishName) {
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

  /** {@return the five-less category this tag is, if it is one} */
  public Optional<FiveLess> fiveLess() {
    return ordinal() < FiveLess.values().length ? Optional.of(FiveLess.values()[ordinal()]) : Optional.empty();
  }

  /**
   * Packs the five-less tags of a set into a bit mask, the form the columnar roll-ups group by.
   *
   * @param tags  the tags, not null
   * @return the five-less mask of a set of tags: the OR of the bits of those that are five-less
   */
  public static int fiveLessMask(Collection<DxTag> tags) {
    int mask = 0;
    for (DxTag t : tags) {
      if (t.ordinal() < FiveLess.values().length) {
        mask |= 1 << t.ordinal();
      }
    }
    return mask;
  }

  /**
   * Parses a tag from its Japanese or English label or name.
   *
   * @param text  the text, not null
   * @return the tag, never null
   * @throws IllegalArgumentException if the text names no tag
   */
  public static DxTag parse(CharSequence text) {
    return Labelled.parse(DxTag.class, text);
  }
}
