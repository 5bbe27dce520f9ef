package org.municipaldx.regulation.review;

import java.util.Comparator;
import java.util.Objects;
import org.municipaldx.regulation.RegulationType;

/**
 * One cell of the progress table: a regulation type × a review state × a department.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgressCell implements Comparable<ProgressCell> {
  private static final Comparator<ProgressCell> ORDER = Comparator.comparing(ProgressCell::type)
      .thenComparing(ProgressCell::state).thenComparing(ProgressCell::departmentId);

  private final RegulationType type;
  private final ReviewState state;
  private final String departmentId;

  private ProgressCell(RegulationType type, ReviewState state, String departmentId) {
    this.type = Objects.requireNonNull(type, "type");
    this.state = Objects.requireNonNull(state, "state");
    this.departmentId = Objects.requireNonNull(departmentId, "departmentId");
  }

  /**
   * {@return the cell, never null}
   *
   * @param type  the type, not null
   * @param state  the state, not null
   * @param departmentId  the department's id, not null
   */
  public static ProgressCell of(RegulationType type, ReviewState state, String departmentId) {
    return new ProgressCell(type, state, departmentId);
  }

  /** {@return the type, never null} */
  public RegulationType type() {
    return type;
  }

  /** {@return the state, never null} */
  public ReviewState state() {
    return state;
  }

  /** {@return the department id, never null} */
  public String departmentId() {
    return departmentId;
  }

  @Override
  public int compareTo(ProgressCell o) {
    return ORDER.compare(this, o);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProgressCell)) {
      return false;
    }
    ProgressCell c = (ProgressCell) o;
    return type == c.type && state == c.state && departmentId.equals(c.departmentId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, state, departmentId);
  }

  /** {@return e.g. {@code 目視 × 該非判断 × fire-department}} */
  @Override
  public String toString() {
    return type.japaneseName() + " × " + state.japaneseName() + " × " + departmentId;
  }
}
