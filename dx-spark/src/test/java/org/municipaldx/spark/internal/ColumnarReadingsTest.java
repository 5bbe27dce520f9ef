package org.municipaldx.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import org.municipaldx.iot.Quality;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.Standards;

/**
 * The columnar input of the partial day stage ({@link ColumnarReadings}, issue 15j), without a Spark job: the same
 * readings as column batches — dictionary-encoded (as Parquet's vectorised reader hands them over, each batch with
 * its own dictionary whose ids mean other values than the previous batch's) or plain (as a cached table's) — give
 * {@link PartialDayScan} exactly the partials of the row path's projected rows; an unknown or null quantity, an
 * unknown quality, a null sensor id or time are refused with the row path's messages.
 */
class ColumnarReadingsTest {
  static final StructType KEY = new StructType().add("location", DataTypes.StringType);
  static final StructType TWO_KEYS = new StructType().add("municipality", DataTypes.StringType)
      .add("location", DataTypes.StringType);
  static final long MIDNIGHT = ComplianceKernelsTest.APRIL_FIRST;
  static final long HOUR = ComplianceKernelsTest.HOUR;

  /** One reading as the input columns: keys, quantity, sensor id, time, value, quality (null: good). */
  record In(String[] keys, String quantity, String sensor, Long micros, Long unscaled, String quality) {}

  /** The row path's projected row of a reading: the key struct and the ordinals its projection computes. */
  static InternalRow row(In r) {
    Object[] key = new Object[r.keys().length];
    for (int i = 0; i < key.length; i++) {
      key[i] = r.keys()[i] == null ? null : UTF8String.fromString(r.keys()[i]);
    }
    return new GenericInternalRow(new Object[] {new GenericInternalRow(key), Quantity.valueOf(r.quantity()).ordinal(),
        r.sensor() == null ? null : UTF8String.fromString(r.sensor()), r.micros(), r.unscaled(),
        r.quality() == null ? Quality.GOOD.ordinal() : Quality.valueOf(r.quality()).ordinal()});
  }

