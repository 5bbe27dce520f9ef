package org.municipaldx.spark.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.municipaldx.iot.standard.Exceedance;
import org.municipaldx.iot.standard.QuantityCompliance;

/** Spark row shapes of segments and compliance results, and the conversions. Not API. */
public final class Rows {
  private Rows() {}

  /** Decimal places of values (the largest column scale). */
  public static final int SCALE = 3;
  /** Decimal places of means: two more than {@link #SCALE}. */
  public static final int MEAN_SCALE = SCALE + 2;

  /** One exceedance inside a day segment. */
  public static final StructType RUN = new StructType()
      .add("limit", DataTypes.IntegerType, false)
      .add("above", DataTypes.BooleanType, false)
      .add("startMicros", DataTypes.LongType, false)
      .add("endMicros", DataTypes.LongType, false)
      .add("readings", DataTypes.LongType, false)
      .add("worst", DataTypes.createDecimalType(38, MEAN_SCALE), false)
      .add("day", DataTypes.StringType, true);

  /** A day's segment. */
  public static final StructType SEGMENT = new StructType()
      .add("day", DataTypes.StringType, false)
      .add("quantity", DataTypes.StringType, false)
      .add("count", DataTypes.LongType, false)
      .add("sum", DataTypes.createDecimalType(38, SCALE), false)
      .add("min", DataTypes.createDecimalType(38, SCALE), true)
      .add("max", DataTypes.createDecimalType(38, SCALE), true)
      .add("judged", DataTypes.LongType, false)
      .add("withinRange", DataTypes.LongType, false)
      .add("invalid", DataTypes.LongType, false)
      .add("runJudged", DataTypes.BooleanType, false)
      .add("headOpen", DataTypes.BooleanType, false)
      .add("tailOpen", DataTypes.BooleanType, false)
      .add("exceedances", DataTypes.createArrayType(RUN, false), false);

  /** One exceedance of a compliance result. */
  public static final StructType EXCEEDANCE = new StructType()
      .add("limit", DataTypes.StringType, false)
      .add("above", DataTypes.BooleanType, false)
      .add("start", DataTypes.StringType, false)
      .add("end", DataTypes.StringType, false)
      .add("seconds", DataTypes.LongType, false)
      .add("readings", DataTypes.LongType, false)
      .add("worst", DataTypes.createDecimalType(38, MEAN_SCALE), false)
      .add("day", DataTypes.StringType, true);

  /** A period's compliance of one location and quantity. */
  public static final StructType COMPLIANCE = new StructType()
      .add("quantity", DataTypes.StringType, true)
      .add("count", DataTypes.LongType, false)
      .add("min", DataTypes.createDecimalType(38, SCALE), true)
      .add("max", DataTypes.createDecimalType(38, SCALE), true)
      .add("sum", DataTypes.createDecimalType(38, SCALE), false)
      .add("mean", DataTypes.createDecimalType(38, MEAN_SCALE), true)
      .add("judged", DataTypes.LongType, false)
      .add("withinRange", DataTypes.LongType, false)
      .add("shareWithinRange", DataTypes.createDecimalType(10, 4), true)
      .add("invalid", DataTypes.LongType, false)
      .add("exceedanceCount", DataTypes.IntegerType, false)
      .add("exceedanceSeconds", DataTypes.LongType, false)
      .add("longestExceedanceSeconds", DataTypes.LongType, false)
      .add("exceedanceReadings", DataTypes.LongType, false)
      .add("exceedances", DataTypes.createArrayType(EXCEEDANCE, false), false);

