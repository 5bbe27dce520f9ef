package org.municipaldx.regulation.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.ingest.CellLocation;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Location;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.Record;
import org.municipaldx.ingest.RecordSource;

/**
 * The inventory read from workbook sheets ({@link RegulationCsv#read(RecordSource, RecordSource)}): problems
 * are located by sheet and cell and listed by sheet (items first), row, column (issue 13 part 4).
 */
class RegulationSheetsTest {

  /** A sheet's rows as a dx-ingest record source whose fields are located by cell, as a workbook reader's. */
  private static final class Sheet implements RecordSource {
    private final String book;
    private final String name;
    private final List<List<String>> rows;
    private int row;

    Sheet(String book, String name, List<List<String>> rows) {
      this.book = book;
      this.name = name;
      this.rows = rows;
    }

    @Override
    public String source() {
      return book;
    }

    @Override
    public boolean next() {
      return ++row <= rows.size();
    }

    @Override
    public Record record() {
      List<String> cells = rows.get(row - 1);
      int at = row;
      return new Record() {
        @Override
        public int size() {
          return cells.size();
        }

        @Override
        public String get(int field) {
          return cells.get(field);
        }

        @Override
        public Location location(int field) {
          return CellLocation.of(book, name, at, field + 1);
        }

        @Override
        public Location location() {
          return CellLocation.of(book, name, at, 1);
        }
      };
    }

    @Override
    public Location start() {
      return CellLocation.of(book, name, 1, 1);
    }

    @Override
    public void close() {}
  }

  @Test
  void problemsOfSheetsAreLocatedByCellAndListedBySheetRowAndColumn() {
    // rules: a duplicate id names the first one's cell; problems are sorted by document (the items sheet
    // first), then row, then column
    Sheet items = new Sheet("inv.xlsx", "項目", List.of(
        List.of("id", "instrument_kind", "instrument_title", "provision", "quoted_text", "types", "department"),
        List.of("a-1", "条例", "条例A", "第1条", "本文", "目視", "d"),
        List.of("a-2", "条例", "条例A", "第2条", "本文", "押印", "d"),
        List.of("a-1", "条例", "条例A", "第3条", "本文", "目視", "d")));
    Sheet history = new Sheet("inv.xlsx", "履歴", List.of(
        List.of("item_id", "from", "to", "on", "by", "verdict"),
        List.of("a-1", "洗い出し", "該非判断", "2023-13-01", "担当", "該当")));
    IngestException e = assertThrows(IngestException.class, () -> RegulationCsv.read(items, history));
    assertThat(e.problems()).extracting(p -> p.location().toString())
        .containsExactly("inv.xlsx 項目!F3", "inv.xlsx 項目!A4", "inv.xlsx 履歴!D2");
    assertThat(e.problems()).extracting(Problem::reason).element(1)
        .isEqualTo("duplicate id 'a-1' (first at 項目!A2)");
  }
}
