package org.municipaldx.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules ids follow, in one place: every model type, reader, Bean Validation constraint and
 * generated JSON Schema uses these patterns (the schemas carry them as {@code "pattern"} because
 * the constraints name them).
 *
 * <ul>
 *   <li>{@link #MODEL_ID_PATTERN}: the keys the model and a dataset assign and other records refer to
 *       (departments, procedures, initiatives, roadmap items, KPI series, environmental standards):
 *       lower-case ASCII letters, digits and hyphens, starting with a letter or digit, e.g.
 *       {@code health-welfare}.
 *   <li>{@link #RECORD_ID_PATTERN}: numbers a municipality's own records carry and the library keeps
 *       as written (a contracting process's 案件番号, contract, invoice and supplier numbers, a
 *       regulation item's id): ASCII letters, digits, {@code . _ -}, starting with a letter or
 *       digit, e.g. {@code R5-Doboku-012}.
 *   <li>{@link #DEVICE_ID_PATTERN}: sensor and device ids, which also allow {@code :} (device EUIs
 *       written {@code 70:B3:D5:7E:D0:05:12:34}).
 * </ul>
 * The patterns are anchored ({@code ^…$}) so that a JSON Schema validator, which searches rather
 * than matches, applies the same rule as {@link String#matches}.
 *
 * <p>This class is a constant holder: not instantiable, thread-safe.
 */
public final class Ids {
  /** The rule of the model's keys: {@code [a-z0-9][a-z0-9-]*}. */
  public static final String MODEL_ID_PATTERN = "^[a-z0-9][a-z0-9-]*$";
  /** The rule of record numbers kept as written: {@code [A-Za-z0-9][A-Za-z0-9._-]*}. */
  public static final String RECORD_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
  /** The rule of sensor and device ids: {@code [A-Za-z0-9][A-Za-z0-9._:-]*}. */
  public static final String DEVICE_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";

  private static final Pattern MODEL_ID = Pattern.compile(MODEL_ID_PATTERN);
  private static final Pattern RECORD_ID = Pattern.compile(RECORD_ID_PATTERN);
  private static final Pattern DEVICE_ID = Pattern.compile(DEVICE_ID_PATTERN);

  private Ids() {}

  /**
   * {@return whether the text follows {@link #MODEL_ID_PATTERN}}
   *
   * @param text  the text, not null
   */
  public static boolean isModelId(CharSequence text) {
    return MODEL_ID.matcher(Objects.requireNonNull(text, "text")).matches();
  }

  /**
   * {@return whether the text follows {@link #RECORD_ID_PATTERN}}
   *
   * @param text  the text, not null
   */
  public static boolean isRecordId(CharSequence text) {
    return RECORD_ID.matcher(Objects.requireNonNull(text, "text")).matches();
  }

  /**
   * {@return whether the text follows {@link #DEVICE_ID_PATTERN}}
   *
   * @param text  the text, not null
   */
  public static boolean isDeviceId(CharSequence text) {
    return DEVICE_ID.matcher(Objects.requireNonNull(text, "text")).matches();
  }
}
