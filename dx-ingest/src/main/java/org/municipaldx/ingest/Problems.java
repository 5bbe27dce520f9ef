package org.municipaldx.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems of one read: keeps the first {@value #LISTED} in the order they were
 * added and counts them all, so that a file with millions of bad records is reported in bounded
 * memory. Not thread-safe: each reader (or each chunk of a parallel read) has its own, and
 * {@link #addAll(Problems)} merges them in order.
 */
public final class Problems {
  /** How many problems are kept and listed; {@link #total()} counts them all. */
  public static final int LISTED = 100;

  private final List<Problem> listed = new ArrayList<>();
  private long total;

  /** Creates an empty collector. */
  public Problems() {}

  /**
   * {@return this collector, never null}
   *
   * @param problem  the problem, not null
   */
  public Problems add(Problem problem) {
    if (listed.size() < LISTED) {
      listed.add(java.util.Objects.requireNonNull(problem, "problem"));
    }
    total++;
    return this;
  }

  /**
   * Appends another collector's problems after this one's (file order when the other read a later
   * part of the file).
   *
   * @param other  the other collector, not null
   * @return this collector, never null
   */
  public Problems addAll(Problems other) {
    for (Problem p : other.listed) {
      if (listed.size() < LISTED) {
        listed.add(p);
      }
    }
    total += other.total;
    return this;
  }

  /**
   * Appends the problems of a rejected read.
   *
   * @param e  the exception, not null
   * @return this collector, never null
   */
  public Problems addAll(IngestException e) {
    for (Problem p : e.problems()) {
      if (listed.size() < LISTED) {
        listed.add(p);
      }
    }
    total += e.total();
    return this;
  }

  /** {@return whether no problem was added} */
  public boolean isEmpty() {
    return total == 0;
  }

  /** {@return how many problems were added} */
  public long total() {
    return total;
  }

  /** {@return the first {@value #LISTED} problems, in the order added; unmodifiable, never null} */
  public List<Problem> listed() {
    return Collections.unmodifiableList(listed);
  }

  /**
   * Throws if any problem was added; does nothing otherwise. A reader calls it after the whole input was read.
   *
   * @param source  what was read, for the message, not null
   * @throws IngestException if any problem was added
   */
  public void throwIfAny(String source) {
    if (total > 0) {
      throw new IngestException(source, listed, total);
    }
  }
}
