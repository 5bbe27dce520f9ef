package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.core.Department;
import org.municipaldx.core.DepartmentKind;
import org.municipaldx.core.FiscalYear;
import org.municipaldx.core.FiveLess;
import org.municipaldx.metrics.batch.ColumnarTable;
import org.municipaldx.metrics.batch.ProcedureYearRow;
import org.municipaldx.metrics.batch.Sums;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.TextLocation;

class ProcedureYearCsvReaderTest {
  private static final String JAPANESE =
      "部局,年度,5レス,1件あたり分,オンライン件数,総件数\r\n"
          + "general-affairs,令和4年度,カウンターレス,30,\"1,303\",\"12,512\"\r\n"
          + "health-welfare,2023,カウンターレス・ペーパーレス,４０,１７０,２００\r\n";

  private static final List<ProcedureYearRow> EXPECTED = List.of(
      ProcedureYearRow.builder().departmentId("general-affairs").fiscalYear(FiscalYear.of(2022))
          .addFiveLess(FiveLess.COUNTERLESS).minutesPerCase(30).online(1_303).total(12_512).build(),
      ProcedureYearRow.builder().departmentId("health-welfare").fiscalYear(FiscalYear.of(2023))
          .addFiveLess(FiveLess.COUNTERLESS, FiveLess.PAPERLESS).minutesPerCase(40).online(170)
          .total(200).build());

  private static byte[] withBom(byte[] b) {
    byte[] r = new byte[b.length + 3];
    r[0] = (byte) 0xEF;
    r[1] = (byte) 0xBB;
    r[2] = (byte) 0xBF;
    System.arraycopy(b, 0, r, 3, b.length);
    return r;
  }

  @Test
  void readsUtf8WithAndWithoutBomAndWindows31j() throws Exception {
    byte[] utf8 = JAPANESE.getBytes(StandardCharsets.UTF_8);
    byte[] sjis = JAPANESE.getBytes("windows-31j");
    assertThat(sjis).isNotEqualTo(utf8);
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    assertThat(reader.read(utf8, "utf8.csv")).isEqualTo(EXPECTED);
    assertThat(reader.read(withBom(utf8), "bom.csv")).isEqualTo(EXPECTED);
    assertThat(reader.read(sjis, "sjis.csv")).isEqualTo(EXPECTED);
    assertThat(reader.withCharset(Charset.forName("windows-31j")).read(sjis, "sjis.csv"))
        .isEqualTo(EXPECTED);
  }

