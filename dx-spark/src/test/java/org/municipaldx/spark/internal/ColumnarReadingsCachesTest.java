package org.municipaldx.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.vectorized.ConstantColumnVector;
import org.apache.spark.sql.execution.vectorized.Dictionary;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.spark.internal.ColumnarReadingsTest.In;

/**
 * The caches of {@link ColumnarReadings} (issue 13 for issue 15j: its PIT survivors), without a Spark job: every
 * reading read from the batches is exactly that reading's key, quantity, sensor id, time, value and quality, however
 * its string columns are encoded — whatever a dictionary id meant in an earlier batch, for dictionary ids from 16 on
 * (where the id caches grow), for a null whose id slot holds anything, for a column whose chunk fell back from
 * dictionary pages to plain pages (its ids vector left behind), for a vector that is not writable (a partition
 * column's constant vector), for a dictionary column next to a plain one and for several key columns. Each reading is
 * compared field by field with the reading put in (the row path's projected row), and where the readings are valid
 * the partials of the partial day stage with the row path's.
 */
class ColumnarReadingsCachesTest {
  static final StructType KEY = ColumnarReadingsTest.KEY;
  static final long MIDNIGHT = ColumnarReadingsTest.MIDNIGHT;
  static final long MINUTE = ColumnarReadingsTest.HOUR / 60;

  /** How a batch's string column is made from its values. */
  interface Encoding extends Function<List<String>, ColumnVector> {}

  /** Plain: the values' bytes, no dictionary (as a cached table's or an in-memory source's vectors). */
  static final Encoding PLAIN = values -> ColumnarReadingsTest.strings(values, false, 0);

