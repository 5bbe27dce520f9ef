package org.municipaldx.survey;

import java.util.Objects;
import java.util.Optional;

/**
 * A cell read into a typed value, or kept as written with the reason it could not be read, or
 * blank. Nothing is dropped: {@link #text()} is always the cell as written.
 *
 * @param <T>  the value type
 */
public final class Parsed<T> {
  private final T value;
  private final String text;
  private final String reason;

  private Parsed(T value, String text, String reason) {
    this.value = value;
    this.text = text;
    this.reason = reason;
  }

  /**
   * {@return the parsed cell, never null}
   *
   * @param <T>  the value type
   * @param value  the value, not null
   * @param text  the cell as written, not null
   */
  public static <T> Parsed<T> of(T value, String text) {
    return new Parsed<>(Objects.requireNonNull(value, "value"), Objects.requireNonNull(text, "text"), null);
  }

  /**
   * {@return the cell kept as text, never null}
   *
   * @param <T>  the value type
   * @param text  the cell as written, not null
   * @param reason  why it could not be read, not null
   */
  public static <T> Parsed<T> rejected(String text, String reason) {
    return new Parsed<>(null, Objects.requireNonNull(text, "text"), Objects.requireNonNull(reason, "reason"));
  }

  /**
   * {@return a blank cell, never null}
   *
   * @param <T>  the value type
   * @param text  the blank cell as written, not null
   */
  public static <T> Parsed<T> blank(String text) {
    return new Parsed<>(null, text, null);
  }

  /** {@return the value, if the cell was read} */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** {@return the cell as written, never null} */
  public String text() {
    return text;
  }

  /** {@return why the cell could not be read, if it could not} */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** {@return whether the cell is blank} */
  public boolean isBlank() {
    return value == null && reason == null;
  }

  @Override
  public String toString() {
    return value != null ? value.toString() : text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parsed && Objects.equals(((Parsed<?>) o).value, value) && ((Parsed<?>) o).text.equals(text)
        && Objects.equals(((Parsed<?>) o).reason, reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, text, reason);
  }
}
