package org.municipaldx.regulation.law;

import org.municipaldx.core.internal.Checks;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.internal.KanjiNumerals;

/**
 * The number of one level of a provision (条, 項 or 号): a main number and branch numbers, e.g.
 * 十二の二 (12-2) for 第十二条の二, as inserted by amendment.
 *
 * <p>Each number is from 1 to 9999. This class is immutable and thread-safe.
 */
public final class ProvisionNumber implements Comparable<ProvisionNumber>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #main()}. */
  private final int main;
  /** The value of {@link #branches()}. */
  private final int[] branches;

  /** The branches of a number without any, shared: a number never writes its array. */
  private static final int[] NO_BRANCHES = {};

  private ProvisionNumber(int main, int[] branches) {
    this.main = main;
    this.branches = branches;
  }

  /**
   * {@return the number, never null}
   *
   * @param main  the main number, from 1 to 9999
   * @param branches  the branch numbers (の二, の三 ...), each from 1 to 9999
   * @throws IllegalArgumentException naming the bad number
   */
  public static ProvisionNumber of(int main, int... branches) {
    check(main, "main");
    for (int b : branches) {
      check(b, "branches");
    }
    return new ProvisionNumber(main, branches.clone());
  }

  /**
   * {@return the number, never null}
   *
   * @param main  the main number, from 1 to 9999
   * @param branches  the branch numbers, not null
   */
  public static ProvisionNumber of(int main, List<Integer> branches) {
    // no stream and, for the many numbers without branches, no array (issue 11i); checked in the order
    // of(int, int...) checks, after the list is read (a null element throws NullPointerException first)
    int n = branches.size();
    int[] b = n == 0 ? NO_BRANCHES : new int[n];
    for (int i = 0; i < n; i++) {
      b[i] = branches.get(i);
    }
    check(main, "main");
    for (int x : b) {
      check(x, "branches");
    }
    return new ProvisionNumber(main, b);
  }

  private static void check(int n, String field) {
    if (n < 1 || n > KanjiNumerals.MAX) {
      throw Checks.invalid("ProvisionNumber", field, n, "must be from 1 to " + KanjiNumerals.MAX);
    }
  }

  /** {@return the main number} */
  public int main() {
    return main;
  }

  /** {@return the branch numbers, possibly empty, never null} */
  public List<Integer> branches() {
    List<Integer> list = new ArrayList<>(branches.length);
    for (int b : branches) {
      list.add(b);
    }
    return List.copyOf(list);
  }

  /** {@return whether this number has branches (の二)} */
  public boolean isBranch() {
    return branches.length > 0;
  }

  /** {@return e.g. 十二の二} */
  public String toKanji() {
    StringBuilder sb = new StringBuilder(KanjiNumerals.format(main));
    for (int b : branches) {
      sb.append('の').append(KanjiNumerals.format(b));
    }
    return sb.toString();
  }

  /** {@return e.g. 12の2} */
  public String toArabic() {
    StringBuilder sb = new StringBuilder(Integer.toString(main));
    for (int b : branches) {
      sb.append('の').append(b);
    }
    return sb.toString();
  }

  @Override
  public int compareTo(ProvisionNumber o) {
    int c = Integer.compare(main, o.main);
    if (c != 0) {
      return c;
    }
    return Arrays.compare(branches, o.branches);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProvisionNumber
        && ((ProvisionNumber) o).main == main
        && Arrays.equals(((ProvisionNumber) o).branches, branches);
  }

  @Override
  public int hashCode() {
    return Objects.hash(main, Arrays.hashCode(branches));
  }

  /** {@return the Arabic form, e.g. {@code 12の2}} */
  @Override
  public String toString() {
    return toArabic();
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a number out of range is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> of(main, branches));
  }
}
