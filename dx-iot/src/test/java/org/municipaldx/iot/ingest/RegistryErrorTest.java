package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of {@link RegistryError} and of {@link RegistryFormatException}'s location and message. */
class RegistryErrorTest {
  @Test
  void aCsvErrorPrintsLineColumnAndField() {
    assertThat(new RegistryError(4, 2, "", "dev_eui", "not 16 hex digits"))
        .hasToString("line 4, column 2 (dev_eui): not 16 hex digits");
  }

  @Test
  void aJsonErrorPrintsLineAndPointer() {
    assertThat(new RegistryError(7, 0, "/devices/1/room", "room", "missing"))
        .hasToString("line 7, at /devices/1/room (room): missing");
    assertThat(new RegistryError(0, 0, "/devices/1", "", "a duplicate"))
        .hasToString("at /devices/1: a duplicate");
  }

  @Test
  void aRecordErrorWithNoPlacePrintsOnlyItsMessage() {
    assertThat(new RegistryError(0, 0, "", "", "no devices")).hasToString(": no devices");
    assertThat(new RegistryError(1, 0, "", "", "empty")).hasToString("line 1: empty");
    assertThat(new RegistryError(0, 3, "", "", "x")).hasToString(", column 3: x");
  }

  @Test
  void lineAndColumnAreNotNegativeButMayBeZero() {
    assertThat(new RegistryError(0, 0, "", "", "m").line()).isZero();
    assertThatThrownBy(() -> new RegistryError(-1, 0, "", "", "m")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RegistryError: line and column must not be negative (was '-1:0')");
    assertThatThrownBy(() -> new RegistryError(0, -1, "", "", "m")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RegistryError: line and column must not be negative (was '0:-1')");
  }

  @Test
  void textComponentsAreNotNull() {
    assertThatThrownBy(() -> new RegistryError(1, 1, null, "", "m")).hasMessage("pointer");
    assertThatThrownBy(() -> new RegistryError(1, 1, "", null, "m")).hasMessage("field");
    assertThatThrownBy(() -> new RegistryError(1, 1, "", "", null)).hasMessage("message");
  }

  @Test
  void theExceptionIsLocatedAtItsFirstErrorWithEveryPartItHas() {
    RegistryFormatException e = new RegistryFormatException("devices.json", List.of(
        new RegistryError(7, 3, "/devices/1/room", "room", "missing"), new RegistryError(9, 0, "", "", "second")));
    assertThat(e.source()).isEqualTo("devices.json");
    assertThat(e.where().source()).isEqualTo("devices.json");
    assertThat(e.where().line()).hasValue(7);
    assertThat(e.where().column()).hasValue(3);
    assertThat(e.where().pointer()).hasValue("/devices/1/room");
    assertThat(e.where().field()).hasValue("room");
    assertThat(e.why()).isEqualTo("missing");
    assertThat(e.errors()).hasSize(2);
    assertThat(e.getMessage()).contains("Device registry devices.json rejected, 2 errors:\n"
        + "  line 7, column 3, at /devices/1/room (room): missing\n  line 9: second");
  }

  @Test
  void partsAnErrorDoesNotHaveAreNotInTheLocation() {
    RegistryFormatException e = new RegistryFormatException("devices.csv",
        List.of(new RegistryError(0, 0, "", "", "no header")));
    assertThat(e.where().line()).isEmpty();
    assertThat(e.where().column()).isEmpty();
    assertThat(e.where().pointer()).isEmpty();
    assertThat(e.where().field()).isEmpty();
    assertThat(e.getMessage()).contains("Device registry devices.csv rejected, 1 error:\n  : no header");
  }

  @Test
  void theMessageListsFiftyErrorsAndCountsTheOthers() {
    List<RegistryError> errors = new ArrayList<>();
    for (int i = 1; i <= 52; i++) {
      errors.add(new RegistryError(i, 1, "", "", "bad " + i));
    }
    RegistryFormatException e = new RegistryFormatException("devices.csv", errors);
    assertThat(e.getMessage()).contains("52 errors:").contains("line 50, column 1: bad 50\n  … and 2 more")
        .doesNotContain("bad 51");
    assertThat(e.errors()).hasSize(52);
    List<RegistryError> fifty = errors.subList(0, 50);
    assertThat(new RegistryFormatException("devices.csv", fifty).getMessage()).endsWith("line 50, column 1: bad 50");
  }

  @Test
  void theErrorsAreACopyAndNeverEmpty() {
    List<RegistryError> errors = new ArrayList<>(List.of(new RegistryError(1, 1, "", "", "m")));
    RegistryFormatException e = new RegistryFormatException("devices.csv", errors);
    errors.clear();
    assertThat(e.errors()).hasSize(1);
    assertThatThrownBy(() -> new RegistryFormatException("devices.csv", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("RegistryFormatException.errors: must not be empty");
  }
}
