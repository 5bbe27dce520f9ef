package org.municipaldx.metrics.notation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.estimate.DurationUnit;

/**
 * A sum of durations found in a text by {@link NotationAudit}, e.g.
 * {@code 申請書確認、情報照会業務1,200時間＋選考業務1,300時間=2,500時間}: its terms, the stated total
 * and whether the total is exactly the sum. A sum adds figures that are already printed, so no
 * rounding policy applies: the stated total must equal the sum exactly. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SumFinding {
  SumFinding() {}

  /** {@return the sum as written (from the first term's number), never null} */
  public abstract String text();

  /** {@return the 0-based character offset of the first term's number} */
  public abstract int offset();

  /** {@return the 1-based line} */
  public abstract int line();

  /** {@return the 1-based column} */
  public abstract int column();

  /** {@return the terms, at least two} */
  public abstract List<Term> terms();

  /** {@return the stated total as written, in {@link #statedUnit()}, if the text states one} */
  public abstract Optional<BigDecimal> statedTotal();

  /** {@return the unit of the stated total, if stated} */
  public abstract Optional<DurationUnit> statedUnit();

  /** {@return the exact sum of the terms in minutes} */
  @Value.Derived
  public long exactMinutes() {
    long s = 0;
    for (Term t : terms()) {
      s = Math.addExact(s, t.minutes());
    }
    return s;
  }

  /** {@return the stated total converted to minutes (with decimals if it is not a whole number of minutes), if stated} */
  public Optional<BigDecimal> statedMinutes() {
    return statedTotal().map(t -> t.multiply(BigDecimal.valueOf(statedUnit().orElseThrow().minutes())));
  }

  /** {@return whether the stated total (if any) is exactly the sum of the terms} */
  public boolean consistent() {
    return statedMinutes().map(m -> m.compareTo(BigDecimal.valueOf(exactMinutes())) == 0).orElse(true);
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code SumFinding}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SumFinding}. */
  public static class Builder extends ImmutableSumFinding.Builder {}

  /** One term: a labelled duration, e.g. 選考業務1,300時間. */
  @Value.Immutable
  public abstract static class Term {
    Term() {}

    /** {@return the words just before the number (選考業務), if any} */
    public abstract Optional<String> label();

    /** {@return the number as written} */
    public abstract BigDecimal value();

    /** {@return its unit} */
    public abstract DurationUnit unit();

    /** {@return the minutes, exactly} */
    @Value.Derived
    public long minutes() {
      return value().multiply(BigDecimal.valueOf(unit().minutes())).longValueExact();
    }

    /**
     * Creates a term as read from the text.
     *
     * @param label  the words just before the number, or empty; not null
     * @param value  the number as written, not null
     * @param unit  its unit, not null
     * @return the term, never null
     * @throws NullPointerException if an argument is null
     */
    public static Term of(Optional<String> label, BigDecimal value, DurationUnit unit) {
      return ImmutableTerm.builder().label(label).value(value).unit(unit).build();
    }
  }
}
