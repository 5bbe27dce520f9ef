package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.xlsx.XlsxReader;
import org.municipaldx.ingest.xlsx.XlsxSource;

/** {@code dx iot compliance} with workbooks: readings from .xlsx, the report as .xlsx. */
class IotComplianceWorkbookTest {
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");

  @TempDir
  Path dir;

  /** A day of readings every 10 minutes at two rooms; 3 readings at 30.5 °C in one; rows for CSV and workbook. */
  static List<List<Object>> readings() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("センサー", "場所", "日時", "項目", "値", "単位"));
    Instant start = Instant.parse("2024-05-31T15:00:00Z");
    for (int k = 0; k < 144; k++) {
      LocalDateTime t = start.plusSeconds(600L * k).atZone(JST).toLocalDateTime();
      BigDecimal temp = k >= 30 && k < 33 ? new BigDecimal("30.5") : new BigDecimal("24");
      rows.add(List.of("s1", "本庁舎/1F/窓口", t, "温度", temp, "℃"));
      rows.add(List.of("s2", "本庁舎/3F/会議室1", t, "co2", new BigDecimal(k < 72 ? 1100 : 700), "ppm"));
    }
    return rows;
  }

  static String csv(List<List<Object>> rows) {
    StringBuilder sb = new StringBuilder();
    for (List<Object> r : rows) {
      for (int c = 0; c < r.size(); c++) {
        Object v = r.get(c);
        sb.append(c > 0 ? "," : "").append(v instanceof LocalDateTime t ? t.toString().replace('T', ' ')
            : v instanceof BigDecimal d ? d.toPlainString() : v);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static void xlsx(Path file, List<List<Object>> rows) {
    try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "test", "1.0")) {
      wb.newWorksheet("説明").value(0, 0, "測定値は次のシート");
      Worksheet ws = wb.newWorksheet("測定値");
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof BigDecimal d) {
            ws.value(r, c, d);
          } else if (v instanceof LocalDateTime t) {
            ws.value(r, c, t);
            ws.style(r, c).format("yyyy/m/d h:mm").set();
          } else {
            ws.value(r, c, (String) v);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readingsFromAWorkbookSheetGiveTheSameReportAsTheCsv() throws Exception {
    Path csv = dir.resolve("readings.csv");
    Files.writeString(csv, csv(readings()), StandardCharsets.UTF_8);
    Path book = dir.resolve("readings.xlsx");
    xlsx(book, readings());
    Run fromCsv = Run.dx("iot", "compliance", "--readings", csv.toString(), "--interval", "10", "--format", "csv");
    Run fromXlsx = Run.dx("iot", "compliance", "--readings", book.toString(), "--sheet", "測定値", "--interval", "10",
        "--format", "csv");
    assertThat(fromCsv.exit()).as(fromCsv.err()).isZero();
    assertThat(fromXlsx.exit()).as(fromXlsx.err()).isZero();
    assertThat(fromXlsx.out()).isEqualTo(fromCsv.out());
    assertThat(fromCsv.out()).contains("本庁舎/1F/窓口,2024-06,AIR_TEMPERATURE,°C,144,24,30.5,24.135,PER_READING,144,3,1800");
    // the first sheet is not the readings: named by its cell
    Run first = Run.dx("iot", "compliance", "--readings", book.toString(), "--format", "csv");
    assertThat(first.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(first.err()).contains("readings.xlsx 説明!A1");
    Run sheetOnCsv = Run.dx("iot", "compliance", "--readings", csv.toString(), "--sheet", "測定値");
    assertThat(sheetOnCsv.exit()).isEqualTo(DxCommand.USAGE_ERROR);
  }

  @Test
  void formatXlsxWritesOneSheetPerTableWithNumbersAsNumbers() throws Exception {
    Path csv = dir.resolve("readings.csv");
    Files.writeString(csv, csv(readings()), StandardCharsets.UTF_8);
    Path out = dir.resolve("report.xlsx");
    Run r = Run.dx("iot", "compliance", "--readings", csv.toString(), "--interval", "10", "--period", "day",
        "--format", "xlsx", "--out", out.toString(), "--working-days", "243");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    List<List<String>> quantities = sheet(out, "項目別");
    assertThat(quantities.get(0)).startsWith("場所", "期間", "項目", "項目名", "単位", "測定数", "最小", "最大", "平均");
    assertThat(quantities).hasSize(3);
    List<String> temp = quantities.stream().filter(row -> row.get(2).equals("AIR_TEMPERATURE")).findFirst().orElseThrow();
    assertThat(temp.subList(0, 8)).containsExactly("本庁舎/1F/窓口", "2024-06-01", "AIR_TEMPERATURE", "温度", "°C", "144", "24",
        "30.5");
    assertThat(temp.get(11)).isEqualTo("3"); // out of range
    assertThat(temp.get(12)).isEqualTo("1800"); // seconds out of range: 3 readings × 10 minutes
    assertThat(temp.get(14)).isEqualTo("FALSE");
    List<List<String>> places = sheet(out, "場所別");
    assertThat(places).extracting(row -> row.get(0)).containsExactly("場所", "本庁舎/1F/窓口", "本庁舎/3F/会議室1");
    assertThat(places.get(1).get(3)).isEqualTo("不適合");
    assertThat(sheet(out, "基準超過")).hasSizeGreaterThan(1);
    assertThat(sheet(out, "基準").get(1).get(7)).contains("建築物における衛生的環境の確保に関する法律施行令");
    List<List<String>> summary = sheet(out, "概要");
    assertThat(summary).anySatisfy(row -> assertThat(row).containsExactly("ムーブレス削減（分/年）", "2430"));
    assertThat(summary).anySatisfy(row -> assertThat(row).containsExactly("測定数", "288"));

    Run noOut = Run.dx("iot", "compliance", "--readings", csv.toString(), "--format", "xlsx");
    assertThat(noOut.exit()).isEqualTo(DxCommand.USAGE_ERROR);
    assertThat(noOut.err()).contains("--format xlsx needs --out FILE");
  }

  static List<List<String>> sheet(Path book, String name) {
    List<List<String>> rows = new ArrayList<>();
    try (XlsxSource src = XlsxReader.create().withSheet(name).open(book)) {
      while (src.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < src.record().size(); i++) {
          row.add(src.record().get(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
