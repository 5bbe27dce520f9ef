package org.municipaldx.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InputLimits;
import org.municipaldx.core.InvalidValueException;

/** The ranges, the text form and the limits of {@link Coordinates}. */
class CoordinatesRulesTest {
  private static void rejected(BigDecimal lat, BigDecimal lon, String field, String rule) {
    assertThatThrownBy(() -> Coordinates.of(lat, lon)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.type()).isEqualTo("Coordinates");
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  @Test
  void thePolesAndTheAntimeridianAreInRange() {
    Coordinates north = Coordinates.of(new BigDecimal("90"), new BigDecimal("180"));
    Coordinates south = Coordinates.of(new BigDecimal("-90"), new BigDecimal("-180"));
    assertThat(north.latitude()).isEqualTo(new BigDecimal("90"));
    assertThat(north.longitude()).isEqualTo(new BigDecimal("180"));
    assertThat(south).hasToString("-90,-180");
  }

  @Test
  void latitudeIsFromMinus90To90() {
    rejected(new BigDecimal("90.0001"), BigDecimal.ZERO, "latitude", "must be from -90 to 90");
    rejected(new BigDecimal("-90.0001"), BigDecimal.ZERO, "latitude", "must be from -90 to 90");
  }

  @Test
  void longitudeIsFromMinus180To180() {
    rejected(BigDecimal.ZERO, new BigDecimal("180.0001"), "longitude", "must be from -180 to 180");
    rejected(BigDecimal.ZERO, new BigDecimal("-180.0001"), "longitude", "must be from -180 to 180");
  }

  @Test
  void aNegativeScaleIsKeptAsAWholeNumber() {
    Coordinates c = Coordinates.of(new BigDecimal("1E+1"), new BigDecimal("2E+1"));
    assertThat(c.latitude()).isEqualTo(new BigDecimal("10"));
    assertThat(c.longitude()).isEqualTo(new BigDecimal("20"));
    assertThat(c.longitude().scale()).isZero();
    assertThat(Coordinates.of(new BigDecimal("37.40"), new BigDecimal("140.3597")).latitude()).hasToString("37.40");
  }

  @Test
  void theTextIsExactlyTwoNumbersSeparatedByAComma() {
    for (String text : new String[] {"37.4", "37.4,140.3,1", ""}) {
      assertThatThrownBy(() -> Coordinates.parse(text)).as(text).isInstanceOfSatisfying(InvalidValueException.class,
          e -> {
            assertThat(e.field()).isEmpty();
            assertThat(e.rule()).isEqualTo("cannot be parsed: expected latitude,longitude");
          });
    }
    assertThat(Coordinates.parse(" 37.4006 , 140.3597 ")).isEqualTo(
        Coordinates.of(new BigDecimal("37.4006"), new BigDecimal("140.3597")));
  }

  @Test
  void eachNumberHasAtMostTheInputLimitOfCharacters() {
    String longest = "1." + "0".repeat(InputLimits.MAX_NUMBER_LENGTH - 2);
    assertThat(Coordinates.parse(longest + "," + longest).latitude()).isEqualByComparingTo("1");
    String tooLong = longest + "0";
    String rule = "cannot be parsed: each number has at most " + InputLimits.MAX_NUMBER_LENGTH
        + " characters (InputLimits.MAX_NUMBER_LENGTH)";
    for (String text : new String[] {tooLong + ",1", "1," + tooLong}) {
      assertThatThrownBy(() -> Coordinates.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.rule()).isEqualTo(rule));
    }
  }

  @Test
  void equalCoordinatesHashAlikeOnTheEquatorAndThePrimeMeridianToo() {
    // BigDecimal 0 hashes to 0: the hash must not divide by a field's hash
    Coordinates origin = Coordinates.of(BigDecimal.ZERO, BigDecimal.ZERO);
    assertThat(origin.hashCode()).isEqualTo(Coordinates.parse("0,0").hashCode());
    assertThat(java.util.Set.of(origin, Coordinates.parse("0,1"))).contains(Coordinates.parse(" 0 , 0 "));
  }

  @Test
  void eachNumberIsPlainDecimalDegrees() {
    for (String text : new String[] {"1,x", "x,1", "1,1e1"}) {
      assertThatThrownBy(() -> Coordinates.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Coordinates '" + text + "' cannot be parsed: expected two plain decimal degrees"
              + " (e.g. 37.4006,140.3597; no exponent)");
    }
    assertThat(Coordinates.parse("+.5,-1.")).hasToString("0.5,-1");
  }
}
