package org.municipaldx.metrics;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.InputLimits;
import org.municipaldx.core.internal.Checks;

/**
 * An exact rational number {@code numerator / denominator}, always in lowest terms with a positive
 * denominator: hours ({@code minutes / 60}) and days ({@code minutes / 1440}, or minutes over a
 * working day) before a {@link RoundingPolicy} turns them into a printed figure.
 *
 * <p>Numerator and denominator are {@link BigInteger}s. Minutes are {@code long} everywhere in the
 * model and a sum of minutes that overflows a {@code long} is an error; but converting and comparing
 * rationals multiplies denominators (60 × a 465-minute working day, cross-multiplication in
 * {@link #compareTo}), and with {@code long} parts such intermediate products could overflow for
 * values that are perfectly representable. BigInteger removes that class of spurious errors at a
 * cost that only matters on the batch path, which works on {@code long} minutes instead.
 *
 * <p>{@link #toString()} prints {@code 136840/60} reduced, i.e. {@code 6842/3}, or just the
 * integer; {@link #parse(CharSequence)} reads that form back. Immutable and thread-safe.
 */
public final class Rational implements Comparable<Rational>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("(-?\\d+)(?:/(\\d+))?");

  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  /** The value of {@link #numerator()}. */
  private final BigInteger numerator;
  /** The value of {@link #denominator()}. */
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * {@return the rational {@code value / 1}, never null}
   *
   * @param value  the integer
   */
  public static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * {@return the reduced rational, never null}
   *
   * @param numerator  the numerator
   * @param denominator  the denominator, not zero
   * @throws IllegalArgumentException if the denominator is zero
   */
  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * {@return the reduced rational, never null}
   *
   * @param numerator  the numerator, not null
   * @param denominator  the denominator, not null, not zero
   * @throws IllegalArgumentException if the denominator is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "Rational.numerator: must not be null");
    Objects.requireNonNull(denominator, "Rational.denominator: must not be null");
    if (denominator.signum() == 0) {
      throw Checks.invalid("Rational", "denominator", numerator + "/0", "must not be zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
    if (numerator.signum() == 0) {
      denominator = BigInteger.ONE;
    }
    return new Rational(numerator, denominator);
  }

  /**
   * {@return the same value exactly, never null}
   *
   * @param value  a decimal, not null
   */
  public static Rational of(BigDecimal value) {
    Objects.requireNonNull(value, "Rational.value: must not be null");
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Parses the form printed by {@link #toString()}: {@code -12}, {@code 6842/3}.
   *
   * @param text  the text, not null
   * @return the rational, never null
   * @throws IllegalArgumentException if the text is not {@code integer} or {@code integer/positive}
   */
  public static Rational parse(CharSequence text) {
    Objects.requireNonNull(text, "Rational.text: must not be null");
    // checked before BigInteger reads the digits, which takes time quadratic in their number (issue 13, D6)
    int slash = text.toString().indexOf('/');
    int numeratorLength = slash < 0 ? text.length() : slash;
    int denominatorLength = slash < 0 ? 0 : text.length() - slash - 1;
    if (numeratorLength > InputLimits.MAX_NUMBER_LENGTH || denominatorLength > InputLimits.MAX_NUMBER_LENGTH) {
      throw Checks.invalid("Rational", "", Checks.quote(text), "cannot be parsed: numerator and denominator have at most "
          + InputLimits.MAX_NUMBER_LENGTH + " characters each (InputLimits.MAX_NUMBER_LENGTH)");
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw Checks.invalid("Rational", "", text, "cannot be parsed: expected n or n/d");
    }
    BigInteger d = m.group(2) == null ? BigInteger.ONE : new BigInteger(m.group(2));
    return of(new BigInteger(m.group(1)), d);
  }

  /** {@return the numerator of the reduced fraction, never null} */
  public BigInteger numerator() {
    return numerator;
  }

  /** {@return the denominator of the reduced fraction, positive, never null} */
  public BigInteger denominator() {
    return denominator;
  }

  /** {@return -1, 0 or 1} */
  public int signum() {
    return numerator.signum();
  }

  /** {@return whether the value is an integer} */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * {@return the exact sum, never null}
   *
   * @param other  the addend, not null
   */
  public Rational plus(Rational other) {
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * {@return the exact difference, never null}
   *
   * @param other  the subtrahend, not null
   */
  public Rational minus(Rational other) {
    return plus(other.negate());
  }

  /** {@return {@code -this}, never null} */
  public Rational negate() {
    return new Rational(numerator.negate(), denominator);
  }

  /**
   * {@return the exact product, never null}
   *
   * @param other  the factor, not null
   */
  public Rational times(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * {@return the exact quotient, never null}
   *
   * @param other  the divisor, not null, not zero
   * @throws ArithmeticException if the divisor is zero
   */
  public Rational dividedBy(Rational other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("Rational: division of " + this + " by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * {@return the exact decimal value if the fraction terminates (the reduced denominator has no
   * prime factor other than 2 and 5), else empty}
   */
  public Optional<BigDecimal> toBigDecimalExact() {
    try {
      return Optional.of(new BigDecimal(numerator).divide(new BigDecimal(denominator)));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return whether the value is exactly a decimal with at most that many decimals}
   *
   * @param decimals  the number of decimals, zero or more
   */
  public boolean terminatesWithin(int decimals) {
    return BigInteger.TEN.pow(decimals).mod(denominator).signum() == 0;
  }

  /**
   * {@return the value rounded to {@code scale} decimals with {@code mode}, never null}
   *
   * @param scale  the number of decimals, zero or more
   * @param mode  the rounding mode, not null
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
   */
  public BigDecimal round(int scale, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  @Override
  public int compareTo(Rational o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational && numerator.equals(((Rational) o).numerator)
        && denominator.equals(((Rational) o).denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /** {@return {@code n} for an integer, else {@code n/d} in lowest terms} */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a zero denominator (and is reduced as the factory reduces) is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> of(numerator, denominator));
  }
}
