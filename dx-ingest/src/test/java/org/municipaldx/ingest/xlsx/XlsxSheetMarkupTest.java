package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.ingest.xlsx.XlsxScannerProperties.only;
import static org.municipaldx.ingest.xlsx.XlsxScannerProperties.readAgreeing;
import static org.municipaldx.ingest.xlsx.XlsxScannerProperties.refused;
import static org.municipaldx.ingest.xlsx.CraftedWorkbook.sheetXml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.xlsx.XlsxCell.Kind;
import org.municipaldx.ingest.xlsx.XlsxScannerProperties.Read;

/**
 * The scanner ({@link XlsxSheet}) on the markup a sheet may hold around its cells (issue 13 part 4, issue
 * 13s: survivors of PIT in {@code XlsxSheet}): namespace prefixes, rich-text and phonetic runs, elements it
 * does not read (skipped whole, however nested), attributes in any order and spacing, error and formula
 * cells, the 1904 date system, and each malformed tag refused where it stands. Every sheet is read kept
 * whole and streamed through a buffer of 16 bytes, which must agree, and, when they read rows without
 * refusal, agree with FastExcel's reader ({@code FastExcelSheet}) where it reads the same markup.
 */
class XlsxSheetMarkupTest {
  @TempDir
  Path dir;

  private int n;

  private static final String[] SHARED = {"部局", "", "市民課"};

