package org.municipaldx.survey;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.municipaldx.ingest.Fields;

/**
 * Reads code-list cells: {@code CODE LABEL} ({@code 2-1 申請等に基づく処分通知等}), the code alone, the
 * label alone, {@code CODE（LABEL）} ({@code ○（全府省）}); full-width forms are folded (NFKC), so
 * {@code （個人）} and {@code (個人)} are the same. Multi-valued cells separate values with {@code ;}.
 */
public final class Codes {
  private static final Map<Class<?>, Map<String, ?>> TABLES = new ConcurrentHashMap<>();

  private Codes() {}

  /**
   * {@return the constant, or empty if the text is not in the list}
   *
   * @param <E>  the code list
   * @param type  the code list, not null
   * @param cell  one value as written, not null
   */
  public static <E extends Enum<E> & SurveyCode> Optional<E> find(Class<E> type, String cell) {
    Objects.requireNonNull(cell, "cell");
    @SuppressWarnings("unchecked")
    Map<String, E> table = (Map<String, E>) TABLES.computeIfAbsent(type, t -> table(type));
    E e = table.get(cell);
    if (e == null) {
      e = table.get(key(cell));
    }
    return Optional.ofNullable(e);
  }

  /**
   * Splits a multi-valued cell on {@code ;} and reads each value.
   *
   * @param <E>  the code list
   * @param type  the code list, not null
   * @param cell  the cell, not null
   * @param unknown  receives each value that is not in the list, as written; not null
   * @return the values found, never null
   */
  public static <E extends Enum<E> & SurveyCode> Set<E> findAll(Class<E> type, String cell, List<String> unknown) {
    Set<E> out = EnumSet.noneOf(type);
    if (cell.isBlank()) {
      return out;
    }
    for (String part : cell.split(";")) {
      String v = part.strip();
      if (v.isEmpty()) {
        continue;
      }
      Optional<E> e = find(type, v);
      if (e.isPresent()) {
        out.add(e.get());
      } else {
        unknown.add(v);
      }
    }
    return out;
  }

  static String key(String text) {
    return Fields.nfkc(text).strip().replaceAll("\\s+", " ");
  }

  private static <E extends Enum<E> & SurveyCode> Map<String, E> table(Class<E> type) {
    Map<String, E> m = new HashMap<>();
    for (E e : type.getEnumConstants()) {
      String code = e.code();
      String label = e.japaneseName();
      for (String form : List.of(code, label, code + " " + label, code + "（" + label + "）", code + "(" + label + ")")) {
        m.put(form, e);
        m.put(key(form), e);
      }
    }
    if ((Class<?>) type == IndividualLifeEvent.class) {
      IndividualLifeEvent.aliases().forEach((k, v) -> m.put(key(k), type.cast(v)));
    } else if ((Class<?>) type == BusinessLifeEvent.class) {
      BusinessLifeEvent.aliases().forEach((k, v) -> m.put(key(k), type.cast(v)));
    }
    return Map.copyOf(m);
  }
}
