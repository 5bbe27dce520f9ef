package org.municipaldx.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.municipaldx.core.InvalidValueException;

/**
 * The columns of a layout and the header names that map to them, the same rule for every layout:
 * a header cell matches a column if, after NFKC folding (full-width to half-width), trimming and,
 * for Latin text, ignoring case, spaces, hyphens and underscores, it equals one of the column's
 * names. The first name is the column's Japanese name, the second its English name, the rest are
 * aliases. Immutable and thread-safe.
 *
 * @param <K>  the key type of the columns, e.g. an enum
 */
public final class HeaderSpec<K> {
  private final Map<K, List<String>> names;
  private final Set<K> required;
  private final boolean ignoreUnknown;
  private final Map<String, K> byFolded;
  private final Map<K, String> hints;

  private HeaderSpec(Map<K, List<String>> names, Set<K> required, boolean ignoreUnknown,
      Map<K, String> hints) {
    this.hints = Collections.unmodifiableMap(new LinkedHashMap<>(hints));
    this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    this.required = Collections.unmodifiableSet(new LinkedHashSet<>(required));
    this.ignoreUnknown = ignoreUnknown;
    Map<String, K> m = new LinkedHashMap<>();
    names.forEach((k, ns) -> ns.forEach(n -> {
      K previous = m.put(fold(n), k);
      if (previous != null && !previous.equals(k)) {
        throw new IllegalArgumentException("HeaderSpec: the name '" + n + "' is given to " + previous
            + " and " + k);
      }
    }));
    this.byFolded = m;
  }

  /**
   * {@return a new builder, never null}
   *
   * @param <K>  the key type
   */
  public static <K> Builder<K> builder() {
    return new Builder<>();
  }

  /**
   * {@return the header folded as this class describes, never null}
   *
   * @param header  a header cell, not null
   */
  public static String fold(String header) {
    return Fields.nfkc(header).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
  }

  /**
   * {@return the column it names, or empty}
   *
   * @param header  a header cell, not null
   */
  public Optional<K> match(String header) {
    return Optional.ofNullable(byFolded.get(fold(header)));
  }

  /** {@return the columns in the order given, never null} */
  public Set<K> columns() {
    return names.keySet();
  }

  /** {@return the columns a header must have, never null} */
  public Set<K> required() {
    return required;
  }

  /**
   * {@return what the problem of a missing column adds, e.g. "or give the reader a fiscal year"}
   *
   * @param column  a column, not null
   */
  public Optional<String> missingHint(K column) {
    return Optional.ofNullable(hints.get(column));
  }

  /** {@return whether header cells naming no column are ignored instead of rejected} */
  public boolean ignoresUnknown() {
    return ignoreUnknown;
  }

  /**
   * {@return every accepted header name of the column, the Japanese and English names first; never
   * null}
   *
   * @param column  a column of this spec, not null
   * @throws IllegalArgumentException if the column is not in this spec
   */
  public List<String> names(K column) {
    List<String> n = names.get(column);
    if (n == null) {
      throw new InvalidValueException("HeaderSpec", "column", column, "not in this layout");
    }
    return n;
  }

  /**
   * {@return its label for messages: the first two names joined by {@code /}, e.g.
   * {@code 部局/department}}
   *
   * @param column  a column of this spec, not null
   */
  public String label(K column) {
    List<String> n = names(column);
    return n.size() == 1 ? n.get(0) : n.get(0) + "/" + n.get(1);
  }

  /** {@return the labels of all columns, comma-separated, for messages; never null} */
  public String labels() {
    StringJoiner j = new StringJoiner(", ");
    names.keySet().forEach(k -> j.add(label(k)));
    return j.toString();
  }

  @Override
  public String toString() {
    return "HeaderSpec" + names;
  }

  /**
   * Builds a {@link HeaderSpec}. Not thread-safe.
   *
   * @param <K>  the key type
   */
  public static final class Builder<K> {
    private final Map<K, List<String>> names = new LinkedHashMap<>();
    private final Set<K> required = new LinkedHashSet<>();
    private boolean ignoreUnknown;
    private final Map<K, String> hints = new LinkedHashMap<>();

    private Builder() {}

    /**
     * {@return this builder, never null}
     *
     * @param column  a column, not null
     * @param hint  what the problem of the column's absence adds in parentheses, not null
     */
    public Builder<K> missingHint(K column, String hint) {
      hints.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(hint, "hint"));
      return this;
    }

    /**
     * {@return this builder, never null}
     *
     * @param column  the column's key, not null, not given before
     * @param required  whether a header must have it
     * @param names  its names: Japanese, English, then aliases; at least one
     */
    public Builder<K> column(K column, boolean required, String... names) {
      Objects.requireNonNull(column, "column");
      if (names.length == 0 || this.names.containsKey(column)) {
        throw new InvalidValueException("HeaderSpec", "column", column, "needs a name and must be new");
      }
      this.names.put(column, List.of(names));
      if (required) {
        this.required.add(column);
      }
      return this;
    }

    /**
     * {@return this builder, never null}
     *
     * @param column  the column's key, not null
     * @param required  whether a header must have it
     * @param names  its names, Japanese, English, then aliases; not empty
     */
    public Builder<K> column(K column, boolean required, List<String> names) {
      return column(column, required, names.toArray(new String[0]));
    }

    /** {@return this builder, ignoring header cells that name no column instead of rejecting them} */
    public Builder<K> ignoreUnknown() {
      this.ignoreUnknown = true;
      return this;
    }

    /** {@return the spec, never null} */
    public HeaderSpec<K> build() {
      return new HeaderSpec<>(new LinkedHashMap<>(names), new LinkedHashSet<>(required),
          ignoreUnknown, hints);
    }
  }

  /** Package helper: a list of the names for help texts. */
  List<String> allNames() {
    List<String> all = new ArrayList<>();
    names.values().forEach(all::addAll);
    return all;
  }
}
