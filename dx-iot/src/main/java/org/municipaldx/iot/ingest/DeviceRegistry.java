package org.municipaldx.iot.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.ingest.TextEncoding;

/**
 * The devices of an LPWA application: device id → sensor, location (building, floor, room),
 * reporting interval and LPP channel → quantity, read from CSV or JSON.
 *
 * <p><b>CSV</b> (UTF-8 with or without BOM, or Windows-31J): one row per device and channel, header
 * names in English or Japanese, in any order: {@code device}/{@code デバイス} (required),
 * {@code sensor}/{@code センサー} (default: the device id), {@code building}/{@code 建物} (required),
 * {@code floor}/{@code 階}, {@code room}/{@code 部屋}, {@code interval_minutes}/{@code 送信間隔（分）},
 * {@code channel}/{@code チャンネル} and {@code quantity}/{@code 項目} (both or neither). Rows of the
 * same device must agree on sensor, place and interval.
 *
 * <p><b>JSON</b>: {@code {"devices": [{"device": "…", "sensor": "…", "building": "本庁舎",
 * "floor": "1F", "room": "市民課窓口", "intervalMinutes": 10, "channels": {"1": "temperature"}}]}}.
 *
 * <p>Every problem is collected with its line, column or JSON pointer; a file with any problem is
 * rejected whole ({@link RegistryFormatException}). Two sensors may share a location (their
 * readings report together). Immutable and thread-safe.
 */
public final class DeviceRegistry {
  private static final CsvMapper CSV = new CsvMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, RegisteredDevice> byDevice;

  private DeviceRegistry(Map<String, RegisteredDevice> byDevice) {
    this.byDevice = Collections.unmodifiableMap(byDevice);
  }

  /**
   * {@return the registry, never null}
   *
   * @param devices  the devices, with distinct device ids and sensor ids, not null
   * @throws IllegalArgumentException if a device id or sensor id repeats
   */
  public static DeviceRegistry of(Collection<RegisteredDevice> devices) {
    Map<String, RegisteredDevice> m = new LinkedHashMap<>();
    Map<String, String> sensors = new HashMap<>();
    for (RegisteredDevice d : devices) {
      if (m.put(d.deviceId(), d) != null) {
        throw new IllegalArgumentException("DeviceRegistry: device '" + d.deviceId() + "' is listed twice");
      }
      String other = sensors.put(d.sensorId(), d.deviceId());
      if (other != null) {
        throw new IllegalArgumentException("DeviceRegistry: sensor '" + d.sensorId() + "' is given to devices '"
            + other + "' and '" + d.deviceId() + "'");
      }
    }
    return new DeviceRegistry(m);
  }

  /**
   * Reads a registry file: JSON if its name ends in {@code .json}, else CSV.
   *
   * @param file  the file, not null
   * @return the registry, never null
   * @throws RegistryFormatException listing every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static DeviceRegistry read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Device registry " + file + ": cannot be read: " + e.getMessage(), e);
    }
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".json") ? readJson(bytes, name) : readCsv(bytes, name);
  }

  /** {@return the devices in file order, never null} */
  public Collection<RegisteredDevice> devices() {
    return byDevice.values();
  }

  /**
   * {@return the device, if registered}
   *
   * @param deviceId  the network server's device id, not null
   */
  public Optional<RegisteredDevice> device(String deviceId) {
    return Optional.ofNullable(byDevice.get(deviceId));
  }

  /** {@return the number of distinct locations ({@link Location#key()}) of the devices} */
  public int places() {
    return (int) byDevice.values().stream().map(d -> d.location().key()).distinct().count();
  }

  // ---------------------------------------------------------------- CSV

  private enum Col {
    DEVICE("device", "デバイス", "device_id", "デバイスid"),
    SENSOR("sensor", "センサー", "sensor_id", "センサーid"),
    BUILDING("building", "建物", "施設", "facility"),
    FLOOR("floor", "階"),
    ROOM("room", "部屋", "zone", "場所"),
    INTERVAL("interval_minutes", "送信間隔(分)", "interval"),
    CHANNEL("channel", "チャンネル", "ch"),
    QUANTITY("quantity", "項目");

