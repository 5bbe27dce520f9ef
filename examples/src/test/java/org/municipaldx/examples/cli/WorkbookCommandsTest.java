package org.municipaldx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.LocalDate;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.ExcelCsvWriter;
import org.municipaldx.regulation.Provision;
import org.municipaldx.regulation.RegulationItem;
import org.municipaldx.regulation.RegulationType;
import org.municipaldx.regulation.csv.RegulationCsv;
import org.municipaldx.regulation.law.LegalInstrumentKind;
import org.municipaldx.regulation.review.AssessmentVerdict;
import org.municipaldx.regulation.review.ReviewHistory;
import org.municipaldx.regulation.review.ReviewState;
import org.municipaldx.regulation.review.ReviewStep;

/**
 * {@code dx rollup}, {@code dx regulations} and {@code dx report --xlsx} with Excel workbooks: the same roll-up as the
 * same rows in CSV, Excel's drift (trailing empty header cells, blank rows) read the same way, and
 * every error named by sheet and cell.
 */
class WorkbookCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> HEADER = List.of("部局", "年度", "5レス", "1件あたり分", "オンライン件数", "総件数");
  // 30·100 + 10·50 = 3,500 minutes online in kensetsu; 5·0 = 0 in kikaku
  private static final List<List<Object>> ROWS = List.of(
      List.of("kensetsu", "令和5年度", "カウンターレス", 30, 100, 400),
      List.of("kensetsu", 2023, "カウンターレス|ペーパーレス", 10, 50, 50),
      List.of("kikaku", 2023, "", 5, 0, 10));

  @TempDir
  Path tmp;

  /** The rows in a sheet named 手続 after a sheet 説明, with Excel's drift: styled empty cells, blank rows. */
  private Path workbook(String name, List<List<Object>> rows) throws IOException {
    Path file = tmp.resolve(name);
    try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "test", "1.0")) {
      Worksheet about = wb.newWorksheet("説明");
      about.value(0, 0, "手続シートに件数を入力");
      Worksheet ws = wb.newWorksheet("手続");
      for (int c = 0; c < HEADER.size(); c++) {
        ws.value(1, c, HEADER.get(c)); // row 1 left empty, row 2 the header
      }
      ws.style(1, 6).bold().set(); // formatted empty cells after the header, as Excel keeps them
      ws.style(1, 7).bold().set();
      int r = 2;
      for (List<Object> row : rows) {
        for (int c = 0; c < row.size(); c++) {
          Object v = row.get(c);
          if (v instanceof Integer i) {
            ws.value(r, c, i);
          } else if (!"".equals(v)) {
            ws.value(r, c, (String) v);
          }
        }
        r++;
        ws.style(r, 0).bold().set(); // a blank row (styled, no values) after every row
        r++;
      }
    }
    return file;
  }

  private Path csv(List<List<Object>> rows) throws IOException {
    StringBuilder sb = new StringBuilder(String.join(",", HEADER)).append('\n');
    for (List<Object> row : rows) {
      sb.append(String.join(",", row.stream().map(String::valueOf).toList())).append('\n');
    }
    Path file = tmp.resolve("rows.csv");
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void rollupOfAWorkbookEqualsTheRollupOfTheSameRowsInCsv() throws IOException {
    Path xlsx = workbook("stats.xlsx", ROWS);
    Run fromCsv = Run.dx("rollup", csv(ROWS).toString(), "--format", "json");
    Run fromSheet = Run.dx("rollup", xlsx.toString(), "--sheet", "手続", "--format", "json");

    assertThat(fromSheet.exit()).as(fromSheet.err()).isZero();
    assertThat(fromSheet.out()).isEqualTo(fromCsv.out());
    // --parallel: blocks of the sheet's rows parsed on several threads, the same roll-up
    Run parallel = Run.dx("rollup", xlsx.toString(), "--sheet", "手続", "--format", "json", "--parallel");
    assertThat(parallel.exit()).as(parallel.err()).isZero();
    assertThat(parallel.out()).isEqualTo(fromCsv.out());
    JsonNode root = JSON.readTree(fromSheet.out());
    assertThat(root.path("rows").asLong()).isEqualTo(3);
    assertThat(root.path("byDepartment").path("kensetsu").path("minutesOnline").asLong()).isEqualTo(3_500);
    assertThat(root.path("byFiveLess").path("PAPERLESS").path("minutesOnline").asLong()).isEqualTo(500);
    assertThat(root.path("total").path("total").asLong()).isEqualTo(460);
  }

  @Test
  void theFirstVisibleSheetIsReadUnlessOneIsNamed() throws IOException {
    Path xlsx = workbook("stats.xlsx", ROWS);
    Run first = Run.dx("rollup", xlsx.toString());
    assertThat(first.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(first.err()).contains("stats.xlsx 説明!A1", "unknown column '手続シートに件数を入力'");

    Run missing = Run.dx("rollup", xlsx.toString(), "--sheet", "手續");
    assertThat(missing.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(missing.err()).contains("no sheet named '手續'", "['説明', '手続']");

    Run notAWorkbook = Run.dx("rollup", csv(ROWS).toString(), "--sheet", "手続");
    assertThat(notAWorkbook.exit()).isEqualTo(DxCommand.USAGE_ERROR);
  }

  @Test
  void everyErrorNamesSheetAndCell() throws IOException {
    Path xlsx = workbook("bad.xlsx", List.of(
        List.of("kensetsu", 2023, "", 30, 500, 400),
        List.of("kensetsu", 2023, "ムーブレス", "三十", 1, 2)));
    Run r = Run.dx("rollup", xlsx.toString(), "--sheet", "手続");
    assertThat(r.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    // rows 3 and 5 (a blank row between them); E3: online 500 > total 400; D5: not a number
    assertThat(r.err()).contains("bad.xlsx 手続!E3 (オンライン件数)", "bad.xlsx 手続!D5 (1件あたり分)", "'三十'");
    Run parallel = Run.dx("rollup", xlsx.toString(), "--sheet", "手続", "--parallel");
    assertThat(parallel.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(parallel.err()).isEqualTo(r.err());
  }

  @Test
  void aZipBombIsRefusedAsAnInputError() throws IOException {
    Path bomb = tmp.resolve("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(new byte[5_000_000]); // zeros: a thousandfold compression
      zip.closeEntry();
    }
    Run r = Run.dx("rollup", bomb.toString());
    assertThat(r.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    assertThat(r.err()).contains("bomb.xlsx entry [Content_Types].xml, byte offset", "zip bomb");
  }

  /** Copies CSV records into a sheet as text cells, with Excel's drift: styled empty cells after the header, blank rows. */
  private static void sheetFromCsv(Worksheet ws, byte[] csv) {
    try (CsvSource src = CsvSource.of(new java.io.ByteArrayInputStream(csv), "csv", java.util.Optional.empty())) {
      int r = 0;
      while (src.next()) {
        for (int c = 0; c < src.record().size(); c++) {
          String v = ExcelCsvWriter.unescape(src.record().get(c));
          if (!v.isEmpty()) {
            ws.value(r, c, v);
          }
        }
        if (r == 0) {
          ws.style(0, src.record().size()).bold().set();
          ws.style(0, src.record().size() + 1).bold().set();
        }
        r++;
        ws.style(r, 0).bold().set(); // a blank row
        r++;
      }
    }
  }

  private static List<RegulationItem> regulations() {
    RegulationItem fire = RegulationItem.builder().id("fire-001")
        .provision(Provision.of(LegalInstrumentKind.ORDINANCE, "火災予防条例", "第12条第2項"))
        .quotedText("消防用設備等を目視により点検しなければならない")
        .addTypes(RegulationType.VISUAL_INSPECTION, RegulationType.ON_SITE_AUDIT, RegulationType.PERIODIC_INSPECTION)
        .departmentId("fire").build();
    RegulationItem posting = RegulationItem.builder().id("post-001")
        .provision(Provision.of(LegalInstrumentKind.RULE, "公告式規則", "第2条"))
        .quotedText("掲示場に掲示して行う").addTypes(RegulationType.WRITTEN_POSTING).departmentId("general-affairs")
        .review(ReviewHistory.identified(LocalDate.of(2023, 4, 1)).then(ReviewStep.builder()
            .from(ReviewState.IDENTIFIED).to(ReviewState.ASSESSED).on(LocalDate.of(2023, 5, 10)).by("総務課")
            .verdict(AssessmentVerdict.ANALOG_REGULATION).build()))
        .build();
    return List.of(fire, posting);
  }

  @Test
  void regulationsOfAWorkbookEqualTheSameInventoryInCsv() throws IOException {
    List<RegulationItem> items = regulations();
    Path itemsCsv = tmp.resolve("items.csv");
    Path historyCsv = tmp.resolve("history.csv");
    Files.write(itemsCsv, RegulationCsv.writeItems(items));
    Files.write(historyCsv, RegulationCsv.writeHistory(items));
    Path book = tmp.resolve("inventory.xlsx");
    try (OutputStream os = Files.newOutputStream(book); Workbook wb = new Workbook(os, "test", "1.0")) {
      sheetFromCsv(wb.newWorksheet("規制一覧"), RegulationCsv.writeItems(items));
      sheetFromCsv(wb.newWorksheet("履歴"), RegulationCsv.writeHistory(items));
    }
    Run fromCsv = Run.dx("regulations", itemsCsv.toString(), "--as-of", "2023-06-01", "--format", "json");
    Run fromBook = Run.dx("regulations", book.toString(), "--sheet", "規制一覧", "--history", book.toString(),
        "--history-sheet", "履歴", "--as-of", "2023-06-01", "--format", "json");

    assertThat(fromCsv.exit()).as(fromCsv.err()).isZero();
    assertThat(fromBook.exit()).as(fromBook.err()).isZero();
    assertThat(fromBook.out()).isEqualTo(fromCsv.out());
    JsonNode root = JSON.readTree(fromBook.out());
    assertThat(root.path("items").asLong()).isEqualTo(2);
    assertThat(root.path("typeAssignments").asLong()).isEqualTo(4);
    assertThat(root.path("byState").path("ASSESSED").asLong()).isEqualTo(1);
  }

  @Test
  void regulationErrorsNameSheetAndCell() throws IOException {
    Path book = tmp.resolve("bad-inventory.xlsx");
    try (OutputStream os = Files.newOutputStream(book); Workbook wb = new Workbook(os, "test", "1.0")) {
      String csv = new String(RegulationCsv.writeItems(regulations()), StandardCharsets.UTF_8)
          .replace("fire-001,", "fire-001,憲章,"); // an unknown instrument kind in B
      Worksheet ws = wb.newWorksheet("規制一覧");
      sheetFromCsv(ws, csv.replace("憲章,ORDINANCE", "憲章").getBytes(StandardCharsets.UTF_8));
    }
    Run r = Run.dx("regulations", book.toString(), "--as-of", "2023-06-01");
    assertThat(r.exit()).isEqualTo(DxCommand.INPUT_ERROR);
    // row 1 header, row 2 blank, row 3 the fire item: its instrument kind is in B3
    assertThat(r.err()).contains("bad-inventory.xlsx 規制一覧!B3 (instrument_kind)", "憲章");
  }

  @Test
  void reportWritesAWorkbook() throws IOException {
    Path out = tmp.resolve("report.xlsx");
    Run r = Run.dx("report", "--xlsx", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("wrote " + out);
    try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(out.toFile())) {
      assertThat(wb.findSheet("部局別")).isPresent();
    }
  }
}