  private Path workbook(String sheet, boolean date1904) {
    CraftedWorkbook w = new CraftedWorkbook().sharedStrings(SHARED).styles(null, 0, 14, 20, 22).sheet("手続", sheet);
    if (date1904) {
      w.override("xl/workbook.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + CraftedWorkbook.NS
          + "\" xmlns:r=\"" + CraftedWorkbook.REL_NS + "\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"手続\""
          + " sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
    }
    try {
      return w.write(dir, "m" + n++ + ".xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Read whole and through 16 bytes (which must agree), and by FastExcel's reader when {@code reference}. */
  private Read read(String sheet, boolean date1904, boolean reference) {
    return readAgreeing(workbook(sheet, date1904), reference);
  }

  private Read scan(String rows) {
    return read(sheetXml(rows), false, true);
  }

  /** Read whole and through 16 bytes only, where FastExcel's reader read otherwise (said at each use). */
  private Read own(String rows) {
    return read(sheetXml(rows), false, false);
  }


  private static List<String> cells(XlsxRow row) {
    return row.cells().stream().map(c -> c.kind() + ":" + c.text()).toList();
  }


  // ------------------------------------------------------------------ prefixes, runs, elements not read

  @Test
  void elementsWithANamespacePrefixAreReadByTheirLocalName() {
    // rule: <x:row>, <x:c>, <x:v>, <x:is>, <x:t>, <x:f> are the elements without a prefix (the prefix
    // bound to the spreadsheet namespace), by the general path (the common cell's path needs "<c ")
    String sheet = "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"" + CraftedWorkbook.NS + "\"><x:sheetData>"
        + "<x:row r=\"1\"><x:c r=\"A1\"><x:v>12</x:v></x:c><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>字</x:t></x:is></x:c>"
        + "<x:c r=\"C1\" t=\"s\"><x:v>2</x:v></x:c><x:c r=\"D1\" s=\"1\"><x:v>45382</x:v></x:c>"
        + "<x:c r=\"E1\" t=\"str\"><x:f>B1</x:f><x:v>字</x:v></x:c></x:row>"
        + "<x:row r=\"2\"/></x:sheetData></x:worksheet>";
    Read read = read(sheet, false, true);
    assertThat(read.rule()).as("%s", read.problems()).isNull();
    assertThat(read.rows()).hasSize(2);
    assertThat(cells(read.rows().get(0))).containsExactly("NUMBER:12", "TEXT:字", "TEXT:市民課", "DATE:2024-03-31",
        "TEXT:字");
    assertThat(read.rows().get(1).number()).isEqualTo(2);
    assertThat(read.rows().get(1).cells()).isEmpty();
  }

  @Test
  void anInlineStringIsItsTextsAndRichTextRunsWithoutItsPhoneticRuns() {
    // rule: <is> holds <t> or rich-text runs <r><rPr/><t/></r>, whose texts join in order; phonetic runs
    // <rPh><t/></rPh> and <phoneticPr/> are no part of the text; an empty <t/> adds nothing. FastExcel's
    // reader is no reference here: it joins the phonetic runs' text too ("太字 フト")
    XlsxRow row = only(own("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/><sz val=\"11\"/>"
        + "<rFont val=\"游ゴシック\"/></rPr><t>太</t></r><r><t xml:space=\"preserve\">字 </t></r><t/>"
        + "<rPh sb=\"0\" eb=\"1\"><t>フト</t></rPh><phoneticPr fontId=\"1\"/></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><rPh sb=\"0\" eb=\"1\"><t>ヨミ</t></rPh><t>読</t></is></c>"
        + "<c r=\"C1\" t=\"inlineStr\"><is><r><t>a</t></r><rPh sb=\"0\" eb=\"1\"><t>エー</t></rPh><r><t>b</t></r></is></c>"
        + "</row>"));
    assertThat(cells(row)).containsExactly("TEXT:太字 ", "TEXT:読", "TEXT:ab");
    // the same runs without phonetic ones: as FastExcel's reader reads them
    assertThat(cells(only(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>太</t></r><t/>"
        + "<r><t xml:space=\"preserve\">字 </t></r></is></c></row>")))).containsExactly("TEXT:太字 ");
  }

  @Test
  void elementsTheScannerDoesNotReadAreSkippedWholeHoweverNested() {
    // rule: an element inside a row or a cell other than c, v, f, is (extLst and the like) is skipped with
    // everything inside it, nested elements of the same name and self-closing ones included (FastExcel's
    // reader is no reference: it reads a <c> wherever it stands, Z1 inside the extLst too)
    XlsxRow row = only(own("<row r=\"1\" spans=\"1:3\"><extLst><ext uri=\"u\"><ext><c r=\"Z1\"><v>9</v></c></ext>"
        + "<q/></ext></extLst><c r=\"A1\"><extLst><ext uri=\"u\"><v>8</v><ext/></ext></extLst><v>1</v></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>字</t></is><extLst><ext><t>x</t></ext></extLst></c></row>"));
    assertThat(cells(row)).containsExactly("NUMBER:1", "TEXT:字");
  }

  @Test
  void aRowWithoutRFollowsTheRowBeforeAndASelfClosingRowIsEmpty() {
    // rule (ECMA-376 §18.3.1.73): a row without r is the row after the one before; <row/> is a row of no cells
    // (FastExcel's reader is no reference: it numbered such rows 1, 3)
    Read read = own("<row r=\"3\"><c r=\"A3\"><v>1</v></c></row><row/><row><c><v>2</v></c><c><v>3</v></c></row>"
        + "<row r=\"9\"/>");
    assertThat(read.rule()).as("%s", read.problems()).isNull();
    assertThat(read.rows()).extracting(XlsxRow::number).containsExactly(3, 4, 5, 9);
    assertThat(cells(read.rows().get(2))).containsExactly("NUMBER:2", "NUMBER:3");
    assertThat(read.rows().get(3).cells()).isEmpty();
  }

  // ------------------------------------------------------------------ attributes

  @Test
  void aCellsAttributesMayStandInAnyOrderWithAnyWhiteSpace() {
    // rule: r, t and s in any order, the common cell's path (one space, double quotes) and the general one
    // (tabs, line ends, spaces around '=', other attributes between) read the same cell
    XlsxRow row = only(scan("<row r=\"1\"><c s=\"1\" t=\"n\" r=\"A1\"><v>45382</v></c><c t=\"s\" r=\"B1\"><v>0</v></c>"
        + "<c\tr=\"C1\"\tt=\"s\"><v>2</v></c><c\nr=\"D1\"\r\ns=\"1\"><v>45383</v></c>"
        + "<c r=\"E1\" r:id=\"rId9\" t=\"b\" cm=\"1\"><v>1</v></c><c r=\"F1\" t=\"e\"><v>#N/A</v></c>"
        + "<c r=\"G1\" s=\"3\" ><v>0.5</v></c><c r=\"H1\" s=\"7\"><v>45382</v></c></row>"));
    assertThat(cells(row)).containsExactly("DATE:2024-03-31", "TEXT:部局", "TEXT:市民課", "DATE:2024-04-01",
        "BOOLEAN:TRUE", "ERROR:#N/A", "DATE:12:00", "NUMBER:45382");
  }

  @Test
  void aCellReferenceWithoutARowTakesTheRowsNumber() {
    // rule: r="B" (letters only) names column B of the row being read; r="A0" names row 0, refused
    Read read = read(sheetXml("<row r=\"2\"><c r=\"B\"><v>1</v></c><c r=\"C\" t=\"inlineStr\"><is><t>x</t></is></c></row>"),
        false, false);
    XlsxRow row = only(read);
    assertThat(row.number()).isEqualTo(2);
    assertThat(cells(row)).containsExactly("EMPTY:", "NUMBER:1", "TEXT:x");
    refused(read(sheetXml("<row r=\"2\"><c r=\"A0\"><v>1</v></c></row>"), false, false), "手続!A1", "row 0 with 1 cells");
  }

  @Test
  void aStyleOfTenDigitsOrNoneIsRefusedOnTheCommonCellsPathToo() {
    // rule: s is 1 to 9 digits, also where the cell is otherwise the common one (no formula, one <v>)
    assertThat(cells(only(scan("<row r=\"1\"><c r=\"A1\" s=\"000000002\"><v>0.25</v></c></row>"))))
        .containsExactly("DATE:06:00");
    refused(scan("<row r=\"1\"><c r=\"A1\" s=\"0000000002\"><v>1</v></c></row>"), "手続!A1",
        "'0000000002' is not a number");
    refused(scan("<row r=\"1\"><c r=\"A1\" s=\"\"><v>1</v></c></row>"), "手続!A1", "'' is not a number");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"x\"><v>1</v></c></row>"), "手続!A1", "Unknown cell type : x");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2024-03-31</v></c></row>"), "手続!A1", "Unknown cell type : d");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"\"><v>1</v></c></row>"), "手続!A1", "Unknown cell type : ");
  }

  // ------------------------------------------------------------------ cells by type

  @Test
  void errorCellsAndFormulasCachedErrorsAreErrors() {
    // rule: t="e" is an ERROR cell with its code (none: empty code); a formula's cached text that is one of
    // Excel's error codes is an ERROR, other text is TEXT, no cached value UNCALCULATED, an empty one EMPTY
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\" t=\"e\"><v>#DIV/0!</v></c><c r=\"B1\" t=\"e\"/>"
        + "<c r=\"C1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"D1\" t=\"e\"><f>1/0</f></c>"
        + "<c r=\"E1\" t=\"str\"><f>A1</f><v>#REF!</v></c><c r=\"F1\" t=\"str\"><f>A1</f><v>#REF</v></c>"
        + "<c r=\"G1\" t=\"str\"><f>A1</f></c><c r=\"H1\" t=\"str\"><f>A1</f><v/></c>"
        + "<c r=\"I1\" t=\"inlineStr\"><f>A1</f><is><t>#N/A</t></is></c><c r=\"J1\" t=\"e\"><f>1/0</f><v>x</v></c>"
        + "<c r=\"K1\" t=\"n\"><f>1</f><v/></c><c r=\"L1\" t=\"inlineStr\"><f>A1</f><is/></c></row>"));
    assertThat(cells(row)).containsExactly("ERROR:#DIV/0!", "ERROR:", "ERROR:#DIV/0!", "UNCALCULATED:", "ERROR:#REF!",
        "TEXT:#REF", "UNCALCULATED:", "UNCALCULATED:", "ERROR:#N/A", "TEXT:x", "UNCALCULATED:", "EMPTY:");
  }

  @Test
  void anEmptyValueElementOfASharedStringIsAnEmptyCellWrittenEitherWay() {
    // rule (XML: <v></v> and <v/> are the same element): a shared-string cell with an empty value is an
    // empty cell, by the common cell's path and by the general one
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\" t=\"s\"><v/></c><c r=\"B1\" t=\"s\"><v></v></c>"
        + "<c r=\"C1\" t=\"s\" ><v></v></c><c r=\"D1\" t=\"s\"><v>0</v></c></row>"));
    assertThat(cells(row)).containsExactly("EMPTY:", "EMPTY:", "EMPTY:", "TEXT:部局");
  }

  @Test
  void aNumberIsReadInPlainNotationByEitherPath() {
    // rule: exponents and trailing zeros are written out, a sign kept, zero is "0"; the same by the common
    // cell's path and by the general one (a value with a character reference)
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\"><v>1E+3</v></c><c r=\"B1\"><v>1.00E2</v></c>"
        + "<c r=\"C1\"><v>1.0E-2</v></c><c r=\"D1\"><v>-0.0</v></c><c r=\"E1\"><v>+5</v></c><c r=\"F1\"><v>-12</v></c>"
        + "<c r=\"G1\"><v>&#49;00</v></c><c r=\"H1\"><v>1.50</v></c><c r=\"I1\"><v>100.0</v></c>"
        + "<c r=\"J1\"><v>0</v></c><c r=\"K1\"><v>&#48;</v></c><c r=\"L1\"><v>&#48;7</v></c></row>"));
    assertThat(row.cells()).extracting(XlsxCell::text).containsExactly("1000", "100", "0.01", "0", "5", "-12", "100",
        "1.5", "100", "0", "0", "7");
    assertThat(row.cells()).extracting(XlsxCell::kind).containsOnly(Kind.NUMBER);
  }

  // ------------------------------------------------------------------ dates

  @Test
  void inThe1904SystemSerialZeroIsTheFirstOfJanuary1904() {
    // rule (ECMA-376 §18.17.4.1): with date1904 a serial counts days from 1904-01-01 (no 1900 leap day)
    Read read = read(sheetXml("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>1</v></c>"
        + "<c r=\"C1\" s=\"1\"><v>59</v></c><c r=\"D1\" s=\"1\"><v>43920</v></c><c r=\"E1\" s=\"3\"><v>1.5</v></c></row>"),
        true, true);
    assertThat(cells(only(read))).containsExactly("DATE:00:00", "DATE:1904-01-02", "DATE:1904-02-29",
        "DATE:2024-03-31", "DATE:1904-01-02T12:00");
  }

  @Test
  void aDateKeepsItsSecondsAndMillisecondsAndANegativeSerialIsADate() {
    // rule: a date-time with seconds or milliseconds prints them (ISO-8601), one without prints minutes; a
    // time alone prints seconds when it has them; a negative serial is no time of day but a date before 1900
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\" s=\"3\"><v>45382.000005787037</v></c>"
        + "<c r=\"B1\" s=\"3\"><v>45382.00001157407</v></c><c r=\"C1\" s=\"3\"><v>45382.5</v></c>"
        + "<c r=\"D1\" s=\"2\"><v>0.000005787037</v></c><c r=\"E1\" s=\"2\"><v>0.25001157407407</v></c>"
        + "<c r=\"F1\" s=\"1\"><v>-1</v></c><c r=\"G1\" s=\"1\"><v>1</v></c><c r=\"H1\" s=\"1\"><v>60</v></c></row>"));
    assertThat(cells(row)).containsExactly("DATE:2024-03-31T00:00:00.500", "DATE:2024-03-31T00:00:01",
        "DATE:2024-03-31T12:00", "DATE:00:00", "DATE:06:00:01", "DATE:1899-12-30", "DATE:1900-01-01",
        "DATE:1900-03-01");
  }

  // ------------------------------------------------------------------ entities

  @Test
  void thePredefinedEntitiesAndCharacterReferencesAreDecodedAndNoOtherEntity() {
    // rule (XML 1.0 §4.6): &amp; &lt; &gt; &quot; &apos; and &#n; / &#xh; are decoded, in <v> and in <t>;
    // any other entity is not declared (no DTD is read) and is refused at its cell
    XlsxRow row = only(scan("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>A1</f><v>&amp;&lt;&gt;&quot;&apos;&#65;&#x4a;&#x4A;</v></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>a&amp;b&#12354;&#x3042;c</t></is></c></row>"));
    assertThat(cells(row)).containsExactly("TEXT:&<>\"'AJJ", "TEXT:a&bああc");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>"), "手続!A1",
        "the entity '&nbsp;' is not declared");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&#X41;</t></is></c></row>"), "手続!A1",
        "a malformed character reference");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&#;</t></is></c></row>"), "手続!A1",
        "the entity '&#;' is not declared");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&;</t></is></c></row>"), "手続!A1",
        "the entity '&;' is not declared");
    refused(scan("<row r=\"1\"><c r=\"A1\"><v>1&amp</v></c></row>"), "手続!A1", "an '&' that starts no entity");
  }

  // ------------------------------------------------------------------ malformed tags

  @Test
  void eachMalformedTagIsRefusedAtItsCellOrAfterTheLastRow() {
    // rule: what is no well-formed tag is MALFORMED: inside a cell at that cell's row, between rows after
    // the last row read
    String ok = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>";
    refused(scan(ok + "<row r=\"2\"><c r=\"A2\"/ ><v>1</v></row>"), "手続!A2", "'/' not followed by '>' in a tag");
    refused(scan(ok + "<row r=\"2\"><c r=\"A<2\"><v>1</v></c></row>"), "手続!A2", "'<' in an attribute value");
    refused(scan(ok + "<row r=\"2\"><c r=\"A2\" <v>1</v></c></row>"), "手続!A2", "'<' inside a tag");
    refused(scan(ok + "<row r=\"2\">< c r=\"A2\"><v>1</v></c></row>"), "手続!A2", "a tag without a name");
    refused(scan(ok + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row></c>"), "手続!A3", "after row 2",
        "unexpected end tag in sheetData");
    refused(scan(ok + "<row r=\"2\"><c r=\"A2\"><v>1</f></c></row>"), "手続!A2", "<v> closed by another end tag");
    refused(scan(ok + "<row r=\"2\"><c r=\"A2\"><v>1<b/></v></c></row>"), "手続!A2", "an element inside a value");
    refused(scan(ok + "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" si=\"0\" ref=A2>1</f><v>1</v></c></row>"), "手続!A2",
        "an attribute without a quoted value");
  }

  // ------------------------------------------------------------------ formulas (FastExcel's reader reads no array ranges)

  @Test
  void aCellIsInAnArrayFormulasRangeUpToItsEdgesAndOnlyNumberLikeCellsBecomeTheFormulas() {
    // rule: a cell inside an array formula's range (its first and last row and column included; lower-case and
    // $-anchored references too) without a value is uncalculated, however it is written (<v></v> too); a cell
    // just outside is empty; a shared-string cell stays what it is, and an inline string inside the range still
    // needs its <is>; an array formula without ref spans no range
    Read read = own("<row r=\"1\"><c r=\"B1\"><f t=\"array\" ref=\"c2:$D$3\">{1}</f><v>1</v></c><c r=\"C1\"/>"
        + "<c r=\"F1\"><f t=\"array\">{2}</f><v>2</v></c></row>"
        + "<row r=\"2\"><c r=\"B2\"/><c r=\"C2\"><v></v></c><c r=\"D2\"/><c r=\"E2\"/><c r=\"F2\"/></row>"
        + "<row r=\"3\"><c r=\"B3\"><v></v></c><c r=\"C3\" t=\"s\"><v>0</v></c><c r=\"D3\" t=\"b\"/>"
        + "<c r=\"E3\"/></row>"
        + "<row r=\"4\"><c r=\"C4\"/><c r=\"D4\"><v>4</v></c></row>");
    assertThat(read.rule()).as("%s", read.problems()).isNull();
    assertThat(read.rows()).extracting(XlsxSheetMarkupTest::cells).containsExactly(
        List.of("EMPTY:", "NUMBER:1", "EMPTY:", "EMPTY:", "EMPTY:", "NUMBER:2"),
        List.of("EMPTY:", "EMPTY:", "UNCALCULATED:", "UNCALCULATED:", "EMPTY:", "EMPTY:"),
        List.of("EMPTY:", "EMPTY:", "TEXT:部局", "UNCALCULATED:", "EMPTY:"),
        List.of("EMPTY:", "EMPTY:", "EMPTY:", "NUMBER:4"));
    refused(own("<row r=\"1\"><c r=\"A1\"><f t=\"array\" ref=\"A1:B2\">{1}</f><v>1</v></c></row>"
        + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"/></row>"), "手続!B2", "the inline string has no <is> element");
  }

  @Test
  void aFormulaElementWithoutTextMakesNoFormulaAndTheFormulasAttributesAreReadByTheirExactNames() {
    // rule: <f/> and <f></f> hold no formula (a cell without value stays empty), <f>…</f> does; a shared
    // formula's si and ref are the attributes named exactly so (not sis, si2, xref), in either quotes, with
    // spaces around '='
    Read read = own("<row r=\"1\"><c r=\"A1\"><f/></c><c r=\"B1\"><f></f></c><c r=\"C1\"><f>1</f></c>"
        + "<c r=\"D1\"><f t=\"shared\" sis=\"9\" xref=\"Z9\" ref = 'D1:D2' si2=\"8\" si = '3'>A1</f><v>1</v></c></row>"
        + "<row r=\"2\"><c r=\"D2\"><f t=\"shared\" si=\"3\"/></c></row>");
    assertThat(read.rule()).as("%s", read.problems()).isNull();
    assertThat(read.rows()).extracting(XlsxSheetMarkupTest::cells).containsExactly(
        List.of("EMPTY:", "EMPTY:", "UNCALCULATED:", "NUMBER:1"),
        List.of("EMPTY:", "EMPTY:", "EMPTY:", "UNCALCULATED:"));
    // si 9 or 8 was never defined: only si 3 was
    for (int si : new int[] {8, 9}) {
      refused(own("<row r=\"1\"><c r=\"D1\"><f t=\"shared\" sis=\"9\" ref=\"D1:D2\" si2=\"8\" si=\"3\">A1</f><v>1</v></c></row>"
          + "<row r=\"2\"><c r=\"D2\"><f t=\"shared\" si=\"" + si + "\"/></c></row>"), "手続!A2",
          "a shared formula (si " + si + ") used before it is defined");
    }
  }

  @Test
  void elementsBetweenRowsAreSkippedWhole() {
    // rule: an element inside <sheetData> other than a row (and the rows inside it) is no row of the sheet
    Read read = own("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><x><row r=\"5\"><c r=\"A5\"><v>5</v></c></row><y/></x>"
        + "<z/><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>");
    assertThat(read.rule()).as("%s", read.problems()).isNull();
    assertThat(read.rows()).extracting(XlsxRow::number).containsExactly(1, 2);
  }

  @Test
  void anEntityNameEndsWithin11Characters() {
    // rule: the ';' of an entity is looked for within 12 bytes of its '&': a name of 11 characters is an
    // (undeclared) entity, one of 12 starts no entity
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&abcdefghijk;</t></is></c></row>"), "手続!A1",
        "the entity '&abcdefghijk;' is not declared");
    refused(scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&abcdefghijkl;</t></is></c></row>"), "手続!A1",
        "an '&' that starts no entity");
  }
}
