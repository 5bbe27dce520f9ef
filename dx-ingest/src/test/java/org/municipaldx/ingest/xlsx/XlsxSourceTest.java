package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.municipaldx.ingest.xlsx.CraftedWorkbook.sheetXml;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.CellLocation;
import org.municipaldx.ingest.HeaderSpec;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.Problems;
import org.municipaldx.ingest.Row;
import org.municipaldx.ingest.TableReader;

/** A sheet read through the toolkit's TableReader, as every reader reads it. */
class XlsxSourceTest {
  enum Col { DEPT, ONLINE, NOTE }

  static final HeaderSpec<Col> SPEC = HeaderSpec.<Col>builder()
      .column(Col.DEPT, true, "部局", "department")
      .column(Col.ONLINE, true, "オンライン件数", "online")
      .column(Col.NOTE, false, "備考", "note")
      .build();

  @TempDir
  Path dir;

  record Result(List<List<String>> rows, List<Problem> problems) {}

  static Result read(XlsxReader reader, Path file) {
    Problems problems = new Problems();
    List<List<String>> rows = new ArrayList<>();
    try (TableReader<Col> t = TableReader.of(reader.open(file), SPEC, problems)) {
      while (t.next()) {
        Row<Col> r = t.row();
        long online = r.plainWhole(Col.ONLINE);
        if (online < 0) {
          r.problem(Col.ONLINE, "'" + r.get(Col.ONLINE) + "' is not a whole number");
        }
        rows.add(List.of(r.get(Col.DEPT), r.get(Col.ONLINE), r.has(Col.NOTE) ? r.get(Col.NOTE) : "-"));
      }
      problems.throwIfAny(file.getFileName().toString());
    } catch (IngestException e) {
      return new Result(rows, e.problems());
    }
    return new Result(rows, List.of());
  }

