package org.municipaldx.procurement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Objects;
import org.municipaldx.core.internal.Checks;
import org.municipaldx.core.internal.Serial;
import org.municipaldx.core.internal.Text;

/**
 * A 法人番号 (Japanese corporate number): 13 digits, the first a check digit over the other twelve.
 *
 * <p>Check digit, as defined by 法人番号の指定等に関する省令 (平成26年財務省令第70号) 第2条: number the
 * twelve base digits from the right, P<sub>1</sub>…P<sub>12</sub>; weight them
 * Q<sub>n</sub> = 1 for odd n and 2 for even n; the check digit is
 * {@code 9 − (Σ Pn×Qn mod 9)}. The National Tax Agency's own number 7000012050002 satisfies it.
 *
 * <p>{@link #parse} accepts half- or full-width digits; {@link #toString()} prints the 13 digits and
 * {@code parse(toString())} is the identity. JSON: the 13-digit string. Immutable and thread-safe.
 */
public final class CorporateNumber implements Comparable<CorporateNumber>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The 13 digits, check digit first ({@link #value()}). */
  private final String digits;

  private CorporateNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a 13-digit corporate number and verifies its check digit.
   *
   * @param text  the number, not null
   * @return the number, never null
   * @throws IllegalArgumentException if the text is not 13 digits or its check digit is wrong (the
   *     message names the right one)
   */
  @JsonCreator
  public static CorporateNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Text.nfkc(text).strip();
    if (!s.matches("[0-9]{13}")) {
      throw Checks.invalid("CorporateNumber", "", text, "cannot be parsed: expected 13 digits");
    }
    int check = checkDigit(s.substring(1));
    int given = s.charAt(0) - '0';
    if (given != check) {
      throw Checks.invalid("CorporateNumber", "", text, "check digit is " + given
          + " but must be " + check + " (" + check + s.substring(1) + ")");
    }
    return new CorporateNumber(s);
  }

  /**
   * Computes the check digit of twelve base digits.
   *
   * @param twelveDigits  twelve ASCII digits, not null
   * @return the check digit, 1 to 9
   * @throws IllegalArgumentException if the text is not twelve ASCII digits
   */
  public static int checkDigit(CharSequence twelveDigits) {
    if (twelveDigits.length() != 12 || !twelveDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "CorporateNumber: the check digit needs 12 ASCII digits (was '" + twelveDigits + "')");
    }
    int sum = 0;
    for (int n = 1; n <= 12; n++) {
      int p = twelveDigits.charAt(12 - n) - '0';
      sum += p * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
  }

  /** {@return the 13 digits} */
  @JsonValue
  public String value() {
    return digits;
  }

  @Override
  public int compareTo(CorporateNumber other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorporateNumber && ((CorporateNumber) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** {@return the 13 digits; {@link #parse} reads them back} */
  @Override
  public String toString() {
    return digits;
  }

  /**
   * Re-validates on deserialisation: the value is rebuilt through its factory, so a stream with
   * a number with a wrong check digit is rejected.
   *
   * @return the validated value
   * @throws InvalidObjectException if the factory rejects the stream's values
   */
  private Object readResolve() throws InvalidObjectException {
    return Serial.revalidate(() -> parse(digits));
  }
}
