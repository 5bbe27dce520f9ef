package org.municipaldx.survey;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A way to group procedures for take-up: by ministry, procedure type, actor, receiver, kind of
 * local-government work, online status, or the office applications are filed with. A procedure
 * without a value is grouped under none; a multi-valued column (offices) puts a procedure in every
 * group it names, so those groups overlap.
 *
 * @param <K>  the group key
 */
public final class Dimension<K> {
  /** 所管府省庁. */
  public static final Dimension<Ministry> MINISTRY = new Dimension<>("ministry", "所管府省庁", SurveyColumn.MINISTRY, p -> one(p.ministry()));
  /** 手続類型. */
  public static final Dimension<ProcedureType> TYPE = new Dimension<>("type", "手続類型", SurveyColumn.TYPE, p -> one(p.type()));
  /** 手続主体. */
  public static final Dimension<PartyCode> ACTOR = new Dimension<>("actor", "手続主体", SurveyColumn.ACTOR, p -> one(p.actor()));
  /** 手続の受け手. */
  public static final Dimension<PartyCode> RECEIVER = new Dimension<>("receiver", "手続の受け手", SurveyColumn.RECEIVER, p -> one(p.receiver()));
  /** 事務区分. */
  public static final Dimension<LocalWorkKind> LOCAL_WORK_KIND = new Dimension<>("local-work", "事務区分", SurveyColumn.LOCAL_WORK_KIND,
      p -> one(p.localWorkKind()));
  /** オンライン化の実施状況. */
  public static final Dimension<OnlineStatus> STATUS = new Dimension<>("status", "オンライン化の実施状況", SurveyColumn.ONLINE_STATUS,
      p -> one(p.onlineStatus()));
  /** 申請を提出する機関 (multi-valued: groups overlap). */
  public static final Dimension<String> OFFICE = new Dimension<>("office", "申請を提出する機関", SurveyColumn.SUBMISSION_OFFICES, SurveyProcedure::submissionOffices);

  private final String name;
  private final String japaneseName;
  private final SurveyColumn column;
  private final Function<SurveyProcedure, Collection<K>> keys;

  private Dimension(String name, String japaneseName, SurveyColumn column, Function<SurveyProcedure, Collection<K>> keys) {
    this.name = name;
    this.japaneseName = japaneseName;
    this.column = column;
    this.keys = keys;
  }

  /** {@return the survey column it groups by} */
  SurveyColumn column() {
    return column;
  }

  /** The value as a group list; no stream per procedure (take-up runs this for every row). */
  @SuppressWarnings("unchecked")
  private static <K> List<K> one(java.util.Optional<K> value) {
    if (value.isEmpty()) {
      return List.of();
    }
    K k = value.get();
    if (k instanceof Enum<?> e) {
      // one shared list per constant (issue 11h: a list per procedure was 2% of a full read's bytes)
      return (List<K>) SINGLETONS.get(e.getDeclaringClass())[e.ordinal()];
    }
    return List.of(k);
  }

  /** Each enum's constants as one-element lists, by ordinal. */
  private static final ClassValue<List<?>[]> SINGLETONS = new ClassValue<>() {
    @Override
    protected List<?>[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      List<?>[] lists = new List<?>[constants.length];
      for (int i = 0; i < constants.length; i++) {
        lists[i] = List.of(constants[i]);
      }
      return lists;
    }
  };

  /** {@return every dimension, never null} */
  public static List<Dimension<?>> all() {
    return List.of(MINISTRY, TYPE, ACTOR, RECEIVER, LOCAL_WORK_KIND, STATUS, OFFICE);
  }

  /**
   * {@return the dimension, never null}
   *
   * @param name  a dimension's name as the command line takes it ({@code ministry}, {@code type},
   *     {@code actor}, {@code receiver}, {@code local-work}, {@code status}, {@code office}), not null
   * @throws IllegalArgumentException naming the accepted names
   */
  public static Dimension<?> parse(String name) {
    Objects.requireNonNull(name, "name");
    for (Dimension<?> d : all()) {
      if (d.name.equals(name)) {
        return d;
      }
    }
    throw new org.municipaldx.core.InvalidValueException("Dimension", "", name, "unknown, expected one of ministry, type, actor,"
        + " receiver, local-work, status, office");
  }

  /** {@return the name, e.g. {@code ministry}} */
  public String name() {
    return name;
  }

  /** {@return the survey column's Japanese name} */
  public String japaneseName() {
    return japaneseName;
  }

  /**
   * {@return the groups it belongs to, possibly none, never null}
   *
   * @param p  a procedure, not null
   */
  public Collection<K> keys(SurveyProcedure p) {
    return keys.apply(p);
  }

  @Override
  public String toString() {
    return name;
  }
}
