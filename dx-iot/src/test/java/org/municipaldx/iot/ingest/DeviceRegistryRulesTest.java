package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;

/**
 * Every rule of {@link DeviceRegistry}'s CSV and JSON readers, each error stated whole: line, column,
 * pointer, field and message ({@link RegistryError#toString()} prints them all).
 */
class DeviceRegistryRulesTest {
  private static final String EXPECTED_QUANTITIES = "; expected one of " + QuantityNames.accepted();

  private static List<String> csvErrors(String csv) {
    return errors(() -> DeviceRegistry.readCsv(csv.getBytes(StandardCharsets.UTF_8), "r.csv"));
  }

  private static List<String> jsonErrors(String json) {
    return errors(() -> DeviceRegistry.readJson(json.getBytes(StandardCharsets.UTF_8), "r.json"));
  }

  private static List<String> errors(Runnable read) {
    try {
      read.run();
    } catch (RegistryFormatException e) {
      return e.errors().stream().map(RegistryError::toString).toList();
    }
    throw new AssertionError("the registry was accepted");
  }

  private static DeviceRegistry csv(String csv) {
    return DeviceRegistry.readCsv(csv.getBytes(StandardCharsets.UTF_8), "r.csv");
  }

  @Test
  void theCsvHeaderNamesKnownColumnsOnceWithDeviceAndBuilding() {
    assertThat(csvErrors("device,デバイス,colour,,channel\nd1\n")).containsExactly(
        "line 1, column 2 (デバイス): column device is given twice",
        "line 1, column 3 (colour): unknown column 'colour'; expected device/デバイス, sensor/センサー, building/建物, "
            + "floor/階, room/部屋, interval_minutes/送信間隔（分）, channel/チャンネル, quantity/項目",
        "line 1 (building): required column building/建物 is missing",
        "line 1 (channel/quantity): columns channel and quantity go together");
    assertThat(csvErrors("building,quantity\nb,温度\n")).containsExactly(
        "line 1 (device): required column device/デバイス is missing",
        "line 1 (channel/quantity): columns channel and quantity go together");
  }

  @Test
  void aCsvWithoutRowsOrDevicesIsRejected() {
    assertThat(csvErrors("")).containsExactly("line 1: no header row");
    assertThat(csvErrors("\n ,\n")).containsExactly("line 1: no header row");
    assertThat(csvErrors("device,building\n")).containsExactly(": no devices");
    assertThat(csvErrors("device,building\n,\n")).containsExactly(": no devices");
  }

