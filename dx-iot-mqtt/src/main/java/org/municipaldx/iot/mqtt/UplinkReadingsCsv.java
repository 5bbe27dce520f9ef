package org.municipaldx.iot.mqtt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.ingest.DeviceRegistry;
import org.municipaldx.iot.ingest.RegisteredDevice;
import org.municipaldx.iot.lpp.CayenneLpp;
import org.municipaldx.iot.lpp.LppFormatException;
import org.municipaldx.iot.lpp.LppValue;
import org.municipaldx.iot.lpp.TtsUplink;

/**
 * The decoded side of the archive: appends the readings of each uplink, at its registered place, to
 * a readings CSV ({@code sensor,location,time,quantity,value}, UTF-8, LF) that
 * {@code dx iot compliance --readings FILE} and {@link org.municipaldx.iot.ingest.ReadingsCsvReader}
 * read. The raw archive stays the record of what arrived; this file is a convenience that a replay
 * of the archive through {@code --uplinks … --registry …} reproduces.
 *
 * <p>Only what the readings reader accepts is written, so the file stays readable whole: an uplink
 * of a device not in the registry, on FPort 0, with a payload that is not Cayenne LPP or a value not
 * possible for its quantity, or received no later than the sensor's last written uplink (a copy the
 * broker delivered again after a restart, or one out of order) is not written, and counted in
 * {@link #skipped()} — it is still in the raw archive, where the report lists it. Opening an
 * existing file reads each sensor's last time from it, so a restart does not write a copy twice.
 * Not thread-safe (the subscriber calls it from Paho's one callback thread).
 */
public final class UplinkReadingsCsv implements AutoCloseable {
  static final String HEADER = "sensor,location,time,quantity,value\n";

  private final Path file;
  private final DeviceRegistry registry;
  private final FileChannel channel;
  private final Map<String, Instant> last = new HashMap<>();
  private long written;
  private long skipped;

  private UplinkReadingsCsv(Path file, DeviceRegistry registry, FileChannel channel) {
    this.file = file;
    this.registry = registry;
    this.channel = channel;
  }

  /**
   * Opens (creating it with its header, or appending to it) a readings file.
   *
   * @param file  the readings CSV, not null
   * @param registry  device → sensor, place and channel mapping, not null
   * @return the writer, never null
   * @throws IOException if the file cannot be read or opened
   * @throws IngestException if an existing file is not a readings file this class wrote (its
   *     header or a time cannot be read), located by line and column
   */
  public static UplinkReadingsCsv open(Path file, DeviceRegistry registry) throws IOException {
    Objects.requireNonNull(registry, "registry");
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Map<String, Instant> last = new HashMap<>();
    boolean empty = !Files.exists(file) || Files.size(file) == 0;
    if (!empty) {
      try (CsvSource src = CsvSource.open(file)) {
        boolean header = true;
        while (src.next()) {
          var r = src.record();
          if (header) {
            if (r.size() < 5 || !r.get(0).equals("sensor") || !r.get(2).equals("time")) {
              throw IngestException.of(org.municipaldx.ingest.Problem.of(r.location(),
                  "not a readings file written by the subscriber (header " + HEADER.strip() + ")"));
            }
            header = false;
            continue;
          }
          if (r.isBlank()) {
            continue;
          }
          try {
            last.merge(r.get(0), Instant.parse(r.get(2)), (a, b) -> a.isAfter(b) ? a : b);
          } catch (DateTimeParseException e) {
            throw IngestException.of(org.municipaldx.ingest.Problem.of(r.location(2), "time",
                "'" + r.get(2) + "' is not an instant (2024-06-01T00:00:00Z)"));
          }
        }
      }
    }
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
    UplinkReadingsCsv w = new UplinkReadingsCsv(file, registry, ch);
    w.last.putAll(last);
    if (empty) {
      w.append(HEADER);
    }
    return w;
  }

  /**
   * Appends an uplink's readings and forces them to disk, or skips the uplink (see the class comment).
   *
   * @param up  the uplink, not null
   * @return the readings written, 0 if skipped
   * @throws UncheckedIOException if the file cannot be written
   */
  public int write(TtsUplink up) {
    Optional<RegisteredDevice> d = registry.device(up.deviceId());
    if (d.isEmpty() || (up.fPort().isPresent() && up.fPort().getAsInt() == 0)) {
      skipped++;
      return 0;
    }
    String sensor = d.get().sensorId();
    Instant previous = last.get(sensor);
    if (previous != null && !up.receivedAt().isAfter(previous)) {
      skipped++;
      return 0;
    }
    List<LppValue> values;
    try {
      values = CayenneLpp.decode(up.payload());
    } catch (LppFormatException e) {
      skipped++;
      return 0;
    }
    StringBuilder sb = new StringBuilder();
    int n = 0;
    String location = quote(d.get().location().key());
    for (LppValue v : values) {
      Optional<Quantity> q = d.get().lppReadings().quantityOf(v);
      if (q.isEmpty()) {
        continue;
      }
      try {
        q.get().check(v.value());
      } catch (IllegalArgumentException e) {
        skipped++;
        return 0;
      }
      sb.append(quote(sensor)).append(',').append(location).append(',').append(up.receivedAt()).append(',')
          .append(q.get().name()).append(',').append(v.value().toPlainString()).append('\n');
      n++;
    }
    if (n == 0) {
      skipped++;
      return 0;
    }
    append(sb.toString());
    last.put(sensor, up.receivedAt());
    written += n;
    return n;
  }

  private void append(String text) {
    ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    try {
      while (b.hasRemaining()) {
        channel.write(b);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the readings file " + file, e);
    }
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** {@return the readings written since opened} */
  public long written() {
    return written;
  }

  /** {@return the uplinks not written since opened (see the class comment)} */
  public long skipped() {
    return skipped;
  }

  /** {@return the file} */
  public Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the readings file " + file, e);
    }
  }
}
