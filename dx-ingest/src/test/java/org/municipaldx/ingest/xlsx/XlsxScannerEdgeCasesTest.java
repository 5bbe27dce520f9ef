package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.ingest.xlsx.XlsxScannerProperties.only;
import static org.municipaldx.ingest.xlsx.XlsxScannerProperties.readAgreeing;
import static org.municipaldx.ingest.xlsx.XlsxScannerProperties.refused;
import static org.municipaldx.ingest.xlsx.CraftedWorkbook.sheetXml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.CellLocation;
import org.municipaldx.ingest.xlsx.XlsxCell.Kind;
import org.municipaldx.ingest.xlsx.XlsxScannerProperties.Read;

/**
 * The byte scanner ({@link XlsxSheet}) at the edges of what it reads, each case stating its rule: the last
 * cell Excel has ({@code XFD1048576}) and one beyond, shared-string indexes at and past the end, inline
 * strings without text, booleans and numbers that are none, character references that are no character,
 * attributes that are no number. Each sheet is read twice, kept whole and streamed through a buffer of 16
 * bytes (refilled inside every tag), and both reads must agree, and agree with FastExcel's reader when they
 * read rows without refusal (issue 13 part 4: the survivors of PIT in {@code XlsxSheet}; FastExcel's reader
 * refuses less: it reads a shared-string index past the table as an empty cell).
 */
class XlsxScannerEdgeCasesTest {
  @TempDir
  Path dir;

  private int n;

  private static final String[] SHARED = {"部局", "", "市民課"};

  /** The sheet of those rows (shared strings {@link #SHARED}; style 0 general, 1 a date, 2 a time), read. */
  private Read scan(String rows) {
    return scanXml(sheetXml(rows));
  }

