package org.municipaldx.ingest;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The header a {@link TableReader} found: which field holds which column. Immutable and
 * thread-safe.
 *
 * @param <K>  the key type of the columns
 */
public final class Header<K> {
  private final HeaderSpec<K> spec;
  private final Map<K, Integer> index;
  private final List<String> names;
  private final Location location;

  Header(HeaderSpec<K> spec, Map<K, Integer> index, List<String> names, Location location) {
    this.spec = spec;
    this.index = Collections.unmodifiableMap(new HashMap<>(index));
    this.names = List.copyOf(names);
    this.location = location;
  }

  /** {@return the layout, never null} */
  public HeaderSpec<K> spec() {
    return spec;
  }

  /**
   * {@return the field index (from 0) holding it, or -1 if the header does not have it}
   *
   * @param column  the column, not null
   */
  public int index(K column) {
    Integer i = index.get(Objects.requireNonNull(column, "column"));
    return i == null ? -1 : i;
  }

  /**
   * {@return whether the header has the column}
   *
   * @param column  the column's key, not null
   */
  public boolean has(K column) {
    return index.containsKey(column);
  }

  /** {@return the number of header fields, Excel's trailing empty cells not counted} */
  public int width() {
    return names.size();
  }

  /**
   * {@return the header name of that field as written (trimmed), or empty beyond the header}
   *
   * @param field  a field index, from 0
   */
  public String name(int field) {
    return field >= 0 && field < names.size() ? names.get(field) : "";
  }

  /** {@return where the header record is, never null} */
  public Location location() {
    return location;
  }

  @Override
  public String toString() {
    return "Header" + names;
  }
}
