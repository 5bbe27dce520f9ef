package org.municipaldx.regulation.law;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One provision, or a range of provisions ({@code 第3条から第5条まで}), in a citation. Both ends
 * are complete points: a range written {@code 第3条第1項から第3項まで} has the end {@code 第3条第3項}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProvisionRange implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #from()}. */
  private final ProvisionPoint from;
  /** The value of {@link #to()}. */
  private final ProvisionPoint to;

  private ProvisionRange(ProvisionPoint from, ProvisionPoint to) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = to;
  }

  /**
   * {@return a range of one provision, never null}
   *
   * @param point  the provision, not null
   */
  public static ProvisionRange of(ProvisionPoint point) {
    return new ProvisionRange(point, null);
  }

  /**
   * {@return the range, never null}
   *
   * @param from  the first provision, not null
   * @param to  the last provision, not null
   */
  public static ProvisionRange of(ProvisionPoint from, ProvisionPoint to) {
    return new ProvisionRange(from, Objects.requireNonNull(to, "to"));
  }

  /** {@return the first (or only) provision, never null} */
  public ProvisionPoint from() {
    return from;
  }

  /** {@return the last provision of a range, empty for a single provision} */
  public Optional<ProvisionPoint> to() {
    return Optional.ofNullable(to);
  }

  /** {@return e.g. {@code 第3条} or {@code 第3条から第5条まで}} */
  @Override
  public String toString() {
    return to == null ? from.toString() : from + "から" + to + "まで";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProvisionRange && from.equals(((ProvisionRange) o).from)
        && Objects.equals(to, ((ProvisionRange) o).to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }
}
