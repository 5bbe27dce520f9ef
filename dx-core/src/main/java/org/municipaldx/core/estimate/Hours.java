package org.municipaldx.core.estimate;

import java.math.BigDecimal;
import org.municipaldx.core.internal.Checks;

/** Exact conversion of stated hours to whole minutes. */
final class Hours {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private Hours() {}

  static long toMinutesExact(BigDecimal hours) {
    return hours.multiply(SIXTY).longValueExact();
  }

  static void checkWholeMinutes(BigDecimal hours, String type, String field) {
    Checks.check(hours != null, type, field, hours, "must not be null");
    Checks.check(hours.signum() >= 0, type, field, hours, "must be zero or more");
    try {
      toMinutesExact(hours);
    } catch (ArithmeticException e) {
      // toString, not toPlainString: 1e999999999 would print a billion digits (issue 13, D4)
      throw Checks.invalid(type, field, hours.toString(), "must be a whole number of minutes that fits a long", e);
    }
  }
}
