package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.municipaldx.ingest.xlsx.CraftedWorkbook.sheetXml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.CellLocation;
import org.municipaldx.ingest.EntryLocation;
import org.municipaldx.ingest.xlsx.XlsxCell.Kind;

class XlsxReaderTest {
  @TempDir
  Path dir;

  private static EntryLocation entry(XlsxException e) {
    return (EntryLocation) e.location();
  }

  private static List<XlsxRow> readAll(XlsxReader reader, Path file) {
    List<XlsxRow> rows = new ArrayList<>();
    try (PipelinedSheet sheet = reader.openSheet(file)) {
      sheet.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void readsEveryKindOfCellAsExcelStoredIt() throws IOException {
    String rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>総件数</t></is></c></row>"
        // C2 left out: a gap; D2 a date (style 1 = numFmtId 14), E2 a custom date (style 2 = 164)
        + "<row r=\"2\"><c r=\"A2\"><v>1303</v></c><c r=\"B2\"><v>651.50</v></c>"
        + "<c r=\"D2\" s=\"1\"><v>45382</v></c><c r=\"E2\" s=\"2\"><v>45382.75</v></c></row>"
        + "<row r=\"3\"><c r=\"A3\" t=\"b\"><v>1</v></c><c r=\"B3\" t=\"e\"><v>#DIV/0!</v></c>"
        + "<c r=\"C3\"><f>A2*30</f><v>39090</v></c><c r=\"D3\" t=\"str\"><f>A1&amp;\"!\"</f><v>部局!</v></c>"
        + "<c r=\"E3\"><f>1/0</f></c><c r=\"F3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
        + "<row r=\"12\"><c r=\"C12\"><v>1.5E3</v></c></row>";
    Path file = new CraftedWorkbook().sharedStrings("部局").styles("yyyy/m/d h:mm", 0, 14, 164)
        .sheet("手続", sheetXml(rows)).write(dir, "kinds.xlsx");

    List<XlsxRow> read = readAll(XlsxReader.create(), file);

    assertThat(read).extracting(XlsxRow::number).containsExactly(1, 2, 3, 12);
    assertThat(read.get(0).cells()).containsExactly(new XlsxCell(Kind.TEXT, "部局"), new XlsxCell(Kind.TEXT, "総件数"));
    assertThat(read.get(1).cells()).containsExactly(new XlsxCell(Kind.NUMBER, "1303"),
        new XlsxCell(Kind.NUMBER, "651.5"), XlsxCell.EMPTY, new XlsxCell(Kind.DATE, "2024-03-31"),
        new XlsxCell(Kind.DATE, "2024-03-31T18:00"));
    assertThat(read.get(2).cells()).containsExactly(new XlsxCell(Kind.BOOLEAN, "TRUE"),
        new XlsxCell(Kind.ERROR, "#DIV/0!"), new XlsxCell(Kind.NUMBER, "39090"),
        new XlsxCell(Kind.TEXT, "部局!"), new XlsxCell(Kind.UNCALCULATED, ""), new XlsxCell(Kind.ERROR, "#DIV/0!"));
    assertThat(read.get(3).cell(3)).isEqualTo(new XlsxCell(Kind.NUMBER, "1500"));
    assertThat(read.get(3).ref(3).place()).isEqualTo("手続!C12");
    assertThat(read.get(2).cell(5).problem()).contains("no cached value");
    assertThat(read.get(2).cell(2).problem()).contains("#DIV/0!");
  }

  @Test
  void readsTheFirstVisibleSheetOrTheNamedOne() throws IOException {
    Path file = new CraftedWorkbook()
        .hiddenSheet("設定", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>hidden</t></is></c></row>"))
        .sheet("手続", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>first</t></is></c></row>"))
        .sheet("FY 2023", sheetXml("<row r=\"4\"><c r=\"B4\"><v>7</v></c></row>"))
        .write(dir, "sheets.xlsx");

    assertThat(readAll(XlsxReader.create(), file).get(0).cell(1).text()).isEqualTo("first");
    List<XlsxRow> named = readAll(XlsxReader.create().withSheet("FY 2023"), file);
    assertThat(named.get(0).ref(2).place()).isEqualTo("FY 2023!B4");
    assertThat(named.get(0).cell(2).text()).isEqualTo("7");

    assertThatThrownBy(() -> XlsxReader.create().withSheet("手續").open(file))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.NO_SUCH_SHEET);
          assertThat(e.problem().reason()).contains("'手續'", "['設定', '手続', 'FY 2023']");
        });
  }

  @Test
  void refusesAZipBombByItsCompressionRatioEvenWhenTheArchiveLiesAboutTheSize() throws IOException {
    // 20 MB of spaces inside the sheet's XML compress about a thousand times
    byte[] bomb = new byte[20_000_000];
    java.util.Arrays.fill(bomb, (byte) ' ');
    String head = "<?xml version=\"1.0\"?><worksheet xmlns=\"" + CraftedWorkbook.NS + "\"><sheetData>";
    byte[] sheet = new byte[head.length() + bomb.length];
    System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, sheet, 0, head.length());
    System.arraycopy(bomb, 0, sheet, head.length(), bomb.length);
    byte[] zip = new CraftedWorkbook().sheet("手続", sheetXml(""))
        .override("xl/worksheets/sheet1.xml", sheet).bytes();
    Path file = dir.resolve("bomb.xlsx");
    Files.write(file, CraftedWorkbook.lieAboutSize(zip, "xl/worksheets/sheet1.xml", 1000));

    // the sheet's part is checked as it is inflated for the read, before its bytes are parsed
    assertThatThrownBy(() -> readAll(XlsxReader.create(), file))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.COMPRESSION_RATIO);
          assertThat(entry(e).entry()).isEqualTo("xl/worksheets/sheet1.xml");
          assertThat(entry(e).byteOffset()).isGreaterThan(XlsxLimits.RATIO_GRACE_BYTES).isLessThan(bomb.length);
          assertThat(e.source()).isEqualTo("bomb.xlsx");
          assertThat(e.getMessage()).contains("bomb.xlsx entry xl/worksheets/sheet1.xml, byte offset", "100 times");
        });
  }

  @Test
  void refusesAnEntryOrAnArchiveThatExpandsBeyondTheLimits() throws IOException {
    // random letters barely compress: only the size limits can stop them
    byte[] noise = new byte[300_000];
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) ('a' + r.nextInt(26));
    }
    Path file = new CraftedWorkbook().sheet("手続", sheetXml("")).entry("xl/media/a.bin", noise)
        .entry("xl/media/b.bin", noise).write(dir, "large.xlsx");

    assertThatThrownBy(() -> XlsxReader.create().withLimits(XlsxLimits.of(100, 200_000, 1_000_000, 100)).open(file))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.ENTRY_TOO_LARGE);
          assertThat(entry(e).entry()).isEqualTo("xl/media/a.bin");
          assertThat(entry(e).byteOffset()).isEqualTo(200_000);
        });
    assertThatThrownBy(() -> XlsxReader.create().withLimits(XlsxLimits.of(100, 400_000, 500_000, 100)).open(file))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.TOTAL_TOO_LARGE);
          assertThat(entry(e).entry()).isEqualTo("xl/media/b.bin");
        });
    assertThatThrownBy(() -> XlsxReader.create().withLimits(XlsxLimits.of(5, 400_000, 1_000_000, 100)).open(file))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.TOO_MANY_ENTRIES);
          assertThat(e.problem().reason()).contains("7 entries", "at most 5");
        });
    // within the limits the same file is read
    assertThat(readAll(XlsxReader.create(), file)).isEmpty();
  }

  @Test
  void refusesADtdSoNoExternalEntityIsEverResolved() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "the secret");
    String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- written by hand -->" + doctype
        + "<worksheet xmlns=\"" + CraftedWorkbook.NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
        + "<is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
    Path file = new CraftedWorkbook().sheet("手続", xml).write(dir, "xxe.xlsx");

    assertThatThrownBy(() -> XlsxReader.create().open(file))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.DTD);
          assertThat(entry(e).entry()).isEqualTo("xl/worksheets/sheet1.xml");
          assertThat(entry(e).byteOffset()).isEqualTo(xml.getBytes(StandardCharsets.UTF_8).length
              - xml.substring(xml.indexOf("<!DOCTYPE")).getBytes(StandardCharsets.UTF_8).length);
          assertThat(e.getMessage()).doesNotContain("the secret");
        });
  }

  @Test
  void refusesADtdInAnyPartAndInUtf16() throws IOException {
    String types = "<?xml version=\"1.0\"?><!DOCTYPE Types SYSTEM \"http://example.invalid/t.dtd\"><Types/>";
    Path inTypes = new CraftedWorkbook().sheet("手続", sheetXml(""))
        .override("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8)).write(dir, "types.xlsx");
    assertThatThrownBy(() -> XlsxReader.create().open(inTypes))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.DTD);
          assertThat(entry(e).entry()).isEqualTo("[Content_Types].xml");
        });

    String sheet = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE w [<!ENTITY a \"aaaa\">]><worksheet/>";
    Path utf16 = new CraftedWorkbook().sheet("手続", sheetXml(""))
        .override("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_16LE)).write(dir, "utf16.xlsx");
    assertThatThrownBy(() -> XlsxReader.create().open(utf16))
        .isInstanceOfSatisfying(XlsxException.class, e -> assertThat(e.rule()).isEqualTo(XlsxRefusal.DTD));
  }

  @Test
  void anUndeclaredEntityIsMalformedNotResolved() throws IOException {
    String xml = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
    Path file = new CraftedWorkbook().sheet("手続", xml).write(dir, "entity.xlsx");

    assertThatThrownBy(() -> readAll(XlsxReader.create(), file))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
          assertThat(e.problem().reason()).contains("sheet '手続'", "after row 0");
          assertThat(e.location()).isEqualTo(CellLocation.of("entity.xlsx", "手続", 1, 1));
        });
  }

  @Test
  void commentsAndProcessingInstructionsBeforeTheRootAreNoDtd() throws IOException {
    String xml = "<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?><!-- <!DOCTYPE in a comment -->"
        + "<!----><worksheet xmlns=\"" + CraftedWorkbook.NS + "\"><sheetData><row r=\"2\"><c r=\"A2\"><v>5</v></c></row>"
        + "</sheetData></worksheet>";
    Path file = new CraftedWorkbook().sheet("手続", xml).write(dir, "comments.xlsx");

    assertThat(readAll(XlsxReader.create(), file)).singleElement()
        .satisfies(row -> assertThat(row.cell(1).text()).isEqualTo("5"));
  }

  @Test
  void refusesWhatIsNotAWorkbookAndNamesTheLastRowOfABrokenSheet() throws IOException {
    Path text = dir.resolve("rows.xlsx");
    Files.writeString(text, "部局,総件数\nshimin,3\n");
    assertThatThrownBy(() -> XlsxReader.create().open(text))
        .isInstanceOfSatisfying(XlsxException.class, e -> assertThat(e.rule()).isEqualTo(XlsxRefusal.NOT_A_WORKBOOK));

    String broken = "<?xml version=\"1.0\"?><worksheet xmlns=\"" + CraftedWorkbook.NS + "\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row><row r=\"3\"><c r=\"A3\"><v>3";
    Path file = new CraftedWorkbook().sheet("手続", broken).write(dir, "broken.xlsx");
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (PipelinedSheet sheet = XlsxReader.create().openSheet(file)) {
        while (sheet.hasNext()) {
          seen.add(sheet.next().number());
        }
      }
    }).isInstanceOfSatisfying(XlsxException.class, e -> {
      assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
      assertThat(e.problem().reason()).contains("after row 2");
      assertThat(e.location().place()).isEqualTo("手続!A3");
    });
    assertThat(seen).containsExactly(1, 2);
  }

  @Test
  void blankRowsAreRecognised() throws IOException {
    String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>部局</t></is></c><c r=\"B1\" s=\"0\"/></row>"
        + "<row r=\"2\"><c r=\"A2\" s=\"0\"/><c r=\"B2\" t=\"inlineStr\"><is><t>  </t></is></c></row>";
    Path file = new CraftedWorkbook().sheet("手続", sheetXml(rows)).write(dir, "blank.xlsx");

    List<XlsxRow> read = readAll(XlsxReader.create(), file);
    assertThat(read).extracting(XlsxRow::isBlank).containsExactly(false, true);
    assertThat(read.get(0).cells()).hasSize(2);
    assertThat(read.get(0).cell(2)).isEqualTo(XlsxCell.EMPTY);
  }
}
