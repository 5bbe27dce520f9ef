package org.municipaldx.spark.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;

/**
 * The input rows of {@link PartialDayScan} read straight from a columnar scan's batches (issue 15j): the key struct,
 * quantity ordinal, sensor id, epoch microseconds, fixed-point value and quality ordinal of each reading, as the row
 * path's projection gives them, without writing an {@code UnsafeRow} per reading. Where a string column is
 * dictionary-encoded (Parquet's vectorised reader keeps the dictionary ids), the quantity and quality are decided,
 * the sensor id decoded and the key built once per dictionary id and batch (a batch never spans a column chunk, so
 * its ids index one dictionary); otherwise by comparing a value's bytes with the previous reading's. Each row handed
 * out is one mutable view, valid until the next call of {@link #next} ({@link PartialDayScan} copies what it keeps).
 * The same checks and messages as the row path: an unknown or null quantity, an unknown quality (null is good).
 * Input: string key columns, then quantity (string), sensor id (string), time (timestamp, microseconds), value
 * (long), quality (string), at the batch's column ordinals given. Not thread-safe; not API.
 */
public final class ColumnarReadings implements Iterator<InternalRow> {
  private static final Quantity[] QUANTITIES = Quantity.values();
  private static final Quality[] QUALITIES = Quality.values();
  private static final UTF8String[] QUANTITY_NAMES = names(QUANTITIES);
  private static final UTF8String[] QUALITY_NAMES = names(QUALITIES);
  private static final int GOOD = Quality.GOOD.ordinal();
  private static final String NAME = "dx_compliance_day";

  private final Iterator<ColumnarBatch> batches;
  private final int[] keyColumns;
  private final int quantityColumn;
  private final int sensorColumn;
  private final int timeColumn;
  private final int valueColumn;
  private final int qualityColumn;
  private final Reading reading = new Reading();

  private ColumnarBatch batch;
  private int rows;
  private int i;
  private ColumnVector time;
  private ColumnVector value;
  private ColumnVector sensor;
  private ColumnVector[] keyVectors;
  /**
   * Whether the batch's time, value, sensor id, quantity and first key column may hold a null (issue 15l): a
   * vector's {@code hasNull()} once per batch, so that a batch without nulls (the usual) skips six
   * {@code isNullAt} calls per reading (6 % of the path's samples, self time, in this first profile).
   */
  private boolean timeNulls;
  private boolean valueNulls;
  private boolean sensorNulls;
  private boolean quantityNulls;
  private boolean keyNulls;
  private boolean qualityNulls;
  private final Codes quantities = new Codes();
  private final Codes qualities = new Codes();
  private final Codes sensors = new Codes();
  private final Codes keys = new Codes();
  private UTF8String[] sensorById = new UTF8String[16];
  private InternalRow[] keyById = new InternalRow[16];
  /** The previous reading's key values (views into the batch) and key row, for input without dictionaries. */
  private UTF8String[] lastKeyValues;
  private InternalRow lastKey;
  private UTF8String lastQuantity;
  private int lastQuantityOrdinal;
  private UTF8String lastQuality;
  private int lastQualityOrdinal;

  /**
   * @param batches  the partition's batches, not null
   * @param keyColumns  the key columns' ordinals in a batch (string columns), not empty
   * @param quantityColumn  the quantity's ordinal
   * @param sensorColumn  the sensor id's ordinal
   * @param timeColumn  the observation time's ordinal (a timestamp column: microseconds)
   * @param valueColumn  the fixed-point value's ordinal (a long column)
   * @param qualityColumn  the quality's ordinal
   */
  public ColumnarReadings(Iterator<ColumnarBatch> batches, int[] keyColumns, int quantityColumn, int sensorColumn,
      int timeColumn, int valueColumn, int qualityColumn) {
    this.batches = batches;
    this.keyColumns = keyColumns.clone();
    this.quantityColumn = quantityColumn;
    this.sensorColumn = sensorColumn;
    this.timeColumn = timeColumn;
    this.valueColumn = valueColumn;
    this.qualityColumn = qualityColumn;
    this.keyVectors = new ColumnVector[keyColumns.length];
  }

  private static UTF8String[] names(Enum<?>[] values) {
    UTF8String[] out = new UTF8String[values.length];
    for (int k = 0; k < values.length; k++) {
      out[k] = UTF8String.fromString(values[k].name());
    }
    return out;
  }