  /** The values' bytes as a dictionary, as Spark's Parquet reader hands it over. */
  static Dictionary dictionaryOf(List<String> entries) {
    byte[][] bytes = new byte[entries.size()][];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = entries.get(i).getBytes(StandardCharsets.UTF_8);
    }
    return new Dictionary() {
      @Override
      public int decodeToInt(int id) {
        throw new UnsupportedOperationException();
      }

      @Override
      public long decodeToLong(int id) {
        throw new UnsupportedOperationException();
      }

      @Override
      public float decodeToFloat(int id) {
        throw new UnsupportedOperationException();
      }

      @Override
      public double decodeToDouble(int id) {
        throw new UnsupportedOperationException();
      }

      @Override
      public byte[] decodeToBinary(int id) {
        return bytes[id]; // an id outside the dictionary fails here
      }
    };
  }

  /**
   * Dictionary-encoded with exactly this dictionary (a column chunk's: it may hold values the batch never meets);
   * a null's id slot holds {@code nullId}, which means nothing (Parquet's reader leaves the slot as it was).
   */
  static Encoding dictionary(List<String> entries, int nullId) {
    return values -> {
      OnHeapColumnVector v = new OnHeapColumnVector(values.size(), DataTypes.StringType);
      v.setDictionary(dictionaryOf(entries));
      WritableColumnVector ids = v.reserveDictionaryIds(values.size());
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) == null) {
          v.putNull(i);
          ids.putInt(i, nullId);
        } else {
          int id = entries.indexOf(values.get(i));
          assertThat(id).as("'%s' in the dictionary", values.get(i)).isNotNegative();
          ids.putInt(i, id);
        }
      }
      return v;
    };
  }

  static Encoding dictionary(List<String> entries) {
    return dictionary(entries, 0);
  }

  /**
   * A dictionary of {@code size} entries: {@code values.get(k)} at id {@code ids[k]}, entries no row refers to
   * elsewhere.
   */
  static List<String> entries(int size, List<String> values, int... ids) {
    String[] out = new String[size];
    for (int k = 0; k < values.size(); k++) {
      out[ids[k]] = values.get(k);
    }
    for (int i = 0; i < size; i++) {
      if (out[i] == null) {
        out[i] = "unused-" + i;
      }
    }
    return Arrays.asList(out);
  }

  static int[] range(int from, int step, int n) {
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[k] = from + k * step;
    }
    return out;
  }

  /**
   * As Spark's Parquet reader leaves a column whose chunk fell back from dictionary pages to plain pages
   * ({@code VectorizedColumnReader} decodes the ids and sets the dictionary to null): the ids vector is still there,
   * holding {@code staleId} in every slot, the values are plain.
   */
  static Encoding fellBack(int staleId) {
    return values -> {
      OnHeapColumnVector v = (OnHeapColumnVector) ColumnarReadingsTest.strings(values, false, 0);
      WritableColumnVector ids = v.reserveDictionaryIds(values.size());
      for (int i = 0; i < values.size(); i++) {
        ids.putInt(i, staleId);
      }
      assertThat(v.hasDictionary()).isFalse();
      assertThat(v.getDictionaryIds()).isNotNull();
      return v;
    };
  }

  /**
   * A constant vector, which is not a {@link WritableColumnVector}: Spark's Parquet reader gives a partition column
   * so. Every value of the batch must be the same.
   */
  static final Encoding CONSTANT = values -> {
    ConstantColumnVector v = new ConstantColumnVector(values.size(), DataTypes.StringType);
    String first = values.get(0);
    assertThat(values).as("a constant column").allMatch(x -> java.util.Objects.equals(x, first));
    if (first == null) {
      v.setNull();
    } else {
      v.setUtf8String(UTF8String.fromString(first));
    }
    return v;
  };

  /** One batch of readings, its string columns encoded as given (one encoding per key column). */
  record Batch(List<In> readings, Encoding[] keys, Encoding quantity, Encoding sensor, Encoding quality) {
    Batch(List<In> readings, Encoding key, Encoding quantity, Encoding sensor, Encoding quality) {
      this(readings, new Encoding[] {key}, quantity, sensor, quality);
    }

    /** Columns in the order quality, value, time, sensor, quantity, keys ({@link ColumnarReadingsTest#ordinals}). */
    ColumnarBatch columns() {
      ColumnVector[] columns = new ColumnVector[5 + keys.length];
      columns[0] = quality.apply(readings.stream().map(In::quality).toList());
      columns[1] = ColumnarReadingsTest.longs(readings.stream().map(In::unscaled).toList(), false);
      columns[2] = ColumnarReadingsTest.longs(readings.stream().map(In::micros).toList(), true);
      columns[3] = sensor.apply(readings.stream().map(In::sensor).toList());
      columns[4] = quantity.apply(readings.stream().map(In::quantity).toList());
      for (int k = 0; k < keys.length; k++) {
        int kk = k;
        columns[5 + k] = keys[k].apply(readings.stream().map(x -> x.keys()[kk]).toList());
      }
      ColumnarBatch b = new ColumnarBatch(columns);
      b.setNumRows(readings.size());
      return b;
    }
  }

  /**
   * {@code n} readings from minute {@code from} on; reading i has the i-th key, quantity, sensor and quality of the
   * lists, taken in turn.
   */
  static List<In> readings(int from, int n, List<String> keys, List<String> quantities, List<String> sensors,
      List<String> qualities) {
    List<In> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new In(new String[] {keys.get(i % keys.size())}, quantities.get(i % quantities.size()),
          sensors.get(i % sensors.size()), MIDNIGHT + (from + i) * MINUTE, 600L + (from + i) % 900,
          qualities.get(i % qualities.size())));
    }
    return out;
  }

  static List<String> names(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(prefix + i);
    }
    return out;
  }

  static final List<String> QUANTITIES = List.of("CO2", "AIR_TEMPERATURE", "RELATIVE_HUMIDITY");
  /** Null is good; the column may also say GOOD. */
  static final List<String> QUALITIES = Arrays.asList("GOOD", "SUSPECT", null, "INVALID");
  static final List<String> QUALITY_NAMES = List.of("GOOD", "SUSPECT", "INVALID");

  /** A reading as its fields: key values, quantity ordinal, sensor id, time, value, quality ordinal. */
  static List<Object> fields(In in) {
    List<Object> out = new ArrayList<>(Arrays.asList(in.keys()));
    out.add(Quantity.valueOf(in.quantity()).ordinal());
    out.add(in.sensor());
    out.add(in.micros());
    out.add(in.unscaled());
    out.add(in.quality() == null ? Quality.GOOD.ordinal() : Quality.valueOf(in.quality()).ordinal());
    return out;
  }

  /** The reading view's fields, read as {@link PartialDayScan} reads them (the null checks first). */
  static List<Object> fields(InternalRow r, int keys) {
    InternalRow key = r.getStruct(0, keys);
    List<Object> out = new ArrayList<>();
    for (int k = 0; k < keys; k++) {
      out.add(key.isNullAt(k) ? null : key.getUTF8String(k).toString());
    }
    out.add(r.getInt(1));
    out.add(r.isNullAt(2) ? null : r.getUTF8String(2).toString());
    out.add(r.isNullAt(3) ? null : r.getLong(3));
    out.add(r.isNullAt(4) ? null : r.getLong(4));
    out.add(r.getInt(5));
    return out;
  }

  static ColumnarReadings over(List<Batch> batches) {
    int keys = batches.get(0).keys().length;
    int[] o = ColumnarReadingsTest.ordinals(keys);
    return new ColumnarReadings(batches.stream().map(Batch::columns).iterator(), Arrays.copyOf(o, keys), o[keys],
        o[keys + 1], o[keys + 2], o[keys + 3], o[keys + 4]);
  }

  /** Every reading of the batches, read through one {@link ColumnarReadings}, equals the reading put in. */
  static void readsEveryReadingAsPutIn(String what, List<Batch> batches) {
    int keys = batches.get(0).keys().length;
    List<List<Object>> expected = new ArrayList<>();
    batches.forEach(b -> b.readings().forEach(in -> expected.add(fields(in))));
    List<List<Object>> actual = new ArrayList<>();
    ColumnarReadings it = over(batches);
    while (it.hasNext()) {
      actual.add(fields(it.next(), keys));
    }
    assertThat(actual).as(what).containsExactlyElementsOf(expected);
  }

  /** The partial day stage over the batches gives the row path's partials of the same readings. */
  static void givesTheRowPathsPartials(String what, List<Batch> batches) throws Exception {
    StructType key = batches.get(0).keys().length == 1 ? KEY : ColumnarReadingsTest.TWO_KEYS;
    List<In> all = new ArrayList<>();
    batches.forEach(b -> all.addAll(b.readings()));
    List<Row> rows = ColumnarReadingsTest.sorted(ColumnarReadingsTest.scan(key, 1 << 20)
        .call(all.stream().map(ColumnarReadingsTest::row).iterator()), key);
    assertThat(rows).as(what + ": some partials").isNotEmpty();
    List<Row> columnar = ColumnarReadingsTest.sorted(ColumnarReadingsTest.scan(key, 1 << 20)
        .overBatches(ColumnarReadingsTest.ordinals(batches.get(0).keys().length))
        .call(batches.stream().map(Batch::columns).iterator()), key);
    assertThat(columnar).as(what).isEqualTo(rows);
  }

  @Test
  void anIdMeansWhatTheCurrentBatchsDictionarySaysNotWhatItMeantInTheLastBatch() throws Exception {
    // batch 2's dictionaries give every id another value than batch 1's: a cache kept across batches would hand
    // out batch 1's key, sensor, quantity or quality
    List<String> places = List.of("hall", "gym", "library");
    List<String> sensors = List.of("s-1", "s-2", "s-3");
    List<String> reversedPlaces = new ArrayList<>(places);
    Collections.reverse(reversedPlaces);
    List<String> reversedSensors = new ArrayList<>(sensors);
    Collections.reverse(reversedSensors);
    List<String> reversedQuantities = new ArrayList<>(QUANTITIES);
    Collections.reverse(reversedQuantities);
    List<String> reversedQualities = new ArrayList<>(QUALITY_NAMES);
    Collections.reverse(reversedQualities);
    List<Batch> batches = new ArrayList<>();
    for (int b = 0; b < 4; b++) {
      boolean odd = b % 2 == 1;
      batches.add(new Batch(readings(b * 40, 40, places, QUANTITIES, sensors, QUALITIES),
          dictionary(odd ? reversedPlaces : places), dictionary(odd ? reversedQuantities : QUANTITIES),
          dictionary(odd ? reversedSensors : sensors), dictionary(odd ? reversedQualities : QUALITY_NAMES)));
    }
    readsEveryReadingAsPutIn("the same ids, other values in every other batch", batches);
    givesTheRowPathsPartials("the same ids, other values in every other batch", batches);
  }

  /** Two batches with the layout's dictionaries, the second's ids mirrored (id i means what id size-1-i meant). */
  static List<Batch> grown(int size, int[] keyIds, int[] quantityIds, int[] sensorIds, int[] qualityIds) {
    List<String> places = names("place-", keyIds.length);
    List<String> sensors = names("s-", sensorIds.length);
    List<Batch> out = new ArrayList<>();
    for (int b = 0; b < 2; b++) {
      int[][] ids = {keyIds.clone(), quantityIds.clone(), sensorIds.clone(), qualityIds.clone()};
      if (b == 1) {
        for (int[] column : ids) {
          for (int k = 0; k < column.length; k++) {
            column[k] = size - 1 - column[k];
          }
        }
      }
      int n = 3 * Math.max(keyIds.length, sensorIds.length);
      out.add(new Batch(readings(b * n, n, places, QUANTITIES, sensors, QUALITIES),
          dictionary(entries(size, places, ids[0])), dictionary(entries(size, QUANTITIES, ids[1])),
          dictionary(entries(size, sensors, ids[2])), dictionary(entries(size, QUALITY_NAMES, ids[3]))));
    }
    return out;
  }

  @Test
  void dictionaryIdsFromSixteenOnGrowTheIdCaches() throws Exception {
    // the caches start with room for ids 0 to 15. Each case a new reader, so that its caches start small.
    // 16 ids (0..15), met in order: no growth
    List<Batch> sixteen = grown(16, range(0, 1, 16), new int[] {0, 7, 15}, range(0, 1, 16), new int[] {0, 8, 15});
    readsEveryReadingAsPutIn("ids 0 to 15", sixteen);
    givesTheRowPathsPartials("ids 0 to 15", sixteen);
    // 17 ids met in order: id 16, exactly the caches' size, is the first to grow them (key, sensor, quantity, quality)
    List<Batch> seventeen = grown(17, range(0, 1, 17), new int[] {0, 15, 16}, range(0, 1, 17),
        new int[] {3, 16, 15});
    readsEveryReadingAsPutIn("ids 0 to 16", seventeen);
    givesTheRowPathsPartials("ids 0 to 16", seventeen);
    // the first id met is 39 of a dictionary of 40: the caches grow past twice their size at once
    List<Batch> far = grown(40, range(39, -1, 20), new int[] {39, 20, 5}, range(39, -1, 20), new int[] {39, 32, 1});
    readsEveryReadingAsPutIn("ids from 39 down, first met 39", far);
    givesTheRowPathsPartials("ids from 39 down, first met 39", far);
    // ids met for the first time in a later batch, past the caches' size: batch 1 meets ids 0 and 1 only
    List<String> places = names("place-", 30);
    List<String> sensors = names("s-", 30);
    List<Batch> later = List.of(
        new Batch(readings(0, 12, places.subList(0, 2), QUANTITIES, sensors.subList(0, 2), QUALITIES),
            dictionary(places), dictionary(entries(30, QUANTITIES, 0, 1, 2)), dictionary(sensors),
            dictionary(entries(30, QUALITY_NAMES, 0, 1, 2))),
        new Batch(readings(12, 60, places, QUANTITIES, sensors, QUALITIES), dictionary(places),
            dictionary(entries(30, QUANTITIES, 29, 17, 16)), dictionary(sensors),
            dictionary(entries(30, QUALITY_NAMES, 16, 29, 23))));
    readsEveryReadingAsPutIn("ids 16 to 29 first met in the second batch", later);
    givesTheRowPathsPartials("ids 16 to 29 first met in the second batch", later);
  }

  @Test
  void aNullsDictionaryIdIsNeverRead() {
    // a null's id slot holds whatever the reader left there: here an id far outside the dictionary, which the key
    // and quality caches must never look up (the key of a null is the null key, a null quality is good)
    List<String> places = Arrays.asList("hall", null, "gym", null, null, "hall");
    int far = Integer.MAX_VALUE;
    List<Batch> batches = new ArrayList<>();
    for (int b = 0; b < 2; b++) {
      batches.add(new Batch(readings(b * 30, 30, places, QUANTITIES, List.of("s-1", "s-2"), QUALITIES),
          dictionary(List.of("gym", "hall"), far), dictionary(QUANTITIES, far), dictionary(List.of("s-2", "s-1"), far),
          dictionary(QUALITY_NAMES, far)));
    }
    readsEveryReadingAsPutIn("nulls whose id slot holds Integer.MAX_VALUE", batches);
  }

  @Test
  void aPlainNullKeyAfterAKeyIsTheNullKey() throws Exception {
    // without a dictionary a key is compared with the previous reading's by value: a null after "hall" is not "hall"
    List<String> places = Arrays.asList("hall", null, null, "gym", null, "hall", "hall", null);
    List<Batch> batches = List.of(new Batch(readings(0, 40, places, QUANTITIES, List.of("s-1"), QUALITIES), PLAIN,
        PLAIN, PLAIN, PLAIN));
    readsEveryReadingAsPutIn("plain keys with nulls", batches);
    givesTheRowPathsPartials("plain keys with nulls", batches);
  }

  @Test
  void aColumnThatFellBackFromItsDictionaryIsReadByItsValues() throws Exception {
    // a chunk's dictionary pages, then plain pages: the second batch's vectors keep their ids vector (stale ids, all
    // 0 here) without a dictionary; their values are the plain bytes, never what id 0 meant
    List<String> places = List.of("hall", "gym", "library");
    List<String> sensors = List.of("s-1", "s-2");
    List<Batch> batches = List.of(
        new Batch(readings(0, 30, places, QUANTITIES, sensors, QUALITIES), dictionary(places),
            dictionary(QUANTITIES), dictionary(sensors), dictionary(QUALITY_NAMES)),
        new Batch(readings(30, 30, places, QUANTITIES, sensors, QUALITIES), fellBack(0), fellBack(0), fellBack(0),
            fellBack(0)),
        new Batch(readings(60, 30, places, QUANTITIES, sensors, QUALITIES), fellBack(1), fellBack(2), fellBack(1),
            fellBack(2)));
    readsEveryReadingAsPutIn("dictionary pages, then plain pages with stale ids", batches);
    givesTheRowPathsPartials("dictionary pages, then plain pages with stale ids", batches);
  }

  @Test
  void aKeyColumnThatIsNotWritableIsReadByItsValue() throws Exception {
    // a partitioned table's partition column arrives as a ConstantColumnVector (not a WritableColumnVector): one
    // value per batch, or null
    List<String> sensors = List.of("s-1", "s-2");
    List<Batch> batches = new ArrayList<>();
    List<String> keys = Arrays.asList("hall", "gym", null, "hall");
    for (int b = 0; b < keys.size(); b++) {
      batches.add(new Batch(readings(b * 25, 25, Collections.singletonList(keys.get(b)), QUANTITIES, sensors,
          QUALITIES), CONSTANT, dictionary(QUANTITIES), b % 2 == 0 ? PLAIN : dictionary(sensors), PLAIN));
    }
    readsEveryReadingAsPutIn("a constant key column", batches);
    givesTheRowPathsPartials("a constant key column", batches);
  }

  @Test
  void dictionaryAndPlainColumnsMixWithinABatchAndChangeFromBatchToBatch() throws Exception {
    // each batch encodes each string column its own way (Parquet decides per column chunk); a column goes from a
    // dictionary to plain and back
    List<String> places = names("place-", 5);
    List<String> sensors = names("s-", 4);
    Encoding key = dictionary(places);
    Encoding quantity = dictionary(QUANTITIES);
    Encoding sensor = dictionary(sensors);
    Encoding quality = dictionary(QUALITY_NAMES);
    Encoding[][] plans = {
        {key, PLAIN, sensor, PLAIN}, {PLAIN, quantity, PLAIN, quality}, {key, quantity, PLAIN, PLAIN},
        {PLAIN, PLAIN, sensor, quality}, {key, PLAIN, sensor, PLAIN}, {PLAIN, PLAIN, PLAIN, PLAIN},
        {key, quantity, sensor, quality}};
    List<Batch> batches = new ArrayList<>();
    for (int b = 0; b < plans.length; b++) {
      batches.add(new Batch(readings(b * 23, 23, places, QUANTITIES, sensors, QUALITIES), plans[b][0], plans[b][1],
          plans[b][2], plans[b][3]));
    }
    readsEveryReadingAsPutIn("a column's encoding changing from batch to batch", batches);
    givesTheRowPathsPartials("a column's encoding changing from batch to batch", batches);
  }

  @Test
  void severalKeyColumnsAreComparedByTheirValuesNotByTheFirstColumnsIds() throws Exception {
    // the first key column has one dictionary id throughout; the second tells the keys apart (with nulls)
    List<String> places = Arrays.asList("hall", "gym", null, "library");
    List<In> in = new ArrayList<>();
    for (In r : readings(0, 48, places, QUANTITIES, List.of("s-1", "s-2"), QUALITIES)) {
      in.add(new In(new String[] {"m-1", r.keys()[0]}, r.quantity(), r.sensor(), r.micros(), r.unscaled(),
          r.quality()));
    }
    for (Encoding second : new Encoding[] {dictionary(Arrays.asList("library", "gym", "hall")), PLAIN}) {
      List<Batch> batches = List.of(new Batch(in.subList(0, 30), new Encoding[] {dictionary(List.of("m-1")), second},
          dictionary(QUANTITIES), PLAIN, PLAIN), new Batch(in.subList(30, 48),
          new Encoding[] {dictionary(List.of("m-1")), second}, PLAIN, dictionary(List.of("s-2", "s-1")), PLAIN));
      readsEveryReadingAsPutIn("two key columns", batches);
      givesTheRowPathsPartials("two key columns", batches);
    }
  }

  @Test
  void theReadingViewHasTheRowPathsSixFieldsAndCopiesThemOut() {
    // PartialDayScan reads the view with its typed getters only; a generic reader (get, copy) must see the same
    // six fields, and a copy must keep the reading after the view has moved on
    List<In> in = List.of(new In(new String[] {"hall"}, "CO2", "s-1", MIDNIGHT, 800L, "SUSPECT"),
        new In(new String[] {null}, "AIR_TEMPERATURE", null, null, null, null));
    ColumnarReadings it = over(List.of(new Batch(in, dictionary(List.of("hall")), dictionary(QUANTITIES),
        dictionary(List.of("s-1")), dictionary(QUALITY_NAMES))));
    InternalRow first = it.next();
    assertThat(first.numFields()).isEqualTo(6);
    InternalRow expected = ColumnarReadingsTest.row(in.get(0));
    InternalRow copy = first.copy();
    assertThat(copy).isNotSameAs(first).isEqualTo(expected);
    assertThat(first.get(0, ColumnarReadingsTest.KEY)).isEqualTo(expected.get(0, ColumnarReadingsTest.KEY));
    assertThat(first.get(1, DataTypes.IntegerType)).isEqualTo(Quantity.CO2.ordinal());
    assertThat(first.get(2, DataTypes.StringType)).isEqualTo(UTF8String.fromString("s-1"));
    assertThat(first.get(3, DataTypes.TimestampType)).isEqualTo(MIDNIGHT);
    assertThat(first.get(4, DataTypes.LongType)).isEqualTo(800L);
    assertThat(first.get(5, DataTypes.IntegerType)).isEqualTo(Quality.SUSPECT.ordinal());
    InternalRow second = it.next();
    assertThat(second).as("one view").isSameAs(first);
    assertThat(copy).as("the copy keeps the first reading").isEqualTo(expected);
    // the second reading's null sensor, time and value are nulls to a generic reader too
    InternalRow secondCopy = second.copy();
    assertThat(secondCopy.numFields()).isEqualTo(6);
    for (int f = 2; f <= 4; f++) {
      assertThat(secondCopy.isNullAt(f)).as("field %d", f).isTrue();
      assertThat(second.get(f, DataTypes.LongType)).as("field %d", f).isNull();
    }
    assertThat(secondCopy.getInt(1)).isEqualTo(Quantity.AIR_TEMPERATURE.ordinal());
    assertThat(secondCopy.getInt(5)).isEqualTo(Quality.GOOD.ordinal());
    assertThat(secondCopy.getStruct(0, 1).isNullAt(0)).isTrue();
    assertThat(it.hasNext()).isFalse();
  }
}
