package org.municipaldx.spark;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The day rows of {@link DxSpark#complianceDaysFromPartials} in the form the plan keeps them (issue 15l): each
 * Dataset that method returned (when no day fell back), with the Dataset of the same rows whose segment is a
 * {@code Rows.DAY} (values as longs) rather than the documented {@code decimal(38, …)} struct. The period fold looks
 * the Dataset it is given up here: the very Dataset (or the same object after {@code persist}/{@code cache}, which
 * return it) is folded from the long form — no {@code decimal(38, …)} written into and read out of an
 * {@code UnsafeRow} for each day and exceedance; any other Dataset (filtered, unioned, read back from a file) from
 * its public form, as before. Both give the same rows ({@code ComplianceAgreementTest}). Entries go with their
 * Dataset (weak keys: {@code Dataset} compares by identity); the values hold only the long-form Dataset. Not API.
 */
final class CompactDays {
  private static final Map<Dataset<Row>, Dataset<Row>> COMPACT = Collections.synchronizedMap(new WeakHashMap<>());

  private CompactDays() {}

  /**
   * Remembers the long form of a day Dataset.
   *
   * @param days  the Dataset returned to the user, not null
   * @param compact  the same rows with the segment as a {@code Rows.DAY}, not null
   * @return {@code days}
   */
  static Dataset<Row> register(Dataset<Row> days, Dataset<Row> compact) {
    COMPACT.put(days, compact);
    return days;
  }

  /**
   * {@return the long form of a day Dataset, or null if it is not one that {@link #register} was given}
   *
   * @param days  a Dataset
   */
  static Dataset<Row> of(Dataset<Row> days) {
    return COMPACT.get(days);
  }
}
