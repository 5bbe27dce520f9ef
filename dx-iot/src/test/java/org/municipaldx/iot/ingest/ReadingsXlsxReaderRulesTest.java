package org.municipaldx.iot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.CellLocation;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.xlsx.XlsxReader;
import org.municipaldx.iot.report.ComplianceAccumulator;
import org.municipaldx.iot.report.ComplianceTable;
import org.municipaldx.iot.standard.CompliancePeriod;
import org.municipaldx.iot.standard.Standards;

/**
 * The workbook's own rule, exactly: in the time column (found by its header name in the first
 * non-blank row, wherever the column is) a text of exactly yyyy-MM-dd is that day's local midnight;
 * any other text is read as the CSV reader reads it, and a date alone in another column stays as
 * written.
 */
class ReadingsXlsxReaderRulesTest {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");
  static final ReadingsCsvReader RULES = ReadingsCsvReader.create().withInterval(Duration.ofMinutes(10));

  @TempDir
  Path dir;

  ComplianceAccumulator acc() {
    return ComplianceAccumulator.create(Standards.BUILDING_HYGIENE, CompliancePeriod.Kind.DAY, JST);
  }

  /**
   * The header after a blank row, the time column first: a text date alone is local midnight, in the
   * time column only (the location 2024-06-02 stays a facility of that name).
   */
  @Test
  void aTextDateAloneInTheTimeColumnIsLocalMidnight() {
    Path book = dir.resolve("dates.xlsx");
    ReadingsXlsxReaderTest.write(book, "Sheet1", List.of(
        List.of("", "", "", "", ""),
        List.of("time", "sensor", "location", "quantity", "value"),
        List.of("2024-06-01", "s1", "2024-06-02", "temperature", new BigDecimal("20")),
        List.of("2024-06-01T00:10", "s1", "2024-06-02", "temperature", new BigDecimal("21")),
        List.of("2024-06-09", "s1", "2024-06-02", "temperature", new BigDecimal("22"))), false);
    ComplianceAccumulator acc = acc();
    assertThat(ReadingsXlsxReader.of(RULES).read(book, acc)).isEqualTo(3);
    ComplianceTable t = acc.finish();
    assertThat(t.windowStart()).hasValue(Instant.parse("2024-05-31T15:00:00Z"));
    // 2024-06-09 (digits 0 to 9) is midnight too
    assertThat(t.windowEnd()).hasValue(Instant.parse("2024-06-08T15:00:00Z"));
    assertThat(t.rows()).hasSize(9);
    assertThat(t.rows()).allSatisfy(r -> assertThat(r.location().key()).isEqualTo("2024-06-02//"));
    assertThat(t.rows().subList(0, 1)).singleElement().satisfies(r -> assertThat(r.location().key()).isEqualTo("2024-06-02//"));
  }

  /** Texts that only look like a date (another separator, a letter, another length) are not made midnight: each is a time problem. */
  @Test
  void onlyExactlyYyyyMmDdIsADate() {
    Path book = dir.resolve("notdates.xlsx");
    List<String> texts = List.of("2024/06/01", "2024-06/01", "2024-06-0a", "a024-06-01", "2024-0a-01", "2024-06-011",
        "2024-6-01", "20240-6-01");
    List<List<Object>> rows = new java.util.ArrayList<>();
    rows.add(List.of("sensor", "location", "quantity", "value", "日時"));
    for (String t : texts) {
      rows.add(List.of("s1", "本庁舎", "temperature", new BigDecimal("20"), t));
    }
    ReadingsXlsxReaderTest.write(book, "測定値", rows, false);
    assertThatThrownBy(() -> ReadingsXlsxReader.of(RULES).read(book, acc())).isInstanceOfSatisfying(IngestException.class,
        e -> {
          List<Problem> ps = e.problems();
          assertThat(ps).hasSize(texts.size());
          assertThat(ps).extracting(p -> ((CellLocation) p.location()).toString()).containsExactly("notdates.xlsx 測定値!E2",
              "notdates.xlsx 測定値!E3", "notdates.xlsx 測定値!E4", "notdates.xlsx 測定値!E5", "notdates.xlsx 測定値!E6",
              "notdates.xlsx 測定値!E7", "notdates.xlsx 測定値!E8", "notdates.xlsx 測定値!E9");
          // each reason quotes the text as written: nothing was appended to it
          for (int i = 0; i < texts.size(); i++) {
            assertThat(ps.get(i).reason()).startsWith("'" + texts.get(i) + "' is not a time");
          }
        });
  }

  /** A sheet without a time column is read as it is: the missing column is the problem. */
  @Test
  void aSheetWithoutTimeColumnReportsTheMissingColumn() {
    Path book = dir.resolve("notime.xlsx");
    ReadingsXlsxReaderTest.write(book, "Sheet1", List.of(
        List.of("sensor", "location", "quantity", "value"),
        List.of("s1", "本庁舎", "temperature", new BigDecimal("20"))), false);
    assertThatThrownBy(() -> ReadingsXlsxReader.of(RULES).read(book, acc())).isInstanceOfSatisfying(IngestException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("日時")));
  }

  /** The sheet read: the first visible one unless named, by withSheet or by the workbook reader given. */
  @Test
  void theSheetReadIsTheNamedOne() {
    ReadingsXlsxReader first = ReadingsXlsxReader.of(RULES);
    assertThat(first.sheet()).isEmpty();
    assertThat(first.withSheet("測定値").sheet()).hasValue("測定値");
    assertThat(first.withWorkbookReader(XlsxReader.create().withSheet("別表")).sheet()).hasValue("別表");
    assertThat(ReadingsXlsxReader.isWorkbook(Path.of("dir", "a.xlsm"))).isTrue();
    assertThat(ReadingsXlsxReader.isWorkbook(Path.of("A.XlsM"))).isTrue();
    assertThat(ReadingsXlsxReader.isWorkbook(Path.of("axlsx"))).isFalse();
    assertThat(ReadingsXlsxReader.isWorkbook(Path.of("a.xls"))).isFalse();
    Path book = dir.resolve("two.xlsx");
    ReadingsXlsxReaderTest.write(book, "測定値", List.of(
        List.of("sensor", "location", "time", "quantity", "value"),
        List.of("s1", "本庁舎", "2024-06-01T09:00+09:00", "temperature", new BigDecimal("20"))), true);
    ComplianceAccumulator acc = acc();
    assertThat(first.withWorkbookReader(XlsxReader.create().withSheet("測定値")).read(book, acc)).isEqualTo(1);
    assertThat(acc.finish().readings()).isEqualTo(1);
  }
}
