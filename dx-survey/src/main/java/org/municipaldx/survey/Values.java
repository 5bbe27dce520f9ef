package org.municipaldx.survey;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** Helpers for the model's collections. */
final class Values {
  private Values() {}

  /** An unmodifiable copy in the enum's order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <E extends Enum<E>> Set<E> freeze(Set<E> set) {
    if (set instanceof EnumSet) {
      return Collections.unmodifiableSet(((EnumSet) set).clone());
    }
    return Collections.unmodifiableSet(new TreeSet<>(set));
  }
}
