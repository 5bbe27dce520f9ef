package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.municipaldx.ingest.xlsx.CraftedWorkbook.sheetXml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.EntryLocation;
import org.municipaldx.ingest.xlsx.XlsxCell.Kind;

/** The byte scanner where it reads what FastExcel's reader read differently, or could not read. */
class XlsxSheetTest {
  @TempDir
  Path dir;

  private static List<XlsxRow> rows(Path file) {
    List<XlsxRow> rows = new ArrayList<>();
    try (XlsxSource src = XlsxReader.create().open(file)) {
      // through the public source: the scanner, or FastExcel's reader for a UTF-16 part
      while (src.next()) {
        List<XlsxCell> cells = new ArrayList<>();
        for (int i = 0; i < src.record().size(); i++) {
          cells.add(new XlsxCell(Kind.TEXT, src.record().get(i)));
        }
        org.municipaldx.ingest.CellLocation at = (org.municipaldx.ingest.CellLocation) src.record().location();
        rows.add(new XlsxRow(src.source(), src.sheet(), (int) at.row(), cells));
      }
    }
    return rows;
  }

  private static List<String> texts(XlsxRow row) {
    return row.cells().stream().map(XlsxCell::text).toList();
  }

  @Test
  void rowsAndCellsWithoutReferenceFollowTheOneBefore() throws IOException {
    // ECMA-376 Part 1, §18.3.1.73 (row r) and §18.3.1.4 (c r) are optional
    String rows = "<row r=\"3\"><c r=\"B3\"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c r=\"D4\"><v>4</v></c></row>";
    Path file = new CraftedWorkbook().sheet("手続", sheetXml(rows)).write(dir, "norefs.xlsx");

    List<XlsxRow> read = new ArrayList<>();
    try (PipelinedSheet sheet = XlsxReader.create().openSheet(file)) {
      sheet.forEachRemaining(read::add);
    }
    assertThat(read).extracting(XlsxRow::number).containsExactly(3, 4);
    assertThat(texts(read.get(0))).containsExactly("", "1", "2");
    assertThat(texts(read.get(1))).containsExactly("3", "", "", "4");
  }

  @Test
  void inlineStringsLeaveOutPhoneticRunsAndDecodeReferences() throws IOException {
    String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>\n  <r><t>市</t></r><r><t xml:space=\"preserve\">民 課</t></r>"
        + "<rPh sb=\"0\" eb=\"1\"><t>シ</t></rPh>\n</is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>&#12354;&#x3044;&amp;&lt;&gt;&quot;&apos;</t></is></c></row>";
    Path file = new CraftedWorkbook().sheet("手続", sheetXml(rows)).write(dir, "inline.xlsx");

    assertThat(texts(rows(file).get(0))).containsExactly("市民 課", "あい&<>\"'");
  }

