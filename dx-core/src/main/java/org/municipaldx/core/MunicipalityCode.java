package org.municipaldx.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Objects;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.internal.Text;

/**
 * A 全国地方公共団体コード (local government code): six digits, the first two the prefecture
 * (JIS X 0401), the next three the municipality, the last a check digit.
 *
 * <p>Check digit, as defined for the code by the Ministry of Internal Affairs and Communications
 * (総務省, 全国地方公共団体コード仕様): weight digits 1–5 by 6, 5, 4, 3, 2; take
 * {@code 11 − (sum mod 11)}; the check digit is the last digit of that (so 11 gives 1 and 10 gives
 * 0). Tokyo's 13000 completes to {@code 130001}; Koriyama's 07203 to {@code 072036}.
 *
 * <p>{@link #parse} accepts the six-digit form (checked) and the five-digit form (completed), half-
 * or full-width; {@link #toString()} prints the six digits, and {@code parse(toString())} is the
 * identity. JSON: the six-digit string.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MunicipalityCode implements Comparable<MunicipalityCode>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The six digits, check digit included ({@link #value()}). */
  private final String code;

  private MunicipalityCode(String code) {
    this.code = code;
  }

  /**
   * Parses a code of five digits (the check digit is computed) or six digits (the check digit is
   * verified).
   *
   * @param text  the code, not null
   * @return the code, never null
   * @throws IllegalArgumentException if the text is not five or six digits, names no prefecture, or
   *     its check digit is wrong (the message names the right one)
   */
  @JsonCreator
  public static MunicipalityCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip();
    if (!s.matches("\\d{5,6}")) {
      throw Checks.invalid("MunicipalityCode", "", text, "cannot be parsed: expected 5 or 6 digits");
    }
    int pref = Integer.parseInt(s.substring(0, 2));
    if (pref < 1 || pref > 47) {
      throw Checks.invalid("MunicipalityCode", "", text, "prefecture code " + s.substring(0, 2) + " is not from 01 to 47");
    }
    int check = checkDigit(s.substring(0, 5));
    if (s.length() == 6) {
      int given = s.charAt(5) - '0';
      if (given != check) {
        throw Checks.invalid("MunicipalityCode", "", text, "check digit is " + given + " but must be " + check
                + " (" + s.substring(0, 5) + check + ")");
      }
      return new MunicipalityCode(s);
    }
    return new MunicipalityCode(s + check);
  }

  /**
   * Computes the check digit of a five-digit code.
   *
   * @param fiveDigits  five ASCII digits, not null
   * @return the check digit, 0 to 9
   */
  public static int checkDigit(CharSequence fiveDigits) {
    if (fiveDigits.length() != 5) {
      throw Checks.invalid("MunicipalityCode", "fiveDigits", fiveDigits, "check digit needs 5 digits");
    }
    int sum = 0;
    for (int i = 0; i < 5; i++) {
      char c = fiveDigits.charAt(i);
      if (c < '0' || c > '9') {
        throw Checks.invalid("MunicipalityCode", "fiveDigits", fiveDigits, "not a digit at " + i);
      }
      sum += (c - '0') * (6 - i);
    }
    return (11 - sum % 11) % 10;
  }

  /** {@return the six digits, e.g. 072036} */
  @JsonValue
  public String value() {
    return code;
  }

  /** {@return the first five digits, without the check digit} */
  public String withoutCheckDigit() {
    return code.substring(0, 5);
  }

  /** {@return the prefecture the code belongs to, never null} */
  public Prefecture prefecture() {
    return Prefecture.ofCode(Integer.parseInt(code.substring(0, 2)));
  }

  /** {@return whether this code is a prefecture's own code (municipality part 000)} */
  public boolean isPrefecture() {
    return code.startsWith("000", 2);
  }

  @Override
  public int compareTo(MunicipalityCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MunicipalityCode && ((MunicipalityCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** {@return the six digits; {@link #parse} reads them back} */
  @Override
  public String toString() {
    return code;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a code that is not six digits with the right check digit is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> parse(code));
  }
}
