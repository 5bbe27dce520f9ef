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
import org.municipaldx.ingest.TextLocation;
import org.municipaldx.ingest.xlsx.XlsxCell.Kind;
import org.municipaldx.ingest.xlsx.XlsxScannerProperties.Read;

/**
 * The scanner ({@link XlsxSheet}) at the edges of its own buffers (issue 13 part 4, issue 13s: survivors of
 * PIT in {@code XlsxSheet}): values longer than the 256 bytes its text buffer starts with, comments and
 * processing instructions whose last bytes hold a '<', and plain numbers in columns beyond the 16 and the 32
 * it keeps at first. Each sheet is read kept whole and through 16 bytes, which must agree, and with FastExcel's
 * reader, which must read the same.
 */
class XlsxSheetEdgesTest {
  @TempDir
  Path dir;

  private int n;

  private Read scan(String rows) {
    Path file;
    try {
      file = new CraftedWorkbook().sharedStrings("部局").styles(null, 0, 14).sheet("手続", sheetXml(rows))
          .write(dir, "g" + n++ + ".xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Read whole = XlsxScannerProperties.readAgreeing(file, true);
    assertThat(whole.rule()).as("%s", whole.problems()).isNull();
    return whole;
  }

  @Test
  void valuesLongerThanTheTextBufferAreReadWhole() {
    // rule: a value is read whole whatever its length: text with entities (each no longer than its UTF-8),
    // CDATA, line ends, and text cut by comments, 300 to 3,000 bytes each (the text buffer starts at 256)
    String kanji = "市民課".repeat(100); // 900 bytes
    String amp = "a&amp;b".repeat(60); // 420 bytes, 180 decoded
    String refs = "&#x10FFFF;".repeat(40); // 400 bytes, 160 decoded
    String cdata = "x&y\r\n".repeat(70); // 350 bytes, 280 read
    Read read = scan("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + kanji + "&lt;</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>" + amp + "</t></is></c>"
        + "<c r=\"C1\" t=\"str\"><f>A1</f><v>" + refs + "</v></c>"
        + "<c r=\"D1\" t=\"inlineStr\"><is><t><![CDATA[" + cdata + "]]>" + kanji + "</t></is></c>"
        + "<c r=\"E1\" t=\"inlineStr\"><is><t>" + kanji + "<!-- cut -->" + kanji + "<?pi cut?>&amp;</t></is></c>"
        + "<c r=\"F1\" t=\"inlineStr\"><is><r><t>" + kanji + "</t></r><r><t>" + kanji + "</t></r></is></c></row>");
    XlsxRow row = read.rows().get(0);
    assertThat(row.cells()).extracting(XlsxCell::text).containsExactly(kanji + "<", "a&b".repeat(60),
        new String(Character.toChars(0x10FFFF)).repeat(40), "x&y\n".repeat(70) + kanji, kanji + kanji + "&",
        kanji + kanji);
  }

  @Test
  void aCommentOrProcessingInstructionEndingInALessThanSignEndsThere() {
    // rule (XML 1.0 §2.5, §2.6): a comment ends at the first "-->", a processing instruction at the first
    // "?>", whatever stands before: a '<' in their last bytes starts no tag, before the first row, between
    // rows, between cells, inside a cell, inside a value and inside an inline string
    Read read = scan("<!-- a <--><?pi <?><row r=\"1\"><!--<--><c r=\"A1\"><?x <?><v>1<!-- <-->2</v></c><?x <?>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><!--<--><t>字<?x <?></t><?y <?></is></c></row><!--<--><?z <?>"
        + "<row r=\"2\"><c r=\"A2\"><v>3</v></c></row><!--<-->");
    assertThat(read.rows()).extracting(r -> r.cells().stream().map(c -> c.kind() + ":" + c.text()).toList())
        .containsExactly(List.of("NUMBER:12", "TEXT:字"), List.of("NUMBER:3"));
  }

  @Test
  void plainNumbersFarRightAreKeptPerColumn() {
    // rule: a plain whole number in any column reads as its digits, the same String as the column's last one
    // when the digits are the same (columns beyond 16 and 32, the sizes first kept, and up to AZ)
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 2; r++) {
      rows.append("<row r=\"").append(r).append("\">");
      for (int c : new int[] {1, 16, 17, 33, 40, 52}) {
        rows.append("<c r=\"").append(TextLocation.excelColumn(c)).append(r).append("\"><v>").append(c)
            .append("</v></c>");
      }
      rows.append("</row>");
    }
    Read read = scan(rows.toString());
    assertThat(read.rows()).hasSize(2);
    for (XlsxRow row : read.rows()) {
      assertThat(row.cells()).hasSize(52);
      List<String> texts = new ArrayList<>();
      for (int c : new int[] {1, 16, 17, 33, 40, 52}) {
        assertThat(row.cell(c).kind()).isEqualTo(Kind.NUMBER);
        texts.add(row.cell(c).text());
      }
      assertThat(texts).containsExactly("1", "16", "17", "33", "40", "52");
    }
    // through the accessors, the far right column asked for first (the scanner keeps the last digits of 16
    // columns at first): the second row's texts are the first row's Strings
    byte[] part = sheetXml(rows.toString()).getBytes(StandardCharsets.UTF_8);
    XlsxSheet s = new XlsxSheet("g.xlsx", "手続", part, part.length, new String[0], new boolean[0], false);
    assertThat(s.advance()).isTrue();
    String[] first = new String[s.size()];
    for (int c = s.size() - 1; c >= 0; c--) {
      first[c] = s.text(c);
    }
    assertThat(s.advance()).isTrue();
    for (int c : new int[] {0, 15, 16, 32, 39, 51}) {
      assertThat(s.text(c)).as("column %d", c + 1).isSameAs(first[c]).isEqualTo(String.valueOf(c + 1));
    }
    s.close();
  }

  @Test
  void aCellReferencesEdgeLettersAndDigitsCountOnTheGeneralPath() {
    // rule: every letter A … Z and digit 0 … 9 of a cell reference counts, also on the general path (inline
    // strings): Z is column 26, AZ 52; the row's number is its last cell's row, 90 here, not the row's r
    Read read = scan("<row r=\"3\"><c r=\"Z10\" t=\"inlineStr\"><is><t>z</t></is></c>"
        + "<c r=\"AZ90\" t=\"inlineStr\"><is><t>az</t></is></c></row>");
    XlsxRow row = read.rows().get(0);
    assertThat(row.number()).isEqualTo(90);
    assertThat(row.cells()).hasSize(52);
    assertThat(row.cell(26)).isEqualTo(new XlsxCell(Kind.TEXT, "z"));
    assertThat(row.cell(52)).isEqualTo(new XlsxCell(Kind.TEXT, "az"));
  }

  @Test
  void aRowNumberedZeroAfterRowFiveIsRefusedAtRowSix() {
    // rule: a row beyond Excel's rows is refused at the first cell after the last row read
    byte[] part = sheetXml("<row r=\"5\"><c r=\"A5\"><v>1</v></c></row><row r=\"0\"/>").getBytes(StandardCharsets.UTF_8);
    XlsxSheet s = new XlsxSheet("g.xlsx", "手続", part, part.length, new String[0], new boolean[0], false);
    assertThat(s.advance()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(s::advance).isInstanceOfSatisfying(XlsxException.class,
        e -> assertThat(e.problem().location().place()).isEqualTo("手続!A6"))
        .hasMessageContaining("row 0 with 0 cells").hasMessageContaining("after row 5");
  }
}
