package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.municipaldx.ingest.xlsx.CraftedWorkbook.sheetXml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
}
