package org.municipaldx.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.FiveLess;
import org.municipaldx.core.json.DxJson;
import org.municipaldx.iot.standard.ComplianceReport;
import org.municipaldx.iot.standard.Standards;
import org.municipaldx.spark.internal.ComplianceKernel;
import org.municipaldx.spark.internal.DayReadings;
import org.municipaldx.spark.internal.Rows;
import org.municipaldx.spark.internal.SegmentList;
import org.municipaldx.spark.internal.SummaryBuffer;
import org.municipaldx.spark.internal.SumsBuffer;

/**
 * The aggregators' reduce, merge and finish, the row functions and the job's argument parsing called directly,
 * without a Spark job (issue 13 part 4: under PIT these were reached only through Spark, so a lost check or a
 * wrong field went unnoticed where no job happened to hit it): each bad row is refused with the function, the
 * field and the value; a bad LPP payload is an error value, never an exception; periods are cut at midnight in
 * Japan; the job's arguments are {@code --name value} pairs.
 */
class AggregatorsDirectTest {
  static final long APRIL_FIRST_JAPAN = ComplianceKernel.micros(Instant.parse("2023-03-31T15:00:00Z"));

  @Test
  void sumsAggregatorReducesMergesAndFinishesToTheLibrarysSums() {
    SumsAggregator a = new SumsAggregator();
    SumsBuffer b1 = a.reduce(a.reduce(a.zero(), RowFactory.create(30L, 1_303L, 2_000L)), RowFactory.create(5L, 0L, 0L));
    SumsBuffer b2 = a.reduce(a.zero(), RowFactory.create(2L, 3L, 3L));
    Row r = a.finish(a.merge(b1, b2));
    assertThat(r).isEqualTo(RowFactory.create(39_096L, 1_306L, 2_003L, 3L));
    assertThat(a.finish(a.zero())).as("no rows").isEqualTo(RowFactory.create(0L, 0L, 0L, 0L));
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create(30L, 4L, 3L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_sums.online: must not exceed total (3) (was '4')");
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create(-1L, 1L, 3L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_sums.minutesPerCase: must be zero or more (was '-1')");
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create(1L, null, 3L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_sums.online: must not be null (was 'null')");
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create(1L, 1L, -3L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_sums.total: must be zero or more (was '-3')");
    assertThat(a.outputEncoder().schema()).isEqualTo(SumsAggregator.OUTPUT);
    assertThat(a.bufferEncoder().schema().fieldNames()).containsExactlyInAnyOrder("minutesOnline", "online", "rows",
        "total");
  }

  @Test
  void summaryAggregatorCountsInvalidReadingsUncheckedAndRefusesABadQuantityOrValue() {
    SummaryAggregator a = new SummaryAggregator();
    SummaryBuffer b = a.zero();
    a.reduce(b, RowFactory.create("CO2", 800L, null));
    a.reduce(b, RowFactory.create("CO2", 801L, "GOOD"));
    a.reduce(b, RowFactory.create("CO2", 801L, "SUSPECT"));
    a.reduce(b, RowFactory.create(null, null, "INVALID")); // an invalid reading is counted, never checked
    SummaryBuffer other = a.zero();
    a.reduce(other, RowFactory.create("OZONE", null, "INVALID"));
    Row r = a.finish(a.merge(b, other));
    // CO2 is at scale 0: the mean 800.666… is written half-even at two more places, 800.67
    assertThat(r).isEqualTo(RowFactory.create(3L, new BigDecimal("2402.000"), new BigDecimal("800.000"),
        new BigDecimal("801.000"), new BigDecimal("800.67000"), 2L));
    SummaryBuffer t = a.zero();
    a.reduce(t, RowFactory.create("AIR_TEMPERATURE", 2_720L, null));
    a.reduce(t, RowFactory.create("AIR_TEMPERATURE", 2_721L, null));
    assertThat(a.finish(t).getDecimal(4)).as("27.205 °C at four places, half-even").isEqualTo(new BigDecimal("27.20500"));
    assertThat(a.finish(a.zero())).isEqualTo(RowFactory.create(0L, new BigDecimal("0.000"), null, null, null, 0L));
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create(null, 1L, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_summary.quantity: must not be null (was 'null')");
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create("OZONE", 1L, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_summary.quantity: unknown quantity (was 'OZONE')")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.reduce(b, RowFactory.create("CO", 1L, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_summary.quantity: a group must hold one quantity (was 'CO' after 'CO2')");
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create("CO2", null, "SUSPECT")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_summary.unscaled: must not be null (was 'null')");
    assertThat(a.outputEncoder().schema()).isEqualTo(SummaryAggregator.OUTPUT);
    assertThat(a.bufferEncoder().schema().fieldNames()).contains("quantity", "count", "sum", "min", "max", "invalid");
  }

  @Test
  void rollupAggregatorRefusesBadRowsAndBadDepartmentIdsAndFinishesToTheLibrarysRollup() {
    RollupAggregator a = new RollupAggregator();
    var b = a.reduce(a.zero(), RowFactory.create("citizens", 31, 30L, 1_303L, 2_000L));
    var c = a.reduce(a.zero(), RowFactory.create("tax", 0, 2L, 5L, 7L));
    Row r = a.finish(a.merge(b, c));
    List<Row> depts = r.getList(0);
    assertThat(depts).containsExactly(RowFactory.create("citizens", 39_090L, 1_303L, 2_000L, 1L),
        RowFactory.create("tax", 10L, 5L, 7L, 1L));
    List<Row> five = r.getList(1);
    assertThat(five).hasSize(5);
    assertThat(five.get(0)).isEqualTo(RowFactory.create("COUNTERLESS", FiveLess.COUNTERLESS.japaneseName(), 39_090L,
        1_303L, 2_000L));
    assertThat(r.getStruct(2)).isEqualTo(RowFactory.create(39_100L, 1_308L, 2_007L, 2L));
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create(null, 1, 1L, 1L, 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_rollup.department: must not be null (was 'null')");
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create("tax", 32, 1L, 1L, 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_rollup.fiveLessMask: must be from 0 to 31 (was '32')");
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create("tax", -1, 1L, 1L, 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_rollup.fiveLessMask: must be zero or more (was '-1')");
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create("tax", 1, 1L, 2L, 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_rollup.online: must not exceed total (1) (was '2')");
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create("tax", 1, -1L, 1L, 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_rollup.minutesPerCase: must be zero or more (was '-1')");
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create("tax", 1, 1L, -1L, 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_rollup.online: must be zero or more (was '-1')");
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create("tax", 1, 1L, 1L, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_rollup.total: must not be null (was 'null')");
    var bad = a.reduce(a.zero(), RowFactory.create("市民課", 1, 1L, 1L, 1L));
    assertThatThrownBy(() -> a.finish(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dx_rollup.department: must match ").hasMessageEndingWith(" (was '市民課')");
    assertThat(a.outputEncoder().schema()).isEqualTo(RollupAggregator.OUTPUT);
    assertThat(a.bufferEncoder()).isNotNull();
  }

  @Test
  void complianceDayAggregatorChecksEachFieldAndFinishesToTheLibrarysDay() {
    ComplianceDayAggregator a = new ComplianceDayAggregator(Standards.BUILDING_HYGIENE, ComplianceReport.JAPAN);
    DayReadings b = a.zero();
    a.reduce(b, RowFactory.create("s-1", "AIR_TEMPERATURE", APRIL_FIRST_JAPAN + 3_600_000_000L, 2_900L, null));
    DayReadings c = a.zero();
    a.reduce(c, RowFactory.create("s-1", "AIR_TEMPERATURE", APRIL_FIRST_JAPAN, 2_000L, "SUSPECT"));
    a.reduce(c, RowFactory.create("s-2", "AIR_TEMPERATURE", APRIL_FIRST_JAPAN, 1_000L, "INVALID"));
    DayReadings m = a.merge(b, c);
    assertThat(m.size()).isEqualTo(3);
    assertThat(m.quality(0)).as("null quality is GOOD").isZero();
    assertThat(m.quality(1)).isEqualTo(1);
    assertThat(m.quality(2)).isEqualTo(2);
    Row r = a.finish(m);
    assertThat(r).isEqualTo(Rows.segment(ComplianceKernel.day(Standards.BUILDING_HYGIENE, ComplianceReport.JAPAN, m)));
    assertThat(r.getString(0)).as("00:00 in Japan is 2023-04-01").isEqualTo("2023-04-01");
    assertThat(r.getLong(2)).as("valid readings").isEqualTo(2L);
    assertThat(r.getLong(8)).as("invalid").isEqualTo(1L);
    String[] names = {"sensorId", "quantity", "observedAtMicros", "unscaled"};
    for (int i = 0; i < 4; i++) {
      Object[] v = {"s-1", "CO2", APRIL_FIRST_JAPAN, 800L, null};
      v[i] = null;
      int field = i;
      assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create(v))).as(names[field])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("dx_compliance_day." + names[field] + ": must not be null (was 'null')");
    }
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create("s-1", "CO2", APRIL_FIRST_JAPAN, 800L, "BAD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_compliance_day.quality: unknown quality (was 'BAD')")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create("s-1", "OZONE", APRIL_FIRST_JAPAN, 800L, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_compliance_day.quantity: unknown quantity (was 'OZONE')");
    assertThatThrownBy(() -> a.finish(a.zero())).isInstanceOf(IllegalStateException.class)
        .hasMessage("dx_compliance_day: an empty group has no day");
    assertThat(a.outputEncoder().schema()).isEqualTo(Rows.SEGMENT);
    assertThat(a.bufferEncoder()).isNotNull();
  }

  @Test
  void complianceAggregatorFoldsTheDaysOfAGroupInAnyOrderAndRefusesANullSegment() {
    ComplianceDayAggregator day = new ComplianceDayAggregator(Standards.BUILDING_HYGIENE, ComplianceReport.JAPAN);
    DayReadings d1 = day.reduce(day.zero(),
        RowFactory.create("s-1", "AIR_TEMPERATURE", APRIL_FIRST_JAPAN - 60_000_000L, 2_900L, null)); // 23:59 JST
    DayReadings d2 = day.reduce(day.zero(),
        RowFactory.create("s-1", "AIR_TEMPERATURE", APRIL_FIRST_JAPAN, 2_950L, null)); // midnight JST
    ComplianceAggregator a = new ComplianceAggregator(Standards.BUILDING_HYGIENE);
    SegmentList x = a.reduce(a.zero(), RowFactory.create(day.finish(d2)));
    SegmentList y = a.reduce(a.zero(), RowFactory.create(day.finish(d1)));
    Row r = a.finish(a.merge(x, y));
    assertThat(r.getString(0)).isEqualTo("AIR_TEMPERATURE");
    assertThat(r.getLong(1)).isEqualTo(2L);
    assertThat(r.getInt(10)).as("one exceedance across midnight in Japan").isEqualTo(1);
    assertThat(r.getLong(11)).as("23:59 to 00:00").isEqualTo(60L);
    Row first = r.<Row>getList(14).get(0);
    assertThat(first.getString(2)).isEqualTo("2023-03-31T14:59:00Z");
    assertThat(first.getString(3)).isEqualTo("2023-03-31T15:00:00Z");
    assertThat(ComplianceAggregator.toRow(null, 3)).isEqualTo(Rows.compliance(null, 3));
    assertThatThrownBy(() -> a.reduce(a.zero(), RowFactory.create((Object) null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dx_compliance.segment: must not be null (was 'null')");
    assertThat(a.outputEncoder().schema()).isEqualTo(ComplianceAggregator.OUTPUT);
    assertThat(a.bufferEncoder()).isNotNull();
  }

  @Test
  void aBadLppPayloadIsAnErrorValueWithItsReasonAndOffsetNeverAnException() {
    LppDecoder d = new LppDecoder();
    long at = APRIL_FIRST_JAPAN;
    // a digital input (no quantity: left out) and a temperature of 27.2 °C on channel 3
    Row ok = d.call("01 00 05 03 67 01 10", "HEX", "hall-3f-01", at);
    assertThat(ok.isNullAt(1)).isTrue();
    assertThat(ok.<Row>getList(0)).containsExactly(RowFactory.create(3, "AIR_TEMPERATURE", new BigDecimal("27.200"),
        2_720L));
    assertThat(d.call("AQAFA2cBEA==", "base64", "hall-3f-01", at)).isEqualTo(ok);
    assertThat(error(d.call(null, "hex", "s", at))).isEqualTo(List.of("MISSING", "null", "null",
        "dx_decode_lpp: payload, sensorId and observedAt must not be null"));
    assertThat(error(d.call("0367", "hex", null, at)).get(0)).isEqualTo("MISSING");
    assertThat(error(d.call("0367", "hex", "s", null)).get(0)).isEqualTo("MISSING");
    assertThat(error(d.call("0367", null, "s", at))).isEqualTo(List.of("UNKNOWN_ENCODING", "null", "null",
        "dx_decode_lpp.encoding: must be 'hex' or 'base64' (was 'null')"));
    assertThat(error(d.call("0367", "b64", "s", at)).get(3))
        .isEqualTo("dx_decode_lpp.encoding: must be 'hex' or 'base64' (was 'b64')");
    List<String> unknownType = error(d.call("03FF0110", "hex", "s", at));
    assertThat(unknownType.subList(0, 3)).containsExactly("UNKNOWN_TYPE", "0", "255");
    assertThat(error(d.call("0367011005", "hex", "s", at)).subList(0, 3)).containsExactly("TRUNCATED_HEADER", "4",
        "null");
    List<String> impossible = error(d.call("0168FF", "hex", "s", at)); // humidity 127.5 %
    assertThat(impossible.subList(0, 3)).containsExactly("INVALID_READING", "null", "null");
    assertThat(impossible.get(3)).contains("127.5");
    assertThat(error(d.call("03670110", "hex", "bad id", at)).get(0)).as("a bad sensor id")
        .isEqualTo("INVALID_READING");
  }

  static List<String> error(Row decoded) {
    assertThat(decoded.getList(0)).isEmpty();
    Row e = decoded.getStruct(1);
    return List.of(e.getString(0), String.valueOf(e.isNullAt(1) ? null : e.getInt(1)),
        String.valueOf(e.isNullAt(2) ? null : e.getInt(2)), e.getString(3));
  }

  @Test
  void periodsAreCutAtMidnightInJapanAndAnUnknownKindIsRefused() {
    Instant midnight = Instant.parse("2023-03-31T15:00:00Z");
    Instant before = midnight.minusNanos(1_000);
    assertThat(DxSpark.period(midnight, "day")).isEqualTo("2023-04-01");
    assertThat(DxSpark.period(before, "day")).isEqualTo("2023-03-31");
    assertThat(DxSpark.period(Timestamp.from(midnight), "MONTH")).isEqualTo("2023-04");
    assertThat(DxSpark.period(Timestamp.from(before), "month")).isEqualTo("2023-03");
    assertThat(DxSpark.period(midnight, "fiscal-year")).isEqualTo("FY2023");
    assertThat(DxSpark.period(before, "Fiscal-Year")).isEqualTo("FY2022");
    assertThat(DxSpark.period((Object) null, "day")).isNull();
    assertThatThrownBy(() -> DxSpark.period(midnight, "week")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dx_period.kind: must be 'day', 'month' or 'fiscal-year' (was 'week')");
  }

  @Test
  void aFiveLessCellReadsAsItsBitsWithAnySeparatorAndAnUnknownNameIsRefused() {
    int paperMove = FiveLess.PAPERLESS.bit() | FiveLess.MOVELESS.bit();
    assertThat(DxSpark.fiveLessMask((String) null)).isZero();
    assertThat(DxSpark.fiveLessMask("")).isZero();
    assertThat(DxSpark.fiveLessMask("ペーパーレス|ムーブレス")).isEqualTo(paperMove);
    for (String sep : List.of("・", ";", "｜", "；", "･")) {
      assertThat(DxSpark.fiveLessMask("ペーパーレス" + sep + " ムーブレス ")).as("separator %s", sep).isEqualTo(paperMove);
    }
    assertThat(DxSpark.fiveLessMask("|ペーパーレス||")).as("blank parts").isEqualTo(FiveLess.PAPERLESS.bit());
    assertThat(DxSpark.fiveLessMask("カウンターレス|キャッシュレス|ムーブレス|ペーパーレス|ファイルレス")).isEqualTo(31);
    assertThatThrownBy(() -> DxSpark.fiveLessMask("ペーパーレス|スマホ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sourceCellsAreReadAsTheLibraryReadsThemAndABadCellNamesFileColumnAndValue() {
    assertThat(DxSources.whole("1,303", "online", "f.csv")).isEqualTo(1_303L);
    assertThat(DxSources.whole(" １３０３ ", "online", "f.csv")).as("full-width, spaces").isEqualTo(1_303L);
    assertThat(DxSources.whole("0", "online", "f.csv")).isZero();
    for (String bad : new String[] {null, "", "12a", "1,30", "-1", "1.5"}) {
      assertThatThrownBy(() -> DxSources.whole(bad, "online", "f.csv")).as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("f.csv: column 'online' must be a whole number ≥ 0 (was '" + bad + "')");
    }
    assertThatThrownBy(() -> DxSources.whole("9,223,372,036,854,775,808", "total", "f.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("f.csv: column 'total' does not fit a long (was '9,223,372,036,854,775,808')")
        .hasCauseInstanceOf(NumberFormatException.class);
    assertThat(DxSources.whole("9,223,372,036,854,775,807", "total", "f.csv")).isEqualTo(Long.MAX_VALUE);
    assertThat(DxSources.fiscalYear("2023", "fiscalYear", "f.csv")).isEqualTo(2023);
    for (String bad : new String[] {null, "next year"}) {
      assertThatThrownBy(() -> DxSources.fiscalYear(bad, "fiscalYear", "f.csv"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("f.csv: column 'fiscalYear' is not a fiscal year (was '" + bad + "')");
    }
    assertThat(DxSources.instantMicros(" 2023-04-01T00:10:00Z ", "observedAt", "f.csv"))
        .isEqualTo(1_680_307_800_000_000L);
    for (String bad : new String[] {null, "2023-04-01 00:10"}) {
      assertThatThrownBy(() -> DxSources.instantMicros(bad, "observedAt", "f.csv"))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("f.csv: column 'observedAt' must be an ISO-8601"
              + " instant such as 2023-04-01T00:10:00Z (was '" + bad + "')");
    }
    assertThat(DxSources.unscaled(" AIR_TEMPERATURE ", " 27.2 ", "f.csv")).isEqualTo(2_720L);
    assertThat(DxSources.unscaled("CO2", "800", "f.csv")).isEqualTo(800L);
    for (String bad : new String[] {null, "OZONE"}) {
      assertThatThrownBy(() -> DxSources.unscaled(bad, "1", "f.csv")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("f.csv: column 'quantity' is not a quantity (was '" + bad + "')");
    }
    for (String bad : new String[] {null, "abc"}) {
      assertThatThrownBy(() -> DxSources.unscaled("CO2", bad, "f.csv")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("f.csv: column 'value' is not a decimal number (was '" + bad + "')");
    }
    assertThatThrownBy(() -> DxSources.unscaled("AIR_TEMPERATURE", "27.205", "f.csv"))
        .as("finer than the column scale: never rounded").isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("f.csv: column 'value': ");
    assertThatThrownBy(() -> DxSources.unscaled("RELATIVE_HUMIDITY", "100.1", "f.csv"))
        .as("impossible for the quantity").isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("f.csv: column 'value': ");
  }

  @Test
  void theJobsArgumentsAreNamePairsAndAMissingOneIsNamed(@TempDir Path dir) throws Exception {
    NationwideJob.Options o = NationwideJob.Options.parse(new String[] {"--Procedures", "p", "--out", "o",
        "--days", "7"});
    assertThat(o.require("procedures")).as("names are case-insensitive").isEqualTo("p");
    assertThat(o.get("out", "x")).isEqualTo("o");
    assertThat(o.get("format", "csv")).isEqualTo("csv");
    assertThat(o.integer("days", 1)).isEqualTo(7);
    assertThat(o.integer("hours", 24)).isEqualTo(24);
    assertThatThrownBy(() -> o.require("readings")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing option --readings");
    assertThatThrownBy(() -> NationwideJob.Options.parse(new String[] {"--out", "o", "--format"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected --name value pairs (was '--format')");
    assertThatThrownBy(() -> NationwideJob.Options.parse(new String[] {"out", "o"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected --name value pairs (was 'out')");
    assertThat(NationwideJob.Options.parse(new String[0]).get("out", "none")).isEqualTo("none");
    assertThat(NationwideJob.standard("building-hygiene")).isSameAs(Standards.BUILDING_HYGIENE);
    assertThat(NationwideJob.standard("school")).isSameAs(Standards.SCHOOL);
    Path file = dir.resolve("school.json");
    Files.writeString(file, DxJson.write(Standards.SCHOOL));
    assertThat(NationwideJob.standard(file.toString())).isEqualTo(Standards.SCHOOL);
    assertThatThrownBy(() -> NationwideJob.standard(dir.resolve("missing.json").toString()))
        .isInstanceOf(java.io.IOException.class);
  }
}