  /**
   * A partial state of some of a day's readings ({@code DayKernel.partial}) as the partial paths shuffle it (issue
   * 15h): values as fixed-point longs at the quantity's column scale (a partial exists only where they fit), and its
   * per-reading runs as parallel arrays of numbers — no struct, decimal or string per run, which Spark would build,
   * encode and decode for each of the millions of runs in a day stage.
   */
  public static final StructType PARTIAL = new StructType()
      .add("count", DataTypes.LongType, false)
      .add("sum", DataTypes.LongType, false)
      .add("min", DataTypes.LongType, false)
      .add("max", DataTypes.LongType, false)
      .add("judged", DataTypes.LongType, false)
      .add("withinRange", DataTypes.LongType, false)
      .add("invalid", DataTypes.LongType, false)
      .add("runJudged", DataTypes.BooleanType, false)
      .add("headOpen", DataTypes.BooleanType, false)
      .add("tailOpen", DataTypes.BooleanType, false)
      .add("runLimit", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("runAbove", DataTypes.createArrayType(DataTypes.BooleanType, false), false)
      .add("runStart", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("runEnd", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("runReadings", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("runWorst", DataTypes.createArrayType(DataTypes.LongType, false), false);

  /**
   * A day's segment as the day stage of {@code complianceDaysFromPartials} keeps it inside the plan (issue 15l), between
   * the day merge and the period fold: {@link #SEGMENT}'s fields with its values as fixed-point longs at the
   * quantity's column scale ({@code count}, {@code sum}, {@code min}, {@code max}; {@code min} and {@code max} are 0
   * when {@code count} is 0) and its runs as parallel arrays of numbers, a run's {@code worst} at the column scale for
   * a per-reading run and two more places for the daily average's run ({@code runDaily}, whose day is the segment's).
   * No {@code decimal(38, …)}, which an {@code UnsafeRow} holds as a {@code BigInteger}'s bytes and Spark writes and
   * reads through {@code BigDecimal} and {@code Decimal} (about 12 % of the path's CPU in issue 15k's profile). A
   * segment whose values do not fit (a sum beyond a long, a value finer than the column scale, a daily run of another
   * day) is kept exactly in {@code exact}, as a {@link #SEGMENT}, its numbers then 0 and its arrays empty.
   */
  public static final StructType DAY = day();

  /** {@return {@link #DAY}: the day and quantity, {@link #PARTIAL}'s fields in its order, the daily flags, the exact form} */
  private static StructType day() {
    StructType day = new StructType()
        .add("day", DataTypes.StringType, false)
        .add("quantity", DataTypes.StringType, false);
    for (org.apache.spark.sql.types.StructField f : PARTIAL.fields()) {
      day = day.add(f);
    }
    return day
        .add("runDaily", DataTypes.createArrayType(DataTypes.BooleanType, false), false)
        .add("exact", SEGMENT, true);
  }

  private static final int DAY_EXACT = 19;

  /**
   * @param s  a day's segment, its values at most {@code columnScale} places (a daily run's worst two more)
   * @param columnScale  the quantity's column scale
   * @return the segment as a {@link #DAY} row in Spark's internal form: its values as longs, or, where one does not
   *     fit, the segment kept exactly in {@code exact}
   */
  public static InternalRow dayInternal(Segment s, int columnScale) {
    Object[] row = new Object[DAY.size()];
    row[0] = utf8(s.day);
    row[1] = utf8(s.quantity);
    try {
      partialFields(s, columnScale, row, 2, true);
    } catch (ArithmeticException notALong) {
      // kept exactly: the public form, read back as the period fold reads the public day rows
      return new GenericInternalRow(new Object[] {utf8(s.day), utf8(s.quantity), s.count, 0L, 0L, 0L, s.judged,
          s.within, s.invalid, s.runJudged, s.headOpen, s.tailOpen, EMPTY_INTS, EMPTY_BOOLEANS, EMPTY_LONGS,
          EMPTY_LONGS, EMPTY_LONGS, EMPTY_LONGS, EMPTY_BOOLEANS, segmentInternal(s)});
    }
    return new GenericInternalRow(row); // the last field, exact, null
  }

  private static final UnsafeArrayData EMPTY_INTS = UnsafeArrayData.fromPrimitiveArray(new int[0]);
  private static final UnsafeArrayData EMPTY_BOOLEANS = UnsafeArrayData.fromPrimitiveArray(new boolean[0]);
  private static final UnsafeArrayData EMPTY_LONGS = UnsafeArrayData.fromPrimitiveArray(new long[0]);

  /**
   * @param row  a {@link #DAY} row in Spark's internal form
   * @param columnScale  the quantity's column scale
   * @return the segment, values at the column scale (a daily run's worst two more places), as {@link #segment(
   *     InternalRow, int)} reads the same day's {@link #SEGMENT} row
   */
  public static Segment day(InternalRow row, int columnScale) {
    if (!row.isNullAt(DAY_EXACT)) {
      return segment(row.getStruct(DAY_EXACT, SEGMENT.size()), columnScale);
    }
    return fields(row, 2, row.getUTF8String(0).toString(), row.getUTF8String(1).toString(), columnScale,
        row.getArray(18));
  }

  /**
   * @param p  a partial state of {@code DayKernel.partial} (per-reading runs only; values at the column scale)
   * @param columnScale  the quantity's column scale
   * @return the partial as a {@link #PARTIAL} row in Spark's internal form (issue 15i: the arrays as
   *     {@code UnsafeArrayData} copied from primitive arrays, not boxed into a {@code Seq} for Spark's row encoder)
   * @throws IllegalArgumentException if a run is a daily average's (a partial judges none)
   */
  public static InternalRow partial(Segment p, int columnScale) {
    Object[] row = new Object[PARTIAL.size()];
    partialFields(p, columnScale, row, 0, false);
    return new GenericInternalRow(row);
  }

  /**
   * Writes a segment as a {@link #PARTIAL}'s fields from {@code row[at]} on (a {@link #DAY} row holds them from its
   * third field, its runs' daily flags right after them): one writing of both layouts, as {@link #fields} reads them.
   *
   * @param daily  whether runs of a daily average may be written (a {@link #DAY} row: flagged, their worst value
   *     two more places); false for a {@link #PARTIAL}, which holds per-reading runs only
   * @throws ArithmeticException if a value does not fit a long at its scale, or (daily) a daily run is of another day
   * @throws IllegalArgumentException if not {@code daily} and a run is a daily average's
   */
  private static void partialFields(Segment s, int columnScale, Object[] row, int at, boolean daily) {
    int n = s.exceedances.size();
    int[] limit = new int[n];
    boolean[] above = new boolean[n];
    long[] start = new long[n];
    long[] end = new long[n];
    long[] readings = new long[n];
    long[] worst = new long[n];
    boolean[] isDaily = new boolean[n];
    for (int i = 0; i < n; i++) {
      Segment.Run r = s.exceedances.get(i);
      if (r.day != null && !daily) {
        throw new IllegalArgumentException("a partial holds per-reading runs only (was a daily average's of " + r.day
            + ")");
      }
      if (r.day != null && !r.day.equals(s.day)) {
        throw new ArithmeticException("a daily run of another day");
      }
      limit[i] = r.limit;
      above[i] = r.above;
      start[i] = r.start;
      end[i] = r.end;
      readings[i] = r.readings;
      isDaily[i] = r.day != null;
      worst[i] = unscaled(r.worst, isDaily[i] ? columnScale + 2 : columnScale);
    }
    // after the runs: a partial with a daily run is refused as such, whatever its values (as before)
    boolean any = s.count > 0;
    row[at] = s.count;
    row[at + 1] = unscaled(s.sum, columnScale);
    row[at + 2] = any ? unscaled(s.min, columnScale) : 0L;
    row[at + 3] = any ? unscaled(s.max, columnScale) : 0L;
    row[at + 4] = s.judged;
    row[at + 5] = s.within;
    row[at + 6] = s.invalid;
    row[at + 7] = s.runJudged;
    row[at + 8] = s.headOpen;
    row[at + 9] = s.tailOpen;
    row[at + 10] = UnsafeArrayData.fromPrimitiveArray(limit);
    row[at + 11] = UnsafeArrayData.fromPrimitiveArray(above);
    row[at + 12] = UnsafeArrayData.fromPrimitiveArray(start);
    row[at + 13] = UnsafeArrayData.fromPrimitiveArray(end);
    row[at + 14] = UnsafeArrayData.fromPrimitiveArray(readings);
    row[at + 15] = UnsafeArrayData.fromPrimitiveArray(worst);
    if (daily) {
      row[at + 16] = UnsafeArrayData.fromPrimitiveArray(isDaily);
    }
  }

  /**
   * @return the fixed-point long of a value with at most {@code scale} places
   * @throws ArithmeticException if the value has more places or does not fit a long
   */
  private static long unscaled(BigDecimal v, int scale) {
    // issue 15l: without setScale's unscaledValue(), a BigInteger per value; the same exactness (longValueExact
    // refuses a fraction left over and a value beyond a long)
    return v.movePointRight(scale).longValueExact();
  }

  /**
   * One exceedance of a compliance result as numbers (issue 15g): the limit's index in the standard's
   * {@code limits()}, the side, the first and last reading in epoch microseconds, the whole seconds between
   * them, the readings, the worst value (or the day's mean), and the day judged for a daily average (else null).
   */
  public static final StructType EXCEEDANCE_COLUMNAR = new StructType()
      .add("limitIndex", DataTypes.IntegerType, false)
      .add("above", DataTypes.BooleanType, false)
      .add("startMicros", DataTypes.LongType, false)
      .add("endMicros", DataTypes.LongType, false)
      .add("seconds", DataTypes.LongType, false)
      .add("readings", DataTypes.LongType, false)
      .add("worst", DataTypes.createDecimalType(38, MEAN_SCALE), false)
      .add("day", DataTypes.StringType, true);

  /** {@link #COMPLIANCE} with the exceedances as numbers ({@link #EXCEEDANCE_COLUMNAR}). */
  public static final StructType COMPLIANCE_COLUMNAR = columnar();

  private static StructType columnar() {
    StructType t = new StructType();
    for (org.apache.spark.sql.types.StructField f : COMPLIANCE.fields()) {
      t = f.name().equals("exceedances")
          ? t.add("exceedances", DataTypes.createArrayType(EXCEEDANCE_COLUMNAR, false), false) : t.add(f);
    }
    return t;
  }

  /**
   * @return the list as the Scala sequence Spark's row encoder takes for an array: the list's elements wrapped in an
   *     {@code ArraySeq} (one array copy; before issue 15h, a linked {@code List} built node by node)
   */
  public static scala.collection.immutable.Seq<Row> seq(List<Row> list) {
    return scala.collection.immutable.ArraySeq$.MODULE$.unsafeWrapArray(list.toArray(new Row[0]));
  }

  private static BigDecimal dec(BigDecimal v, int scale) {
    return v == null ? null : v.setScale(scale); // exact: values never have more places than `scale`
  }

  /** @return the segment as a {@link #SEGMENT} row */
  public static Row segment(Segment s) {
    List<Row> runs = new ArrayList<>();
    for (Segment.Run r : s.exceedances) {
      runs.add(RowFactory.create(r.limit, r.above, r.start, r.end, r.readings, dec(r.worst, MEAN_SCALE), r.day));
    }
    return RowFactory.create(s.day, s.quantity, s.count, dec(s.sum, SCALE), dec(s.min, SCALE), dec(s.max, SCALE),
        s.judged, s.within, s.invalid, s.runJudged, s.headOpen, s.tailOpen, seq(runs));
  }

  /** @return the segment of a {@link #SEGMENT} row, values stripped back to the column scale given */
  public static Segment segment(Row row, int columnScale) {
    Segment s = new Segment();
    s.day = row.getString(0);
    s.quantity = row.getString(1);
    s.count = row.getLong(2);
    s.sum = row.getDecimal(3).setScale(columnScale);
    s.min = row.isNullAt(4) ? null : row.getDecimal(4).setScale(columnScale);
    s.max = row.isNullAt(5) ? null : row.getDecimal(5).setScale(columnScale);
    s.judged = row.getLong(6);
    s.within = row.getLong(7);
    s.invalid = row.getLong(8);
    s.runJudged = row.getBoolean(9);
    s.headOpen = row.getBoolean(10);
    s.tailOpen = row.getBoolean(11);
    List<Row> runs = row.getList(12);
    for (Row x : runs) {
      Segment.Run r = new Segment.Run();
      r.limit = x.getInt(0);
      r.above = x.getBoolean(1);
      r.start = x.getLong(2);
      r.end = x.getLong(3);
      r.readings = x.getLong(4);
      r.day = x.isNullAt(6) ? null : x.getString(6);
      // per-reading worst is a reading (column scale); a daily mean has two more places
      r.worst = x.getDecimal(5).setScale(r.day == null ? columnScale : columnScale + 2);
      s.exceedances.add(r);
    }
    return s;
  }

  /**
   * @param f  a folded period
   * @return the period as a {@link #COMPLIANCE_COLUMNAR} row in Spark's internal form (issue 15k: written by the
   *     period fold straight into the plan, no {@code Row} through Spark's row encoder): the same statistics as
   *     {@link #complianceInternal}, the exceedances as numbers, no text formatted
   */
  public static InternalRow complianceColumnarInternal(ComplianceKernel.FoldedRuns f) {
    QuantityCompliance c = f.compliance();
    if (c == null) {
      return complianceInternal(null, f.invalid());
    }
    Object[] ex = new Object[f.runs().size()];
    long seconds = 0;
    long longest = 0;
    long readings = 0;
    int i = 0;
    for (Segment.Run r : f.runs()) {
      long s = (r.end - r.start) / 1_000_000L; // Duration.between(start, end).getSeconds(): end ≥ start
      seconds = Math.addExact(seconds, s);
      longest = Math.max(longest, s);
      readings = Math.addExact(readings, r.readings);
      ex[i++] = new GenericInternalRow(new Object[] {r.limit, r.above, r.start, r.end, s, r.readings,
          decimal(r.worst, MEAN_SCALE), utf8(r.day)});
    }
    return statistics(c, f.invalid(), ex, seconds, longest, readings);
  }

  /**
   * @param c  a quantity's compliance, or null if no valid reading
   * @param invalid  the invalid readings left out
   * @return the compliance as a {@link #COMPLIANCE} row in Spark's internal form (issue 15k)
   */
  public static InternalRow complianceInternal(QuantityCompliance c, long invalid) {
    if (c == null) {
      return new GenericInternalRow(new Object[] {null, 0L, null, null, decimal(BigDecimal.ZERO, SCALE), null, 0L, 0L,
          null, invalid, 0, 0L, 0L, 0L, new GenericArrayData(new Object[0])});
    }
    Object[] ex = new Object[c.exceedances().size()];
    long seconds = 0;
    long longest = 0;
    long readings = 0;
    int i = 0;
    for (Exceedance e : c.exceedances()) {
      long s = e.duration().getSeconds();
      seconds = Math.addExact(seconds, s);
      longest = Math.max(longest, s);
      readings = Math.addExact(readings, e.readings());
      ex[i++] = new GenericInternalRow(new Object[] {utf8(e.limit().describe()), e.above(),
          utf8(e.start().toString()), utf8(e.end().toString()), s, e.readings(), decimal(e.worst(), MEAN_SCALE),
          utf8(e.day().map(Object::toString).orElse(null))});
    }
    return statistics(c, invalid, ex, seconds, longest, readings);
  }

  /** The fields of {@link #COMPLIANCE} and {@link #COMPLIANCE_COLUMNAR}, the exceedances given. */
  private static InternalRow statistics(QuantityCompliance c, long invalid, Object[] exceedances, long seconds,
      long longest, long readings) {
    int scale = c.quantity().columnScale();
    return new GenericInternalRow(new Object[] {utf8(c.quantity().name()), c.count(),
        decimal(c.min().orElse(null), SCALE), decimal(c.max().orElse(null), SCALE), decimal(c.sum(), SCALE),
        decimal(c.mean(scale + 2, RoundingMode.HALF_EVEN).orElse(null), MEAN_SCALE), c.judged(), c.withinRange(),
        c.shareWithinRange(4, RoundingMode.HALF_EVEN).map(v -> Decimal.apply(v, 10, 4)).orElse(null), invalid,
        exceedances.length, seconds, longest, readings, new GenericArrayData(exceedances)});
  }

  private static final scala.Function1<Object, Object> COMPLIANCE_TO_ROW =
      CatalystTypeConverters.createToScalaConverter(COMPLIANCE);

  /**
   * @param c  a quantity's compliance, or null if no valid reading
   * @param invalid  the invalid readings left out
   * @return the compliance as a {@link #COMPLIANCE} row: {@link #complianceInternal}'s, converted (the typed
   *     {@code dx_compliance}'s result; one row per group)
   */
  public static Row compliance(QuantityCompliance c, long invalid) {
    return (Row) COMPLIANCE_TO_ROW.apply(complianceInternal(c, invalid));
  }

  /**
   * @param s  a day's segment
   * @return the segment as a {@link #SEGMENT} row in Spark's internal form (issue 15k: the day merge writes it
   *     straight into the plan)
   */
  public static InternalRow segmentInternal(Segment s) {
    Object[] runs = new Object[s.exceedances.size()];
    int i = 0;
    for (Segment.Run r : s.exceedances) {
      runs[i++] = new GenericInternalRow(new Object[] {r.limit, r.above, r.start, r.end, r.readings,
          decimal(r.worst, MEAN_SCALE), utf8(r.day)});
    }
    return new GenericInternalRow(new Object[] {utf8(s.day), utf8(s.quantity), s.count, decimal(s.sum, SCALE),
        decimal(s.min, SCALE), decimal(s.max, SCALE), s.judged, s.within, s.invalid, s.runJudged, s.headOpen,
        s.tailOpen, new GenericArrayData(runs)});
  }

  /**
   * @param row  a {@link #SEGMENT} row in Spark's internal form (issue 15k: as the period fold reads it from the
   *     sorted day rows)
   * @param columnScale  the quantity's column scale
   * @return the segment, values stripped back to the column scale
   */
  public static Segment segment(InternalRow row, int columnScale) {
    Segment s = new Segment();
    s.day = row.getUTF8String(0).toString();
    s.quantity = row.getUTF8String(1).toString();
    s.count = row.getLong(2);
    s.sum = row.getDecimal(3, 38, SCALE).toJavaBigDecimal().setScale(columnScale);
    s.min = row.isNullAt(4) ? null : row.getDecimal(4, 38, SCALE).toJavaBigDecimal().setScale(columnScale);
    s.max = row.isNullAt(5) ? null : row.getDecimal(5, 38, SCALE).toJavaBigDecimal().setScale(columnScale);
    s.judged = row.getLong(6);
    s.within = row.getLong(7);
    s.invalid = row.getLong(8);
    s.runJudged = row.getBoolean(9);
    s.headOpen = row.getBoolean(10);
    s.tailOpen = row.getBoolean(11);
    ArrayData runs = row.getArray(12);
    int n = runs.numElements();
    for (int i = 0; i < n; i++) {
      InternalRow x = runs.getStruct(i, RUN.size());
      Segment.Run r = new Segment.Run();
      r.limit = x.getInt(0);
      r.above = x.getBoolean(1);
      r.start = x.getLong(2);
      r.end = x.getLong(3);
      r.readings = x.getLong(4);
      r.day = x.isNullAt(6) ? null : x.getUTF8String(6).toString();
      // per-reading worst is a reading (column scale); a daily mean has two more places
      r.worst = x.getDecimal(5, 38, MEAN_SCALE).toJavaBigDecimal().setScale(r.day == null ? columnScale
          : columnScale + 2);
      s.exceedances.add(r);
    }
    return s;
  }

  /**
   * @param row  a {@link #PARTIAL} row in Spark's internal form (issue 15k: as the day merge reads the shuffled
   *     partials)
   * @param day  the partial's day, ISO
   * @param quantity  the quantity's constant name
   * @param columnScale  the quantity's column scale
   * @return the partial state, its first and last valid reading not set
   */
  public static Segment partial(InternalRow row, String day, String quantity, int columnScale) {
    return fields(row, 0, day, quantity, columnScale, null);
  }

  /**
   * Reads a {@link #PARTIAL}'s fields, which a {@link #DAY} row holds from its third field on (after the day and the
   * quantity): one reading of both layouts.
   *
   * @param row  the row in Spark's internal form
   * @param at  the field the partial's fields start at: 0 in a {@link #PARTIAL}, 2 in a {@link #DAY}
   * @param daily  a {@link #DAY}'s flags of the runs that are a daily average's (their worst value two more places);
   *     null for a {@link #PARTIAL}, whose runs are all per-reading
   */
  private static Segment fields(InternalRow row, int at, String day, String quantity, int columnScale,
      ArrayData daily) {
    Segment s = new Segment();
    s.day = day;
    s.quantity = quantity;
    s.count = row.getLong(at);
    s.sum = BigDecimal.valueOf(row.getLong(at + 1), columnScale);
    if (s.count > 0) {
      s.min = BigDecimal.valueOf(row.getLong(at + 2), columnScale);
      s.max = BigDecimal.valueOf(row.getLong(at + 3), columnScale);
    }
    s.judged = row.getLong(at + 4);
    s.within = row.getLong(at + 5);
    s.invalid = row.getLong(at + 6);
    s.runJudged = row.getBoolean(at + 7);
    s.headOpen = row.getBoolean(at + 8);
    s.tailOpen = row.getBoolean(at + 9);
    ArrayData limit = row.getArray(at + 10);
    ArrayData above = row.getArray(at + 11);
    ArrayData start = row.getArray(at + 12);
    ArrayData end = row.getArray(at + 13);
    ArrayData readings = row.getArray(at + 14);
    ArrayData worst = row.getArray(at + 15);
    int n = limit.numElements();
    for (int i = 0; i < n; i++) {
      Segment.Run r = new Segment.Run();
      r.limit = limit.getInt(i);
      r.above = above.getBoolean(i);
      r.start = start.getLong(i);
      r.end = end.getLong(i);
      r.readings = readings.getLong(i);
      boolean d = daily != null && daily.getBoolean(i);
      r.day = d ? s.day : null;
      r.worst = BigDecimal.valueOf(worst.getLong(i), d ? columnScale + 2 : columnScale);
      s.exceedances.add(r);
    }
    return s;
  }

  /** @return the value as Spark's decimal of precision 38 at the scale (exact: it never has more places), or null */
  private static Decimal decimal(BigDecimal v, int scale) {
    if (v == null) {
      return null;
    }
    long unscaled;
    try {
      unscaled = unscaled(v, scale);
    } catch (ArithmeticException notALong) {
      return Decimal.apply(v.setScale(scale), 38, scale);
    }
    // issue 15l: a Decimal holding a long, as Spark's own decimal arithmetic makes them: no BigDecimal held
    return Decimal.apply(unscaled, 38, scale);
  }

  /** @return the text as Spark's UTF-8 string, or null */
  private static UTF8String utf8(String s) {
    return s == null ? null : UTF8String.fromString(s);
  }
}
