package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.ingest.xlsx.CraftedWorkbook.sheetXml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.xlsx.XlsxCell.Kind;
import org.municipaldx.ingest.xlsx.XlsxScannerProperties.Read;

/**
 * Rules of the scanner ({@link XlsxSheet}) that PIT's survivors of the whole-module run of commit ade8b7d showed
 * unchecked (issue 13 part 4, issue 13v). Each workbook is read kept whole and through a 16-byte buffer, which
 * must agree, and by FastExcel's reader where it reads the same (where it does not, the test says why).
 */
class XlsxSheetLeftoversTest {
  @TempDir
  Path dir;

  private int n;

  private Read scan(String rows, boolean reference) {
    Path file;
    try {
      file = new CraftedWorkbook().sharedStrings("部局").styles(null, 0, 14).sheet("手続", sheetXml(rows))
          .write(dir, "l" + n++ + ".xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return XlsxScannerProperties.readAgreeing(file, reference);
  }

  @Test
  void aDateCellWhoseSerialCountsMoreDaysThanAnIntIsRefusedAtItsCell() {
    // rule: bad input gets a located error. A date cell's serial counts whole days (Excel: 1 is 1900-01-01); one
    // whose days, rounded to the millisecond, may not fit the 32-bit count (a serial below -2,147,483,648 or from
    // 2,147,483,647 on) is refused as MALFORMED at its cell. Before the fix 2147483648 read as a date 5.9 million
    // years BC (the count wrapped around) and 1E+400 threw java.time's DateTimeException (FastExcel's reader does
    // both: no reference here). The serials at the edges that fit are read as dates
    for (String serial : List.of("2147483648", "2147483647", "2147483646.9999999999", "12345678901234567890",
        "1E+400", "-2147483649", "-2147483648.5", "-1e10")) {
      Read read = scan("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"B2\" s=\"1\"><v>" + serial
          + "</v></c></row>", false);
      XlsxScannerProperties.refused(read, "手続!B2", "'" + serial + "'", "date");
      assertThat(read.rows()).as(serial).hasSize(1);
    }
    Read max = scan("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>2147483646.5</v></c><c r=\"B1\" s=\"1\"><v>-2147483648</v></c>"
        + "</row>", false);
    assertThat(XlsxScannerProperties.only(max).cells()).extracting(XlsxCell::kind).containsExactly(Kind.DATE, Kind.DATE);
  }

  private Read scanStyles(String rows, boolean reference, int... numFmtIds) {
    Path file;
    try {
      file = new CraftedWorkbook().sharedStrings("部局", "課").styles(null, numFmtIds).sheet("手続", sheetXml(rows))
          .write(dir, "l" + n++ + ".xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return XlsxScannerProperties.readAgreeing(file, reference);
  }

  private static List<String> cells(XlsxRow row) {
    return row.cells().stream().map(c -> c.kind() + ":" + c.text()).toList();
  }

  private static XlsxSheet part(String rows) {
    byte[] b = sheetXml(rows).getBytes(StandardCharsets.UTF_8);
    return new XlsxSheet("f.xlsx", "手続", b, b.length, new String[] {"部局"}, new boolean[] {false, true}, false);
  }

  @Test
  void asciiCopiesAPlainNumbersBytesWhenTheyFitAndOnlyThen() {
    // rule (SheetRows.ascii, read on the scanner itself): a whole number kept as bytes is copied when it has at
    // most as many bytes as the array (exactly as many included) and the count returned; -1 when it has more;
    // a text's ASCII bytes likewise
    XlsxSheet s = part("<row r=\"1\"><c r=\"A1\"><v>12345</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>abc</t></is></c>"
        + "</row>");
    assertThat(s.advance()).isTrue();
    byte[] five = new byte[5];
    assertThat(s.ascii(0, five)).isEqualTo(5);
    assertThat(new String(five, StandardCharsets.US_ASCII)).isEqualTo("12345");
    assertThat(s.ascii(0, new byte[4])).isEqualTo(-1);
    byte[] eight = new byte[8];
    assertThat(s.ascii(0, eight)).isEqualTo(5);
    assertThat(new String(eight, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("12345");
    byte[] three = new byte[3];
    assertThat(s.ascii(1, three)).isEqualTo(3);
    assertThat(new String(three, StandardCharsets.US_ASCII)).isEqualTo("abc");
    assertThat(s.ascii(1, new byte[2])).isEqualTo(-1);
    s.close();
  }

  @Test
  void aBlankRowAsWideAsTheFirstCellArraysIsBlank() {
    // rule: a row whose cells are all empty or blank text is blank, also when it is exactly 16 cells wide (the
    // cell arrays' first size: nothing past the row's last cell is read)
    XlsxSheet s = part("<row r=\"1\"><c r=\"P1\" t=\"inlineStr\"><is><t> </t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t> </t></is></c><c r=\"P2\"><v>0</v></c></row>");
    assertThat(s.advance()).isTrue();
    assertThat(s.size()).isEqualTo(16);
    assertThat(s.isBlank()).isTrue();
    assertThat(s.advance()).isTrue();
    assertThat(s.isBlank()).as("a number, even 0, is not blank").isFalse();
    s.close();
  }

  @Test
  void aFormulasAttributesAreFoundByTheirWholeName() {
    // rule: a formula's t, si and ref are found by their whole names and values: ca (as long as si) and aca
    // (as long as ref) are other attributes; t="normal" (as long as "shared") is an ordinary formula
    Read read = scan("<row r=\"1\"><c r=\"A1\"><f t=\"shared\" ca=\"1\" si=\"0\" aca=\"1\" ref=\"A1:A2\">B1</f>"
        + "<v>1</v></c><c r=\"B1\"><f t=\"normal\">C1</f></c><c r=\"C1\" t=\"str\"><f t=\"normal\" ca=\"1\">D1</f>"
        + "<v>x</v></c></row><row r=\"2\"><c r=\"A2\"><f t=\"shared\" si=\"0\"/><v>2</v></c><c r=\"B2\">"
        + "<f t=\"shared\" si=\"0\"/></c></row>", true);
    assertThat(read.rows()).extracting(XlsxSheetLeftoversTest::cells).containsExactly(
        List.of("NUMBER:1", "UNCALCULATED:", "TEXT:x"), List.of("NUMBER:2", "UNCALCULATED:"));
    // rule: a cell type is one of n, s, b, e, str, inlineStr, by its whole value: "xyz" (as long as "str") is not
    XlsxScannerProperties.refused(scan("<row r=\"1\"><c r=\"A1\" t=\"xyz\"><v>1</v></c></row>", false), "手続!A1",
        "Unknown cell type : xyz");
  }

  @Test
  void aCommentInsideAnElementSkippedInARowIsSkippedWithIt() {
    // rule: an element the scanner does not read (extLst in a row) is skipped to its end tag, comments and
    // processing instructions inside it too, however they look
    Read read = scan("<row r=\"1\"><extLst><!-- <c r=\"A1\"><v>9</v></c> --><ext uri=\"x\"><?pi </ext>?></ext>"
        + "</extLst><c r=\"B1\"><v>1</v></c></row>", false);
    assertThat(cells(XlsxScannerProperties.only(read))).containsExactly("EMPTY:", "NUMBER:1");
  }

  @Test
  void aCellReferenceBeyondExcelsRowsOnTheGeneralPathRefusesItsRow() {
    // rule: a row takes its number from its last cell's reference; C10485760 (one digit more than row
    // 1,048,576) is beyond Excel's rows, also on the general path (inline strings): the row is refused
    XlsxScannerProperties.refused(scan("<row r=\"3\"><c r=\"C10485760\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
        false), "手続!A1", "row 10485760", "beyond Excel's 1048576 rows");
  }

  @Test
  void anArrayFormulasRangeCoversItsCellsByColumnLettersAndRowDigits() {
    // rule: a cell inside an array formula's range without a value is an uncalculated formula, outside it is
    // empty: the range AA1:AB2 covers columns 27-28 of rows 1-2
    Read read = scan("<row r=\"1\"><c r=\"AA1\"><f t=\"array\" ref=\"AA1:AB2\">1</f><v>1</v></c></row>"
        + "<row r=\"2\"><c r=\"B2\"/><c r=\"AB2\"/><c r=\"AC2\"/></row><row r=\"3\"><c r=\"AB3\"/></row>", false);
    List<XlsxRow> rows = read.rows();
    assertThat(rows.get(1).cell(2).kind()).isEqualTo(Kind.EMPTY);
    assertThat(rows.get(1).cell(28).kind()).isEqualTo(Kind.UNCALCULATED);
    assertThat(rows.get(1).cell(29).kind()).isEqualTo(Kind.EMPTY);
    assertThat(rows.get(2).cell(28).kind()).isEqualTo(Kind.EMPTY);
    // rule: a range given by columns only (no row digits) covers no cell, and is no error
    Read columns = scan("<row r=\"1\"><c r=\"A1\"><f t=\"array\" ref=\"A:B\">1</f><v>1</v></c><c r=\"B1\"/></row>",
        false);
    assertThat(cells(XlsxScannerProperties.only(columns))).containsExactly("NUMBER:1", "EMPTY:");
  }

  @Test
  void aLaterCellOfTheSameReferenceReplacesTheEarlierOne() {
    // rule: when a row holds two cells of one reference, the later one is the cell, an empty one too: a shared
    // string without a value, or with an empty one, replaces the text before it
    Read read = scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"A1\" t=\"s\"/>"
        + "<c r=\"B1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v></v></c>"
        + "<c r=\"C1\" t=\"s\"><v>0</v></c><c r=\"C1\"\nt=\"s\"><v></v></c><c r=\"D1\"><v>1</v></c></row>", false);
    assertThat(cells(XlsxScannerProperties.only(read))).containsExactly("EMPTY:", "EMPTY:", "EMPTY:", "NUMBER:1");
  }

  @Test
  void theFirstCellStyleCanShowADate() {
    // rule: a cell's style index s="0" is the first cellXfs entry, a date format (14) here: the cell is a date;
    // a cell without s is not styled
    Read read = scanStyles("<row r=\"1\"><c r=\"A1\" s=\"0\"><v>45000</v></c><c r=\"B1\"><v>45000</v></c></row>",
        true, 14, 0);
    assertThat(cells(XlsxScannerProperties.only(read))).containsExactly("DATE:2023-03-15", "NUMBER:45000");
  }

  @Test
  void aNumberWithLeadingZerosReadsAsItsPlainValue() {
    // rule: a number's text is its plain value: 007 reads 7, 0.50 reads 0.5, 0 reads 0, 1.0E3 reads 1000
    Read read = scan("<row r=\"1\"><c r=\"A1\"><v>007</v></c><c r=\"B1\"><v>0.50</v></c><c r=\"C1\"><v>0</v></c>"
        + "<c r=\"D1\"><v>1.0E3</v></c><c r=\"E1\"><v>0&#x30;7</v></c><c r=\"F1\"><v>1234567890123456789</v></c></row>",
        true);
    assertThat(cells(XlsxScannerProperties.only(read))).containsExactly("NUMBER:7", "NUMBER:0.5", "NUMBER:0",
        "NUMBER:1000", "NUMBER:7", "NUMBER:1234567890123456789");
  }

  @Test
  void adjacentCdataSectionsInAValueAreReadOneAfterTheOther() {
    // rule (XML 1.0 §2.7): each CDATA section ends at its own "]]>": two adjacent ones are their texts joined
    Read read = scan("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>B1</f><v><![CDATA[ab]]><![CDATA[cd]]></v></c>"
        + "<c r=\"B1\"><v><![CDATA[1]]><![CDATA[2]]></v></c></row>", true);
    assertThat(cells(XlsxScannerProperties.only(read))).containsExactly("TEXT:abcd", "NUMBER:12");
  }

  @Test
  void aLongFirstValueReadAsCdataOrDecodedIsReadWhole() {
    // rule: a value is read whole whatever its length, also when it is the sheet's first value longer than the
    // 256-byte text buffer: CDATA (kept as is) or text with a reference (decoded)
    String kanji = "市民課".repeat(100); // 900 bytes
    for (String value : List.of("<![CDATA[" + kanji + "]]>", kanji + "&amp;", "&amp;" + kanji)) {
      Read read = scan("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>B1</f><v>" + value + "</v></c></row>", true);
      assertThat(XlsxScannerProperties.only(read).cell(1).text()).as(value.substring(0, 12)).isEqualTo(
          value.startsWith("<!") ? kanji : value.startsWith("&") ? "&" + kanji : kanji + "&");
    }
  }

  @Test
  void aCarriageReturnInAValueReadsAsOneLineEnd() {
    // rule (XML 1.0 §2.11): CR LF and a lone CR read as LF, in text, in decoded text and in CDATA; LF CR is two
    Read read = scan("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>B1</f><v>a\r\nb\rc\n\rd</v></c>"
        + "<c r=\"B1\" t=\"str\"><f>B1</f><v>&amp;\r\nb\rc\n\rd</v></c>"
        + "<c r=\"C1\" t=\"str\"><f>B1</f><v><![CDATA[a\r\nb\rc\n\rd]]></v></c></row>", true);
    assertThat(cells(XlsxScannerProperties.only(read))).containsExactly("TEXT:a\nb\nc\n\nd", "TEXT:&\nb\nc\n\nd",
        "TEXT:a\nb\nc\n\nd");
  }

  @Test
  void aCharacterReferenceMayHaveAnyNumberOfLeadingZeros() {
    // rule: XML 1.0's CharRef is '&#' [0-9]+ ';' or '&#x' [0-9a-fA-F]+ ';' of any length, leading zeros allowed
    // (FastExcel's StAX reader reads 'A' for each): &#0000000065; (11 characters after the '&'), &#00000000065; (12)
    // and a reference of 200 zeros are all 'A' (until 2026-12-07 the scanner refused the second and third as "an '&'
    // that starts no entity"); a reference without its ';' before the value ends is still refused
    for (String ref : List.of("&#0000000065;", "&#00000000065;", "&#" + "0".repeat(200) + "65;",
        "&#x" + "0".repeat(200) + "41;")) {
      Read read = scan("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>B1</f><v>" + ref + "</v></c></row>", true);
      assertThat(XlsxScannerProperties.only(read).cell(1).text()).as(ref.substring(0, Math.min(ref.length(), 16))).isEqualTo("A");
    }
    XlsxScannerProperties.refused(scan("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>B1</f><v>&#" + "0".repeat(200)
        + "65</v></c></row>", false), "手続!A1", "an '&' that starts no entity");
    // rule: a named entity's ';' is looked for within 11 characters: past them the '&' starts no entity
    XlsxScannerProperties.refused(scan("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>B1</f><v>&abcdefghijkl;</v></c></row>",
        false), "手続!A1", "an '&' that starts no entity");
    // rule: a reference past U+10FFFF refers to no XML character, named by its number, also one digit past it
    XlsxScannerProperties.refused(scan("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>B1</f><v>&#x10FFFF0;</v></c></row>",
        false), "手続!A1", "a character reference to no XML character (17825776)");
    XlsxScannerProperties.refused(scan("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>B1</f><v>&#11141110;</v></c></row>",
        false), "手続!A1", "a character reference to no XML character (11141110)");
  }

  @Test
  void anArrayFormulasRangeThatIsNoRangeIsRefusedAtItsCell() {
    // rule: bad input gets a located error: an array formula's ref whose row part is not a number (B2x, 2.5) or
    // is beyond an int is refused as MALFORMED at the formula's cell (before the fix: NumberFormatException)
    for (String ref : List.of("A1:B2x", "A1:B2.5", "A99999999999:B2", "A1:B-2")) {
      Read read = scan("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"C2\"><f t=\"array\" ref=\""
          + ref + "\">1</f><v>1</v></c></row>", false);
      XlsxScannerProperties.refused(read, "手続!C2", "'" + ref + "'", "not a cell range");
    }
  }
}