  @Test
  void windows31jBytesReadAsUtf8AreRejectedWithLineAndOffset() throws Exception {
    byte[] sjis = JAPANESE.getBytes("windows-31j");
    assertThatThrownBy(() -> ProcedureYearCsvReader.create().withCharset(StandardCharsets.UTF_8)
            .read(sjis, "sjis.csv"))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          // 部局 in Windows-31J is 95 94 8B C7: 0x95 is no UTF-8 lead byte
          assertThat(e.problems().get(0).location()).isEqualTo(new TextLocation("sjis.csv", 1, 1, 0));
          assertThat(e.problems().get(0).reason()).startsWith("the bytes at offset 0 are not valid UTF-8");
        });
  }

  @Test
  void englishHeadersInAnyOrderAndEverySeparator() {
    String csv = "Total,minutes per case,department,fiscal_year,ONLINE,five-less\n"
        + "10,5,d1,FY2023,3,counterless|Paperless\n"
        + "10,5,d1,FY2023,3,キャッシュレス；ムーブレス\n"
        + "10,5,d1,FY2023,3,ファイルレス･カウンターレス\n"
        + "10,5,d1,FY2023,3,\n"
        + ",,,,,\n";
    List<ProcedureYearRow> rows =
        ProcedureYearCsvReader.create().read(csv.getBytes(StandardCharsets.UTF_8), "en.csv");
    assertThat(rows).extracting(ProcedureYearRow::fiveLess).containsExactly(
        EnumSet.of(FiveLess.COUNTERLESS, FiveLess.PAPERLESS),
        EnumSet.of(FiveLess.CASHLESS, FiveLess.MOVELESS),
        EnumSet.of(FiveLess.FILELESS, FiveLess.COUNTERLESS),
        EnumSet.noneOf(FiveLess.class));
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.total()).isEqualTo(10);
      assertThat(r.online()).isEqualTo(3);
      assertThat(r.minutesPerCase()).isEqualTo(5);
    });
  }

  @Test
  void everyErrorIsCollectedWithLineColumnAndHeaderAndNothingIsReturned() {
    String csv = "部局,年度,5レス,1件あたり分,オンライン件数,総件数\n"
        + "d1,2023,カウンターレス,3a,1,2\n" // line 2: minutes
        + "d1,2023,\"カウンターレス\n|ペーパーレス\",3,5,4\n" // line 3-4: online > total
        + "d1,令和9999年度,ぺーぱーれす,3,1,1\n" // line 5: year, five-less
        + "Bad Dept,2023,,-3,1,1\n" // line 6: department, minutes
        + "d1,2023,,1,1\n"; // line 7: too few fields
    IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class,
        () -> ProcedureYearCsvReader.create().read(csv.getBytes(StandardCharsets.UTF_8), "bad.csv"));
    assertThat(e.problems()).extracting(Problem::line, Problem::column, p -> p.header().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, 4, "1件あたり分"),
            org.assertj.core.groups.Tuple.tuple(4L, 5, "オンライン件数"),
            org.assertj.core.groups.Tuple.tuple(5L, 2, "年度"),
            org.assertj.core.groups.Tuple.tuple(5L, 3, "5レス"),
            org.assertj.core.groups.Tuple.tuple(6L, 1, "部局"),
            org.assertj.core.groups.Tuple.tuple(6L, 4, "1件あたり分"),
            org.assertj.core.groups.Tuple.tuple(7L, 6, "総件数"));
    assertThat(e.getMessage())
        .startsWith("bad.csv rejected, 7 problems; nothing was read:\n")
        .contains("line 2, column 4 (D, 1件あたり分): '3a' is not a whole number ≥ 0")
        .contains("line 4, column 5 (E, オンライン件数): online cases 5 exceed the total 4 (column 6)")
        .contains("line 5, column 3 (C, 5レス): FiveLess 'ぺーぱーれす': unknown")
        .contains("line 6, column 1 (A, 部局): 'Bad Dept' is not a department id")
        .contains("line 6, column 4 (D, 1件あたり分): '-3' is not a whole number ≥ 0")
        .contains("line 7, column 6 (F, 総件数): the record has 5 fields; the header has 6");
  }

  @Test
  void headerProblemsAreReported() {
    String csv = "部局,年度,部局,件数,総件数\nd1,2023,d1,1,1\n";
    IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class,
        () -> ProcedureYearCsvReader.create().read(csv.getBytes(StandardCharsets.UTF_8), "h.csv"));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "h.csv line 1, column 3 (C, 部局): column 部局/department appears twice (also column 1)",
        "h.csv line 1, column 4 (D, 件数): unknown column '件数'; expected one of 部局/department,"
            + " 年度/fiscalYear, 5レス/fiveLess, 1件あたり分/minutesPerCase, オンライン件数/online,"
            + " 総件数/total",
        "h.csv line 1, byte offset 0: missing column 1件あたり分/minutesPerCase",
        "h.csv line 1, byte offset 0: missing column オンライン件数/online");
  }

  @Test
  void emptyHeaderCellsAfterTheLastColumnAsExcelWritesThemEndTheHeader() {
    // 30·100 = 3,000 minutes online; the two trailing empty cells are Excel's, not columns
    String csv = "部局,年度,1件あたり分,オンライン件数,総件数,,\r\nd1,2023,30,100,400,,\r\nd2,2023,5,0,10\r\n";
    assertThat(ProcedureYearCsvReader.create().read(csv.getBytes(StandardCharsets.UTF_8), "x.csv"))
        .extracting(ProcedureYearRow::departmentId).containsExactly("d1", "d2");
    String valueUnderAnEmptyHeader = "部局,年度,1件あたり分,オンライン件数,総件数,,\nd1,2023,30,100,400,,7\n";
    IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class,
        () -> ProcedureYearCsvReader.create().read(valueUnderAnEmptyHeader.getBytes(StandardCharsets.UTF_8), "y.csv"));
    assertThat(e.problems()).extracting(Problem::toString)
        .containsExactly("y.csv line 2, column 7 (G): value '7' beyond the last column of the header");
    // an empty cell between named columns is still an error
    String gap = "部局,,年度,1件あたり分,オンライン件数,総件数\nd1,,2023,30,100,400\n";
    assertThatThrownBy(() -> ProcedureYearCsvReader.create().read(gap.getBytes(StandardCharsets.UTF_8), "z.csv"))
        .hasMessageContaining("empty header");
  }

  @Test
  void malformedQuotingAndEmptyFilesAreRejected() {
    String csv = "部局,年度,1件あたり分,オンライン件数,総件数\nd1,2023,\"3\"x,1,1\n";
    assertThatThrownBy(() -> ProcedureYearCsvReader.create()
            .read(csv.getBytes(StandardCharsets.UTF_8), "q.csv"))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("q.csv line 2, column 3 (C): text after the closing quote");
    assertThatThrownBy(() -> ProcedureYearCsvReader.create().read(new byte[0], "empty.csv"))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("empty.csv line 1, byte offset 0: the file is empty");
  }

  @Test
  void departmentNamesAndADefaultFiscalYear() {
    Department hw = Department.builder().id("health-welfare").japaneseName("保健福祉部")
        .englishName("Health and Welfare").kind(DepartmentKind.values()[0]).build();
    String csv = "部局,1件あたり分,オンライン件数,総件数\n保健福祉部,1,1,1\nhealth and welfare,1,1,1\n"
        + "health-welfare,1,1,1\n";
    List<ProcedureYearRow> rows = ProcedureYearCsvReader.create().withDepartments(List.of(hw))
        .withFiscalYear(FiscalYear.of(2023)).read(csv.getBytes(StandardCharsets.UTF_8), "d.csv");
    assertThat(rows).extracting(ProcedureYearRow::departmentId).containsOnly("health-welfare")
        .hasSize(3);
    assertThat(rows).extracting(ProcedureYearRow::fiscalYear).containsOnly(FiscalYear.of(2023));
    assertThatThrownBy(() -> ProcedureYearCsvReader.create().withDepartments(List.of(hw))
            .withFiscalYear(FiscalYear.of(2023))
            .read("部局,1件あたり分,オンライン件数,総件数\n市民部,1,1,1\n".getBytes(StandardCharsets.UTF_8), "d.csv"))
        .hasMessageContaining("line 2, column 1 (A, 部局): unknown department '市民部'");
  }

  @Test
  void readsAFileIntoAColumnarTable(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rows.csv");
    Files.write(file, JAPANESE.getBytes("windows-31j"));
    ColumnarTable table = ProcedureYearCsvReader.create().readTable(file);
    // seed: 30分×1,303件=39,090分; plus 40 × 170 = 6,800
    assertThat(table.rollup().total()).isEqualTo(new Sums(39_090 + 6_800, 1_473, 12_712));
    assertThat(table.rollup(FiscalYear.of(2022)).total()).isEqualTo(new Sums(39_090, 1_303, 12_512));
  }
}
