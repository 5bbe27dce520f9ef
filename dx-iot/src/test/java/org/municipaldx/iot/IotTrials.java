package org.municipaldx.iot;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.municipaldx.iot.lpp.LppType;
import org.municipaldx.iot.lpp.LppValue;

/**
 * dx-iot's generators (Americium {@link Trials}) in one place: strings, lists, byte payloads and
 * Cayenne LPP values. Americium shrinks a failing case and prints it with the recipe that reproduces it
 * ({@code .withRecipe(recipe)} or {@code -Dtrials.recipeHash=…}).
 */
public final class IotTrials {
  /** The one entry point to Americium's generators. */
  public static final TrialsApi API = Trials.api();

  private IotTrials() {}

  /** Strings of {@code min} to {@code max} characters drawn from {@code chars}. */
  public static Trials<String> strings(String chars, int min, int max) {
    List<Character> alphabet = chars.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
    return API.integers(min, max).flatMap(n -> API.choose(alphabet).immutableListsOfSize(n))
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** Strings of at most {@code max} characters of any kind (any UTF-16 code unit). */
  public static Trials<String> anyStrings(int max) {
    return API.integers(0, max).flatMap(n -> API.characters().immutableListsOfSize(n))
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** Lists of at most {@code max} elements. */
  public static <T> Trials<List<T>> listsUpTo(Trials<T> elements, int max) {
    return API.integers(0, max).flatMap(n -> elements.immutableListsOfSize(n).map(l -> (List<T>) l));
  }

  /** Byte arrays of at most {@code max} bytes. */
  public static Trials<byte[]> bytesUpTo(int max) {
    return listsUpTo(API.bytes(), max).map(l -> {
      byte[] out = new byte[l.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = l.get(i);
      }
      return out;
    });
  }

  /** Cayenne LPP values of every type, channel 0–255, every field anywhere in its range. */
  public static Trials<LppValue> lppValues() {
    return API.choose(LppType.values()).flatMap(type -> {
      List<Trials<Long>> raws = new ArrayList<>();
      for (LppType.Field f : type.fields()) {
        raws.add(API.longs(f.minRaw(), f.maxRaw()));
      }
      return API.integers(0, 255).flatMap(c -> API.immutableLists(raws)
          .map(l -> LppValue.ofRaw(c, type, l.stream().mapToLong(Long::longValue).toArray())));
    });
  }

  /** Frames of up to 8 values. */
  public static Trials<List<LppValue>> lppFrames() {
    return listsUpTo(lppValues(), 8);
  }
  // ---- the JSON types (issue 14 part 6: SchemaReaderAgreementTest)

  private static Trials<String> text() {
    return strings("本庁舎市民課窓口会議室 ABCxyz・（）3F", 1, 12).filter(t -> !t.isBlank());
  }

  /** Locations: a facility, and optionally a floor and a zone (texts without '/'), and coordinates. */
  public static Trials<Location> locations() {
    return text().flatMap(facility -> text().optionals().flatMap(floor -> text().optionals().flatMap(zone ->
        API.integers(-90_0000, 90_0000).flatMap(lat -> API.integers(-180_0000, 180_0000).optionals().map(lon -> {
          Location.Builder b = Location.builder().facility(facility);
          floor.ifPresent(b::floor);
          zone.ifPresent(b::zone);
          lon.ifPresent(l -> b.coordinates(Coordinates.of(java.math.BigDecimal.valueOf(lat, 4),
              java.math.BigDecimal.valueOf(l, 4))));
          return b.build();
        })))));
  }

  private static Trials<String> deviceIds() {
    return strings("abcXYZ0123456789._:-", 1, 16).filter(Sensor::isValidId);
  }

  /** Sensors of every kind and network, with one to three quantities and a positive reporting interval. */
  public static Trials<Sensor> sensors() {
    return deviceIds().flatMap(id -> API.choose(SensorKind.values()).flatMap(kind -> API.choose(Network.values())
        .flatMap(network -> listsUpTo(API.choose(Quantity.values()), 2).flatMap(more -> API.choose(Quantity.values())
            .flatMap(first -> locations().flatMap(location -> API.integers(1, 1440).flatMap(minutes ->
                strings("abcdefghijklmnopqrstuvwxyz0123456789-", 1, 10)
                    .filter(org.municipaldx.core.Ids::isModelId).optionals().flatMap(department ->
                        deviceIds().optionals().map(deviceId -> {
                          Sensor.Builder b = Sensor.builder().id(id).kind(kind).network(network).addQuantities(first)
                              .addAllQuantities(more).location(location)
                              .owner(org.municipaldx.core.MunicipalityCode.parse("072036"))
                              .reportingInterval(java.time.Duration.ofMinutes(minutes));
                          department.ifPresent(b::department);
                          deviceId.ifPresent(b::deviceId);
                          return b.build();
                        })))))))));
  }

  /** Readings of every quantity with a value in its range, at an instant from 2000 to 2100, of any quality. */
  public static Trials<Reading> readings() {
    return deviceIds().flatMap(id -> API.choose(Quantity.values()).flatMap(q -> API.integers(0, 1_000_000)
        .flatMap(v -> API.longs(946_684_800L, 4_102_444_800L).flatMap(seconds -> API.choose(Quality.values())
            .map(quality -> {
              java.math.BigDecimal value = java.math.BigDecimal.valueOf(v, q.columnScale());
              if (q == Quantity.RELATIVE_HUMIDITY) {
                value = java.math.BigDecimal.valueOf(v % 1001, 1);
              }
              return Reading.builder().sensorId(id).quantity(q).value(value)
                  .observedAt(java.time.Instant.ofEpochSecond(seconds)).quality(quality).build();
            })))));
  }
}
