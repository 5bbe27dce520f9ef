package org.municipaldx.metrics.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.municipaldx.core.Department;
import org.municipaldx.core.Ids;
import org.municipaldx.core.internal.Checks;

/**
 * Maps department ids to dense indices {@code 0..size()-1} and back, so that the columnar table
 * can store a department as a small integer. Ids are kept in their natural (code point) order, so
 * two dictionaries over the same ids are equal and assign the same indices.
 *
 * <p>Immutable and thread-safe.
 */
public final class DepartmentDictionary {
  private final List<String> ids;
  private final Map<String, Integer> indices;

  private DepartmentDictionary(List<String> ids) {
    this.ids = List.copyOf(ids);
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      m.put(ids.get(i), i);
    }
    this.indices = m;
  }

  /**
   * {@return the dictionary, ids in natural order, never null}
   *
   * @param ids  the department ids, not null, each matching {@link Ids#MODEL_ID_PATTERN};
   *     duplicates are merged
   * @throws IllegalArgumentException if an id does not match the pattern
   */
  public static DepartmentDictionary of(Collection<String> ids) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String id : ids) {
      Objects.requireNonNull(id, "DepartmentDictionary.ids: must not contain null");
      Checks.check(Ids.isModelId(id), "DepartmentDictionary", "id", id,
          "must match " + Ids.MODEL_ID_PATTERN);
      sorted.add(id);
    }
    return new DepartmentDictionary(new ArrayList<>(sorted));
  }

  /** {@return the number of departments} */
  public int size() {
    return ids.size();
  }

  /** {@return the ids in index order, never null} */
  public List<String> ids() {
    return ids;
  }

  /**
   * {@return the department id at the index, never null}
   *
   * @param index  the index, from 0 to {@code size() - 1}
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public String id(int index) {
    return ids.get(index);
  }

  /**
   * {@return its index}
   *
   * @param id  the department id, not null
   * @throws IllegalArgumentException if the id is not in the dictionary
   */
  public int index(String id) {
    Integer i = indices.get(id);
    if (i == null) {
      throw Checks.invalid("DepartmentDictionary", "id", id, "unknown department");
    }
    return i;
  }

  /**
   * Tells whether a department id has an index.
   *
   * @param id  the department id, not null
   * @return whether the id is in the dictionary
   */
  public boolean contains(String id) {
    return indices.containsKey(id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DepartmentDictionary && ((DepartmentDictionary) o).ids.equals(ids);
  }

  @Override
  public int hashCode() {
    return ids.hashCode();
  }

  @Override
  public String toString() {
    return "DepartmentDictionary" + ids;
  }
}