    final List<String> names;

    Col(String... names) {
      this.names = List.of(names);
    }

    static Optional<Col> of(String header) {
      String h = java.text.Normalizer.normalize(header, java.text.Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
      for (Col c : values()) {
        if (c.names.contains(h)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Reads a CSV registry.
   *
   * @param bytes  the file's bytes, not null
   * @param source  the name for messages, not null
   * @return the registry, never null
   * @throws RegistryFormatException listing every problem
   */
  public static DeviceRegistry readCsv(byte[] bytes, String source) {
    String text = TextEncoding.decode(bytes, Optional.empty(), source);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<RegistryError> errors = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (CsvParser p = CSV.getFactory().createParser(text)) {
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      p.setSchema(CsvSchema.emptySchema());
      int depth = 0;
      List<String> current = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 2) {
            current = new ArrayList<>();
            lines.add(0L);
          }
        } else if (t == JsonToken.END_ARRAY) {
          if (depth == 2 && !current.stream().allMatch(String::isBlank)) {
            rows.add(current);
          } else if (depth == 2) {
            lines.remove(lines.size() - 1);
          }
          depth--;
        } else if (depth == 2) {
          if (current.isEmpty()) {
            // the line of a record is that of its first field (the array start is reported earlier)
            lines.set(lines.size() - 1, (long) Math.max(1, p.currentTokenLocation().getLineNr()));
          }
          current.add(p.getText());
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      errors.add(new RegistryError(l == null ? 1 : Math.max(1, l.getLineNr()), 0, "", "",
          "malformed CSV: " + e.getOriginalMessage()));
      throw new RegistryFormatException(source, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rows.isEmpty()) {
      throw new RegistryFormatException(source, List.of(new RegistryError(1, 0, "", "", "no header row")));
    }
    Map<Col, Integer> index = new LinkedHashMap<>();
    List<String> header = rows.get(0);
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip();
      if (h.isEmpty()) {
        continue;
      }
      Optional<Col> c = Col.of(h);
      if (c.isEmpty()) {
        errors.add(new RegistryError(lines.get(0), i + 1, "", h, "unknown column '" + h + "'; expected device/デバイス, "
            + "sensor/センサー, building/建物, floor/階, room/部屋, interval_minutes/送信間隔（分）, channel/チャンネル, quantity/項目"));
      } else if (index.putIfAbsent(c.get(), i) != null) {
        errors.add(new RegistryError(lines.get(0), i + 1, "", h, "column " + c.get().names.get(0) + " is given twice"));
      }
    }
    for (Col required : List.of(Col.DEVICE, Col.BUILDING)) {
      if (!index.containsKey(required)) {
        errors.add(new RegistryError(lines.get(0), 0, "", required.names.get(0), "required column "
            + required.names.get(0) + "/" + required.names.get(1) + " is missing"));
      }
    }
    if (index.containsKey(Col.CHANNEL) != index.containsKey(Col.QUANTITY)) {
      errors.add(new RegistryError(lines.get(0), 0, "", "channel/quantity", "columns channel and quantity go together"));
    }
    if (!errors.isEmpty()) {
      throw new RegistryFormatException(source, errors);
    }
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      long line = lines.get(r);
      Cell cell = (c) -> {
        Integer i = index.get(c);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
      };
      String device = cell.get(Col.DEVICE);
      if (device.isEmpty()) {
        errors.add(new RegistryError(line, index.get(Col.DEVICE) + 1, "", "device", "device id is empty"));
        continue;
      }
      Draft d = new Draft(line);
      d.sensor = cell.get(Col.SENSOR).isEmpty() ? device : cell.get(Col.SENSOR);
      d.building = cell.get(Col.BUILDING);
      d.floor = cell.get(Col.FLOOR);
      d.room = cell.get(Col.ROOM);
      String interval = cell.get(Col.INTERVAL);
      if (!interval.isEmpty()) {
        try {
          long minutes = Long.parseLong(java.text.Normalizer.normalize(interval, java.text.Normalizer.Form.NFKC));
          if (minutes <= 0) {
            throw new NumberFormatException();
          }
          d.interval = Duration.ofMinutes(minutes);
        } catch (NumberFormatException e) {
          errors.add(new RegistryError(line, index.get(Col.INTERVAL) + 1, "", "interval_minutes",
              "'" + interval + "' is not a positive whole number of minutes"));
        }
      }
      if (index.containsKey(Col.CHANNEL)) {
        String ch = cell.get(Col.CHANNEL);
        String q = cell.get(Col.QUANTITY);
        if (!ch.isEmpty() || !q.isEmpty()) {
          Integer channel = channel(ch);
          if (channel == null) {
            errors.add(new RegistryError(line, index.get(Col.CHANNEL) + 1, "", "channel",
                "'" + ch + "' is not a channel from 0 to 255"));
          }
          Optional<Quantity> quantity = QuantityNames.find(q);
          if (quantity.isEmpty()) {
            errors.add(new RegistryError(line, index.get(Col.QUANTITY) + 1, "", "quantity",
                "unknown quantity '" + q + "'; expected one of " + QuantityNames.accepted()));
          }
          if (channel != null && quantity.isPresent()) {
            d.channels.put(channel, quantity.get());
          }
        }
      }
      Draft prev = drafts.get(device);
      if (prev == null) {
        drafts.put(device, d);
      } else if (!prev.samePlace(d)) {
        errors.add(new RegistryError(line, 0, "", "device", "device '" + device + "' has a different sensor, place or "
            + "interval than on line " + prev.line));
      } else {
        for (Map.Entry<Integer, Quantity> e : d.channels.entrySet()) {
          Quantity before = prev.channels.putIfAbsent(e.getKey(), e.getValue());
          if (before != null && before != e.getValue()) {
            errors.add(new RegistryError(line, index.get(Col.CHANNEL) + 1, "", "channel", "channel " + e.getKey()
                + " of device '" + device + "' is already " + before));
          }
        }
      }
    }
    return build(source, drafts, errors);
  }

  @FunctionalInterface
  private interface Cell {
    String get(Col c);
  }

  private static Integer channel(String text) {
    try {
      int c = Integer.parseInt(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip());
      return c >= 0 && c <= 255 ? c : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static final class Draft {
    final long line;
    String pointer = "";
    String sensor;
    String building;
    String floor;
    String room;
    Duration interval;
    final Map<Integer, Quantity> channels = new TreeMap<>();

    Draft(long line) {
      this.line = line;
    }

    boolean samePlace(Draft o) {
      return sensor.equals(o.sensor) && building.equals(o.building) && floor.equals(o.floor) && room.equals(o.room)
          && Objects.equals(interval, o.interval);
    }
  }

  private static DeviceRegistry build(String source, Map<String, Draft> drafts, List<RegistryError> errors) {
    List<RegisteredDevice> devices = new ArrayList<>();
    Map<String, String> sensors = new HashMap<>();
    for (Map.Entry<String, Draft> e : drafts.entrySet()) {
      Draft d = e.getValue();
      try {
        Location.Builder lb = Location.builder().facility(d.building);
        if (!d.floor.isEmpty()) {
          lb.floor(d.floor);
        }
        if (!d.room.isEmpty()) {
          lb.zone(d.room);
        }
        RegisteredDevice rd = new RegisteredDevice(e.getKey(), d.sensor, lb.build(), Optional.ofNullable(d.interval),
            d.channels);
        String other = sensors.putIfAbsent(rd.sensorId(), rd.deviceId());
        if (other != null) {
          errors.add(new RegistryError(d.line, 0, d.pointer, "sensor", "sensor '" + rd.sensorId()
              + "' is already given to device '" + other + "'"));
        }
        devices.add(rd);
      } catch (IllegalArgumentException ex) {
        errors.add(new RegistryError(d.line, 0, d.pointer, "", ex.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new RegistryFormatException(source, errors);
    }
    if (devices.isEmpty()) {
      throw new RegistryFormatException(source, List.of(new RegistryError(0, 0, "", "", "no devices")));
    }
    return of(devices);
  }

  // ---------------------------------------------------------------- JSON

  /**
   * Reads a JSON registry.
   *
   * @param bytes  the file's bytes (UTF-8), not null
   * @param source  the name for messages, not null
   * @return the registry, never null
   * @throws RegistryFormatException listing every problem
   */
  public static DeviceRegistry readJson(byte[] bytes, String source) {
    List<RegistryError> errors = new ArrayList<>();
    JsonNode root;
    try (JsonParser p = JSON.getFactory().createParser(bytes)) {
      root = JSON.readTree(p);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new RegistryFormatException(source, List.of(new RegistryError(l == null ? 0 : Math.max(1, l.getLineNr()),
          l == null ? 0 : Math.max(0, l.getColumnNr()), "", "", "not JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode list = root == null ? null : root.get("devices");
    if (list == null || !list.isArray()) {
      throw new RegistryFormatException(source, List.of(new RegistryError(0, 0, "/devices", "devices",
          "must be an array of devices")));
    }
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "/devices/" + i;
      JsonNode n = list.get(i);
      if (!n.isObject()) {
        errors.add(new RegistryError(0, 0, at, "", "must be an object"));
        continue;
      }
      for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
        String f = it.next();
        if (!List.of("device", "sensor", "building", "floor", "room", "intervalMinutes", "channels").contains(f)) {
          errors.add(new RegistryError(0, 0, at + "/" + f, f, "unknown member; expected device, sensor, building, floor, "
              + "room, intervalMinutes, channels"));
        }
      }
      String device = text(n, "device", at, errors, true);
      Draft d = new Draft(0);
      d.pointer = at;
      d.sensor = text(n, "sensor", at, errors, false);
      d.building = text(n, "building", at, errors, true);
      d.floor = text(n, "floor", at, errors, false);
      d.room = text(n, "room", at, errors, false);
      if (d.sensor.isEmpty()) {
        d.sensor = device;
      }
      JsonNode iv = n.get("intervalMinutes");
      if (iv != null && !iv.isNull()) {
        if (!iv.isIntegralNumber() || !iv.canConvertToLong() || iv.longValue() <= 0) {
          errors.add(new RegistryError(0, 0, at + "/intervalMinutes", "intervalMinutes",
              "must be a positive whole number of minutes (was '" + iv + "')"));
        } else {
          d.interval = Duration.ofMinutes(iv.longValue());
        }
      }
      JsonNode ch = n.get("channels");
      if (ch != null && !ch.isNull()) {
        if (!ch.isObject()) {
          errors.add(new RegistryError(0, 0, at + "/channels", "channels", "must be an object of channel → quantity"));
        } else {
          for (Iterator<Map.Entry<String, JsonNode>> it = ch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String cp = at + "/channels/" + e.getKey();
            Integer c = channel(e.getKey());
            Optional<Quantity> q = e.getValue().isTextual() ? QuantityNames.find(e.getValue().textValue()) : Optional.empty();
            if (c == null) {
              errors.add(new RegistryError(0, 0, cp, "channels", "'" + e.getKey() + "' is not a channel from 0 to 255"));
            }
            if (q.isEmpty()) {
              errors.add(new RegistryError(0, 0, cp, "channels", "unknown quantity " + e.getValue()
                  + "; expected one of " + QuantityNames.accepted()));
            }
            if (c != null && q.isPresent()) {
              d.channels.put(c, q.get());
            }
          }
        }
      }
      if (!device.isEmpty() && drafts.putIfAbsent(device, d) != null) {
        errors.add(new RegistryError(0, 0, at + "/device", "device", "device '" + device + "' is listed twice"));
      }
    }
    return build(source, drafts, errors);
  }

  private static String text(JsonNode n, String field, String at, List<RegistryError> errors, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        errors.add(new RegistryError(0, 0, at + "/" + field, field, "is required"));
      }
      return "";
    }
    if (!v.isTextual()) {
      errors.add(new RegistryError(0, 0, at + "/" + field, field, "must be a string (was '" + v + "')"));
      return "";
    }
    if (required && v.textValue().isBlank()) {
      errors.add(new RegistryError(0, 0, at + "/" + field, field, "must not be blank"));
    }
    return v.textValue().strip();
  }
}
