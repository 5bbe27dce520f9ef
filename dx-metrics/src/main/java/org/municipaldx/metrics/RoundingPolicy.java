package org.municipaldx.metrics;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.InputLimits;
import org.municipaldx.core.internal.Checks;

/**
 * How an exact figure (hours or days as a {@link Rational}) becomes a printed figure: a rounding
 * mode, an increment in the figure's own unit, and optionally "print it exactly when it terminates
 * within n decimals".
 *
 * <ul>
 *   <li>{@link RoundingMode#HALF_UP} (the default): to the nearest increment, halves away from
 *       zero — what a person rounding by hand usually does (874.5 → 875).
 *   <li>{@link RoundingMode#HALF_EVEN}: to the nearest increment, halves to the even multiple
 *       (banker's rounding: 874.5 → 874, 236.5 → 236).
 *   <li>{@link RoundingMode#FLOOR}: down, towards negative infinity (291.67 → 291; the seed's
 *       217,820時間 = 9,075日分 is 9,075.83 days floored).
 *   <li>{@link RoundingMode#CEILING}: up, towards positive infinity (1,333.33 → 1,334).
 * </ul>
 * Other {@link RoundingMode}s except {@code UNNECESSARY} are accepted too (e.g. {@code HALF_DOWN}).
 *
 * <p>Increments: {@link #WHOLE} (whole hours or days), {@link #HALF} (0.5) and {@link #TENTH}
 * (0.1); any positive decimal is accepted. The result is a multiple of the increment: the exact
 * quotient value / increment is rounded to an integer with the mode (no intermediate binary or
 * decimal approximation), then multiplied back.
 *
 * <p>{@link #exactWithin(int)}: the source material prints a figure exactly when it has at most
 * one decimal ({@code 30分×1,303件=39,090分=651.5時間}) and rounds it otherwise
 * ({@code 80,000分=1,334時間}); {@link #seed(RoundingMode)} is that policy with whole-hour rounding.
 *
 * <p>{@link #toString()} prints {@code HALF_UP/1}, {@code FLOOR/0.5} or {@code HALF_UP/1 exact/0.1};
 * {@link #parse(CharSequence)} reads it back. Immutable and thread-safe.
 */