  static String text(String ref, String s) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + s + "</t></is></c>";
  }

  @Test
  void theDriftCaseReadsAsInCsv() throws IOException {
    // an empty first row, a header with formatted empty cells after it, a blank row in between,
    // and a data row whose empty last cells the sheet does not store
    String rows = "<row r=\"1\"><c r=\"A1\" s=\"0\"/></row>"
        + "<row r=\"2\">" + text("A2", "部局") + text("B2", "オンライン件数") + "<c r=\"C2\" s=\"0\"/><c r=\"D2\" s=\"0\"/></row>"
        + "<row r=\"3\">" + text("A3", "市民課") + "<c r=\"B3\"><v>12</v></c></row>"
        + "<row r=\"4\"><c r=\"A4\" s=\"0\"/><c r=\"C4\" s=\"0\"/></row>"
        + "<row r=\"6\">" + text("A6", "税務課") + "<c r=\"B6\"><v>3</v></c><c r=\"C6\" s=\"0\"/></row>";
    Path file = new CraftedWorkbook().sheet("手続", sheetXml(rows)).write(dir, "drift.xlsx");

    Result r = read(XlsxReader.create(), file);

    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).containsExactly(List.of("市民課", "12", "-"), List.of("税務課", "3", "-"));
  }

  @Test
  void everyProblemNamesSheetAndCell() throws IOException {
    String rows = "<row r=\"1\">" + text("A1", "部局") + text("B1", "オンライン件数") + text("C1", "備考") + "</row>"
        + "<row r=\"2\">" + text("A2", "市民課") + "<c r=\"B2\" t=\"e\"><v>#DIV/0!</v></c></row>"
        + "<row r=\"3\">" + text("A3", "税務課") + text("B3", "12a") + "</row>"
        + "<row r=\"4\">" + text("A4", "税務課") + "<c r=\"B4\"><v>5</v></c>" + text("C4", "ok") + text("E4", "stray") + "</row>";
    Path file = new CraftedWorkbook().sheet("手続", sheetXml(rows)).write(dir, "bad.xlsx");

    Result r = read(XlsxReader.create(), file);

    assertThat(r.problems()).extracting(p -> p.location().place(), p -> p.header().orElse(""), Problem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("手続!B2", "オンライン件数", "'#DIV/0!' is not a whole number"),
            org.assertj.core.groups.Tuple.tuple("手続!B3", "オンライン件数", "'12a' is not a whole number"),
            org.assertj.core.groups.Tuple.tuple("手続!E4", "", "value 'stray' beyond the last column of the header"));
    assertThat(r.problems().get(0).location()).isEqualTo(CellLocation.of("bad.xlsx", "手続", 2, 2));
    assertThat(r.problems().get(0)).hasToString("bad.xlsx 手続!B2 (オンライン件数): '#DIV/0!' is not a whole number");
  }

  @Test
  void anEmptySheetAndAMissingColumnAreLocatedInTheSheet() throws IOException {
    Path empty = new CraftedWorkbook().sheet("手続", sheetXml("")).write(dir, "empty.xlsx");
    assertThat(read(XlsxReader.create(), empty).problems()).singleElement()
        .satisfies(p -> assertThat(p.location().place()).isEqualTo("手続!A1"));

    Path missing = new CraftedWorkbook()
        .sheet("手続", sheetXml("<row r=\"3\">" + text("A3", "部局") + "</row>")).write(dir, "missing.xlsx");
    assertThat(read(XlsxReader.create(), missing).problems()).singleElement().satisfies(p -> {
      assertThat(p.location().place()).isEqualTo("手続!A3");
      assertThat(p.reason()).contains("missing column オンライン件数/online");
    });
  }

  @Test
  void aFormulaWithoutCachedValueIsRefusedAtItsCell() throws IOException {
    String rows = "<row r=\"1\">" + text("A1", "部局") + text("B1", "オンライン件数") + "</row>"
        + "<row r=\"2\">" + text("A2", "市民課") + "<c r=\"B2\"><v>4</v></c></row>"
        + "<row r=\"3\">" + text("A3", "税務課") + "<c r=\"B3\"><f>B2*2</f></c></row>";
    Path file = new CraftedWorkbook().sheet("手続", sheetXml(rows)).write(dir, "uncalculated.xlsx");

    try (XlsxSource src = XlsxReader.create().open(file)) {
      assertThat(src.next()).isTrue();
      assertThat(src.next()).isTrue();
      assertThatThrownBy(src::next).isInstanceOfSatisfying(XlsxException.class, e -> {
        assertThat(e.rule()).isEqualTo(XlsxRefusal.UNCALCULATED);
        assertThat(e.location()).isEqualTo(CellLocation.of("uncalculated.xlsx", "手続", 3, 2));
        assertThat(e.problem().reason()).contains("no cached value", "never evaluated");
      });
    }
  }

  @Test
  void readsAWorkbookThatFastExcelsWriterWrote() throws IOException {
    Path file = dir.resolve("written.xlsx");
    try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "test", "1.0")) {
      Worksheet ws = wb.newWorksheet("手続");
      ws.value(0, 0, "部局");
      ws.value(0, 1, "オンライン件数");
      ws.value(0, 2, "備考");
      ws.value(1, 0, "市民課");
      ws.value(1, 1, 1303);
      ws.value(1, 2, LocalDate.of(2024, 3, 31));
      ws.style(1, 2).format("yyyy/mm/dd").set();
      ws.value(2, 0, "税務課");
      ws.value(2, 1, new BigDecimal("39090.000"));
      ws.value(2, 2, true);
      ws.formula(3, 1, "B2+B3");
      ws.value(3, 0, "計");
    }
    // FastExcel writes formulas without a cached value: such a workbook is refused at the cell
    Result r = read(XlsxReader.create(), file);
    assertThat(r.rows()).containsExactly(List.of("市民課", "1303", "2024-03-31"), List.of("税務課", "39090", "TRUE"));
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().place()).isEqualTo("手続!B4");
      assertThat(p.reason()).contains("no cached value");
    });
  }
}
