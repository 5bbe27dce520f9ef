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
   * The reader's list of unrecognised values for a row that has none, as the last argument of a procedure it
   * constructs ({@link #trusting}): known by reference, so the constructor needs to read nothing to know the
   * procedure is the reader's own. Never stored: the constructor keeps {@code List.of()} instead.
   */
  static final List<UnrecognisedValue> TRUSTED_NONE = Collections.unmodifiableList(new java.util.ArrayList<>(0));

  /**
   * {@return what the reader passes as a procedure's last argument, its list of unrecognised values, so that the
   * constructor knows the procedure is the reader's own ({@link #trusted}) and takes the other components as they
   * are} For {@link SurveyReader} only: its components are exactly what the constructor's checks would give back
   * — no null, an id that is not blank (stripped, not empty), every set one this class froze ({@link #freeze}
   * gives it back as it is), every list of texts an immutable list ({@link #copy} gives it back as it is). Nothing
   * of this escapes: the constructor stores {@link #trusted}'s list instead.
   *
   * @param unknown  the row's values outside the code lists, possibly empty
   */
  static List<UnrecognisedValue> trusting(List<UnrecognisedValue> unknown) {
    return unknown.isEmpty() ? TRUSTED_NONE : new Trusted(unknown);
  }

  /**
   * {@return the unrecognised values to keep if {@code last} is the reader's mark ({@link #trusting}): an immutable
   * copy; null if it is not (any other caller's list, checked as always)}
   */
  static List<UnrecognisedValue> trusted(List<UnrecognisedValue> last) {
    if (last == TRUSTED_NONE) {
      return List.of();
    }
    return last instanceof Trusted t ? List.copyOf(t.values) : null;
  }

  /** The reader's non-empty list of unrecognised values, marked as the reader's own ({@link #trusting}). */
  private static final class Trusted extends java.util.AbstractList<UnrecognisedValue> {
    private final List<UnrecognisedValue> values;

    Trusted(List<UnrecognisedValue> values) {
      this.values = values;
    }

    @Override
    public UnrecognisedValue get(int index) {
      return values.get(index);
    }

    @Override
    public int size() {
      return values.size();
    }
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
