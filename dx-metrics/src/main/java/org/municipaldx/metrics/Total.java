package org.municipaldx.metrics;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.municipaldx.core.estimate.EstimateKind;
import org.municipaldx.core.internal.Checks;

/**
 * A total of saved time that keeps what it adds up (provenance): the evaluations with a figure
 * ({@link #contributions()}) and those without one ({@link #omissions()}: pending or not
 * estimated, each with its reason). The sum is exact {@code long} minutes; an overflow is an error
 * naming the item that overflowed it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Total {
  Total() {}

  /** {@return the evaluations with a figure, in the order added} */
  public abstract List<Evaluation> contributions();

  /** {@return the evaluations without a figure, in the order added} */
  public abstract List<Evaluation> omissions();

  /** {@return the exact sum of the contributions in minutes} */
  @Value.Derived
  public long minutes() {
    long sum = 0;
    for (Evaluation e : contributions()) {
      try {
        sum = Math.addExact(sum, e.minutes().getAsLong());
      } catch (ArithmeticException x) {
        ArithmeticException named = new ArithmeticException("Total.minutes: adding " + e.itemId() + " ("
            + e.minutes().getAsLong() + " minutes) to " + sum + " overflows a long");
        named.initCause(x);
        throw named;
      }
    }
    return sum;
  }

  /** {@return the exact hours, never null} */
  public Rational hours() {
    return Units.hours(minutes());
  }

  /** {@return how many items had no estimate figure} */
  public int omittedCount() {
    return omissions().size();
  }

  /** {@return whether any contribution is approximate (約)} */
  public boolean approximate() {
    return contributions().stream().anyMatch(Evaluation::approximate);
  }

  /** {@return the minutes contributed by each kind of estimate (formula, lump sum, measured), never null} */
  public Map<EstimateKind, Long> minutesByKind() {
    Map<EstimateKind, Long> m = new EnumMap<>(EstimateKind.class);
    for (Evaluation e : contributions()) {
      m.merge(e.kind(), e.minutes().getAsLong(), Math::addExact);
    }
    return m;
  }

  /**
   * Rejects an instance that breaks this type's rules; the generated implementation calls it each
   * time an instance is built, so an invalid instance never exists.
   *
   * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
   *     rule broken
   */
  @Value.Check
  protected void check() {
    for (Evaluation e : contributions()) {
      if (!e.hasFigure()) {
        throw Checks.invalid("Total", "contributions", e.itemId(), "must have a figure");
      }
    }
    for (Evaluation e : omissions()) {
      if (e.hasFigure()) {
        throw Checks.invalid("Total", "omissions", e.itemId(), "must have no figure");
      }
    }
  }

  /**
   * {@return their total, never null}
   *
   * @param evaluations  the evaluations, in order, not null
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public static Total of(Collection<Evaluation> evaluations) {
    ImmutableTotal.Builder b = ImmutableTotal.builder();
    for (Evaluation e : evaluations) {
      if (e.hasFigure()) {
        b.addContributions(e);
      } else {
        b.addOmissions(e);
      }
    }
    return b.build();
  }

  /** {@return the total of nothing, never null} */
  public static Total empty() {
    return ImmutableTotal.builder().build();
  }

  /**
   * {@return a total of both, this one's items first, never null}
   *
   * @param other  another total, not null
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public Total plus(Total other) {
    return ImmutableTotal.builder().addAllContributions(contributions()).addAllContributions(other.contributions())
        .addAllOmissions(omissions()).addAllOmissions(other.omissions()).build();
  }

  /** {@return e.g. {@code 68,000分 = 3400/3時間 from 3 items, 1 without a figure}} */
  @Override
  public String toString() {
    return Figures.group(minutes()) + "分 = " + hours() + "時間 from " + contributions().size() + " items, "
        + omittedCount() + " without a figure";
  }
}
