package org.municipaldx.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with office data: where ({@link #location()}: file, line, column and byte
 * offset, or sheet and cell), under which header (when known) and why. The one problem type of
 * every reader built on this toolkit. Immutable and thread-safe.
 */
public final class Problem {
  private final Location location;
  private final String header;
  private final String reason;

  private Problem(Location location, String header, String reason) {
    this.location = Objects.requireNonNull(location, "location");
    this.header = header == null || header.isEmpty() ? null : header;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * {@return the problem, never null}
   *
   * @param location  where, not null
   * @param header  the column's header name, or null or empty when unknown or not applicable
   * @param reason  what is wrong and which rule it breaks, not null
   */
  public static Problem of(Location location, String header, String reason) {
    return new Problem(location, header, reason);
  }

  /**
   * {@return a problem without a header name, never null}
   *
   * @param location  where, not null
   * @param reason  what is wrong, not null
   */
  public static Problem of(Location location, String reason) {
    return new Problem(location, null, reason);
  }

  /** {@return where the problem is, never null} */
  public Location location() {
    return location;
  }

  /** {@return what was read, e.g. the file name; never null} */
  public String source() {
    return location.source();
  }

  /** {@return the header name of the column, if known} */
  public Optional<String> header() {
    return Optional.ofNullable(header);
  }

  /** {@return what is wrong, never null} */
  public String reason() {
    return reason;
  }

  /** {@return the line for a text location, else 0} */
  public long line() {
    return location instanceof TextLocation t ? t.line() : 0;
  }

  /** {@return the column (from 1; 0 for the whole record) for a text location or a cell, else 0} */
  public int column() {
    if (location instanceof TextLocation t) {
      return t.column();
    }
    return location instanceof CellLocation c ? c.column() : 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problem p && location.equals(p.location) && Objects.equals(header, p.header)
        && reason.equals(p.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, header, reason);
  }

  /** {@return e.g. {@code rows.csv line 3, column 4 (D, オンライン件数): '12a' is not a whole number}} */
  @Override
  public String toString() {
    String place = location.toString();
    if (header != null) {
      place = place.endsWith(")") ? place.substring(0, place.length() - 1) + ", " + header + ")"
          : place + " (" + header + ")";
    }
    return place + ": " + reason;
  }
}
