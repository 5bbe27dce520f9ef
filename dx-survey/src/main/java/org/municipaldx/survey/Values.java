package org.municipaldx.survey;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/** Helpers for the model's collections. */
final class Values {
  private Values() {}

  /** An unmodifiable copy in the enum's order; a set this class froze before is returned as it is. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <E extends Enum<E>> Set<E> freeze(Set<E> set) {
    if (set instanceof Frozen) {
      return set;
    }
    if (set instanceof EnumSet) {
      return new Frozen<>(((EnumSet) set).clone());
    }
    return new Frozen<>(set.isEmpty() ? Collections.emptySet() : new TreeSet<>(set));
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