public final class RoundingPolicy implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM =
      Pattern.compile("([A-Z_]+)/(\\d+(?:\\.\\d+)?)(?: exact/(1|0\\.0*1))?");

  /** Increment 1: whole hours (or days). */
  public static final BigDecimal WHOLE = BigDecimal.ONE;
  /** Increment 0.5: half hours. */
  public static final BigDecimal HALF = new BigDecimal("0.5");
  /** Increment 0.1: tenths of an hour (6 minutes). */
  public static final BigDecimal TENTH = new BigDecimal("0.1");

  /** {@code HALF_UP/1}: half-up to whole units, the default. */
  public static final RoundingPolicy DEFAULT = of(RoundingMode.HALF_UP, WHOLE);

  /** The value of {@link #mode()}. */
  private final RoundingMode mode;
  /** The value of {@link #increment()}. */
  private final BigDecimal increment;
  /** The value of {@link #exactDecimals()}. */
  private final int exactDecimals;

  private RoundingPolicy(RoundingMode mode, BigDecimal increment, int exactDecimals) {
    this.mode = mode;
    this.increment = increment;
    this.exactDecimals = exactDecimals;
  }

  /**
   * {@return the policy rounding every figure, never null}
   *
   * @param mode  the rounding mode, not null, not {@code UNNECESSARY}
   * @param increment  the increment, positive, e.g. {@link #WHOLE}, {@link #HALF}, {@link #TENTH}
   * @throws IllegalArgumentException if the mode is UNNECESSARY or the increment is not positive
   */
  public static RoundingPolicy of(RoundingMode mode, BigDecimal increment) {
    Objects.requireNonNull(mode, "RoundingPolicy.mode: must not be null");
    Objects.requireNonNull(increment, "RoundingPolicy.increment: must not be null");
    if (mode == RoundingMode.UNNECESSARY) {
      throw Checks.invalid("RoundingPolicy", "mode", mode, "must round");
    }
    if (increment.signum() <= 0) {
      throw Checks.invalid("RoundingPolicy", "increment", increment, "must be positive");
    }
    return new RoundingPolicy(mode, strip(increment), -1);
  }

  /**
   * The source material's habit: exact when the figure has at most one decimal, else rounded to
   * whole units with {@code mode}.
   *
   * @param mode  the rounding mode for figures with more decimals, not null
   * @return the policy, never null
   */
  public static RoundingPolicy seed(RoundingMode mode) {
    return of(mode, WHOLE).exactWithin(1);
  }

  /**
   * {@return a copy printing such figures exactly and rounding the others, never null}
   *
   * @param decimals  the most decimals a figure may have to be printed exactly, 0 to 9
   * @throws IllegalArgumentException if decimals is out of range
   */
  public RoundingPolicy exactWithin(int decimals) {
    if (decimals < 0 || decimals > 9) {
      throw Checks.invalid("RoundingPolicy", "exactDecimals", decimals, "must be from 0 to 9");
    }
    return new RoundingPolicy(mode, increment, decimals);
  }

  /**
   * Parses the form of {@link #toString()}.
   *
   * @param text  e.g. {@code HALF_EVEN/0.5} or {@code CEILING/1 exact/0.1}, not null
   * @return the policy, never null
   * @throws IllegalArgumentException if the text has another form or names no rounding mode
   */
  public static RoundingPolicy parse(CharSequence text) {
    Objects.requireNonNull(text, "RoundingPolicy.text: must not be null");
    // the longest valid form: the longest mode name, "/", an increment and " exact/" with a number
    if (text.length() > 2 * InputLimits.MAX_NUMBER_LENGTH + 20) {
      throw Checks.invalid("RoundingPolicy", "", Checks.quote(text), "cannot be parsed: numbers have at most "
          + InputLimits.MAX_NUMBER_LENGTH + " characters (InputLimits.MAX_NUMBER_LENGTH)");
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw Checks.invalid("RoundingPolicy", "", text, "cannot be parsed: expected MODE/increment[ exact/0.1], e.g. HALF_UP/1");
    }
    RoundingMode mode;
    try {
      mode = RoundingMode.valueOf(m.group(1));
    } catch (IllegalArgumentException e) {
      throw Checks.invalid("RoundingPolicy", "", text, "cannot be parsed: unknown mode '"
          + m.group(1) + "'", e);
    }
    if (m.group(2).length() > InputLimits.MAX_NUMBER_LENGTH
        || (m.group(3) != null && m.group(3).length() > InputLimits.MAX_NUMBER_LENGTH)) {
      throw Checks.invalid("RoundingPolicy", "", text, "cannot be parsed: numbers have at most "
          + InputLimits.MAX_NUMBER_LENGTH + " characters (InputLimits.MAX_NUMBER_LENGTH)");
    }
    RoundingPolicy p = of(mode, new BigDecimal(m.group(2)));
    return m.group(3) == null ? p : p.exactWithin(new BigDecimal(m.group(3)).scale());
  }

  /**
   * The candidates an audit tries: each of HALF_UP, HALF_EVEN, FLOOR and CEILING to whole units,
   * 0.5 and 0.1, plus {@link #seed(RoundingMode)} for each mode (16 policies).
   *
   * @return the candidate policies, never null
   */
  public static List<RoundingPolicy> standardCandidates() {
    List<RoundingPolicy> out = new ArrayList<>();
    RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};
    for (RoundingMode m : modes) {
      for (BigDecimal inc : List.of(WHOLE, HALF, TENTH)) {
        out.add(of(m, inc));
      }
      out.add(seed(m));
    }
    return Collections.unmodifiableList(out);
  }

  /** {@return the rounding mode, never null} */
  public RoundingMode mode() {
    return mode;
  }

  /** {@return the increment, positive, never null} */
  public BigDecimal increment() {
    return increment;
  }

  /** {@return the most decimals printed exactly, or empty if every figure is rounded} */
  public OptionalInt exactDecimals() {
    return exactDecimals < 0 ? OptionalInt.empty() : OptionalInt.of(exactDecimals);
  }

  /**
   * {@return the printed figure: exact, or a multiple of the increment; without trailing zeros
   * ({@code 1134}, not {@code 1134.0}), never null}
   *
   * @param value  the exact figure, not null
   */
  public BigDecimal apply(Rational value) {
    Objects.requireNonNull(value, "RoundingPolicy.value: must not be null");
    if (exactDecimals >= 0 && value.terminatesWithin(exactDecimals)) {
      return strip(value.toBigDecimalExact().orElseThrow());
    }
    BigDecimal steps = value.dividedBy(Rational.of(increment)).round(0, mode);
    return strip(steps.multiply(increment));
  }

  /**
   * {@return the hours as this policy prints them, never null}
   *
   * @param minutes  a number of minutes
   */
  public BigDecimal hours(long minutes) {
    return apply(Units.hours(minutes));
  }

  /**
   * {@return whether this policy prints {@code exact} as {@code stated} (numerically)}
   *
   * @param exact  the exact figure, not null
   * @param stated  a printed figure, not null
   */
  public boolean explains(Rational exact, BigDecimal stated) {
    return apply(exact).compareTo(stated) == 0;
  }

  static BigDecimal strip(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoundingPolicy && mode == ((RoundingPolicy) o).mode
        && increment.equals(((RoundingPolicy) o).increment) && exactDecimals == ((RoundingPolicy) o).exactDecimals;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, increment, exactDecimals);
  }

  /** {@return e.g. {@code HALF_UP/1}, {@code FLOOR/0.5}, {@code HALF_UP/1 exact/0.1}} */
  @Override
  public String toString() {
    String s = mode + "/" + increment.toPlainString();
    return exactDecimals < 0 ? s : s + " exact/" + BigDecimal.ONE.movePointLeft(exactDecimals).toPlainString();
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a mode, increment or exact decimals the factory rejects is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> exactDecimals == -1 ? of(mode, increment) : of(mode, increment).exactWithin(exactDecimals));
  }
}
