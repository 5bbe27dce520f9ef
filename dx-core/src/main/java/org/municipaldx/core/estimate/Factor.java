package org.municipaldx.core.estimate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Text;

/**
 * One factor of a formula estimate: a whole number with a unit word, e.g. {@code 40分},
 * {@code 2（往復）}, {@code 役員10名}, {@code 20施設（行政センター等）}, {@code 250}.
 *
 * <p>The unit is the word as written (分, 時間, 件, 回, 人, 名, 日, か所, 施設, 者, 通, 会議 …; empty
 * when the source writes a bare number); {@link #prefix()} holds a word written before the number
 * (役員 in 役員10名) and {@link #note()} a parenthesised note (往復). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFactor.class)
@JsonDeserialize(as = ImmutableFactor.class)
public abstract class Factor {
  Factor() {}

  /** {@return the number, zero or more} */
  @PositiveOrZero(message = "{org.municipaldx.PositiveOrZero.message}")
  public abstract long value();

  /** {@return the unit word as written, possibly empty, never null; no digits, no white space at either end} */
  @NotNull
  @Pattern(regexp = Text.NO_DIGITS_STRIPPED, message = "{org.municipaldx.Unit.message}")
  @Value.Default
  public String unit() {
    return "";
  }

  /** {@return a word written before the number, e.g. 役員 in 役員10名; no digits} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_NO_DIGITS, message = "{org.municipaldx.NoDigits.message}") String> prefix();

  /** {@return a note written in parentheses after the factor, e.g. 往復} */
  public abstract Optional<@Pattern(regexp = Text.NOT_BLANK_TEXT, message = "{org.municipaldx.NotBlank.message}") String> note();

  /** {@return the duration unit if the unit word is one (分, 時間), else empty} */
  public Optional<DurationUnit> durationUnit() {
    return DurationUnit.lookup(unit());
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
    Checks.nonNegative(value(), "Factor", "value");
    Checks.check(unit().strip().equals(unit()), "Factor", "unit", unit(), "must not have surrounding spaces");
    // code points, as the pattern on unit() reads them (Text.NO_DIGITS_STRIPPED): a digit outside the BMP is one too
    Checks.check(unit().codePoints().noneMatch(Character::isDigit), "Factor", "unit", unit(), "must not contain digits");
    prefix().ifPresent(p -> Checks.notBlank(p, "Factor", "prefix"));
    // a digit in the prefix would read as part of the number: 第2 before 10 prints as 第210
    prefix().ifPresent(p -> Checks.check(p.codePoints().noneMatch(Character::isDigit), "Factor", "prefix", p,
        "must not contain digits"));
    note().ifPresent(n -> Checks.notBlank(n, "Factor", "note"));
  }

  /**
   * {@return the factor, never null}
   *
   * @param value  the number, zero or more
   * @param unit  the unit word, possibly empty, not null
   */
  public static Factor of(long value, String unit) {
    return builder().value(value).unit(unit).build();
  }

  /**
   * {@return the factor, never null}
   *
   * @param value  the number, zero or more
   * @param unit  the unit word, possibly empty, not null
   * @param note  the parenthesised note, not blank
   */
  public static Factor of(long value, String unit, String note) {
    return builder().value(value).unit(unit).note(note).build();
  }

  /** {@return a new, empty builder; its {@code build()} rejects an invalid {@code Factor}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Factor}. */
  public static class Builder extends ImmutableFactor.Builder {}

  /** {@return e.g. {@code 役員10名（往復）} with the number unseparated} */
  @Override
  public String toString() {
    return prefix().orElse("") + value() + unit() + note().map(n -> "（" + n + "）").orElse("");
  }
}
