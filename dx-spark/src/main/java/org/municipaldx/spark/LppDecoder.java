package org.municipaldx.spark;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.municipaldx.iot.Reading;
import org.municipaldx.iot.aggregate.ReadingColumns;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppFormatException;
import org.municipaldx.iot.lpp.LppReadings;
import org.municipaldx.iot.lpp.LppValue;
import org.municipaldx.spark.internal.ComplianceKernel;
import org.municipaldx.spark.internal.Rows;

/**
 * The Spark function {@code dx_decode_lpp(payload, encoding, sensorId, observedAtMicros)}: decodes a
 * Cayenne LPP payload given as {@code 'hex'} or {@code 'base64'} text with the library's strict
 * decoder ({@link CayenneLpp}) and maps its records to readings by type ({@link LppReadings#byType()}).
 *
 * <p>It never fails the job on a bad payload: the result {@link #OUTPUT} holds either the readings
 * and a null {@code error}, or no readings and the error — the decoder's reason
 * ({@link LppFormatException.Reason}: UNKNOWN_TYPE, TRUNCATED_HEADER, TRUNCATED_VALUE,
 * MALFORMED_TEXT), byte offset (character index for MALFORMED_TEXT), type byte and message; or
 * INVALID_READING (a decoded value impossible for its quantity, or a bad sensor id), MISSING (a
 * null payload, sensor id or time) or UNKNOWN_ENCODING. A payload is never half-applied. Immutable
 * and thread-safe.
 */
public final class LppDecoder implements UDF4<String, String, String, Long, Row> {
  private static final long serialVersionUID = 1L;
  static final String NAME = "dx_decode_lpp";

  /** One reading of a payload. */
  public static final StructType READING = new StructType()
      .add("channel", DataTypes.IntegerType, false)
      .add("quantity", DataTypes.StringType, false)
      .add("value", DataTypes.createDecimalType(20, 3), false)
      .add("unscaled", DataTypes.LongType, false);

  /** Why a payload was rejected. */
  public static final StructType ERROR = new StructType()
      .add("reason", DataTypes.StringType, false)
      .add("offset", DataTypes.IntegerType, true)
      .add("typeByte", DataTypes.IntegerType, true)
      .add("message", DataTypes.StringType, false);

  /** The result: readings, or the error. */
  public static final StructType OUTPUT = new StructType()
      .add("readings", DataTypes.createArrayType(READING, false), false)
      .add("error", ERROR, true);

  private static final LppReadings MAPPING = LppReadings.byType();

  @Override
  public Row call(String payload, String encoding, String sensorId, Long observedAtMicros) {
    if (payload == null || sensorId == null || observedAtMicros == null) {
      return error("MISSING", null, null, NAME + ": payload, sensorId and observedAt must not be null");
    }
    List<LppValue> values;
    try {
      String e = encoding == null ? "" : encoding.toLowerCase(Locale.ROOT);
      if (e.equals("hex")) {
        values = CayenneLpp.decodeHex(payload);
      } else if (e.equals("base64")) {
        values = CayenneLpp.decodeBase64(payload);
      } else {
        return error("UNKNOWN_ENCODING", null, null, NAME + ".encoding: must be 'hex' or 'base64' (was '" + encoding
            + "')");
      }
    } catch (LppFormatException e) {
      return error(e.reason().name(), e.offset(), e.typeByte().isPresent() ? e.typeByte().getAsInt() : null,
          e.getMessage());
    }
    Instant at = ComplianceKernel.instant(observedAtMicros);
    List<Row> out = new ArrayList<>();
    try {
      List<Reading> readings = MAPPING.toReadings(sensorId, at, values);
      int k = 0;
      for (LppValue v : values) {
        if (MAPPING.quantityOf(v).isPresent()) {
          Reading r = readings.get(k++);
          BigDecimal value = r.value();
          long unscaled = ReadingColumns.toUnscaled(r.quantity(), value); // column scale ≤ 3
          out.add(RowFactory.create(v.channel(), r.quantity().name(), value.setScale(3), unscaled));
        }
      }
    } catch (IllegalArgumentException e) {
      return error("INVALID_READING", null, null, e.getMessage());
    }
    return RowFactory.create(Rows.seq(out), null);
  }

  private static Row error(String reason, Integer offset, Integer typeByte, String message) {
    return RowFactory.create(Rows.seq(List.of()), RowFactory.create(reason, offset, typeByte, message));
  }
}
