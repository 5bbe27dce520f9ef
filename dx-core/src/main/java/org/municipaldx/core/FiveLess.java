package org.municipaldx.core;

/**
 * The five "-less" categories (5レス) by which a municipality tracks its DX progress.
 *
 * <p>Each has a bit ({@link #bit()}) so that a set of categories packs into a five-bit mask for the
 * columnar paths of dx-metrics.
 */
public enum FiveLess implements Labelled {
  /** カウンターレス: no need to come to a counter (online procedures). */
  COUNTERLESS("カウンターレス", "counterless"),
  /** キャッシュレス: no cash (cashless payment of fees and taxes). */
  CASHLESS("キャッシュレス", "cashless"),
  /** ムーブレス: no travel (remote meetings, sensors instead of rounds). */
  MOVELESS("ムーブレス", "moveless"),
  /** ペーパーレス: no paper. */
  PAPERLESS("ペーパーレス", "paperless"),
  /** ファイルレス: no paper files (ledgers as databases, electronic approval). */
  FILELESS("ファイルレス", "fileless");

  private final String japaneseName;
  private final String englishName;

  FiveLess(String japaneseName, String englishName) {
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

  /** {@return {@code 1 << ordinal()}: the bit of this category in a five-less mask} */
  public int bit() {
    return 1 << ordinal();
  }

  /** {@return the same category as a {@link DxTag}, never null} */
  public DxTag tag() {
    return DxTag.valueOf(name());
  }

  /**
   * Parses a category from its Japanese or English label (カウンターレス, counterless) or name.
   *
   * @param text  the text, not null
   * @return the category, never null
   * @throws IllegalArgumentException if the text names no five-less category
   */
  public static FiveLess parse(CharSequence text) {
    return Labelled.parse(FiveLess.class, text);
  }
}
