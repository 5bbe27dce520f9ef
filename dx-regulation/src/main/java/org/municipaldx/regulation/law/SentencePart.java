package org.municipaldx.regulation.law;

import org.municipaldx.core.Labelled;

/** The part of a provision's sentence a reference points at (本文, ただし書, 前段, 後段). */
public enum SentencePart implements Labelled {
  /** 本文: the main clause, before a proviso. */
  MAIN_CLAUSE("本文", "main clause"),
  /** ただし書: the proviso. */
  PROVISO("ただし書", "proviso"),
  /** 前段: the first sentence. */
  FIRST_SENTENCE("前段", "first sentence"),
  /** 後段: the latter sentence. */
  LATTER_SENTENCE("後段", "latter sentence");

  private final String japaneseName;
  private final String englishName;

  SentencePart(String japaneseName, String englishName) {
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
}
