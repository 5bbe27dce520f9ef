package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InputLocation;

/**
 * Rules of dx-ingest's small value types that PIT's survivors showed untested (issue 13 part 4): the
 * locations' first byte and multi-letter columns, a header's first and past-the-end field, the 101st
 * problem, the fluent writers.
 */
class IngestValueRulesTest {
  private static Problem at(int line) {
    return Problem.of(TextLocation.of("t.csv", line, 1), "bad " + line);
  }

  @Test
  void byteOffsetZeroIsAKnownOffsetInTheInputLocation() {
    // rule: byte offsets are 0-based, so 0 is the first byte, not "unknown" (-1 is unknown)
    assertThat(new TextLocation("a.csv", 1, 0, 0).inputLocation().byteOffset()).hasValue(0);
    assertThat(new EntryLocation("b.xlsx", "xl/workbook.xml", 0).inputLocation().byteOffset()).hasValue(0);
    assertThat(new EntryLocation("b.xlsx", "xl/workbook.xml", 0).inputLocation().field()).hasValue("xl/workbook.xml");
  }

  @Test
  void aCellsColumnCountsLettersInBase26FromA1() {
    // rule: A = 1, Z = 26, AA = 27, AB = 28, AZ = 52, ZZ = 702, AAA = 703, XFD = 16384 (Excel's last column)
    Map<String, Integer> columns = Map.of("A7", 1, "Z7", 26, "AA7", 27, "AB7", 28, "AZ7", 52, "ZZ7", 702, "AAA7", 703,
        "XFD7", 16_384);
    columns.forEach((cell, column) -> {
      CellLocation c = new CellLocation("b.xlsx", "手続", cell);
      assertThat(c.column()).as(cell).isEqualTo(column);
      assertThat(c.row()).as(cell).isEqualTo(7);
      assertThat(c.inputLocation().column()).as(cell).hasValue(column);
    });
  }

  @Test
  void aHeaderNamesItsFieldsFromZeroAndNothingOutsideThem() {
    HeaderSpec<String> spec = HeaderSpec.<String>builder().column("id", true, "ID").build();
    Location where = TextLocation.of("t.csv", 1, 0);
    Header<String> h = new Header<>(spec, Map.of("id", 1), List.of("note", "ID"), where);
    // rule: field 0 is the first header name; -1 and width() are outside the header: empty
    assertThat(h.name(0)).isEqualTo("note");
    assertThat(h.name(1)).isEqualTo("ID");
    assertThat(h.name(2)).isEmpty();
    assertThat(h.name(-1)).isEmpty();
    assertThat(h.location()).isSameAs(where);
    assertThat(h).hasToString("Header[note, ID]");
  }

  @Test
  void everyNameOfEveryColumnInLayoutOrder() {
    HeaderSpec<String> spec = HeaderSpec.<String>builder().column("a", true, "x", "y").column("b", false, "z").build();
    assertThat(spec.allNames()).containsExactly("x", "y", "z");
  }

  @Test
  void anotherColumnOfTheSameLineOrRowHasNoByteOffsetAndAnArchiveEntryHasNoColumns() {
    assertThat(Locations.column(new TextLocation("t.csv", 4, 2, 80), 5)).isEqualTo(new TextLocation("t.csv", 4, 5, -1));
    assertThat(Locations.column(CellLocation.of("b.xlsx", "手続", 3, 1), 28)).isEqualTo(new CellLocation("b.xlsx", "手続", "AB3"));
    EntryLocation entry = new EntryLocation("b.xlsx", "xl/workbook.xml", 12);
    assertThat(Locations.column(entry, 3)).isSameAs(entry);
  }

  @Test
  void theHundredAndFirstProblemIsCountedButNotListed() {
    Problems p = new Problems();
    for (int i = 1; i <= Problems.LISTED + 1; i++) {
      assertThat(p.add(at(i))).isSameAs(p);
    }
    assertThat(p.total()).isEqualTo(101);
    assertThat(p.listed()).hasSize(100);
    assertThat(p.listed().get(99).line()).isEqualTo(100);
    Problems merged = new Problems();
    assertThat(merged.addAll(p)).isSameAs(merged);
    assertThat(merged.listed()).hasSize(100);
  }

  @Test
  void aRecordsPlainWholeAndAsciiReadItsFieldText() {
    Record r = new Record() {
      private final List<String> fields = List.of("1303", "1,303", "窓口");

      @Override
      public int size() {
        return fields.size();
      }

      @Override
      public String get(int field) {
        return fields.get(field);
      }

      @Override
      public Location location(int field) {
        return TextLocation.of("t.csv", 2, field + 1);
      }

      @Override
      public Location location() {
        return TextLocation.of("t.csv", 2, 0);
      }
    };
    assertThat(r.plainWhole(0)).isEqualTo(1303);
    assertThat(r.plainWhole(1)).isEqualTo(-1);
    byte[] into = new byte[8];
    assertThat(r.ascii(1, into)).isEqualTo(5);
    assertThat(new String(into, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("1,303");
    assertThat(r.ascii(2, into)).isEqualTo(-1);
  }

  @Test
  void textOfApostrophesAloneIsNotAFormulaAndWriteRecordIsFluent() {
    // rule: only = + - @ tab CR after the apostrophes make a formula; apostrophes alone (or nothing) stay as they are
    assertThat(ExcelCsvWriter.escape("'")).isEqualTo("'");
    assertThat(ExcelCsvWriter.escape("''")).isEqualTo("''");
    assertThat(ExcelCsvWriter.escape("")).isEmpty();
    assertThat(ExcelCsvWriter.unescape("''")).isEqualTo("''");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExcelCsvWriter w = ExcelCsvWriter.open(out)) {
      assertThat(w.writeRecord(List.of("a"))).isSameAs(w);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFa\r\n");
  }
}
