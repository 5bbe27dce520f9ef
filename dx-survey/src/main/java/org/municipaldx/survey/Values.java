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

  /**
   * Per thread: whether the next {@link SurveyProcedure} made on it has components {@link SurveyReader} made
   * ({@link #trusting}), which its constructor then takes without reading them again. A one-element array, so
   * that setting and clearing it is a store, not a {@code ThreadLocal.set}.
   */
  private static final ThreadLocal<boolean[]> TRUSTED = ThreadLocal.withInitial(() -> new boolean[1]);

  /**
   * {@return {@code last}, after marking the next procedure constructed on this thread as the reader's own}
   * For {@link SurveyReader} only, as the expression of the constructor's last argument, so that nothing runs
   * between the mark and the constructor, whose first act is {@link #takeTrust()}. The reader's components are
   * exactly what the checks would give: no null, an id that is not blank (stripped, not empty), every set one
   * this class froze ({@link #freeze} gives it back as it is), every list of texts an immutable list
   * ({@link #copy} gives it back as it is); the last list is still copied.
   */
  static <T> List<T> trusting(List<T> last) {
    TRUSTED.get()[0] = true;
    return last;
  }

  /** {@return whether {@link #trusting} marked this construction, clearing the mark} */
  static boolean takeTrust() {
    boolean[] t = TRUSTED.get();
    boolean trusted = t[0];
    t[0] = false;
    return trusted;
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
