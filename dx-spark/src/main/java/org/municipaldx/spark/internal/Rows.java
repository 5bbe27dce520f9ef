package org.municipaldx.spark.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
   * @param p  a partial state of {@code DayKernel.partial} (per-reading runs only; values at the column scale)
   * @param columnScale  the quantity's column scale
   * @return the partial as a {@link #PARTIAL} row in Spark's internal form (issue 15i: the arrays as
   *     {@code UnsafeArrayData} copied from primitive arrays, not boxed into a {@code Seq} for Spark's row encoder)
   * @throws IllegalArgumentException if a run is a daily average's (a partial judges none)
   */
  public static InternalRow partial(Segment p, int columnScale) {
    int n = p.exceedances.size();
    int[] limit = new int[n];
    boolean[] above = new boolean[n];
    long[] start = new long[n];
    long[] end = new long[n];
    long[] readings = new long[n];
    long[] worst = new long[n];
    for (int i = 0; i < n; i++) {
      Segment.Run r = p.exceedances.get(i);
      if (r.day != null) {
        throw new IllegalArgumentException("a partial holds per-reading runs only (was a daily average's of " + r.day
            + ")");
      }
      limit[i] = r.limit;
      above[i] = r.above;
      start[i] = r.start;
      end[i] = r.end;
      readings[i] = r.readings;
      worst[i] = unscaled(r.worst, columnScale);
    }
    boolean any = p.count > 0;
    return new GenericInternalRow(new Object[] {p.count, unscaled(p.sum, columnScale),
        any ? unscaled(p.min, columnScale) : 0L, any ? unscaled(p.max, columnScale) : 0L, p.judged, p.within,
        p.invalid, p.runJudged, p.headOpen, p.tailOpen, UnsafeArrayData.fromPrimitiveArray(limit),
        UnsafeArrayData.fromPrimitiveArray(above), UnsafeArrayData.fromPrimitiveArray(start),
        UnsafeArrayData.fromPrimitiveArray(end), UnsafeArrayData.fromPrimitiveArray(readings),
        UnsafeArrayData.fromPrimitiveArray(worst)});
  }

  /**
   * @param row  a {@link #PARTIAL} row
   * @param day  the partial's day, ISO
   * @param quantity  the quantity's constant name
   * @param columnScale  the quantity's column scale
   * @return the partial state, its first and last valid reading not set
   */
  public static Segment partial(Row row, String day, String quantity, int columnScale) {
    Segment s = new Segment();
    s.day = day;
    s.quantity = quantity;
    s.count = row.getLong(0);
    s.sum = BigDecimal.valueOf(row.getLong(1), columnScale);
    if (s.count > 0) {
      s.min = BigDecimal.valueOf(row.getLong(2), columnScale);
      s.max = BigDecimal.valueOf(row.getLong(3), columnScale);
    }
    s.judged = row.getLong(4);
    s.within = row.getLong(5);
    s.invalid = row.getLong(6);
    s.runJudged = row.getBoolean(7);
    s.headOpen = row.getBoolean(8);
    s.tailOpen = row.getBoolean(9);
    scala.collection.Iterator<?> limit = ((scala.collection.Iterable<?>) row.get(10)).iterator();
    scala.collection.Iterator<?> above = ((scala.collection.Iterable<?>) row.get(11)).iterator();
    scala.collection.Iterator<?> start = ((scala.collection.Iterable<?>) row.get(12)).iterator();
    scala.collection.Iterator<?> end = ((scala.collection.Iterable<?>) row.get(13)).iterator();
    scala.collection.Iterator<?> readings = ((scala.collection.Iterable<?>) row.get(14)).iterator();
    scala.collection.Iterator<?> worst = ((scala.collection.Iterable<?>) row.get(15)).iterator();
    while (limit.hasNext()) {
      Segment.Run r = new Segment.Run();
      r.limit = (Integer) limit.next();
      r.above = (Boolean) above.next();
      r.start = (Long) start.next();
      r.end = (Long) end.next();
      r.readings = (Long) readings.next();
      r.worst = BigDecimal.valueOf((Long) worst.next(), columnScale);
      s.exceedances.add(r);
    }
    return s;
  }

  /** @return the fixed-point long of a value with at most {@code scale} places */
  private static long unscaled(BigDecimal v, int scale) {
    return v.setScale(scale).unscaledValue().longValueExact();
  }

  /** @return the primitive array as a Scala sequence (no copy), which Spark's row conversion takes for an array */
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
   * @return the period as a {@link #COMPLIANCE_COLUMNAR} row: the same statistics as {@link #compliance}, the
   *     exceedances as numbers, no text formatted
   */
  public static Row complianceColumnar(ComplianceKernel.FoldedRuns f) {
    QuantityCompliance c = f.compliance();
    if (c == null) {
      return compliance(null, f.invalid());
    }
    List<Row> ex = new ArrayList<>(f.runs().size());
    long seconds = 0;
    long longest = 0;
    long readings = 0;
    for (Segment.Run r : f.runs()) {
      long s = (r.end - r.start) / 1_000_000L; // Duration.between(start, end).getSeconds(): end ≥ start
      seconds = Math.addExact(seconds, s);
      longest = Math.max(longest, s);
      readings = Math.addExact(readings, r.readings);
      ex.add(RowFactory.create(r.limit, r.above, r.start, r.end, s, r.readings, dec(r.worst, MEAN_SCALE), r.day));
    }
    int scale = c.quantity().columnScale();
    return RowFactory.create(c.quantity().name(), c.count(), dec(c.min().orElse(null), SCALE),
        dec(c.max().orElse(null), SCALE), dec(c.sum(), SCALE),
        c.mean(scale + 2, RoundingMode.HALF_EVEN).map(v -> dec(v, MEAN_SCALE)).orElse(null), c.judged(),
        c.withinRange(), c.shareWithinRange(4, RoundingMode.HALF_EVEN).orElse(null), f.invalid(), ex.size(), seconds,
        longest, readings, seq(ex));
  }

  /**
   * @param c  a quantity's compliance, or null if no valid reading
   * @param invalid  the invalid readings left out
   * @return the compliance as a {@link #COMPLIANCE} row
   */
  public static Row compliance(QuantityCompliance c, long invalid) {
    if (c == null) {
      return RowFactory.create(null, 0L, null, null, BigDecimal.ZERO.setScale(SCALE), null, 0L, 0L, null, invalid, 0,
          0L, 0L, 0L, seq(List.of()));
    }
    List<Row> ex = new ArrayList<>();
    long seconds = 0;
    long longest = 0;
    long readings = 0;
    for (Exceedance e : c.exceedances()) {
      long s = e.duration().getSeconds();
      seconds = Math.addExact(seconds, s);
      longest = Math.max(longest, s);
      readings = Math.addExact(readings, e.readings());
      ex.add(RowFactory.create(e.limit().describe(), e.above(), e.start().toString(), e.end().toString(), s,
          e.readings(), dec(e.worst(), MEAN_SCALE), e.day().map(Object::toString).orElse(null)));
    }
    int scale = c.quantity().columnScale();
    return RowFactory.create(c.quantity().name(), c.count(), dec(c.min().orElse(null), SCALE),
        dec(c.max().orElse(null), SCALE), dec(c.sum(), SCALE),
        c.mean(scale + 2, RoundingMode.HALF_EVEN).map(v -> dec(v, MEAN_SCALE)).orElse(null), c.judged(),
        c.withinRange(), c.shareWithinRange(4, RoundingMode.HALF_EVEN).orElse(null), invalid, ex.size(), seconds,
        longest, readings, seq(ex));
  }
}