  /** A string vector, dictionary-encoded with the distinct values in an order of the seed, or plain. */
  static ColumnVector strings(List<String> values, boolean dictionary, long seed) {
    OnHeapColumnVector v = new OnHeapColumnVector(values.size(), DataTypes.StringType);
    if (!dictionary) {
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) == null) {
          v.putNull(i);
        } else {
          v.putByteArray(i, values.get(i).getBytes(StandardCharsets.UTF_8));
        }
      }
      return v;
    }
    List<String> distinct = new ArrayList<>(new LinkedHashMap<String, Boolean>() {
      {
        values.forEach(x -> put(x, true));
      }
    }.keySet());
    distinct.remove(null);
    java.util.Collections.shuffle(distinct, new Random(seed));
    v.setDictionary(ColumnarReadingsCachesTest.dictionaryOf(distinct));
    OnHeapColumnVector ids = (OnHeapColumnVector) v.reserveDictionaryIds(values.size());
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        v.putNull(i);
      } else {
        ids.putInt(i, distinct.indexOf(values.get(i)));
      }
    }
    return v;
  }

  static ColumnVector longs(List<Long> values, boolean timestamp) {
    OnHeapColumnVector v = new OnHeapColumnVector(values.size(), timestamp ? DataTypes.TimestampType
        : DataTypes.LongType);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        v.putNull(i);
      } else {
        v.putLong(i, values.get(i));
      }
    }
    return v;
  }

  /**
   * The readings as batches of {@code size} rows, columns in the order quality, value, time, sensor, quantity, keys
   * (not the selection's, so that the ordinals matter); batch b dictionary-encoded where {@code dictionary[b % n]}.
   */
  static List<ColumnarBatch> batches(List<In> in, int size, boolean... dictionary) {
    List<ColumnarBatch> out = new ArrayList<>();
    int keys = in.get(0).keys().length;
    for (int from = 0, b = 0; from < in.size(); from += size, b++) {
      List<In> part = in.subList(from, Math.min(in.size(), from + size));
      boolean d = dictionary[b % dictionary.length];
      ColumnVector[] columns = new ColumnVector[5 + keys];
      columns[0] = strings(part.stream().map(In::quality).toList(), d, b);
      columns[1] = longs(part.stream().map(In::unscaled).toList(), false);
      columns[2] = longs(part.stream().map(In::micros).toList(), true);
      columns[3] = strings(part.stream().map(In::sensor).toList(), d, b + 1);
      columns[4] = strings(part.stream().map(In::quantity).toList(), d, b + 2);
      for (int k = 0; k < keys; k++) {
        int kk = k;
        columns[5 + k] = strings(part.stream().map(x -> x.keys()[kk]).toList(), d, b + 3 + k);
      }
      ColumnarBatch batch = new ColumnarBatch(columns);
      batch.setNumRows(part.size());
      out.add(batch);
    }
    return out;
  }

  static int[] ordinals(int keys) {
    int[] o = new int[keys + 5];
    for (int k = 0; k < keys; k++) {
      o[k] = 5 + k;
    }
    o[keys] = 4; // quantity
    o[keys + 1] = 3; // sensor
    o[keys + 2] = 2; // time
    o[keys + 3] = 1; // value
    o[keys + 4] = 0; // quality
    return o;
  }

  static PartialDayScan scan(StructType key, int cap) {
    return new PartialDayScan(Standards.BUILDING_HYGIENE, ComplianceReport.JAPAN, key, cap);
  }

  static List<Row> sorted(Iterator<InternalRow> it, StructType key) {
    List<Row> out = new ArrayList<>();
    it.forEachRemaining(r -> out.add(PartialDayScanTest.external(r, PartialDayScan.output(key.fields()))));
    out.sort((a, b) -> a.toString().compareTo(b.toString()));
    return out;
  }

  /** Readings of a few places, sensors and quantities over two days in Japan, in place order with some disorder. */
  static List<In> readings(long seed, int keys) {
    Random r = new Random(seed);
    List<In> out = new ArrayList<>();
    String[] quantities = {"AIR_TEMPERATURE", "CO2", "RELATIVE_HUMIDITY"};
    for (int place = 0; place < 4; place++) {
      for (int sensor = 0; sensor < 3; sensor++) {
        for (int slot = 0; slot < 60; slot++) {
          String q = quantities[(slot + sensor) % 3];
          long v = switch (q) {
            case "AIR_TEMPERATURE" -> 1500 + r.nextInt(1500);
            case "CO2" -> 450 + r.nextInt(800);
            default -> 300 + r.nextInt(450);
          };
          long t = MIDNIGHT - 6 * HOUR + slot * HOUR / 2 + (r.nextInt(5) == 0 ? -r.nextInt(4) * HOUR : 0);
          String quality = r.nextInt(12) == 0 ? "INVALID" : r.nextInt(12) == 0 ? "SUSPECT" : null;
          String[] key = keys == 1 ? new String[] {"place-" + place}
              : new String[] {"m-" + place / 2, place % 3 == 0 ? null : "place-" + place};
          out.add(new In(key, q, "s-" + place + "-" + sensor, t, v, quality));
        }
      }
    }
    return out;
  }

  @Test
  void batchesWithOrWithoutDictionariesGiveTheRowPathsPartials() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      List<In> in = readings(seed, 1);
      List<Row> rows = sorted(scan(KEY, 1 << 20).call(in.stream().map(ColumnarReadingsTest::row).iterator()), KEY);
      assertThat(rows).as("partials: every place, quantity and day").hasSizeGreaterThan(12);
      for (boolean[] dictionaries : new boolean[][] {{true}, {false}, {true, false}, {false, true, true}}) {
        for (int size : new int[] {1, 7, 100, in.size()}) {
          List<Row> columnar = sorted(scan(KEY, 1 << 20).overBatches(ordinals(1))
              .call(batches(in, size, dictionaries).iterator()), KEY);
          assertThat(columnar).as("seed %d, batches of %d, dictionaries %s", seed, size,
              java.util.Arrays.toString(dictionaries)).isEqualTo(rows);
        }
      }
      // past the cap the partition emits what it holds: the same, too
      assertThat(sorted(scan(KEY, 50).overBatches(ordinals(1)).call(batches(in, 64, true, false).iterator()), KEY))
          .isEqualTo(sorted(scan(KEY, 50).call(in.stream().map(ColumnarReadingsTest::row).iterator()), KEY));
    }
  }

  @Test
  void twoKeyColumnsWithNullsAreComparedByTheirValues() throws Exception {
    List<In> in = readings(5, 2);
    List<Row> rows = sorted(scan(TWO_KEYS, 1 << 20).call(in.stream().map(ColumnarReadingsTest::row).iterator()),
        TWO_KEYS);
    assertThat(rows).anySatisfy(r -> assertThat(r.isNullAt(1)).as("a null key value").isTrue());
    for (boolean d : new boolean[] {true, false}) {
      assertThat(sorted(scan(TWO_KEYS, 1 << 20).overBatches(ordinals(2)).call(batches(in, 33, d).iterator()),
          TWO_KEYS)).as("dictionaries %s", d).isEqualTo(rows);
    }
  }

  @Test
  void aNullKeyWithADictionaryIsItsOwnKeyNotTheKeyOfAnId() throws Exception {
    // a null's dictionary id is whatever the vector holds (0 here): it must not stand for the value of id 0
    List<In> in = new ArrayList<>();
    for (In r : readings(9, 1)) {
      in.add(r.keys()[0].equals("place-1") ? new In(new String[] {null}, r.quantity(), r.sensor(), r.micros(),
          r.unscaled(), r.quality()) : r);
    }
    List<Row> rows = sorted(scan(KEY, 1 << 20).call(in.stream().map(ColumnarReadingsTest::row).iterator()), KEY);
    assertThat(rows).anySatisfy(r -> assertThat(r.isNullAt(0)).isTrue());
    assertThat(sorted(scan(KEY, 1 << 20).overBatches(ordinals(1)).call(batches(in, 50, true).iterator()), KEY))
        .isEqualTo(rows);
  }

  static void refused(In bad, String message) {
    for (boolean d : new boolean[] {true, false}) {
      List<In> in = List.of(new In(new String[] {"hall"}, "CO2", "s-1", MIDNIGHT, 800L, null), bad);
      assertThatThrownBy(() -> scan(KEY, 1 << 20).overBatches(ordinals(1)).call(batches(in, 2, d).iterator()))
          .as("dictionaries %s", d).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
  }

  @Test
  void badFieldsAreRefusedWithTheRowPathsMessages() {
    String[] hall = {"hall"};
    refused(new In(hall, "NOISE", "s-1", MIDNIGHT, 1L, null), "dx_compliance_day.quantity: unknown quantity (was 'NOISE')");
    refused(new In(hall, null, "s-1", MIDNIGHT, 1L, null), "dx_compliance_day.quantity: must not be null (was 'null')");
    refused(new In(hall, "CO2", "s-1", MIDNIGHT, 1L, "BAD"), "dx_compliance_day.quality: unknown quality (was 'BAD')");
    refused(new In(hall, "CO2", null, MIDNIGHT, 1L, null), "dx_compliance_day.sensorId: must not be null (was 'null')");
    refused(new In(hall, "CO2", "s-1", null, 1L, null),
        "dx_compliance_day.observedAtMicros: must not be null (was 'null')");
    refused(new In(hall, "CO2", "s-1", MIDNIGHT, null, null), "dx_compliance_day.unscaled: must not be null (was 'null')");
    // the quantity is checked before the time, as the row path's projection does
    refused(new In(hall, "NOISE", "s-1", null, 1L, null), "dx_compliance_day.quantity: unknown quantity (was 'NOISE')");
  }

  @Test
  void anEmptyPartitionGivesNoPartials() throws Exception {
    assertThat(scan(KEY, 16).overBatches(ordinals(1)).call(List.<ColumnarBatch>of().iterator()).hasNext()).isFalse();
    ColumnarBatch empty = batches(readings(1, 1), 1, false).get(0);
    empty.setNumRows(0);
    Iterator<InternalRow> it = new ColumnarReadings(List.of(empty).iterator(), new int[] {5}, 4, 3, 2, 1, 0);
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
  }
}