  @Override
  public boolean hasNext() {
    while (batch == null || i >= rows) {
      if (!batches.hasNext()) {
        return false;
      }
      start(batches.next());
    }
    return true;
  }

  @Override
  public InternalRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    int r = i++;
    // in the row path's order: the key, then the quantity's and the quality's checks (its projection's columns)
    reading.row = r;
    reading.key = key(r);
    reading.quantity = quantity(r);
    reading.quality = quality(r);
    return reading;
  }

  private void start(ColumnarBatch b) {
    batch = b;
    rows = b.numRows();
    i = 0;
    time = b.column(timeColumn);
    value = b.column(valueColumn);
    sensor = b.column(sensorColumn);
    for (int k = 0; k < keyColumns.length; k++) {
      keyVectors[k] = b.column(keyColumns[k]);
    }
    quantities.start(b.column(quantityColumn));
    qualities.start(b.column(qualityColumn));
    timeNulls = time.hasNull();
    valueNulls = value.hasNull();
    sensorNulls = sensor.hasNull();
    quantityNulls = quantities.vector.hasNull();
    keyNulls = keyVectors[0].hasNull();
    qualityNulls = qualities.vector.hasNull();
    sensors.start(sensor);
    keys.start(keyVectors[0]);
    if (keyVectors.length > 1) {
      keys.ids = null; // several key columns: compared by their values
    }
    // a batch's dictionary ids mean nothing in the next batch; byte comparisons start afresh too
    lastKeyValues = null;
    lastKey = null;
    lastQuantity = null;
    lastQuality = null;
  }

  private InternalRow key(int r) {
    // a null value's dictionary id means nothing: such a key is compared by its values below
    int id = keyNulls && keys.vector.isNullAt(r) ? -1 : keys.id(r);
    if (id >= 0) {
      if (id >= keyById.length) {
        keyById = Arrays.copyOf(keyById, Math.max(id + 1, keyById.length * 2));
      }
      InternalRow k = keyById[id];
      if (k == null || keys.stale(id)) {
        k = newKey(r);
        keyById[id] = k;
        keys.seen(id);
      }
      return k;
    }
    int n = keyVectors.length;
    if (lastKey != null) {
      boolean same = true;
      for (int k = 0; k < n && same; k++) {
        ColumnVector v = keyVectors[k];
        same = v.isNullAt(r) ? lastKeyValues[k] == null : v.getUTF8String(r).equals(lastKeyValues[k]);
      }
      if (same) {
        return lastKey;
      }
    }
    lastKey = newKey(r);
    lastKeyValues = new UTF8String[n];
    for (int k = 0; k < n; k++) {
      lastKeyValues[k] = (UTF8String) lastKey.get(k, null);
    }
    return lastKey;
  }

  private InternalRow newKey(int r) {
    Object[] values = new Object[keyVectors.length];
    for (int k = 0; k < values.length; k++) {
      ColumnVector v = keyVectors[k];
      values[k] = v.isNullAt(r) ? null : v.getUTF8String(r).clone();
    }
    return new GenericInternalRow(values);
  }

  private int quantity(int r) {
    ColumnVector v = quantities.vector;
    if (quantityNulls && v.isNullAt(r)) {
      throw new IllegalArgumentException(NAME + ".quantity: must not be null (was 'null')");
    }
    int id = quantities.id(r);
    if (id >= 0) {
      int q = quantities.code(id);
      if (q < 0) {
        q = ordinal(QUANTITY_NAMES, v.getUTF8String(r), "quantity", "unknown quantity");
        quantities.put(id, q);
      }
      return q;
    }
    UTF8String s = v.getUTF8String(r);
    if (!s.equals(lastQuantity)) {
      lastQuantityOrdinal = ordinal(QUANTITY_NAMES, s, "quantity", "unknown quantity");
      lastQuantity = s.clone();
    }
    return lastQuantityOrdinal;
  }

  private int quality(int r) {
    ColumnVector v = qualities.vector;
    if (qualityNulls && v.isNullAt(r)) {
      return GOOD;
    }
    int id = qualities.id(r);
    if (id >= 0) {
      int q = qualities.code(id);
      if (q < 0) {
        q = ordinal(QUALITY_NAMES, v.getUTF8String(r), "quality", "unknown quality");
        qualities.put(id, q);
      }
      return q;
    }
    UTF8String s = v.getUTF8String(r);
    if (!s.equals(lastQuality)) {
      lastQualityOrdinal = ordinal(QUALITY_NAMES, s, "quality", "unknown quality");
      lastQuality = s.clone();
    }
    return lastQualityOrdinal;
  }

  /** The ordinal of the constant named exactly as the value (the row path's {@code =} comparisons), or its error. */
  private static int ordinal(UTF8String[] names, UTF8String value, String field, String rule) {
    for (int k = 0; k < names.length; k++) {
      if (names[k].equals(value)) {
        return k;
      }
    }
    throw new IllegalArgumentException(NAME + "." + field + ": " + rule + " (was '" + value + "')");
  }

  private UTF8String sensor(int r) {
    int id = sensors.id(r);
    if (id < 0) {
      return sensor.getUTF8String(r);
    }
    if (id >= sensorById.length) {
      sensorById = Arrays.copyOf(sensorById, Math.max(id + 1, sensorById.length * 2));
    }
    UTF8String s = sensorById[id];
    if (s == null || sensors.stale(id)) {
      s = sensor.getUTF8String(r).clone();
      sensorById[id] = s;
      sensors.seen(id);
    }
    return s;
  }

  /**
   * A string column's dictionary ids in the current batch, if it has them, and a code per id decided in this batch
   * (the batch number marks which ids are decided: nothing is cleared between batches).
   */
  private static final class Codes {
    ColumnVector vector;
    WritableColumnVector ids;
    private int[] codes = new int[16];
    private int[] batchOf = new int[16];
    private int batchNumber;

    void start(ColumnVector v) {
      vector = v;
      ids = v instanceof WritableColumnVector w && w.hasDictionary() ? w.getDictionaryIds() : null;
      batchNumber++;
    }

    /** {@return the row's dictionary id, or -1 without a dictionary} */
    int id(int r) {
      return ids == null ? -1 : ids.getInt(r);
    }

    /** {@return the code decided for the id in this batch, or -1} */
    int code(int id) {
      return id < codes.length && batchOf[id] == batchNumber ? codes[id] : -1;
    }

    void put(int id, int code) {
      grow(id);
      codes[id] = code;
      batchOf[id] = batchNumber;
    }

    /** {@return whether the id's cached value was decided in another batch} */
    boolean stale(int id) {
      return id >= batchOf.length || batchOf[id] != batchNumber;
    }

    void seen(int id) {
      grow(id);
      batchOf[id] = batchNumber;
    }

    private void grow(int id) {
      if (id >= codes.length) {
        int n = Math.max(id + 1, codes.length * 2);
        codes = Arrays.copyOf(codes, n);
        batchOf = Arrays.copyOf(batchOf, n);
      }
    }
  }

  /** The current reading as {@link PartialDayScan}'s input row: fields 0 to 5, read from the batch on demand. */
  private final class Reading extends GenericInternalRow {
    int row;
    InternalRow key;
    int quantity;
    int quality;

    Reading() {
      super(6);
    }

    @Override
    public int numFields() {
      return 6;
    }

    @Override
    public boolean isNullAt(int f) {
      return switch (f) {
        case 2 -> sensorNulls && sensor.isNullAt(row);
        case 3 -> timeNulls && time.isNullAt(row);
        case 4 -> valueNulls && value.isNullAt(row);
        default -> false;
      };
    }

    @Override
    public int getInt(int f) {
      return f == 1 ? quantity : quality;
    }

    @Override
    public long getLong(int f) {
      return f == 3 ? time.getLong(row) : value.getLong(row);
    }

    @Override
    public UTF8String getUTF8String(int f) {
      return sensor(row);
    }

    @Override
    public InternalRow getStruct(int f, int numFields) {
      return key;
    }

    @Override
    public Object genericGet(int f) {
      if (isNullAt(f)) {
        return null;
      }
      return switch (f) {
        case 0 -> key;
        case 1 -> quantity;
        case 2 -> getUTF8String(2).clone();
        case 3, 4 -> getLong(f);
        default -> quality;
      };
    }

    @Override
    public GenericInternalRow copy() {
      Object[] values = new Object[6];
      for (int f = 0; f < 6; f++) {
        values[f] = genericGet(f);
      }
      return new GenericInternalRow(values);
    }
  }
}
