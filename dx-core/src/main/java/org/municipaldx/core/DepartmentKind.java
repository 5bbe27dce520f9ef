package org.municipaldx.core;

/** The kind of a 部局 (department) of a municipal organisation. */
public enum DepartmentKind implements Labelled {
  /** 部: a department of the mayor's office. */
  BU("部", "department"),
  /** 局: a bureau (e.g. 上下水道局). */
  KYOKU("局", "bureau"),
  /** 委員会事務局: the secretariat of an administrative committee (選挙管理委員会, 農業委員会 …). */
  COMMITTEE_SECRETARIAT("委員会事務局", "committee secretariat"),
  /** Anything else: 室, 課 directly under the mayor, 議会事務局 … */
  OTHER("その他", "other");

  private final String japaneseName;
  private final String englishName;

  DepartmentKind(String japaneseName, String englishName) {
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
   * Infers the kind from a Japanese department name's ending: 委員会事務局, 局, 部; else OTHER.
   *
   * @param japaneseName  the name, not null
   * @return the kind, never null
   */
  public static DepartmentKind fromName(String japaneseName) {
    if (japaneseName.endsWith("委員会事務局")) {
      return COMMITTEE_SECRETARIAT;
    }
    if (japaneseName.endsWith("局")) {
      return KYOKU;
    }
    if (japaneseName.endsWith("部")) {
      return BU;
    }
    return OTHER;
  }

  /**
   * Parses a kind from its Japanese label, English label or constant name.
   *
   * @param text  the text, not null
   * @return the kind, never null
   * @throws IllegalArgumentException naming the text and the accepted labels if none matches
   * @see Labelled#parse(Class, CharSequence)
   */
  public static DepartmentKind parse(CharSequence text) {
    return Labelled.parse(DepartmentKind.class, text);
  }
}
