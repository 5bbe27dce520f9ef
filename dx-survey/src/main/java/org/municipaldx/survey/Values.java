package org.municipaldx.survey;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Helpers for the model's collections. */
final class Values {
  private Values() {}

  /**
   * The one frozen empty set. {@link #freeze} gives it for every empty set, and knows it by reference: a
   * procedure's constructor then freezes the reader's empty cells (most of a row's twelve sets) without reading
   * the set object, whose header the read of a 48 MB file has usually pushed out of the cache (issue 11i).
   */
  @SuppressWarnings("rawtypes")
  private static final Set EMPTY = new Frozen<>(Collections.emptySet());
  /** The JDK's immutable empty list, which {@link #copy} knows by reference. */
  private static final List<Object> EMPTY_LIST = List.of();

  /** An unmodifiable copy in the enum's order; a set this class froze before is returned as it is. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <E extends Enum<E>> Set<E> freeze(Set<E> set) {
    if (set == EMPTY || set instanceof Frozen) {
      return set;
    }
    if (set.isEmpty()) {
      return EMPTY;
    }
    if (set instanceof EnumSet) {
      return new Frozen<>(((EnumSet) set).clone());
    }
    return new Frozen<>(new TreeSet<>(set));
  }

  /**
   * {@return {@code List.copyOf(list)}: an unmodifiable copy, the list itself if it is one} The immutable empty
   * list is known by reference, without reading it (as {@link #freeze}'s empty set).
   */
  @SuppressWarnings("unchecked")
  static <T> List<T> copy(List<T> list) {
    return list == EMPTY_LIST ? list : List.copyOf(list);
  }

  /** An unmodifiable view of a set no one else holds. */
  private static final class Frozen<E> extends AbstractSet<E> {
    private final Set<E> set;

    Frozen(Set<E> set) {
      this.set = set;
    }

    @Override
    public Iterator<E> iterator() {
      return Collections.unmodifiableSet(set).iterator();
    }

    @Override
    public int size() {
      return set.size();
    }

    @Override
    public boolean contains(Object o) {
      return set.contains(o);
    }
  }
}
