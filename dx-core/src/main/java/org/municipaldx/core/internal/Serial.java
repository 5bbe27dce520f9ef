package org.municipaldx.core.internal;

import java.io.InvalidObjectException;
import java.util.function.Supplier;

/**
 * Deserialisation support for the library's {@code Serializable} values: {@code readResolve} rebuilds
 * the value through its validating factory, so no stream can yield an instance the factory would
 * reject (ThreeTen-Extra's {@code YearQuarter.readResolve} does the same).
 *
 * <p>Not API: exported only to the library's own modules.
 */
public final class Serial {
  private Serial() {}

  /**
   * Rebuilds a deserialised value through its factory.
   *
   * @param <T>  the value type
   * @param factory  the validating factory call with the stream's field values, e.g. {@code () -> of(year)}
   * @return the factory's value, never null
   * @throws InvalidObjectException if the factory rejects the stream's values; its message is the
   *     factory's (field, value and rule) and the factory's exception is its cause
   */
  public static <T> T revalidate(Supplier<T> factory) throws InvalidObjectException {
    try {
      return factory.get();
    } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
      InvalidObjectException invalid = new InvalidObjectException("deserialised value rejected: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }
}