  private Read scanXml(String sheet) {
    Path file;
    try {
      file = new CraftedWorkbook().sharedStrings(SHARED).styles(null, 0, 14, 20).sheet("手続", sheet)
          .write(dir, "e" + n++ + ".xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // what the scanner reads, FastExcel's reader (the path of UTF-16 parts) reads the same
    return readAgreeing(file, true);
  }



  // ------------------------------------------------------------------ the sheet's edges

  @Test
  void theLastCellExcelHasIsReadAndColumnXfeIsRefused() {
    // rule: XFD (16,384) is the last column, 1,048,576 the last row: that cell is read, by the
    // common cell's path and by the general one (an inline string), and a row without r takes its
    // number from its last cell's reference
    XlsxRow plain = only(scan("<row><c r=\"XFD1048576\"><v>7</v></c></row>"));
    assertThat(plain.number()).isEqualTo(1_048_576);
    assertThat(plain.cells()).hasSize(16_384);
    assertThat(plain.cell(16_384)).isEqualTo(new XlsxCell(Kind.NUMBER, "7"));
    XlsxRow general = only(scan("<row><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>末尾</t></is></c></row>"));
    assertThat(general.number()).isEqualTo(1_048_576);
    assertThat(general.cells()).hasSize(16_384);
    assertThat(general.cell(16_384)).isEqualTo(new XlsxCell(Kind.TEXT, "末尾"));
    // one column further, by either path: refused after the last row read, at its first cell
    refused(scan("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"XFE2\"><v>7</v></c></row>"),
        "手続!A2", "row 2 with 16385 cells", "after row 1");
    refused(scan("<row r=\"3\"><c r=\"XFE3\" t=\"inlineStr\"><is><t>x</t></is></c></row>"),
        "手続!A1", "row 3 with 16385 cells");
    // a cell without r after XFD is the 16,385th
    refused(scan("<row r=\"4\"><c r=\"XFD4\"><v>1</v></c><c><v>2</v></c></row>"), "手続!A1", "16385 cells");
  }

  @Test
  void rowOneAndRow1048576AreRowsAndRowZeroOrOneMoreAreRefused() {
    // rule: a row's number is 1 … 1,048,576, from its r or its last cell's reference
    assertThat(only(scan("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")).number()).isEqualTo(1);
    assertThat(only(scan("<row r=\"1048576\"><c r=\"B1048576\" s=\"0\"><v>2</v></c></row>")).number())
        .isEqualTo(1_048_576);
    refused(scan("<row r=\"0\"><c><v>1</v></c></row>"), "手続!A1", "row 0 with 1 cells", "after row 0");
    refused(scan("<row r=\"1048577\"><c><v>1</v></c></row>"), "手続!A1", "row 1048577");
    refused(scan("<row r=\"5\"><c r=\"A1048577\"><v>1</v></c></row>"), "手続!A1", "row 1048577");
    refused(scan("<row r=\"5\"><c r=\"A10485770\" t=\"b\"><v>1</v></c></row>"), "手続!A1", "beyond Excel's");
  }

  @Test
  void rowsAreReadInTheOrderStoredWithTheNumbersStored() {
    // rule: the scanner does not reorder rows (Excel always writes them in ascending order); a
    // row stored after a later one keeps its own number, as FastExcel's reader read it
    Read read = scan("<row r=\"5\"><c r=\"A5\"><v>5</v></c></row><row r=\"3\"><c r=\"A3\"><v>3</v></c></row>"
        + "<row r=\"4\"><c r=\"A4\"><v>4</v></c></row>");
    assertThat(read.rule()).isNull();
    assertThat(read.rows()).extracting(XlsxRow::number).containsExactly(5, 3, 4);
    assertThat(read.rows()).extracting(r -> r.cell(1).text()).containsExactly("5", "3", "4");
  }

  @Test
  void aRowsNumberIsItsLastColumnsCellReferencesRow() {
    // rule (as FastExcel's reader read it): when a row's cells name another row, the row's number is
    // the row of the cell in its last column (the last such cell when two name that column), by the
    // common cell's path and by the general one; a cell in an earlier column does not change it
    assertThat(only(scan("<row r=\"3\"><c r=\"A5\"><v>1</v></c></row>")).number()).isEqualTo(5);
    assertThat(only(scan("<row r=\"3\"><c r=\"B4\"><v>1</v></c><c r=\"A7\"><v>2</v></c></row>")).number())
        .isEqualTo(4);
    assertThat(only(scan("<row r=\"3\"><c r=\"B4\"><v>1</v></c><c r=\"B6\"><v>2</v></c></row>")).number())
        .isEqualTo(6);
    assertThat(only(scan("<row r=\"3\"><c r=\"B4\" t=\"inlineStr\"><is><t>a</t></is></c>"
        + "<c r=\"B6\" t=\"inlineStr\"><is><t>b</t></is></c></row>")).number()).isEqualTo(6);
    assertThat(only(scan("<row r=\"3\"><c r=\"B4\" t=\"inlineStr\"><is><t>a</t></is></c>"
        + "<c r=\"A8\" t=\"inlineStr\"><is><t>b</t></is></c></row>")).number()).isEqualTo(4);
  }

  /** Read whole and through 16 bytes, without FastExcel's reader (which does not read array ranges). */
  private Read scanOwn(String rows) {
    Path file;
    try {
      file = new CraftedWorkbook().sharedStrings(SHARED).styles(null, 0, 14, 20).sheet("手続", sheetXml(rows))
          .write(dir, "o" + n++ + ".xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readAgreeing(file, false);
  }

  @Test
  void aSharedFormulaIsUsedAfterItsDefinitionAndACellOfAnArrayRangeIsAFormulas() {
    // rule: a shared formula's cell (t="shared", si, no ref) follows the cell that defines it (with
    // ref); without a cached value it is uncalculated; one whose si was never defined is refused. A
    // cell inside an array formula's range ($-anchored or not, one cell or a rectangle), up to its
    // last row and column, is the formula's: without a value it is uncalculated; outside, empty
    Read read = scanOwn("<row r=\"1\"><c r=\"A1\"><f t=\"shared\" ref=\"A1:A3\" si=\"0\">B1</f><v>1</v></c>"
        + "<c r=\"B1\"><f t=\"array\" ref=\"$B$1:C2\">{1}</f><v>5</v></c></row>"
        + "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" si=\"0\"/><v>2</v></c><c r=\"B2\"/><c r=\"C2\"><v/></c>"
        + "<c r=\"D2\"/></row>"
        + "<row r=\"3\"><c r=\"A3\"><f t=\"shared\" si=\"0\"/></c><c r=\"B3\"/><c r=\"C3\"/><c r=\"E3\"><f t=\"array\" ref=\"E4\">{2}</f><v>6</v></c></row>"
        + "<row r=\"4\"><c r=\"D4\"/><c r=\"E4\"/><c r=\"F4\"/></row>");
    assertThat(read.rule()).as("%s", read.problems()).isNull();
    assertThat(read.rows()).extracting(r -> r.cells().stream().map(c -> c.kind() + ":" + c.text()).toList())
        .containsExactly(
            List.of("NUMBER:1", "NUMBER:5"),
            List.of("NUMBER:2", "UNCALCULATED:", "UNCALCULATED:", "EMPTY:"),
            List.of("UNCALCULATED:", "EMPTY:", "EMPTY:", "EMPTY:", "NUMBER:6"),
            List.of("EMPTY:", "EMPTY:", "EMPTY:", "EMPTY:", "UNCALCULATED:", "EMPTY:"));
    Read undefined = scanOwn("<row r=\"1\"><c r=\"A1\"><f t=\"shared\" ref=\"A1:A3\" si=\"0\">B1</f><v>1</v></c></row>"
        + "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" si=\"1\"/><v>2</v></c></row>");
    assertThat(undefined.rule()).isEqualTo(XlsxRefusal.MALFORMED);
    assertThat(undefined.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().place()).isEqualTo("手続!A2");
      assertThat(p.reason()).contains("a shared formula (si 1) used before it is defined");
    });
  }

  // ------------------------------------------------------------------ shared strings

  @Test
  void aSharedStringIndexIsFromZeroToBelowTheTablesSize() {
    // rule: t="s" names an index into the shared strings, 0 … size - 1; an empty one reads as an empty cell
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>&#50;</v></c><c r=\"E1\" t=\"s\"><v/></c>"
        + "<c r=\"F1\" t=\"s\"/></row>"));
    assertThat(row.cells()).containsExactly(new XlsxCell(Kind.TEXT, "部局"), XlsxCell.EMPTY,
        new XlsxCell(Kind.TEXT, "市民課"), new XlsxCell(Kind.TEXT, "市民課"), XlsxCell.EMPTY, XlsxCell.EMPTY);
    // index = size, by the bytes' path and by the decoded text's path: refused
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>"), "手続!A1",
        "shared string 3 is not in the workbook's 3");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>&#51;</v></c></row>"), "手続!A1",
        "shared string 3 is not in the workbook's 3");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>&#45;1</v></c></row>"), "手続!A1",
        "shared string -1 is not in the workbook's 3");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>"), "手続!A1", "'-1' is not a shared string index");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1234567890</v></c></row>"), "手続!A1",
        "'1234567890' is not a shared string index");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>x&#49;</v></c></row>"), "手続!A1",
        "'x1' is not a shared string index");
  }

  // ------------------------------------------------------------------ inline strings, booleans, numbers

  @Test
  void anInlineStringNeedsItsIsElementUnlessItIsAFormulasCachedValue() {
    // rule: t="inlineStr" holds its text in <is>; empty <is> is an empty cell; a formula without <is>
    // has no cached value; a plain cell without <is> is refused at that cell
    XlsxRow row = only(scan("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is/></c>"
        + "<c r=\"B2\" t=\"inlineStr\"><f>A1</f></c><c r=\"C2\" t=\"inlineStr\"><f>A1</f><is><t>値</t></is></c></row>"));
    assertThat(row.cells()).containsExactly(XlsxCell.EMPTY, new XlsxCell(Kind.UNCALCULATED, ""),
        new XlsxCell(Kind.TEXT, "値"));
    refused(scan("<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"C2\" t=\"inlineStr\"/></row>"), "手続!C2",
        "the cell cannot be read: the inline string has no <is> element");
  }

  @Test
  void aBooleanIsZeroOrOneAndAFormulasBooleanMayBeUncalculated() {
    // rule: t="b" reads 1 as TRUE and 0 as FALSE; without a value it is refused at its cell, unless
    // a formula (not calculated) made it; any other value is refused
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>&#48;</v></c>"
        + "<c r=\"C1\" t=\"b\"><f>TRUE()</f></c></row>"));
    assertThat(row.cells()).containsExactly(new XlsxCell(Kind.BOOLEAN, "TRUE"), new XlsxCell(Kind.BOOLEAN, "FALSE"),
        new XlsxCell(Kind.UNCALCULATED, ""));
    refused(scan("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\" t=\"b\"/></row>"), "手続!B1",
        "the boolean cell has no value");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>2</v></c></row>"), "手続!A1", "Invalid boolean cell value: '2'");
  }

  @Test
  void numbersReadInPlainNotationAndWhatIsNoNumberIsRefused() {
    // rule: a number reads in plain decimal notation, without exponent or trailing zeros; 18 digits
    // stay digits, 19 and a leading zero are normalised through BigDecimal; a number cell without a
    // value is empty, a formula's uncalculated
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\"><v>1.50E+3</v></c><c r=\"B1\"><v>-0.000</v></c>"
        + "<c r=\"C1\"><v>0012</v></c><c r=\"D1\"><v>123456789012345678</v></c><c r=\"E1\"><v>1234567890123456789</v></c>"
        + "<c r=\"F1\"><v>2.500</v></c><c r=\"G1\"><v/></c><c r=\"H1\"><f>A1</f></c><c r=\"I1\" t=\"n\"><v>&#55;</v></c>"
        + "<c r=\"J1\"><v>0</v></c><c r=\"K1\"><v>-7</v></c></row>"));
    assertThat(row.cells()).extracting(XlsxCell::text).containsExactly("1500", "0", "12", "123456789012345678",
        "1234567890123456789", "2.5", "", "", "7", "0", "-7");
    assertThat(row.cells()).extracting(XlsxCell::kind).containsExactly(Kind.NUMBER, Kind.NUMBER, Kind.NUMBER,
        Kind.NUMBER, Kind.NUMBER, Kind.NUMBER, Kind.EMPTY, Kind.UNCALCULATED, Kind.NUMBER, Kind.NUMBER, Kind.NUMBER);
    refused(scan("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>12abc</v></c></row>"),
        "手続!A2", "after row 1", "Cannot parse number : 12abc");
  }

  @Test
  void aDateOrTimeStyleReadsTheSerialAsIsoText() {
    // rule: with a date style a serial reads as its date (midnight: the date alone), below 1 as a
    // time, with seconds when it has them; a fraction that rounds to a whole day is the next day
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45382</v></c><c r=\"B1\" s=\"2\"><v>0.5</v></c>"
        + "<c r=\"C1\" s=\"2\"><v>0.50001157407407</v></c><c r=\"D1\" s=\"1\"><v>45382.9999999999</v></c>"
        + "<c r=\"E1\" s=\"1\"><v>45382.25</v></c><c r=\"F1\" s=\"1\"><v>59</v></c><c r=\"G1\" s=\"1\"><v>61</v></c>"
        + "<c r=\"H1\" s=\"3\"><v>45382</v></c><c r=\"I1\" s=\"0\"><v>45382</v></c></row>"));
    assertThat(row.cells()).extracting(XlsxCell::text).containsExactly("2024-03-31", "12:00", "12:00:01",
        "2024-04-01", "2024-03-31T06:00", "1900-02-28", "1900-03-01", "45382", "45382");
    assertThat(row.cells()).extracting(XlsxCell::kind).containsExactly(Kind.DATE, Kind.DATE, Kind.DATE, Kind.DATE,
        Kind.DATE, Kind.DATE, Kind.DATE, Kind.NUMBER, Kind.NUMBER);
  }

  // ------------------------------------------------------------------ markup

  @Test
  void aCharacterReferenceMustNameAnXmlCharacter() {
    // rule: &#n; and &#xh; name a character of XML: not 0, not a surrogate, not above U+10FFFF;
    // an '&' starts an entity that ends with ';' within 12 characters
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&#x10FFFF;&#xD7FF;&#xE000;&#9;</t></is></c>"
        + "</row>"));
    assertThat(row.cell(1).text()).isEqualTo(new String(Character.toChars(0x10FFFF)) + "\uD7FF\uE000\t");
    for (String bad : List.of("&#0;", "&#xD800;", "&#xDFFF;", "&#x110000;", "&#1114112;")) {
      refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + bad + "</t></is></c></row>"), "手続!A1",
          "a character reference to no XML character");
    }
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&#x;</t></is></c></row>"), "手続!A1",
        "an empty character reference");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&#12a;</t></is></c></row>"), "手続!A1",
        "a malformed character reference");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&#x1111111;</t></is></c></row>"), "手続!A1",
        "a malformed character reference");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a &amp b</t></is></c></row>"), "手続!A1",
        "an '&' that starts no entity");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&abcdefghijkl;</t></is></c></row>"), "手続!A1",
        "an '&' that starts no entity");
  }

  @Test
  void lineEndsInTextAndCdataReadAsLfAndCommentsInsideAValueAreSkipped() {
    // rule (XML 1.0 §2.11): CR LF and a lone CR read as LF, in text, in CDATA and in a formula's cached
    // text; a comment or a processing instruction inside a value is no part of it; a CDATA section
    // is read as it is (no entity decoded)
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\rb\r\nc\n\rd\r</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t><![CDATA[x\r\ny\rz&amp;\r]]></t></is></c>"
        + "<c r=\"C1\" t=\"str\"><f>A1</f><v>p\r\nq\r<!-- no -->\nr<?pi x?>s</v></c>"
        + "<c r=\"D1\" t=\"str\"><f>A1</f><v>&lt;<![CDATA[&lt;]]>\r</v></c></row>"));
    assertThat(row.cells()).extracting(XlsxCell::text).containsExactly("a\nb\nc\n\nd\n", "x\ny\nz&amp;\n",
        "p\nq\n\nrs", "<&lt;\n");
  }

  @Test
  void commentsAndProcessingInstructionsBetweenRowsAndCellsAreSkippedAndDeclarationsRefused() {
    // rule: a comment or processing instruction may stand before <sheetData>, between rows, between
    // cells and inside a cell; CDATA outside a value and any other <! declaration are malformed
    Read read = scanXml("<?xml version=\"1.0\"?><!-- a --><?pi a?><worksheet xmlns=\"" + CraftedWorkbook.NS
        + "\"><!-- b --><sheetData><!-- </row> --><?pi <row>?><row r=\"1\"><!-- c --><c r=\"A1\"><!-- d --><v>1</v>"
        + "<?pi x?></c><?pi y?><c r=\"B1\" t=\"inlineStr\"><is><!-- e --><t>字</t><?pi z?></is></c></row><!-- f -->"
        + "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row></sheetData></worksheet>");
    assertThat(read.rule()).as("%s", read.problems()).isNull();
    assertThat(read.rows()).extracting(r -> r.cells().stream().map(XlsxCell::text).toList())
        .containsExactly(List.of("1", "字"), List.of("2"));
    refused(scan("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><![CDATA[x]]>"), "手続!A2", "after row 1",
        "CDATA outside a value");
    refused(scan("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><!ELEMENT x ANY>"), "手続!A2", "after row 1",
        "a declaration <! inside the sheet");
    refused(scan("<row r=\"1\"><c r=\"A1\"><v>1<![X[2]]></v></c></row>"), "手続!A1",
        "a declaration <! inside a value");
  }

  @Test
  void aStyleIndexIsOneToNineDigits() {
    // rule: s is a style index of 1 to 9 digits; more digits, none, or another character are refused
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\" s=\"000000001\" t=\"n\"><f>1</f><v>45382</v></c></row>"));
    assertThat(row.cell(1)).isEqualTo(new XlsxCell(Kind.DATE, "2024-03-31"));
    refused(scan("<row r=\"1\"><c r=\"A1\" s=\"1234567890\" t=\"n\"><f>1</f><v>1</v></c></row>"), "手続!A1",
        "'1234567890' is not a number");
    refused(scan("<row r=\"1\"><c r=\"A1\" s=\"\" t=\"n\"><f>1</f><v>1</v></c></row>"), "手続!A1", "'' is not a number");
    refused(scan("<row r=\"1\"><c r=\"A1\" s=\"1x\" t=\"n\"><f>1</f><v>1</v></c></row>"), "手続!A1", "'1x' is not a number");
  }

  @Test
  void onlyTheAttributesNamedExactlyRTAndSAreTheCellsReferenceTypeAndStyle() {
    // rule: a cell's reference, type and style are its attributes named r, t and s: an attribute whose
    // name only ends in one of those letters (xr, xt, cs) is another one, whatever the order; spaces may
    // stand around '=' and a value may be in single quotes
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"B1\" xr=\"Z1\" t=\"inlineStr\" xt=\"n\"><is><t>字</t></is></c>"
        + "<c r = \"C1\" s=\"0\" cs=\"1\"><v>45382</v></c><c r=\"D1\" s=\"1\" cs=\"0\"><v>45382</v></c>"
        + "<c r='E1' t = 'b'><v>1</v></c></row>"));
    assertThat(row.cells()).containsExactly(XlsxCell.EMPTY, new XlsxCell(Kind.TEXT, "字"),
        new XlsxCell(Kind.NUMBER, "45382"), new XlsxCell(Kind.DATE, "2024-03-31"), new XlsxCell(Kind.BOOLEAN, "TRUE"));
  }

  @Test
  void aCellReferenceStartsWithAColumnLetter() {
    // rule: a cell's r is column letters then the row; one without letters is refused
    refused(scan("<row r=\"1\"><c r=\"1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), "手続!A1",
        "'1' is not a cell reference");
    refused(scan("<row r=\"1\"><c r=\"a1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), "手続!A1",
        "'a1' is not a cell reference");
  }

  @Test
  void cellLocationsOfRefusalsAreClampedToTheSheet() {
    // rule: a fault beyond Excel's limits is shown at the nearest cell Excel has
    XlsxSheet sheet = new XlsxSheet("f.xlsx", "手続", new byte[0], 0, new String[0], new boolean[0], false);
    assertThat(sheet.ref(0, 0)).isEqualTo(CellLocation.of("f.xlsx", "手続", 1, 1));
    assertThat(sheet.ref(XlsxSheet.MAX_ROW + 1, XlsxSheet.MAX_COLUMN + 1))
        .isEqualTo(CellLocation.of("f.xlsx", "手続", XlsxSheet.MAX_ROW, XlsxSheet.MAX_COLUMN));
    assertThat(sheet.ref(XlsxSheet.MAX_ROW, XlsxSheet.MAX_COLUMN))
        .isEqualTo(CellLocation.of("f.xlsx", "手続", XlsxSheet.MAX_ROW, XlsxSheet.MAX_COLUMN));
    assertThat(sheet.ref(7, 3)).isEqualTo(CellLocation.of("f.xlsx", "手続", 7, 3));
  }
}
