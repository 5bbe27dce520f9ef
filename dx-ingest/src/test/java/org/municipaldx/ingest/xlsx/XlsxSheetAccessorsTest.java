package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.ingest.xlsx.CraftedWorkbook.sheetXml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.Fields;
import org.municipaldx.ingest.Record;

/**
 * The accessors that read a cell without making a String ({@link SheetRows#plainWhole},
 * {@link SheetRows#ascii}) give what the cell's text gives ({@link Record#plainWhole},
 * {@link Record#ascii}: 1 to 18 ASCII digits; the text's bytes when they fit and are ASCII), whether
 * the number is kept as the part's bytes or as text, read by the scanner or from rows parsed ahead;
 * a plain whole number column's repeated value is one String (issue 13 part 4: the survivors of PIT in
 * {@code XlsxSheet} and {@code PipelinedSheet}).
 */
class XlsxSheetAccessorsTest {
  @TempDir
  Path dir;

  /** Values at the edges: kept as bytes (plain digits, 1 to 18, no leading zero) or not. */
  private static final List<String> NUMBERS = List.of("0", "7", "1303", "12345678", "123456789",
      "999999999999999999", "1000000000000000000", "007", "-3", "651.5", "1E3", "");

  private Path workbook(String name, int rows) throws IOException {
    StringBuilder xml = new StringBuilder();
    for (int r = 1; r <= rows; r++) {
      xml.append("<row r=\"").append(r).append("\">");
      int c = 0;
      for (String v : NUMBERS) {
        c++;
        String ref = org.municipaldx.ingest.TextLocation.excelColumn(c) + r;
        xml.append(v.isEmpty() ? "<c r=\"" + ref + "\"/>" : "<c r=\"" + ref + "\"><v>" + v + "</v></c>");
      }
      // text cells: ASCII, blank, Japanese, a number as text; a column beyond the 16 kept at first
      xml.append("<c r=\"N").append(r).append("\" t=\"inlineStr\"><is><t>ab</t></is></c>")
          .append("<c r=\"O").append(r).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> </t></is></c>")
          .append("<c r=\"P").append(r).append("\" t=\"s\"><v>0</v></c>")
          .append("<c r=\"Q").append(r).append("\" t=\"s\"><v>1</v></c>")
          .append("<c r=\"Z").append(r).append("\"><v>").append(2023 + r % 2).append("</v></c>")
          .append("</row>");
    }
    return new CraftedWorkbook().sharedStrings("部局", "1303").sheet("手続", sheetXml(xml.toString()))
        .write(dir, name);
  }

  /** Every accessor of every cell of every row agrees with the cell's text. */
  private static int checkAll(SheetRows s) {
    int rows = 0;
    while (s.advance()) {
      rows++;
      for (int c = 0; c < s.size(); c++) {
        String text = s.text(c);
        assertThat(s.plainWhole(c)).as("plainWhole of %s (column %d)", text, c).isEqualTo(Fields.plainWhole(text));
        for (int size : new int[] {0, text.length() - 1, text.length(), text.length() + 1, 32}) {
          if (size < 0) {
            continue;
          }
          byte[] got = new byte[size];
          int n = s.ascii(c, got);
          boolean fits = text.length() <= size && StandardCharsets.US_ASCII.newEncoder().canEncode(text);
          assertThat(n).as("ascii of '%s' into %d bytes", text, size).isEqualTo(fits ? text.length() : -1);
          if (fits) {
            assertThat(new String(got, 0, n, StandardCharsets.US_ASCII)).isEqualTo(text);
          }
        }
      }
    }
    s.close();
    return rows;
  }

  @Test
  void theAccessorsWithoutAStringGiveWhatTheTextGives() throws IOException {
    Path file = workbook("acc.xlsx", 60);
    assertThat(checkAll(XlsxReader.create().openRows(file, "acc.xlsx"))).isEqualTo(60);
    assertThat(checkAll(XlsxReader.create().withBuffer(16).openRows(file, "acc.xlsx"))).isEqualTo(60);
    // rows parsed ahead by workers: blocks of 700 bytes hold whole rows (a row is about 420)
    for (int threads : new int[] {2, 3}) {
      assertThat(checkAll(XlsxReader.create().withBuffer(700).withThreads(threads).openRows(file, "acc.xlsx")))
          .isEqualTo(60);
    }
  }

  @Test
  void aRowIsBlankWhenEveryCellIsEmptyOrBlankText() throws IOException {
    // rule: empty cells and text of white space only are blank; a number, a boolean, any other text is not
    String xml = "<row r=\"1\"><c r=\"A1\"/><c r=\"B1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  </t></is></c></row>"
        + "<row r=\"2\"><c r=\"B2\"><v>0</v></c></row>"
        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> </t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
        + "<row r=\"4\"><c r=\"A4\" t=\"b\"><v>0</v></c></row>"
        + "<row r=\"5\"/>"
        + "<row r=\"6\"><c r=\"A6\" t=\"s\"><v>0</v></c></row>";
    Path file = new CraftedWorkbook().sharedStrings("   ").sheet("手続", sheetXml(xml)).write(dir, "blank.xlsx");
    for (XlsxReader reader : List.of(XlsxReader.create(), XlsxReader.create().withBuffer(16),
        XlsxReader.create().withBuffer(16).withThreads(2))) {
      List<Boolean> blank = new ArrayList<>();
      SheetRows s = reader.openRows(file, "blank.xlsx");
      while (s.advance()) {
        blank.add(s.isBlank());
      }
      s.close();
      assertThat(blank).containsExactly(true, false, false, false, true, true);
    }
  }

  @Test
  void aNumberColumnsRepeatedValueIsOneString() throws IOException {
    // rule (XlsxSheet's class comment): a plain whole number kept as bytes becomes a String when asked
    // for, the same String as the column's value before it when the digits are the same
    Path file = workbook("same.xlsx", 6);
    SheetRows s = XlsxReader.create().openRows(file, "same.xlsx");
    String[] before = null;
    int rows = 0;
    while (s.advance()) {
      String[] texts = new String[s.size()];
      for (int c = 0; c < s.size(); c++) {
        texts[c] = s.text(c);
        assertThat(s.text(c)).as("asked twice").isSameAs(texts[c]);
      }
      if (before != null) {
        for (int c = 0; c < 6; c++) { // the plain whole numbers 0 … 999999999999999999
          assertThat(texts[c]).as("column %d", c).isSameAs(before[c]);
        }
        // column Z alternates 2023, 2024: equal texts only, never the other year
        assertThat(texts[25]).isNotEqualTo(before[25]);
      }
      before = texts;
      rows++;
    }
    s.close();
    assertThat(rows).isEqualTo(6);
    assertThat(Arrays.asList(before).subList(0, 7)).containsExactly("0", "7", "1303", "12345678", "123456789",
        "999999999999999999", "1000000000000000000");
  }
}