  @Test
  void anUndeclaredEntityInTheSharedStringsIsMalformedAtThatPart() throws IOException {
    Path file = new CraftedWorkbook().sharedStrings("&xxe;")
        .sheet("手続", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")).write(dir, "sst.xlsx");

    assertThatThrownBy(() -> XlsxReader.create().open(file)).isInstanceOfSatisfying(XlsxException.class, e -> {
      assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
      assertThat(((EntryLocation) e.location()).entry()).isEqualTo("xl/sharedStrings.xml");
    });
  }

  @Test
  void anIsoDateCellTypeIsMalformedAfterTheLastRowRead() throws IOException {
    String rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"d\"><v>2024-03-31</v></c></row>";
    Path file = new CraftedWorkbook().sheet("手続", sheetXml(rows)).write(dir, "isodate.xlsx");

    assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(XlsxException.class, e -> {
      assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
      assertThat(e.location().place()).isEqualTo("手続!A2");
      assertThat(e.problem().reason()).contains("after row 1", "Unknown cell type : d");
    });
  }

  @Test
  void aSheetPartInUtf16IsTranscodedForTheScanner() throws IOException {
    String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\"" + CraftedWorkbook.NS
        + "\"><sheetData><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>総件数</t></is></c><c r=\"B2\"><v>1303</v></c></row>"
        + "</sheetData></worksheet>";
    Path file = new CraftedWorkbook().sheet("手続", sheetXml(""))
        .override("xl/worksheets/sheet1.xml", xml.getBytes(StandardCharsets.UTF_16LE)).write(dir, "utf16.xlsx");

    List<XlsxRow> read = rows(file);
    assertThat(read).singleElement().satisfies(r -> {
      assertThat(r.number()).isEqualTo(2);
      assertThat(texts(r)).containsExactly("総件数", "1303");
    });
    assertThat(WorkbookParts.utf8(xml.getBytes(StandardCharsets.UTF_16LE))).isFalse();
    assertThat(WorkbookParts.utf8("<?xml version='1.0' encoding='Shift_JIS'?><a/>".getBytes(StandardCharsets.US_ASCII)))
        .isFalse();
    assertThat(WorkbookParts.utf8("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><a/>".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
  }

  @Test
  void aSharedStringIndexPastTheTableIsRefusedInAUtf16SheetInTime() throws IOException {
    // rule: a shared-string index past the table is malformed in a sheet of any encoding. FastExcel's
    // reader, which read UTF-16 sheets before, filled its table with empty strings up to the index:
    // this 1 KB workbook ran a 6 GB heap out of memory after two minutes (issue 13)
    for (String index : new String[] {"1234567890", "999999999", "2"}) {
      String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\"" + CraftedWorkbook.NS
          + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>"
          + index + "</v></c></row></sheetData></worksheet>";
      Path file = new CraftedWorkbook().sharedStrings("a", "b").sheet("手続", sheetXml(""))
          .override("xl/worksheets/sheet1.xml", xml.getBytes(StandardCharsets.UTF_16LE)).write(dir, "sst" + index + ".xlsx");
      List<String> read = new ArrayList<>();
      assertThatThrownBy(() -> {
        try (XlsxSource src = XlsxReader.create().open(file)) {
          while (src.next()) {
            read.add(src.record().get(0));
          }
        }
      }).isInstanceOfSatisfying(XlsxException.class, e -> {
        assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
        assertThat(e.location().place()).isEqualTo("手続!A2");
        assertThat(e.problem().reason()).contains("after row 1", index.length() > 9
            ? "'" + index + "' is not a shared string index" : "shared string " + index + " is not in the workbook's 2");
      });
      assertThat(read).containsExactly("b");
    }
  }

  @Test
  void aPartInAnotherEncodingIsReadByItsByteOrderMarkZeroBytesOrDeclaration() throws IOException {
    // rule: UTF-16 in either byte order, with or without a byte order mark, and an encoding the
    // declaration names (Shift_JIS) read as the same text
    String body = "<worksheet xmlns=\"" + CraftedWorkbook.NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
        + "<is><t>総件数 🏯</t></is></c><c r=\"B1\"><v>1303</v></c></row></sheetData></worksheet>";
    String sjis = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>" + body.replace(" 🏯", "");
    byte[][] parts = {("\uFEFF" + body).getBytes(StandardCharsets.UTF_16BE), body.getBytes(StandardCharsets.UTF_16BE),
        body.getBytes(StandardCharsets.UTF_16LE), sjis.getBytes(java.nio.charset.Charset.forName("Shift_JIS"))};
    for (int i = 0; i < parts.length; i++) {
      Path file = new CraftedWorkbook().sheet("手続", sheetXml("")).override("xl/worksheets/sheet1.xml", parts[i])
          .write(dir, "enc" + i + ".xlsx");
      String expected = i == 3 ? "総件数" : "総件数 🏯"; // Shift_JIS has no 🏯
      assertThat(rows(file)).as("part %d", i).singleElement()
          .satisfies(r -> assertThat(texts(r)).containsExactly(expected, "1303"));
    }
    // a declared encoding Java does not know is malformed at the part
    byte[] unknown = ("<?xml version=\"1.0\" encoding=\"X-NONE\"?>" + body).getBytes(StandardCharsets.US_ASCII);
    Path file = new CraftedWorkbook().sheet("手続", sheetXml("")).override("xl/worksheets/sheet1.xml", unknown)
        .write(dir, "unknown.xlsx");
    assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(XlsxException.class, e -> {
      assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
      assertThat(((EntryLocation) e.location()).entry()).isEqualTo("xl/worksheets/sheet1.xml");
      assertThat(e.problem().reason()).contains("'X-NONE'");
    });
  }

  @Test
  void theTranscodedStreamKeepsASurrogatePairCutBetweenTwoReads() throws IOException {
    // rule: the UTF-8 of a transcoded part is the UTF-8 of its text, whatever the reads' sizes: a
    // character outside the BMP whose two UTF-16 halves fall in two reads of 8,192 characters stays one
    String text = "a".repeat(8191) + "🏯" + "b".repeat(9000) + "\uD83C";
    try (WorkbookParts.Utf8Stream in = new WorkbookParts.Utf8Stream(new java.io.StringReader(text))) {
      byte[] all = in.readAllBytes();
      assertThat(new String(all, StandardCharsets.UTF_8)).isEqualTo("a".repeat(8191) + "🏯" + "b".repeat(9000) + "?");
      assertThat(in.read()).isEqualTo(-1);
    }
    try (WorkbookParts.Utf8Stream in = new WorkbookParts.Utf8Stream(new java.io.StringReader("é"))) {
      assertThat(in.read()).isEqualTo(0xC3);
      assertThat(in.read()).isEqualTo(0xA9);
      assertThat(in.read()).isEqualTo(-1);
    }
  }
}
