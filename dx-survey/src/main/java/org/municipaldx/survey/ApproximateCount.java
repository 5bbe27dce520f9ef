package org.municipaldx.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.metrics.Figures;

/**
 * A case count as the survey gives it (items 17-1 to 17-3): approximate by definition. The survey
 * states its counts to two significant figures (one where estimating was hard), and estimates the
 * counts of procedures carried out or received by local governments from a few sample
 * municipalities (デジタル庁「行政手続等の悉皆調査」解説資料). This type therefore has no accessor
 * that reads as an exact figure: {@link #approximately()} says what it is, {@link #toString()}
 * prints {@code 約1,800}, and JSON carries the basis beside the number.
 *
 * <p>Sums stay approximate; their basis is the weakest of the parts. Overflow is an error. JSON is
 * {@code {"approximately": 1800, "basis": "ROUNDED_REPORT"}}, read and written by {@code DxJson}, with a JSON Schema
 * in this module's jar.
 * Immutable and thread-safe.
 */
@JsonPropertyOrder({"approximately", "basis"})
public final class ApproximateCount implements Comparable<ApproximateCount> {
  /** Why a count is approximate. */
  public enum Basis {
    /** Reported by the ministry, rounded to two significant figures. */
    ROUNDED_REPORT,
    /** Estimated from a few sample municipalities (local-government procedures), then rounded. */
    ESTIMATED_FROM_SAMPLE_MUNICIPALITIES
  }

  /** Zero cases, as reported. */
  public static final ApproximateCount ZERO = new ApproximateCount(0, Basis.ROUNDED_REPORT);

  private final long value;
  private final Basis basis;

  private ApproximateCount(long value, Basis basis) {
    this.value = value;
    this.basis = basis;
  }

  /**
   * {@return the count, never null; a small count may be an instance shared with other callers (equal by
   * value, immutable)}
   *
   * @param value  the count as given, zero or more
   * @param basis  why it is approximate, not null
   * @throws IllegalArgumentException if the value is negative
   */
  public static ApproximateCount of(long value, Basis basis) {
    Objects.requireNonNull(basis, "basis");
    if (value < 0) {
      throw new InvalidValueException("ApproximateCount", "value", value, "must be zero or more");
    }
    if (value < SHARED) {
      return (basis == Basis.ROUNDED_REPORT ? ROUNDED : ESTIMATED)[(int) value];
    }
    return new ApproximateCount(value, basis);
  }

  /**
   * Counts below this are shared instances (immutable, equal by value, so sharing changes nothing a caller
   * can see but identity): most of the survey's counts are small (its sample: 99% of the cells of each
   * count column have fewer than eight digits, most are 0), and the three counts of every procedure were
   * 8% of the bytes a full read allocated (issue 11h).
   */
  private static final int SHARED = 1024;
  private static final ApproximateCount[] ROUNDED = shared(Basis.ROUNDED_REPORT);
  private static final ApproximateCount[] ESTIMATED = shared(Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES);

  private static ApproximateCount[] shared(Basis basis) {
    ApproximateCount[] a = new ApproximateCount[SHARED];
    for (int i = 0; i < SHARED; i++) {
      a[i] = new ApproximateCount(i, basis);
    }
    return a;
  }

  /**
   * Reads JSON ({@code {"approximately": 1800, "basis": "ROUNDED_REPORT"}}) through {@link #of}.
   *
   * @param value  the count, zero or more
   * @param basis  why it is approximate, not null
   * @return the count
   */
  @JsonCreator
  static ApproximateCount fromJson(@JsonProperty(value = "approximately", required = true) long value,
      @JsonProperty(value = "basis", required = true) Basis basis) {
    return of(value, basis);
  }

  /** {@return the count as the survey gives it, which is approximate} */
  @JsonProperty("approximately")
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public long approximately() {
    return value;
  }

  /** {@return why the count is approximate, never null} */
  @JsonProperty("basis")
  @NotNull
  public Basis basis() {
    return basis;
  }

  /**
   * {@return the approximate sum; estimated if either part is}
   *
   * @param other  another count, not null
   * @throws ArithmeticException on overflow
   */
  public ApproximateCount plus(ApproximateCount other) {
    return new ApproximateCount(Math.addExact(value, other.value), weaker(basis, other.basis));
  }

  static Basis weaker(Basis a, Basis b) {
    return a == Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES || b == Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES
        ? Basis.ESTIMATED_FROM_SAMPLE_MUNICIPALITIES : Basis.ROUNDED_REPORT;
  }

  @Override
  public int compareTo(ApproximateCount o) {
    return Long.compare(value, o.value);
  }

  /** {@return e.g. {@code 約1,800} (約 = about)} */
  @Override
  public String toString() {
    return "約" + Figures.group(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApproximateCount && ((ApproximateCount) o).value == value && ((ApproximateCount) o).basis == basis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, basis);
  }
}
