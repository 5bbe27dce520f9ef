package org.municipaldx.core.estimate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * A saving computed elsewhere and stated as a total in hours, e.g. {@code 約2,000時間（別途積算）}
 * or {@code 70シナリオ 計5,342時間 別途積み上げ}, optionally with the parts the source adds up
 * ({@code 1,200時間＋1,300時間=2,500時間}).
 *
 * <p>Hours must be a whole number of minutes. {@link #hours()} is the total as stated; when parts are
 * given their sum is available as {@link #partsMinutes()} and dx-metrics reports a disagreement.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("lumpSum")
@JsonSerialize(as = ImmutableLumpSumEstimate.class)
@JsonDeserialize(as = ImmutableLumpSumEstimate.class)
public abstract class LumpSumEstimate extends SavingsEstimate {
  LumpSumEstimate() {}

  /** {@return the stated total in hours, zero or more, a whole number of minutes} */
  @NotNull
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract BigDecimal hours();

  /** {@return whether the total is approximate (約)} */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /** {@return how the source says the total was computed (別途積算, 別途積み上げ, 70シナリオ …), if stated} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> basis();

  /** {@return the parts the total adds up, if the source lists them} */
  public abstract List<@Valid Part> parts();

  @Override
  public EstimateKind kind() {
    return EstimateKind.LUMP_SUM;
  }

  @Override
  public OptionalLong minutes() {
    return OptionalLong.of(Hours.toMinutesExact(hours()));
  }

  /** {@return the sum of the parts in minutes, or empty when no parts are listed} */
  @JsonIgnore
  public OptionalLong partsMinutes() {
    if (parts().isEmpty()) {
      return OptionalLong.empty();
    }
    long sum = 0;
    for (Part p : parts()) {
      sum = Math.addExact(sum, Hours.toMinutesExact(p.hours()));
    }
    return OptionalLong.of(sum);
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
    Hours.checkWholeMinutes(hours(), "LumpSumEstimate", "hours");
    basis().ifPresent(b -> Checks.notBlank(b, "LumpSumEstimate", "basis"));
    try {
      partsMinutes();
    } catch (ArithmeticException e) {
      throw Checks.invalid("LumpSumEstimate", "parts", parts(), "the sum overflows", e);
    }
  }

  /**
   * {@return an exact (not approximate) lump sum}
   *
   * @param hours  the total in hours
   * @param basis  how it was computed, e.g. 別途積算
   */
  public static LumpSumEstimate of(BigDecimal hours, String basis) {
    return builder().hours(hours).basis(basis).build();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code LumpSumEstimate}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LumpSumEstimate}. */
  public static class Builder extends ImmutableLumpSumEstimate.Builder {}

  /** One part of a lump sum, e.g. {@code 選考業務1,300時間}. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePart.class)
  @JsonDeserialize(as = ImmutablePart.class)
  public abstract static class Part {
    Part() {}

    /** {@return what the part is, e.g. 選考業務} */
    @NotNull
    @NotBlank(message = "{org.municipaldx.NotBlank.message}")
    public abstract String label();

    /** {@return its hours, zero or more, a whole number of minutes} */
    @NotNull
    @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
    public abstract BigDecimal hours();

    /**
     * Rejects an instance that breaks this type's rules; the generated implementation calls it each
     * time an instance is built, so an invalid instance never exists.
     *
     * @throws org.municipaldx.core.InvalidValueException naming the type, the field, the value and the
     *     rule broken
     */
    @Value.Check
    protected void check() {
      Checks.notBlank(label(), "LumpSumEstimate.Part", "label");
      Hours.checkWholeMinutes(hours(), "LumpSumEstimate.Part", "hours");
    }

    /**
     * Creates a part.
     *
     * @param label  what the part is, e.g. 選考業務, not blank
     * @param hours  its hours, e.g. 1300, zero or more and a whole number of minutes (0.5 h is 30
     *     min; 0.01 h is not)
     * @return the part, never null
     * @throws org.municipaldx.core.InvalidValueException if the label is blank, or the hours are
     *     null, negative or not a whole number of minutes that fits a {@code long}
     */
    public static Part of(String label, BigDecimal hours) {
      return ImmutablePart.builder().label(label).hours(hours).build();
    }
  }
}
