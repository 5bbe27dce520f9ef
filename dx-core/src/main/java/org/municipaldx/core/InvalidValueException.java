package org.municipaldx.core;

import java.util.Objects;
import org.municipaldx.core.internal.Checks;

/**
 * A value of the model breaks one of its rules: the one exception of every factory, builder,
 * {@code @Value.Check} and value parser of the library. Its fields say which type, which field, which value
 * (as text, at most about 120 characters) and which rule, so a reader maps it to a column or cell from
 * {@link #type()} and {@link #field()}, never from the message.
 *
 * <p>Message: {@code ProcedureTakeUp.onlineApplications: must not exceed applications 12512 (was '13000')},
 * or for a text that does not parse as a whole, {@code FiscalYear '令和99年度': 令和99 does not exist; …}.
 */
public final class InvalidValueException extends InputException {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #type()}. */
  private final String type;
  /** The value of {@link #field()}. */
  private final String field;
  /** The value of {@link #value()}. */
  private final String value;
  /** The value of {@link #rule()}. */
  private final String rule;

  /**
   * Creates the error of a value that breaks a rule of the model.
   *
   * @param type  the model type, e.g. {@code ProcedureTakeUp}, not null
   * @param field  the field, e.g. {@code onlineApplications}; empty for a text parsed as the whole value, not null
   * @param value  the rejected value, quoted in the message (bounded: long text is cut), may be null
   * @param rule  the rule the value breaks, e.g. {@code must be zero or more}, not null
   */
  public InvalidValueException(String type, String field, Object value, String rule) {
    this(type, field, value, rule, null);
  }

  /**
   * Creates the error of a value that breaks a rule of the model, with the failure that revealed it.
   *
   * @param type  the model type, not null
   * @param field  the field; empty for a text parsed as the whole value, not null
   * @param value  the rejected value, may be null
   * @param rule  the rule the value breaks, not null
   * @param cause  the underlying failure, or null
   */
  public InvalidValueException(String type, String field, Object value, String rule, Throwable cause) {
    this(type, field, text(value), rule, cause, true);
  }

  private InvalidValueException(String type, String field, String value, String rule, Throwable cause, boolean unused) {
    super(message(type, field, value, rule), InputLocation.ofField(type, field), rule, cause);
    this.type = Objects.requireNonNull(type, "type");
    this.field = Objects.requireNonNull(field, "field");
    this.value = value;
    this.rule = rule;
  }

  private static String text(Object value) {
    if (value instanceof java.math.BigDecimal) {
      return Checks.quote(Checks.plain((java.math.BigDecimal) value));
    }
    return Checks.quote(String.valueOf(value));
  }

  private static String message(String type, String field, String value, String rule) {
    if (field.isEmpty()) {
      // "FiscalYear 'x' cannot be parsed: …", "LawId 'x' is not an e-Gov law ID: …", "FiscalYear 'x': 令和99 does not exist"
      return type + " '" + value + "'" + (rule.startsWith("cannot be parsed") || rule.startsWith("is not ") ? " " : ": ") + rule;
    }
    return type + "." + field + ": " + rule + " (was '" + value + "')";
  }

  /** {@return the model type, e.g. {@code ProcedureTakeUp}; never null} */
  public String type() {
    return type;
  }

  /** {@return the field, e.g. {@code onlineApplications}; empty for a text parsed as the whole value, never null} */
  public String field() {
    return field;
  }

  /** {@return the rejected value as text, cut to about 120 characters when longer; never null} */
  public String value() {
    return value;
  }

  /** {@return the rule the value breaks; never null} */
  public String rule() {
    return rule;
  }
}
