package org.municipaldx.iot.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.municipaldx.ingest.ExcelCsvWriter;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.standard.CompliancePeriod;

/**
 * A {@link SpanSink} that writes every span, streamed as it comes, as one CSV record (dx-ingest's
 * {@link ExcelCsvWriter}: UTF-8 with BOM, CRLF, safe against formula injection), so that a table
 * that lists only some spans per row loses none. Columns ({@link #HEADER}): location key, period,
 * quantity (English name), sensor, limit (as {@link org.municipaldx.iot.standard.Limit#describe()}),
 * {@code above} or {@code below}, start and end (ISO 8601 local date-time with offset in the
 * writer's zone), duration in seconds, readings in the span, the worst value (a daily span: the
 * day's mean) in the quantity's unit, and the day judged (daily-average spans only). Records come
 * in the order of {@link SpanSink}. Not thread-safe.
 */
public final class SpansCsvWriter implements SpanSink, AutoCloseable {
  /** The header record. */
  public static final List<String> HEADER = List.of("location", "period", "quantity", "sensor", "limit", "side", "start",
      "end", "duration_s", "readings", "worst", "unit", "day");

  private final ExcelCsvWriter out;
  private final ZoneId zone;
  private long spans;

  private SpansCsvWriter(OutputStream out, ZoneId zone) {
    this.out = ExcelCsvWriter.open(out);
    this.zone = zone;
    this.out.writeRecord(HEADER);
  }

  /**
   * {@return a writer of a new file (replaced if it exists) with its header written, never null}
   *
   * @param file  the file, not null
   * @param zone  the zone times are written in, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static SpansCsvWriter create(Path file, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    try {
      return new SpansCsvWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), zone);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write", e);
    }
  }

  /**
   * {@return a writer to the stream with its header written, never null}
   *
   * @param out  the output, not null; closed when this writer is closed
   * @param zone  the zone times are written in, not null
   */
  public static SpansCsvWriter create(OutputStream out, ZoneId zone) {
    return new SpansCsvWriter(Objects.requireNonNull(out, "out"), Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public void span(Location location, CompliancePeriod period, Quantity quantity, Span span) {
    out.writeRecord(Arrays.asList(location.key(), period.toString(), quantity.englishName(), span.sensorId(),
        span.limit().describe(), span.above() ? "above" : "below", time(span.start()), time(span.end()),
        seconds(span.duration().toMillis()), span.readings(), span.worst(), quantity.unit(),
        span.day().map(Object::toString).orElse(null)));
    spans++;
  }

  /** {@return the spans written} */
  public long spans() {
    return spans;
  }

  private String time(Instant t) {
    return t.atZone(zone).toOffsetDateTime().toString();
  }

  private static BigDecimal seconds(long millis) {
    BigDecimal s = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * Flushes and closes the output.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    out.close();
  }
}
