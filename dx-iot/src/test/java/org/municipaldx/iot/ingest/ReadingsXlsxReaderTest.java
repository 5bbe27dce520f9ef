package org.municipaldx.iot.ingest;

import org.municipaldx.testsupport.TrialScale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sageserpent.americium.java.Trials;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.CellLocation;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.xlsx.XlsxException;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/** Readings from a workbook: the CSV reader's columns and rules, the same tables. */
class ReadingsXlsxReaderTest {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");
  static final ReadingsCsvReader RULES = ReadingsCsvReader.create().withInterval(Duration.ofMinutes(10));

  @TempDir
  Path dir;

  /** A cell: text, a number (BigDecimal) or a date-time cell (LocalDateTime, shown as a date and time). */
  static void write(Path file, String sheet, List<List<Object>> rows, boolean otherSheetFirst) {
    try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "test", "1.0")) {
      if (otherSheetFirst) {
        wb.newWorksheet("メモ").value(0, 0, "this sheet is not the readings");
      }
      Worksheet ws = wb.newWorksheet(sheet);
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof BigDecimal d) {
            ws.value(r, c, d);
          } else if (v instanceof LocalDateTime t) {
            ws.value(r, c, t);
            ws.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
          } else {
            ws.value(r, c, (String) v);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ComplianceTable csv(String text) throws IOException {
    Path f = Files.createTempFile(dir, "readings", ".csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    RULES.read(f, acc);
    return acc.finish();
  }

  /** The same readings written as CSV and as a workbook (first sheet or a named one) give the same table. */
  @Test
  void theSameReadingsAsCsvAndAsWorkbookGiveTheSameComplianceTable() {
    Trials.api().integers(0, 1_000_000).immutableLists().withLimits(TrialScale.trials(40), TrialScale.limits()).supplyTo(seeds -> {
      StringBuilder csv = new StringBuilder("sensor,location,time,quantity,value,unit\n");
      List<List<Object>> rows = new ArrayList<>();
      boolean japanese = !seeds.isEmpty() && seeds.get(0) % 2 == 0;
      rows.add(List.of(japanese ? "センサー" : "sensor", japanese ? "場所" : "location", japanese ? "日時" : "time",
          japanese ? "項目" : "quantity", japanese ? "値" : "value", japanese ? "単位" : "unit"));
      Instant t = Instant.parse("2024-05-31T12:00:00Z");
      for (int i = 0; i < seeds.size(); i++) {
        int x = seeds.get(i);
        int sensor = x % 3;
        t = t.plusSeconds(60L * (x % 47));
        boolean co2 = x % 2 == 0;
        BigDecimal value = co2 ? BigDecimal.valueOf(400 + x % 900) : BigDecimal.valueOf(150 + x % 200, 1);
        String unit = co2 ? "ppm" : x % 5 == 0 ? "" : "℃";
        String place = "本庁舎/" + sensor + "F/室";
        String timeText = switch (x % 3) {
          case 0 -> t.toString();
          case 1 -> t.atOffset(ZoneOffset.ofHours(9)).toString();
          default -> t.atZone(JST).toLocalDateTime().toString().replace('T', ' ');
        };
        csv.append("s").append(sensor).append(',').append(place).append(',').append(timeText).append(',')
            .append(co2 ? "co2" : "温度").append(',').append(value.toPlainString()).append(',').append(unit).append('\n');
        // in the workbook: a date cell (local time) every other row, else the text; the value a number cell
        Object time = x % 4 < 2 ? t.atZone(JST).toLocalDateTime() : timeText;
        rows.add(List.of("s" + sensor, place, time, co2 ? "co2" : "温度", value, unit));
      }
      boolean named = seeds.size() % 2 == 1;
      Path book = dir.resolve("readings-" + System.nanoTime() + ".xlsx");
      write(book, "測定値", rows, named);
      try {
        ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
        ReadingsXlsxReader reader = ReadingsXlsxReader.of(RULES);
        long n = (named ? reader.withSheet("測定値") : reader).read(book, acc);
        assertThat(n).isEqualTo(seeds.size());
        assertThat(acc.finish()).isEqualTo(csv(csv.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void aDateCellAtMidnightIsThatLocalMidnight() {
    Path book = dir.resolve("midnight.xlsx");
    write(book, "Sheet1", List.of(
        List.of("センサー", "場所", "日時", "項目", "値"),
        List.of("s1", "本庁舎/1F/窓口", LocalDateTime.parse("2024-06-01T00:00"), "温度", new BigDecimal("20.5")),
        List.of("s1", "本庁舎/1F/窓口", LocalDateTime.parse("2024-06-01T00:10:30"), "温度", new BigDecimal("21"))), false);
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    assertThat(ReadingsXlsxReader.of(RULES).read(book, acc)).isEqualTo(2);
    ComplianceTable t = acc.finish();
    assertThat(t.windowStart()).hasValue(Instant.parse("2024-05-31T15:00:00Z"));
    assertThat(t.windowEnd()).hasValue(Instant.parse("2024-05-31T15:10:30Z"));
    assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.period()).hasToString("2024-06-01"));
  }

  @Test
  void everyProblemIsLocatedBySheetAndCellAndNothingIsRead() {
    Path book = dir.resolve("bad.xlsx");
    write(book, "測定値", List.of(
        List.of("sensor", "location", "time", "quantity", "value", "unit"),
        List.of("s1", "本庁舎/1F/窓口", "2024-06-01T09:00+09:00", "temperature", new BigDecimal("20"), "°F"),
        List.of("s1", "本庁舎/1F/窓口", "yesterday", "temperature", new BigDecimal("21"), ""),
        List.of("s1", "本庁舎/1F/窓口", "2024-06-01T09:20+09:00", "noise", "loud", "")), false);
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    assertThatThrownBy(() -> ReadingsXlsxReader.of(RULES).read(book, acc)).isInstanceOfSatisfying(IngestException.class,
        e -> {
          assertThat(e.total()).isEqualTo(4);
          List<Problem> ps = e.problems();
          assertThat(ps).extracting(p -> ((CellLocation) p.location()).toString())
              .containsExactly("bad.xlsx 測定値!F2", "bad.xlsx 測定値!C3", "bad.xlsx 測定値!D4", "bad.xlsx 測定値!E4");
          assertThat(ps.get(0).reason()).contains("unknown unit '°F'");
          assertThat(ps.get(1).reason()).contains("'yesterday' is not a time");
        });
  }

  @Test
  void aMissingSheetIsRefusedNamingIt() {
    Path book = dir.resolve("one.xlsx");
    write(book, "Sheet1", List.of(List.of("sensor", "location", "time", "quantity", "value")), false);
    ComplianceAccumulator acc = ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
    assertThatThrownBy(() -> ReadingsXlsxReader.of(RULES).withSheet("測定値").read(book, acc))
        .isInstanceOf(XlsxException.class).hasMessageContaining("測定値");
    assertThat(ReadingsXlsxReader.isWorkbook(Path.of("A.XLSX"))).isTrue();
    assertThat(ReadingsXlsxReader.isWorkbook(Path.of("a.csv"))).isFalse();
  }
}