  @Test
  void malformedCsvIsRejectedWithItsLine() {
    assertThatThrownBy(() -> csv("device,building\nd1,\"本庁舎\nd2,別館\n"))
        .isInstanceOfSatisfying(RegistryFormatException.class, e -> {
          assertThat(e.errors()).singleElement().satisfies(r -> {
            // the quote opened on line 3 is found unclosed at the end of the text, line 4
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.column()).isZero();
            assertThat(r.message()).startsWith("malformed CSV: ");
          });
          assertThat(e.where().line()).hasValue(4);
        });
  }

  @Test
  void everyCsvRowProblemIsListedWithItsLineAndColumn() {
    String header = "device,sensor,building,floor,room,interval_minutes,channel,quantity\n";
    String rows = ",s0,本庁舎\n" // 2
        + "\n" // 3: blank, skipped
        + "d1,s1,本庁舎,1F,窓口,１５,1,温度\n" // 4
        + "d1,s1,本庁舎,1F,窓口,15,1,湿度\n" // 5: same place, channel 1 already temperature
        + "d1,s1,本庁舎,1F,会議室,15\n" // 6: another room
        + "d2,s2,本庁舎,,,０,256,smell\n" // 7
        + "d3,s1,本庁舎\n" // 8: short row; sensor s1 is d1's
        + "d4,bad id!,本庁舎\n" // 9
        + "d5,,本庁舎,,,,-1,温度\n" // 10
        + "d6,,本庁舎,,,,,\n"; // 11: no channel, its own device id as sensor id: no problem
    List<String> errors = csvErrors(header + rows);
    assertThat(errors).hasSize(9);
    assertThat(errors.subList(0, 8)).containsExactly(
        "line 2, column 1 (device): device id is empty",
        "line 5, column 7 (channel): channel 1 of device 'd1' is already " + Quantity.AIR_TEMPERATURE,
        "line 6 (device): device 'd1' has a different sensor, place or interval than on line 4",
        "line 7, column 6 (interval_minutes): '０' is not a positive whole number of minutes",
        "line 7, column 7 (channel): '256' is not a channel from 0 to 255",
        "line 7, column 8 (quantity): unknown quantity 'smell'" + EXPECTED_QUANTITIES,
        "line 10, column 7 (channel): '-1' is not a channel from 0 to 255",
        "line 8 (sensor): sensor 's1' is already given to device 'd1'");
    assertThat(errors.get(8)).startsWith("line 9: RegisteredDevice.sensorId: must match");
  }

  @Test
  void aValidCsvGivesTheDevicesInFileOrder() {
    DeviceRegistry r = csv("デバイス,センサー,建物,階,部屋,送信間隔（分）,チャンネル,項目\n"
        + "d1,s1,本庁舎,1F,窓口,１５,1,温度\n"
        + "d1,s1,本庁舎,1F,窓口,15,2,湿度\n"
        + "d1,s1,本庁舎,1F,窓口,15,1,temperature\n"
        + "d2,,本庁舎,1F,窓口,,255,co2\n"
        + "d0,,別館\n");
    assertThat(r.devices()).extracting(RegisteredDevice::deviceId).containsExactly("d1", "d2", "d0");
    assertThat(r.device("d1")).hasValueSatisfying(d -> {
      assertThat(d.reportingInterval()).hasValue(Duration.ofMinutes(15));
      assertThat(d.channels()).isEqualTo(Map.of(1, Quantity.AIR_TEMPERATURE, 2, Quantity.RELATIVE_HUMIDITY));
    });
    assertThat(r.device("d2")).hasValueSatisfying(d -> {
      assertThat(d.sensorId()).isEqualTo("d2");
      assertThat(d.reportingInterval()).isEmpty();
      assertThat(d.channels()).isEqualTo(Map.of(255, Quantity.CO2));
    });
    assertThat(r.device("d0")).hasValueSatisfying(d -> {
      assertThat(d.location()).isEqualTo(Location.of("別館"));
      assertThat(d.channels()).isEmpty();
    });
    assertThat(r.device("d9")).isEmpty();
    assertThat(r.places()).isEqualTo(2);
    assertThatThrownBy(() -> r.devices().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void jsonThatIsNotJsonOrHasNoDeviceArrayIsRejected() {
    assertThatThrownBy(() -> DeviceRegistry.readJson("{\"devices\":\n[".getBytes(StandardCharsets.UTF_8), "r.json"))
        .isInstanceOfSatisfying(RegistryFormatException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(r -> {
              assertThat(r.line()).isEqualTo(2);
              assertThat(r.message()).startsWith("not JSON: ");
            }));
    for (String json : new String[] {"[]", "{}", "{\"devices\":{}}", "null"}) {
      assertThat(jsonErrors(json)).as(json).containsExactly("at /devices (devices): must be an array of devices");
    }
    assertThat(jsonErrors("{\"devices\":[]}")).containsExactly(": no devices");
  }

  @Test
  void everyJsonMemberProblemIsListedWithItsPointer() {
    String json = "{\"devices\":[5,"
        + "{\"sensor\":\"s\",\"building\":\" \",\"floor\":3,\"device\":7},"
        + "{\"device\":\"d1\",\"building\":\"b\",\"intervalMinutes\":1.5,\"channels\":[]},"
        + "{\"device\":\"d1\",\"building\":\"b\",\"intervalMinutes\":\"5\",\"channels\":{\"x\":5}},"
        + "{\"device\":\"d2\",\"building\":\"b\",\"intervalMinutes\":0,\"colour\":\"red\"},"
        + "{\"building\":\"b\"}]}";
    assertThat(jsonErrors(json)).containsExactly(
        "at /devices/0: must be an object",
        "at /devices/1/device (device): must be a string (was '7')",
        "at /devices/1/building (building): must not be blank",
        "at /devices/1/floor (floor): must be a string (was '3')",
        "at /devices/2/intervalMinutes (intervalMinutes): must be a positive whole number of minutes (was '1.5')",
        "at /devices/2/channels (channels): must be an object of channel → quantity",
        "at /devices/3/intervalMinutes (intervalMinutes): must be a positive whole number of minutes (was '\"5\"')",
        "at /devices/3/channels/x (channels): 'x' is not a channel from 0 to 255",
        "at /devices/3/channels/x (channels): unknown quantity 5" + EXPECTED_QUANTITIES,
        "at /devices/3/device (device): device 'd1' is listed twice",
        "at /devices/4/colour (colour): unknown member; expected device, sensor, building, floor, room, "
            + "intervalMinutes, channels",
        "at /devices/4/intervalMinutes (intervalMinutes): must be a positive whole number of minutes (was '0')",
        "at /devices/5/device (device): is required");
  }

  @Test
  void jsonDevicesTakeTheirDeviceIdAsSensorIdWhenNoneIsGiven() {
    DeviceRegistry r = DeviceRegistry.readJson(("{\"devices\":[{\"device\":\"d1\",\"building\":\" 本庁舎 \","
        + "\"floor\":null,\"intervalMinutes\":null,\"channels\":null},{\"device\":\"d2\",\"sensor\":\"s2\","
        + "\"building\":\"本庁舎\",\"room\":\"窓口\",\"intervalMinutes\":10,\"channels\":{\"3\":\"室温\"}}]}")
        .getBytes(StandardCharsets.UTF_8), "r.json");
    assertThat(r.device("d1")).hasValueSatisfying(d -> {
      assertThat(d.sensorId()).isEqualTo("d1");
      assertThat(d.location()).isEqualTo(Location.of("本庁舎"));
      assertThat(d.reportingInterval()).isEmpty();
      assertThat(d.channels()).isEmpty();
    });
    assertThat(r.device("d2")).hasValueSatisfying(d -> {
      assertThat(d.sensorId()).isEqualTo("s2");
      assertThat(d.reportingInterval()).hasValue(Duration.ofMinutes(10));
      assertThat(d.channels()).isEqualTo(Map.of(3, Quantity.AIR_TEMPERATURE));
    });
    assertThat(r.places()).isEqualTo(2);
  }

  @Test
  void aJsonSensorGivenTwiceIsLocatedByItsDevicesPointer() {
    assertThat(jsonErrors("{\"devices\":[{\"device\":\"d1\",\"sensor\":\"s\",\"building\":\"b\"},"
        + "{\"device\":\"d2\",\"sensor\":\"s\",\"building\":\"b\"}]}"))
        .containsExactly("at /devices/1 (sensor): sensor 's' is already given to device 'd1'");
  }

  @Test
  void aFileIsJsonWhenItsNameEndsInJsonWhateverTheCase(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("devices.JSON");
    Files.writeString(json, "{\"devices\":[{\"device\":\"d1\",\"building\":\"b\"}]}");
    assertThat(DeviceRegistry.read(json).device("d1")).isPresent();
    Path csv = dir.resolve("devices.csv");
    Files.writeString(csv, "device,building\nd1,b\n");
    assertThat(DeviceRegistry.read(csv).device("d1")).isPresent();
    Path missing = dir.resolve("none.csv");
    assertThatThrownBy(() -> DeviceRegistry.read(missing)).isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("Device registry " + missing + ": cannot be read: ");
  }

  @Test
  void aRegistryGivesEachDeviceAndEachSensorOnce() {
    RegisteredDevice a = new RegisteredDevice("d1", "s1", Location.of("b"), Optional.empty(), Map.of());
    RegisteredDevice sameDevice = new RegisteredDevice("d1", "s2", Location.of("b"), Optional.empty(), Map.of());
    RegisteredDevice sameSensor = new RegisteredDevice("d2", "s1", Location.of("b"), Optional.empty(), Map.of());
    assertThatThrownBy(() -> DeviceRegistry.of(List.of(a, sameDevice))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DeviceRegistry: device 'd1' is listed twice");
    assertThatThrownBy(() -> DeviceRegistry.of(List.of(a, sameSensor))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DeviceRegistry: sensor 's1' is given to devices 'd1' and 'd2'");
    assertThat(DeviceRegistry.of(List.of(a)).devices()).containsExactly(a);
  }
}
