package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.ingest.xlsx.CraftedWorkbook.sheetXml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.xlsx.XlsxScannerProperties.Read;

/**
 * Which cell styles make a number a date, as {@code WorkbookParts.open} builds them from the styles part
 * (issue 13 part 4, issue 13x; PIT's survivors of commit ade8b7d, {@code WorkbookParts} 113-115): a built-in
 * format id is a date by its id alone, also the East Asian ones (27-36, 50-58: the Japanese era and 年月日
 * forms) for which FastExcel's table of built-in codes holds no code; a style without a format id is General.
 * Each workbook is read kept whole and through a 16-byte buffer, which must agree (FastExcel's reader is no
 * reference here: without a code it reads those cells as numbers).
 */
class XlsxBuiltInDateFormatsTest {
  @TempDir
  Path dir;

  private static List<String> cells(XlsxRow row) {
    return row.cells().stream().map(c -> c.kind() + ":" + c.text()).toList();
  }

  @Test
  void eastAsianBuiltInDateFormatsAreDatesByTheirIdAlone() throws IOException {
    // rule: a style whose numFmtId is a built-in date format is a date, whether or not a code is known for it:
    // 27 ([$-411]ge.m.d), 31 (yyyy"年"m"月"d"日"), 36, 50, 57 and 58 have none in FastExcel's table; 14 has one;
    // 37 and 49 are built-in number and text formats, 0 is General
    int[] ids = {0, 27, 31, 36, 50, 57, 58, 14, 37, 49};
    StringBuilder row = new StringBuilder("<row r=\"1\">");
    for (int s = 0; s < ids.length; s++) {
      row.append("<c r=\"").append((char) ('A' + s)).append("1\" s=\"").append(s).append("\"><v>45000</v></c>");
    }
    Path file = new CraftedWorkbook().styles(null, ids).sheet("手続", sheetXml(row.append("</row>").toString()))
        .write(dir, "east-asian.xlsx");
    Read read = XlsxScannerProperties.readAgreeing(file, false);
    assertThat(cells(XlsxScannerProperties.only(read))).containsExactly("NUMBER:45000", "DATE:2023-03-15",
        "DATE:2023-03-15", "DATE:2023-03-15", "DATE:2023-03-15", "DATE:2023-03-15", "DATE:2023-03-15",
        "DATE:2023-03-15", "NUMBER:45000", "NUMBER:45000");
  }

  @Test
  void aStyleWithoutAFormatIdIsGeneral() throws IOException {
    // rule: an xf without numFmtId has the General format (ECMA-376 §18.8.45, numFmtId's default 0): its
    // numbers are numbers; the styles around it keep their own formats
    String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + CraftedWorkbook.NS + "\">"
        + "<cellXfs count=\"3\"><xf numFmtId=\"14\"/><xf fontId=\"0\"/><xf numFmtId=\"31\"/></cellXfs></styleSheet>";
    Path file = new CraftedWorkbook().styles(null, 0).sheet("手続", sheetXml("<row r=\"1\"><c r=\"A1\" s=\"0\">"
        + "<v>45000</v></c><c r=\"B1\" s=\"1\"><v>45000</v></c><c r=\"C1\" s=\"2\"><v>45000</v></c></row>"))
        .override("xl/styles.xml", styles.getBytes(StandardCharsets.UTF_8)).write(dir, "no-id.xlsx");
    Read read = XlsxScannerProperties.readAgreeing(file, false);
    assertThat(cells(XlsxScannerProperties.only(read))).containsExactly("DATE:2023-03-15", "NUMBER:45000",
        "DATE:2023-03-15");
  }
}
