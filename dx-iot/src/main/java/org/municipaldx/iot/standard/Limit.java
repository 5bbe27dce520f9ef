package org.municipaldx.iot.standard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.iot.Quantity;

/**
 * One rule of an environmental standard: a quantity's inclusive lower and/or upper bound, how it is
 * judged, the dates it is in force and the legal source.
 *
 * <p>{@link #effectiveFrom()} is inclusive and empty when the start is not modelled (the rule was
 * in force before the earliest date this library knows of); {@link #effectiveUntil()} is exclusive
 * and empty while the rule is in force. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLimit.class)
@JsonDeserialize(as = ImmutableLimit.class)
public abstract class Limit {
  Limit() {}

  /** {@return the quantity limited, never null} */
  @NotNull
  public abstract Quantity quantity();

  /** {@return the inclusive lower bound, if any} */
  public abstract Optional<BigDecimal> lower();

  /** {@return the inclusive upper bound, if any} */
  public abstract Optional<BigDecimal> upper();

  /** {@return how readings are judged, never null} */
  @NotNull
  public abstract Judgement judgement();

  /** {@return the first day in force (inclusive), if modelled} */
  public abstract Optional<LocalDate> effectiveFrom();

  /** {@return the first day no longer in force (exclusive), if it has ended} */
  public abstract Optional<LocalDate> effectiveUntil();

  /** {@return the legal source, e.g. 建築物における衛生的環境の確保に関する法律施行令 第2条第1号イ} */
  @NotBlank(message = "{org.municipaldx.NotBlank.message}")
  public abstract String source();

  /**
   * {@return whether this limit is in force on that date}
   *
   * @param date  a date, not null
   */
  public boolean inForceOn(LocalDate date) {
    return effectiveFrom().map(f -> !date.isBefore(f)).orElse(true)
        && effectiveUntil().map(u -> date.isBefore(u)).orElse(true);
  }

  /**
   * {@return whether it is within the bounds (inclusive)}
   *
   * @param value  a value in the quantity's unit, not null
   */
  public boolean within(BigDecimal value) {
    return lower().map(l -> value.compareTo(l) >= 0).orElse(true)
        && upper().map(u -> value.compareTo(u) <= 0).orElse(true);
  }

  /**
   * Whether the mean {@code sum / count} is within the bounds, decided exactly (no division).
   *
   * @param sum  the sum of the values, not null
   * @param count  the number of values, positive
   * @return whether the mean is within the bounds
   */
  public boolean meanWithin(BigDecimal sum, long count) {
    BigDecimal n = BigDecimal.valueOf(count);
    return lower().map(l -> sum.compareTo(l.multiply(n)) >= 0).orElse(true)
        && upper().map(u -> sum.compareTo(u.multiply(n)) <= 0).orElse(true);
  }

  /**
   * {@return whether both are in force on some common day}
   *
   * @param other  another limit, not null
   */
  public boolean overlaps(Limit other) {
    boolean startsBeforeOtherEnds = other.effectiveUntil().isEmpty() || effectiveFrom().isEmpty()
        || effectiveFrom().get().isBefore(other.effectiveUntil().get());
    boolean otherStartsBeforeThisEnds = effectiveUntil().isEmpty() || other.effectiveFrom().isEmpty()
        || other.effectiveFrom().get().isBefore(effectiveUntil().get());
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** {@return the bounds as written in Japanese standards, e.g. {@code 18°C以上28°C以下}} */
  public String describe() {
    String u = quantity().unit();
    return lower().map(l -> l.toPlainString() + u + "以上").orElse("")
        + upper().map(v -> v.toPlainString() + u + "以下").orElse("");
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
    Checks.check(lower().isPresent() || upper().isPresent(), "Limit", "lower/upper", quantity(),
        "at least one bound is required");
    if (lower().isPresent() && upper().isPresent()) {
      Checks.check(lower().get().compareTo(upper().get()) <= 0, "Limit", "lower", lower().get(),
          "must not exceed upper " + upper().get());
    }
    if (effectiveFrom().isPresent() && effectiveUntil().isPresent()) {
      Checks.check(effectiveFrom().get().isBefore(effectiveUntil().get()), "Limit", "effectiveUntil",
          effectiveUntil().get(), "must be after effectiveFrom " + effectiveFrom().get());
    }
    Checks.notBlank(source(), "Limit", "source");
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Limit}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Limit}. */
  public static class Builder extends ImmutableLimit.Builder {}
}
