package org.municipaldx.examples.output;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.metrics.Rational;

/**
 * An exact rational figure as JSON (e.g. 80,000 minutes = 4000/3 hours): numerator and denominator in
 * lowest terms, and the exact decimal when the value has a finite one. Immutable.
 *
 * @param numerator  the numerator, in lowest terms
 * @param denominator  the denominator, positive, in lowest terms
 * @param decimal  the exact decimal value, absent when it does not terminate (4000/3)
 */
public record ExactRatio(BigInteger numerator, BigInteger denominator, Optional<BigDecimal> decimal) {
  /** Validates the parts. @throws NullPointerException if a part is null */
  public ExactRatio {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(decimal, "decimal");
  }

  /**
   * @param value  the exact value, not null
   * @return the value as JSON, never null
   */
  public static ExactRatio of(Rational value) {
    return new ExactRatio(value.numerator(), value.denominator(), value.toBigDecimalExact());
  }
}
