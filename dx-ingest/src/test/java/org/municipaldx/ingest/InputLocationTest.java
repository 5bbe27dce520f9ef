package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InputException;
import org.municipaldx.core.InputLocation;

/** Each kind of office-data location in the library's one input-error model (issue 12). */
class InputLocationTest {
  @Test
  void aTextLocationKeepsLineColumnAndByteOffset() {
    InputLocation at = new TextLocation("a.csv", 3, 4, 57).inputLocation();
    assertThat(at).isEqualTo(InputLocation.of("a.csv").atLine(3).atColumn(4).atByteOffset(57));
    assertThat(new TextLocation("a.csv", 3, 0, -1).inputLocation()).isEqualTo(InputLocation.of("a.csv").atLine(3));
  }

  @Test
  void aCellKeepsSheetCellRowAndColumn() {
    InputLocation at = CellLocation.of("b.xlsx", "手続", 12, 3).inputLocation();
    assertThat(at.cell()).hasValue("手続!C12");
    assertThat(at.line()).hasValue(12);
    assertThat(at.column()).hasValue(3);
  }

  @Test
  void anArchiveEntryIsTheFieldAndItsOffsetOnlyWhenKnown() {
    assertThat(new EntryLocation("bomb.xlsx", "xl/worksheets/sheet1.xml", 2_097_152).inputLocation())
        .isEqualTo(InputLocation.of("bomb.xlsx").atField("xl/worksheets/sheet1.xml").atByteOffset(2_097_152));
    InputLocation unknown = new EntryLocation("bomb.xlsx", "xl/workbook.xml", -1).inputLocation();
    assertThat(unknown.byteOffset()).isEmpty();
    assertThat(unknown.field()).hasValue("xl/workbook.xml");
  }

  @Test
  void anIngestExceptionIsAnInputExceptionAtItsFirstProblem() {
    Problem first = Problem.of(new TextLocation("a.csv", 5, 2, 80), "オンライン件数", "'12a' is not a whole number");
    Problem second = Problem.of(new TextLocation("a.csv", 9, 1, 200), "over");
    IngestException e = new IngestException("a.csv", List.of(first, second), 7);
    assertThat(e).isInstanceOf(InputException.class);
    assertThat(e.where()).isEqualTo(InputLocation.of("a.csv").atLine(5).atColumn(2).atByteOffset(80).atField("オンライン件数"));
    assertThat(e.why()).isEqualTo("'12a' is not a whole number");
    assertThat(e.total()).isEqualTo(7);
  }
}
