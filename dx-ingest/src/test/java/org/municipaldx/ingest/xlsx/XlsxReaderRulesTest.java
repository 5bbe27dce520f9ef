package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.municipaldx.ingest.xlsx.CraftedWorkbook.sheetXml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.CellLocation;
import org.municipaldx.ingest.Record;

/**
 * The rules of {@link XlsxReader}'s settings and of {@link XlsxSource}'s records that PIT showed untested
 * (issue 13 part 4: neither class had been measured): each test states its rule.
 */
class XlsxReaderRulesTest {
  @TempDir
  Path dir;

  @Test
  void aReaderReadsOnOneThreadOrMoreAndOneNamedNonEmptySheet() {
    // rule: threads ≥ 1, a sheet's name is not empty; the defaults are one thread, the first visible sheet
    XlsxReader reader = XlsxReader.create();
    assertThat(reader.threads()).isEqualTo(1);
    assertThat(reader.sheet()).isEmpty();
    assertThat(reader.limits()).isEqualTo(XlsxLimits.defaults());
    assertThat(reader.withThreads(1).threads()).isEqualTo(1);
    assertThat(reader.withThreads(3).threads()).isEqualTo(3);
    assertThatThrownBy(() -> reader.withThreads(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be ≥ 1 (was 0)");
    assertThat(reader.withSheet("手続").sheet()).isEqualTo(Optional.of("手続"));
    assertThatThrownBy(() -> reader.withSheet("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reader.withSheet(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> reader.withLimits(null)).isInstanceOf(NullPointerException.class);
    XlsxLimits small = XlsxLimits.of(10, 1000, 2000, 50);
    XlsxReader set = reader.withSheet("手続").withThreads(2).withLimits(small);
    // each setting is kept by the others
    assertThat(set.sheet()).contains("手続");
    assertThat(set.threads()).isEqualTo(2);
    assertThat(set.limits()).isEqualTo(small);
    assertThat(set.withBuffer(64).threads()).isEqualTo(2);
    assertThat(set.withBuffer(64).sheet()).contains("手続");
  }

  @Test
  void anotherWorksheetBeyondTheLimitsIsRefusedBeforeAFaultOfTheSheetAndAtTheEndOfAGoodOne() throws IOException {
    // rule (XlsxReader, SheetPipe): the worksheets the read does not parse are checked after the sheet;
    // no read ends well before the whole archive passed, and the check's refusal comes before a fault
    // of the sheet found on the way, on one thread or more, as when the archive was checked first
    byte[] noise = new byte[300_000];
    java.util.SplittableRandom r = new java.util.SplittableRandom(11);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) ('a' + r.nextInt(26));
    }
    String big = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + new String(noise, StandardCharsets.US_ASCII)
        + "</t></is></c></row>");
    String good = sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>");
    String bad = sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>x</v></c></row>");
    XlsxLimits limits = XlsxLimits.of(100, 200_000, 10_000_000, 100);
    for (int threads : new int[] {1, 2}) {
      XlsxReader reader = XlsxReader.create().withLimits(limits).withThreads(threads).withBuffer(64);
      Path goodFirst = new CraftedWorkbook().sheet("手続", good).sheet("大", big).write(dir, "good" + threads + ".xlsx");
      java.util.List<String> read = new java.util.ArrayList<>();
      assertThatThrownBy(() -> {
        try (XlsxSource src = reader.open(goodFirst)) {
          while (src.next()) {
            read.add(src.record().get(0));
          }
        }
      }).isInstanceOfSatisfying(XlsxException.class, e -> {
        assertThat(e.rule()).isEqualTo(XlsxRefusal.ENTRY_TOO_LARGE);
        assertThat(((org.municipaldx.ingest.EntryLocation) e.location()).entry()).isEqualTo("xl/worksheets/sheet2.xml");
      });
      assertThat(read).as("the good sheet's rows, then the refusal").containsExactly("1", "2");
      Path badFirst = new CraftedWorkbook().sheet("手続", bad).sheet("大", big).write(dir, "bad" + threads + ".xlsx");
      assertThatThrownBy(() -> {
        try (XlsxSource src = reader.open(badFirst)) {
          while (src.next()) {
            src.record();
          }
        }
      }).isInstanceOfSatisfying(XlsxException.class, e -> assertThat(e.rule()).isEqualTo(XlsxRefusal.ENTRY_TOO_LARGE));
      // within the limits the bad cell is the refusal
      assertThatThrownBy(() -> {
        try (XlsxSource src = XlsxReader.create().withThreads(threads).open(badFirst)) {
          while (src.next()) {
            src.record();
          }
        }
      }).isInstanceOfSatisfying(XlsxException.class, e -> {
        assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
        assertThat(e.location().place()).isEqualTo("手続!A2");
      });
    }
  }

  @Test
  void aRecordShorterThanTheFirstRowReadsEmptyFieldsUpToItsWidth() throws IOException {
    // rule (XlsxSource): a record is as wide as the sheet's first non-blank row; a field beyond the
    // row's own last cell is empty text, no plain whole number (-1) and no ASCII bytes (0), whether
    // the row was scanned or parsed ahead on a worker; beyond the width it is out of range
    StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>部局</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>件数</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>年度</t></is></c></row>");
    for (int r = 2; r <= 120; r++) {
      rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(1000 + r)
          .append("</v></c></row>");
    }
    Path file = new CraftedWorkbook().sheet("手続", sheetXml(rows.toString())).write(dir, "short.xlsx");
    for (XlsxReader reader : new XlsxReader[] {XlsxReader.create(), XlsxReader.create().withBuffer(200).withThreads(2)}) {
      int read = 0;
      byte[] into = new byte[16];
      try (XlsxSource src = reader.open(file)) {
        assertThat(src.next()).isTrue();
        while (src.next()) {
          Record rec = src.record();
          read++;
          assertThat(rec.size()).isEqualTo(3);
          assertThat(rec.get(0)).isEqualTo(String.valueOf(1000 + read + 1));
          assertThat(rec.plainWhole(0)).isEqualTo(1000 + read + 1);
          for (int f = 1; f <= 2; f++) {
            assertThat(rec.get(f)).as("field %d of row %d", f, read + 1).isEmpty();
            assertThat(rec.plainWhole(f)).isEqualTo(-1);
            assertThat(rec.ascii(f, into)).isZero();
          }
          int last = read;
          assertThatThrownBy(() -> rec.ascii(3, into)).as("row %d", last + 1).isInstanceOf(IndexOutOfBoundsException.class);
          assertThatThrownBy(() -> rec.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        }
      }
      assertThat(read).isEqualTo(119);
    }
  }

  @Test
  void withoutAVisibleSheetTheFirstSheetIsReadAndAWorkbookWithoutSheetsIsNone() throws IOException {
    // rule: the sheet read is the first visible one; when every sheet is hidden, the first one
    Path hidden = new CraftedWorkbook()
        .hiddenSheet("設定", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一</t></is></c></row>"))
        .hiddenSheet("控え", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>二</t></is></c></row>"))
        .write(dir, "hidden.xlsx");
    try (XlsxSource src = XlsxReader.create().open(hidden)) {
      assertThat(src.sheet()).isEqualTo("設定");
      assertThat(src.next()).isTrue();
      assertThat(src.record().get(0)).isEqualTo("一");
    }
    // rule: a workbook without any sheet is not a workbook
    Path none = new CraftedWorkbook().write(dir, "none.xlsx");
    assertThatThrownBy(() -> XlsxReader.create().open(none)).isInstanceOfSatisfying(XlsxException.class, e -> {
      assertThat(e.rule()).isEqualTo(XlsxRefusal.NOT_A_WORKBOOK);
      assertThat(e.problem().reason()).contains("the workbook has no sheet");
    });
  }

  @Test
  void aSheetInUtf16IsNoScannersSheet() throws IOException {
    // rule: the byte scanner reads UTF-8 parts only; a UTF-16 part is FastExcel's reader's (open() reads it)
    String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\"" + CraftedWorkbook.NS
        + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>5</v></c></row></sheetData></worksheet>";
    Path file = new CraftedWorkbook().sheet("手続", sheetXml(""))
        .override("xl/worksheets/sheet1.xml", xml.getBytes(StandardCharsets.UTF_16LE)).write(dir, "utf16.xlsx");
    assertThatThrownBy(() -> XlsxReader.create().openSheet(file)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not UTF-8");
    try (XlsxSource src = XlsxReader.create().open(file)) {
      assertThat(src.next()).isTrue();
      assertThat(src.record().get(0)).isEqualTo("5");
      assertThat(src.record().plainWhole(0)).isEqualTo(5);
      byte[] ascii = new byte[4];
      assertThat(src.record().ascii(0, ascii)).isEqualTo(1);
      assertThat(ascii[0]).isEqualTo((byte) '5');
      assertThat(src.next()).isFalse();
    }
  }

  @Test
  void aRecordIsAsWideAsTheFirstNonBlankRowAndLocatesEachFieldAtItsCell() throws IOException {
    // rule: a record is padded with empty fields to the width of the first non-blank row; its fields
    // are located at their cells, the record at its row's column A, the sheet at A1
    String rows = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t> </t></is></c></row>"
        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>部局</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>件数</t></is></c>"
        + "<c r=\"C3\" t=\"inlineStr\"><is><t>備考</t></is></c></row>"
        + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>市民課</t></is></c><c r=\"B5\"><v>12</v></c></row>"
        + "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>税務課</t></is></c><c r=\"B6\"><v>3</v></c>"
        + "<c r=\"C6\" t=\"inlineStr\"><is><t>注</t></is></c><c r=\"D6\" t=\"inlineStr\"><is><t>余り</t></is></c></row>";
    Path file = new CraftedWorkbook().sheet("手続", sheetXml(rows)).write(dir, "width.xlsx");
    try (XlsxSource src = XlsxReader.create().open(file)) {
      assertThatThrownBy(src::record).isInstanceOf(IllegalStateException.class);
      assertThat(src.source()).isEqualTo("width.xlsx");
      assertThat(src.start()).isEqualTo(CellLocation.of("width.xlsx", "手続", 1, 1));
      assertThat(src.next()).isTrue(); // row 2, blank: as wide as it is
      assertThat(src.record().size()).isEqualTo(1);
      assertThat(src.next()).isTrue(); // row 3, the header: 3 wide
      assertThat(src.record().size()).isEqualTo(3);
      assertThat(src.next()).isTrue(); // row 5: padded to 3
      Record r = src.record();
      assertThat(r.size()).isEqualTo(3);
      assertThat(r.get(2)).isEmpty();
      assertThat(r.plainWhole(1)).isEqualTo(12);
      assertThat(r.plainWhole(2)).isEqualTo(-1);
      assertThat(r.ascii(2, new byte[4])).isZero();
      assertThat(r.location(2)).isEqualTo(CellLocation.of("width.xlsx", "手続", 5, 3));
      assertThat(r.location()).isEqualTo(CellLocation.of("width.xlsx", "手続", 5, 1));
      assertThatThrownBy(() -> r.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> r.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> r.plainWhole(3)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> r.ascii(-1, new byte[4])).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> r.location(3)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThat(src.next()).isTrue(); // row 6: wider than the header, as stored
      assertThat(src.record().size()).isEqualTo(4);
      assertThat(src.record().get(3)).isEqualTo("余り");
      assertThat(src.next()).isFalse();
      assertThatThrownBy(src::record).isInstanceOf(IllegalStateException.class);
    }
  }
}
