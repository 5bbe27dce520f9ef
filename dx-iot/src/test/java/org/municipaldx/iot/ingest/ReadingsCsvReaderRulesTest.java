package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.iot.Location;
import org.municipaldx.iot.Quantity;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.report.LocationPeriod;
import org.municipaldx.iot.report.QuantityRow;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * The rules of the readings CSV, one at a time, with figures worked out by hand: how a value, a
 * unit, a location and a time are read, and where (line, header) and why each kind of bad field is
 * reported.
 */
class ReadingsCsvReaderRulesTest {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");
  static final String HEADER = "sensor,location,time,quantity,value,unit\n";

  @TempDir
  Path dir;

  Path file(String csv) throws Exception {
    Path f = dir.resolve("r" + System.nanoTime() + ".csv");
    Files.writeString(f, csv, StandardCharsets.UTF_8);
    return f;
  }

  ComplianceTable read(ReadingsCsvReader reader, String csv) throws Exception {
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    long n = reader.read(file(csv), acc);
    ComplianceTable t = acc.finish();
    assertThat(n).isEqualTo(t.readings());
    return t;
  }

  ComplianceTable read(String csv) throws Exception {
    return read(ReadingsCsvReader.create().withInterval(Duration.ofMinutes(10)), csv);
  }

  List<Problem> problems(ReadingsCsvReader reader, String csv) throws Exception {
    Path f = file(csv);
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> reader.read(f, acc));
    return e.problems();
  }

  List<Problem> problems(String csv) throws Exception {
    return problems(ReadingsCsvReader.create(), csv);
  }

  static QuantityRow q(LocationPeriod p, Quantity q) {
    return p.quantities().stream().filter(r -> r.quantity() == q).findFirst().orElseThrow();
  }

  static BigDecimal sum(ComplianceTable t, Quantity quantity) {
    return t.rows().stream().flatMap(r -> r.quantities().stream()).filter(r -> r.quantity() == quantity)
        .map(QuantityRow::sum).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A value: spaces around it, a sign, at most 3 decimals (trailing zeros beyond are fine), no exponent limit but the long. */
  @Test
  void valuesAreDecimalsOfAtMostThreeDecimals() {
    assertThat(ReadingsCsvReader.value(" 21.5 ")).isEqualTo(21_500);
    assertThat(ReadingsCsvReader.value("+1")).isEqualTo(1_000);
    assertThat(ReadingsCsvReader.value("-0.5")).isEqualTo(-500);
    assertThat(ReadingsCsvReader.value(".5")).isEqualTo(500);
    assertThat(ReadingsCsvReader.value("7.")).isEqualTo(7_000);
    assertThat(ReadingsCsvReader.value("1.2340")).isEqualTo(1_234);
    assertThat(ReadingsCsvReader.value("1.000000")).isEqualTo(1_000);
    assertThat(ReadingsCsvReader.value("0.001")).isEqualTo(1);
    assertThat(ReadingsCsvReader.value("123456789012345")).isEqualTo(123_456_789_012_345_000L); // 15 digits: fast
    assertThat(ReadingsCsvReader.value("1234567890123456")).isEqualTo(1_234_567_890_123_456_000L); // 16: exact too
    assertThat(ReadingsCsvReader.value("1,234.5")).isEqualTo(1_234_500);
    assertThat(ReadingsCsvReader.value("２３.５")).isEqualTo(23_500); // full-width digits (NFKC)
    assertThat(ReadingsCsvReader.value("1e3")).isEqualTo(1_000_000);
    for (String bad : new String[] {"1.2345", "0.0001", "", " ", ".", "-", "+", "1.2.3", "12a", "a12", "- 1",
        "12345678901234567", "1e400"}) {
      assertThat(ReadingsCsvReader.value(bad)).as("'%s'", bad).isEqualTo(Long.MIN_VALUE);
    }
  }

  /** ascii copies a text's chars when they are all ASCII and fit; otherwise it says -1. */
  @Test
  void asciiCopiesOnlyAsciiThatFits() {
    byte[] b = new byte[4];
    assertThat(ReadingsCsvReader.ascii("ab", b)).isEqualTo(2);
    assertThat(new String(b, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("ab");
    assertThat(ReadingsCsvReader.ascii("abcd", b)).isEqualTo(4);
    assertThat(ReadingsCsvReader.ascii("abcde", b)).isEqualTo(-1);
    assertThat(ReadingsCsvReader.ascii("a\u007f", b)).isEqualTo(2);
    assertThat(ReadingsCsvReader.ascii("aé", b)).isEqualTo(-1);
    assertThat(ReadingsCsvReader.ascii("", b)).isZero();
  }

  /**
   * A location is facility, facility/zone or facility/floor/zone, each part stripped and NFKC
   * normalised; an empty middle part is no floor, so 本庁舎/会議室1 and 本庁舎//会議室1 are one place;
   * 本庁舎/3F/ is facility and floor.
   */
  @Test
  void locationsAreFacilityFloorAndZone() throws Exception {
    ComplianceTable t = read(HEADER
        + "a,本庁舎,2024-06-03T09:00+09:00,temperature,20,\n"
        + "b,本庁舎/会議室1,2024-06-03T09:00+09:00,temperature,21,\n"
        + "c, 本庁舎 // 会議室1 ,2024-06-03T09:00+09:00,temperature,22,\n"
        + "d,本庁舎/3F/会議室1,2024-06-03T09:00+09:00,temperature,23,\n"
        + "e,本庁舎／3F／,2024-06-03T09:00+09:00,temperature,24,\n");
    // keys are always facility/floor/zone, an absent part empty, and the rows are in key order
    assertThat(t.rows()).extracting(r -> r.location().key(), LocationPeriod::sensors).containsExactly(
        org.assertj.core.groups.Tuple.tuple("本庁舎//", List.of("a")),
        org.assertj.core.groups.Tuple.tuple("本庁舎//会議室1", List.of("b", "c")),
        org.assertj.core.groups.Tuple.tuple("本庁舎/3F/", List.of("e")),
        org.assertj.core.groups.Tuple.tuple("本庁舎/3F/会議室1", List.of("d")));
    LocationPeriod floor = t.rows().get(2);
    assertThat(floor.location().floor()).hasValue("3F");
    assertThat(floor.location().zone()).isEmpty();
  }

  /** A location with an empty facility or more than three parts is a problem of the location field. */
  @Test
  void aLocationWithoutFacilityOrWithFourPartsIsAProblem() throws Exception {
    List<Problem> ps = problems(HEADER
        + "a,/会議室1,2024-06-03T09:00+09:00,temperature,20,\n"
        + "a,本庁舎/1F/会議室/奥,2024-06-03T09:00+09:00,temperature,20,\n"
        + "a, ,2024-06-03T09:00+09:00,temperature,20,\n");
    assertThat(ps).extracting(Problem::line).containsExactly(2L, 3L, 4L);
    assertThat(ps).allSatisfy(p -> {
      assertThat(p.header()).hasValue("location");
      assertThat(p.reason()).contains("is not a location: facility[/floor]/zone");
      assertThat(p.column()).isEqualTo(2);
    });
    assertThat(ps.get(0).reason()).startsWith("'/会議室1'");
  }

  /** Units are converted exactly: K to °C, % and ppb to ppm; a blank unit is the quantity's own. */
  @Test
  void unitsAreConvertedExactly() throws Exception {
    ComplianceTable t = read(HEADER
        + "s1,本庁舎,2024-06-03T09:00+09:00,temperature,295.15,K\n"    // 22 °C
        + "s1,本庁舎,2024-06-03T09:01+09:00,temperature,21.5, \n"      // blank: °C
        + "s1,本庁舎,2024-06-03T09:02+09:00,co2,0.08,%\n"              // 800 ppm
        + "s1,本庁舎,2024-06-03T09:03+09:00,co2,1500,ppb\n"            // 1.5 ppm
        + "s1,本庁舎,2024-06-03T09:04+09:00,co2,1,ppb\n"               // 0.001 ppm
        + "s1,本庁舎,2024-06-03T09:05+09:00,co2,0.08,%\n");            // the conversion again (cached)
    assertThat(sum(t, Quantity.AIR_TEMPERATURE)).isEqualByComparingTo("43.5");
    assertThat(sum(t, Quantity.CO2)).isEqualByComparingTo("1601.501");
    assertThat(q(t.rows().get(0), Quantity.CO2).min()).hasValue(new BigDecimal("0.001"));
  }

  /**
   * A converted value with more than 3 decimals (0.5 ppb = 0.0005 ppm), or beyond a long, is a
   * problem of the value field that names the value and unit; an unknown unit one of the unit field
   * that names the quantity's unit.
   */
  @Test
  void aConversionThatIsNotExactOrAnUnknownUnitIsAProblem() throws Exception {
    List<Problem> ps = problems(HEADER
        + "s1,本庁舎,2024-06-03T09:00+09:00,co2,0.5,ppb\n"
        + "s1,本庁舎,2024-06-03T09:01+09:00,co2,999999999999999,%\n"
        + "s1,本庁舎,2024-06-03T09:02+09:00,co2,800,mg\n"
        + "s1,本庁舎,2024-06-03T09:03+09:00,co2,800,mg\n");
    assertThat(ps).extracting(Problem::line).containsExactly(2L, 3L, 4L, 5L);
    assertThat(ps).extracting(p -> p.header().orElseThrow()).containsExactly("value", "value", "unit", "unit");
    assertThat(ps.get(0).reason()).isEqualTo("'0.5 ppb' in ppm has more than 3 decimals");
    assertThat(ps.get(1).reason()).isEqualTo("'999999999999999 %' in ppm is beyond the range of a reading"
        + " (at most 3 decimals within ±9223372036854775.807)");
    assertThat(ps.get(2).reason()).isEqualTo("unknown unit 'mg' for carbon dioxide (its unit is ppm)");
    assertThat(ps.get(3).reason()).isEqualTo(ps.get(2).reason());
  }

  /**
   * A refused conversion names its cause: a remainder left by the divisor is more than 3 decimals; a product or an
   * offset beyond a long of thousandths is out of range, whatever the decimals (the product is checked first).
   */
  @Test
  void aRefusedConversionNamesDecimalsOrRange() {
    String range = " is beyond the range of a reading (at most 3 decimals within ±9223372036854775.807)";
    assertThat(ReadingsCsvReader.conversionProblem(500, new QuantityNames.UnitConversion(1, 1000, BigDecimal.ZERO)))
        .isEqualTo(" has more than 3 decimals");
    assertThat(ReadingsCsvReader.conversionProblem(Long.MAX_VALUE / 2, new QuantityNames.UnitConversion(3, 1000,
        BigDecimal.ZERO))).isEqualTo(range);
    assertThat(ReadingsCsvReader.conversionProblem(Long.MAX_VALUE, new QuantityNames.UnitConversion(1, 1,
        BigDecimal.ONE))).isEqualTo(range);
  }

  /**
   * Times: ISO 8601 with Z or an offset; local times with T or a space, with or without seconds, and
   * 2024/6/3 9:05, in the reader's zone; full-width digits. All six readings below are at the same
   * instants whichever way they are written.
   */
  @Test
  void timesWithAndWithoutOffsetAreTheSameInstants() throws Exception {
    ComplianceTable t = read(HEADER
        + "s1,本庁舎,2024-06-03T00:00:00Z,temperature,20,\n"
        + "s1,本庁舎,2024-06-03T09:01+09:00,temperature,20,\n"
        + "s1,本庁舎,2024-06-03 09:02,temperature,20,\n"
        + "s1,本庁舎,2024-06-03 09:03:00,temperature,20,\n"
        + "s1,本庁舎,2024-06-03T09:04:00,temperature,20,\n"
        + "s1,本庁舎,2024/6/3 9:05,temperature,20,\n"
        + "s1,本庁舎,２０２４-０６-０３T09:06:30+09:00,temperature,20,\n"
        + "s1,本庁舎,2024/6/3 9:07:15,temperature,20,\n");
    assertThat(t.readings()).isEqualTo(8);
    assertThat(t.windowStart()).hasValue(Instant.parse("2024-06-03T00:00:00Z"));
    assertThat(t.windowEnd()).hasValue(Instant.parse("2024-06-03T00:07:15Z"));
    // without a gap of more than 10 minutes: one sensor, coverage 1
    assertThat(t.rows().get(0).coverage()).hasValue(new BigDecimal("1.000000"));
    // in UTC the local times are 9 hours later
    ComplianceTable utc = read(ReadingsCsvReader.create().withLocalZone(ZoneId.of("UTC")), HEADER
        + "s1,本庁舎,2024/6/3 9:05,temperature,20,\n"
        + "s1,本庁舎,2024-06-03 09:06,temperature,20,\n");
    assertThat(utc.windowStart()).hasValue(Instant.parse("2024-06-03T09:05:00Z"));
    assertThat(utc.windowEnd()).hasValue(Instant.parse("2024-06-03T09:06:00Z"));
  }

  /** A time that is none of the forms, or has an offset beyond ±18:00 (+19:00, +18:30), is a problem of the time field. */
  @Test
  void aTimeOfNoAcceptedFormIsAProblemNamingTheZone() throws Exception {
    List<Problem> ps = problems(HEADER
        + "s1,本庁舎,2024-06-03T09:00+19:00,temperature,20,\n"
        + "s1,本庁舎,2024-06-03T09:00[Asia/Tokyo],temperature,20,\n"
        + "s1,本庁舎,3 June 2024,temperature,20,\n"
        + "s1,本庁舎,２０２４年６月３日,temperature,20,\n"
        + "s1,本庁舎,2024-06-03T09:00+18:30,temperature,20,\n");
    assertThat(ps).extracting(Problem::line).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(ps).allSatisfy(p -> {
      assertThat(p.header()).hasValue("time");
      assertThat(p.column()).isEqualTo(3);
      assertThat(p.reason()).endsWith("is not a time: ISO 8601 with an offset (2024-06-01T09:00:00+09:00) or a local "
          + "time in Asia/Tokyo (2024-06-01 09:00)");
    });
    assertThat(ps.get(0).reason()).startsWith("'2024-06-03T09:00+19:00'");
  }

  /**
   * The other fields' problems: a sensor id that does not match the pattern, an unknown quantity (the
   * accepted names listed), a value that is not a decimal of at most 3 decimals, a value that is not
   * possible for the quantity (its range stated); all of a row's problems are listed, in column order.
   */
  @Test
  void eachBadFieldIsAProblemOfItsColumn() throws Exception {
    List<Problem> ps = problems(HEADER
        + "bad id!,本庁舎,2024-06-03T09:00+09:00,temperature,20,\n"
        + "s1,本庁舎,2024-06-03T09:00+09:00,smell,20,\n"
        + "s1,本庁舎,2024-06-03T09:00+09:00,temperature,20.0001,\n"
        + "s1,本庁舎,2024-06-03T09:00+09:00,humidity,100.5,\n"
        + "s1,本庁舎,2024-06-03T09:00+09:00,temperature,-300,\n"
        + "bad id!,,never,smell,x,\n");
    assertThat(ps).extracting(Problem::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 7L, 7L, 7L, 7L);
    assertThat(ps).extracting(p -> p.header().orElseThrow()).containsExactly("sensor", "quantity", "value", "value",
        "value", "sensor", "location", "quantity", "time", "value");
    assertThat(ps.get(0).reason()).startsWith("'bad id!' is not a sensor id (");
    assertThat(ps.get(1).reason()).startsWith("unknown quantity 'smell'; expected one of ");
    assertThat(ps.get(2).reason()).isEqualTo("'20.0001' is not a decimal number with at most 3 decimals");
    assertThat(ps.get(3).reason()).isEqualTo("'100.5' is not a possible relative humidity (at least 0 at most 100 %)");
    assertThat(ps.get(4).reason()).isEqualTo("'-300' is not a possible air temperature (at least -273.15 °C)");
  }

  /**
   * A cell written for Excel with a leading apostrophe against formula injection ('-5, '+1) is read
   * as the value after it; an apostrophe before a text that is not dangerous stays (the time is then bad).
   */
  @Test
  void aCellProtectedAgainstFormulaInjectionIsReadAsWritten() throws Exception {
    ComplianceTable t = read(HEADER
        + "s1,本庁舎,2024-06-03T09:00+09:00,temperature,'-5,\n"
        + "s1,本庁舎,2024-06-03T09:01+09:00,temperature,'+1.5,\n");
    assertThat(sum(t, Quantity.AIR_TEMPERATURE)).isEqualByComparingTo("-3.5");
    assertThat(t.windowStart()).hasValue(Instant.parse("2024-06-03T00:00:00Z"));
    assertThat(problems(HEADER + "s1,本庁舎,'2024-06-03T09:00+09:00,temperature,1,\n")).singleElement()
        .satisfies(p -> assertThat(p.header()).hasValue("time"));
  }

  /**
   * With a registry, its sensors are registered with their locations and intervals (the reader's
   * interval for those without); a row that puts a registered sensor elsewhere is a location problem
   * naming the registry; a sensor read at two places names the line of its first.
   */
  @Test
  void aRegisteredSensorStaysAtItsRegisteredLocation() throws Exception {
    Location desk = Location.builder().facility("本庁舎").floor("1F").zone("窓口").build();
    DeviceRegistry r = DeviceRegistry.of(List.of(
        new RegisteredDevice("dev-1", "s1", desk, Optional.of(Duration.ofMinutes(5)), Map.of()),
        new RegisteredDevice("dev-2", "s2", desk, Optional.empty(), Map.of())));
    ReadingsCsvReader reader = ReadingsCsvReader.create().withRegistry(r).withInterval(Duration.ofMinutes(30));
    List<Problem> ps = problems(reader, HEADER
        + "s1,本庁舎/2F/窓口,2024-06-03T09:00+09:00,temperature,20,\n"
        + "s3,本庁舎/2F/窓口,2024-06-03T09:00+09:00,temperature,20,\n"
        + "s3,本庁舎/1F/窓口,2024-06-03T09:10+09:00,temperature,20,\n");
    assertThat(ps).extracting(Problem::line).containsExactly(2L, 4L);
    assertThat(ps.get(0).reason()).isEqualTo("sensor 's1' is at 本庁舎/1F/窓口 (registry), not at 本庁舎/2F/窓口");
    assertThat(ps.get(1).reason()).startsWith("sensor 's3' is at 本庁舎/2F/窓口 (line 3, byte offset ")
        .endsWith(", not at 本庁舎/1F/窓口");
    // s1 every 5 minutes (its own interval), s2 every 30 (the reader's): a silence of 6 minutes is a gap
    // for s1, not for s2; both are listed at the desk even before they read
    ComplianceTable t = read(reader, HEADER
        + "s1,本庁舎/1F/窓口,2024-06-03T09:00+09:00,temperature,20,\n"
        + "s2,本庁舎/1F/窓口,2024-06-03T09:00+09:00,temperature,20,\n"
        + "s1,本庁舎/1F/窓口,2024-06-03T09:06+09:00,temperature,20,\n"
        + "s2,本庁舎/1F/窓口,2024-06-03T09:06+09:00,temperature,20,\n");
    assertThat(t.rows()).singleElement().satisfies(p -> {
      assertThat(p.sensors()).containsExactlyInAnyOrder("s1", "s2");
      assertThat(p.gaps()).extracting(g -> g.sensorId()).containsExactly("s1");
    });
  }

  /** The reader's interval must be positive; a read on fewer than one thread is refused. */
  @Test
  void theIntervalIsPositiveAndThreadsAtLeastOne() throws Exception {
    assertThatThrownBy(() -> ReadingsCsvReader.create().withInterval(Duration.ZERO))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> ReadingsCsvReader.create().withInterval(Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(ReadingsCsvReader.create().withInterval(Duration.ofMillis(1))).isNotNull();
    Path f = file(HEADER);
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    assertThatThrownBy(() -> ReadingsCsvReader.create().read(f, acc, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0'");
    assertThatThrownBy(() -> ReadingsCsvReader.create().read(dir.resolve("missing.csv"), acc, 2))
        .isInstanceOf(java.io.UncheckedIOException.class);
    // a small file on two threads is read sequentially, with the same result
    assertThat(ReadingsCsvReader.create().read(f, acc, 2)).isZero();
  }

  /**
   * A file cut into ranges smaller than a row is still read whole on several threads: the table is
   * the sequential read's, with the span and the silence that cross the cuts joined.
   */
  @Test
  void aParallelReadWithTinyRangesIsTheSequentialRead() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    String[] values = {"20", "29", "30", "20", "20", "31", "20"};
    String[] minutes = {"00", "10", "20", "30", "50", "55", "59"};
    for (int i = 0; i < values.length; i++) {
      csv.append("s1,本庁舎,2024-06-03T09:").append(minutes[i]).append("+09:00,temperature,").append(values[i]).append(",\n");
      csv.append("s2,別館,2024-06-03T09:").append(minutes[i]).append("+09:00,humidity,").append(values[i]).append(",\n");
    }
    Path f = file(csv.toString());
    ReadingsCsvReader reader = ReadingsCsvReader.create().withInterval(Duration.ofMinutes(10));
    ComplianceAccumulator seq = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    assertThat(reader.read(f, seq)).isEqualTo(14);
    ComplianceTable expected = seq.finish();
    // by hand: s1's span 09:10–09:30 (2 readings, worst 30) and 09:55–09:59; the silence 09:30–09:50
    QuantityRow temp = q(expected.rows().stream().filter(r -> r.location().key().equals("本庁舎//")).findFirst()
        .orElseThrow(), Quantity.AIR_TEMPERATURE);
    assertThat(temp.spans()).extracting(s -> s.readings()).containsExactly(2L, 1L);
    assertThat(temp.spans().get(0).end()).isEqualTo(Instant.parse("2024-06-03T00:30:00Z"));
    for (int threads : new int[] {2, 3}) {
      for (long range : new long[] {16, 50, 97}) {
        ComplianceAccumulator par = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY,
            JST);
        assertThat(reader.read(f, par, threads, range)).as("%d threads, %d bytes", threads, range).isEqualTo(14);
        assertThat(par.finish()).as("%d threads, %d bytes", threads, range).isEqualTo(expected);
      }
    }
  }

  /**
   * A parallel read with a problem in a later range reports what the sequential read reports: the
   * same problems, lines and order.
   */
  @Test
  void aParallelReadReportsTheSequentialReadsProblems() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 40; i++) {
      csv.append("s").append(i % 3).append(",本庁舎/").append(i % 3).append("F,2024-06-03T09:")
          .append(String.format("%02d", i)).append("+09:00,temperature,").append(i == 31 ? "hot" : "20").append(",\n");
    }
    csv.append("s0,本庁舎/9F,2024-06-03T10:00+09:00,temperature,20,\n"); // s0 moved
    Path f = file(csv.toString());
    ReadingsCsvReader reader = ReadingsCsvReader.create();
    ComplianceAccumulator one = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    List<Problem> sequential = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class,
        () -> reader.read(f, one)).problems();
    assertThat(sequential).extracting(Problem::line).containsExactly(33L, 42L);
    assertThat(sequential.get(1).reason()).isEqualTo("sensor 's0' is at 本庁舎//0F (line 2, byte offset 41), not at 本庁舎//9F");
    for (long range : new long[] {64, 300, 1000}) {
      ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
      assertThatThrownBy(() -> reader.read(f, acc, 2, range)).isInstanceOfSatisfying(IngestException.class,
          e -> assertThat(e.problems()).as("range %d", range).isEqualTo(sequential));
    }
  }
}
