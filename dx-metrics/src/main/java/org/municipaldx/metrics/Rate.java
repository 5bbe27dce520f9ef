package org.municipaldx.metrics;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;

/**
 * A ratio kept as its numerator and denominator, e.g. 1,303 online applications of 12,512.
 *
 * <p>Rates are added as Σ numerator / Σ denominator ({@link #plus}), never as a mean of ratios. A
 * zero denominator gives an <em>undefined</em> rate: {@link #value()} and {@link #percent} are
 * empty and {@link #format} says {@code undefined}; it is neither 0 nor an exception, and adding it
 * to a defined rate still adds its parts. {@link #toString()} prints the parts, {@code 1303/12512}
 * or {@code 0/0};
 * {@link #parse(CharSequence)} reads it back. Immutable and thread-safe.
 */
public final class Rate implements Serializable {
  private static final long serialVersionUID = 1L;
  /** 0 / 0. */
  public static final Rate UNDEFINED = new Rate(0, 0);

  /** The value of {@link #numerator()}. */
  private final long numerator;
  /** The value of {@link #denominator()}. */
  private final long denominator;

  private Rate(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * {@return the rate, never null}
   *
   * @param numerator  the part, zero or more
   * @param denominator  the whole, zero or more
   * @throws IllegalArgumentException if either is negative
   */
  public static Rate of(long numerator, long denominator) {
    if (numerator < 0) {
      throw Checks.invalid("Rate", "numerator", numerator, "must be zero or more");
    }
    if (denominator < 0) {
      throw Checks.invalid("Rate", "denominator", denominator, "must be zero or more");
    }
    return new Rate(numerator, denominator);
  }

  /**
   * {@return the rate, never null}
   *
   * @param text  {@code n/d}, not null
   * @throws IllegalArgumentException if the text is not two non-negative integers separated by {@code /}
   */
  public static Rate parse(CharSequence text) {
    Objects.requireNonNull(text, "Rate.text: must not be null");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0 || !s.substring(0, slash).matches("\\d+") || !s.substring(slash + 1).matches("\\d+")) {
      throw Checks.invalid("Rate", "", text, "cannot be parsed: expected n/d");
    }
    try {
      return of(Long.parseLong(s.substring(0, slash)), Long.parseLong(s.substring(slash + 1)));
    } catch (NumberFormatException e) {
      throw Checks.invalid("Rate", "", text, "cannot be parsed: numbers must fit a long", e);
    }
  }

  /** {@return the numerator} */
  public long numerator() {
    return numerator;
  }

  /** {@return the denominator} */
  public long denominator() {
    return denominator;
  }

  /** {@return whether the denominator is not zero} */
  public boolean isDefined() {
    return denominator != 0;
  }

  /** {@return the exact ratio, or empty when undefined (denominator zero)} */
  public Optional<Rational> value() {
    return isDefined() ? Optional.of(Rational.of(numerator, denominator)) : Optional.empty();
  }

  /**
   * {@return the percentage, or empty when undefined}
   *
   * @param policy  how to round, in percent (e.g. HALF_UP to 0.1 gives 10.4), not null
   */
  public Optional<BigDecimal> percent(RoundingPolicy policy) {
    return value().map(v -> policy.apply(v.times(Rational.of(100))));
  }

  /**
   * {@return Σ numerator / Σ denominator, never null}
   *
   * @param other  another rate, not null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public Rate plus(Rate other) {
    return new Rate(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
  }

  /**
   * {@return e.g. {@code 1,303/12,512 (10.4%)} or {@code 0/0 (undefined)}, never null}
   *
   * @param policy  how to round the percentage, not null
   */
  public String format(RoundingPolicy policy) {
    return Figures.group(numerator) + "/" + Figures.group(denominator) + " ("
        + percent(policy).map(p -> Figures.group(p) + "%").orElse("undefined") + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rate && numerator == ((Rate) o).numerator && denominator == ((Rate) o).denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /** {@return {@code n/d} with the parts as kept (not reduced)} */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a negative part or whole is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> numerator == 0 && denominator == 0 ? UNDEFINED : of(numerator, denominator));
  }
}
