package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.municipaldx.core.InvalidValueException;
import org.municipaldx.ingest.EntryLocation;
import org.municipaldx.ingest.xlsx.XlsxCell.Kind;

/** The rules of the xlsx value types that PIT's survivors showed untested (issue 13 part 4). */
class XlsxValueRulesTest {
  @Test
  void aRowIsNumberedFromOneToExcelsLastRowInclusive() {
    // rule: Excel's rows are 1 … 1,048,576; both ends are rows, one beyond either end is not
    assertThat(new XlsxRow("f.xlsx", "手続", 1, List.of()).number()).isEqualTo(1);
    assertThat(new XlsxRow("f.xlsx", "手続", XlsxSheet.MAX_ROW, List.of()).ref(1).place())
        .isEqualTo("手続!A1048576");
    assertThatThrownBy(() -> new XlsxRow("f.xlsx", "手続", 0, List.of()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("number"));
    assertThatThrownBy(() -> new XlsxRow("f.xlsx", "手続", XlsxSheet.MAX_ROW + 1, List.of()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("number"));
  }

  @Test
  void aRowsCellBeyondItsLastStoredCellOrBeforeColumnAIsEmpty() {
    // rule: cell(column) counts from 1 (A); column 0 and columns after the last stored cell read empty
    XlsxRow row = new XlsxRow("f.xlsx", "手続", 3, List.of(new XlsxCell(Kind.TEXT, "a"), new XlsxCell(Kind.NUMBER, "2")));
    assertThat(row.cell(1)).isEqualTo(new XlsxCell(Kind.TEXT, "a"));
    assertThat(row.cell(2)).isEqualTo(new XlsxCell(Kind.NUMBER, "2"));
    assertThat(row.cell(0)).isEqualTo(XlsxCell.EMPTY);
    assertThat(row.cell(3)).isEqualTo(XlsxCell.EMPTY);
    // rule: a row is blank when every cell is empty or blank text; a number, even 0, is not blank
    assertThat(new XlsxRow("f", "s", 1, List.of(XlsxCell.EMPTY, new XlsxCell(Kind.TEXT, " \t"))).isBlank()).isTrue();
    assertThat(new XlsxRow("f", "s", 1, List.of(XlsxCell.EMPTY, new XlsxCell(Kind.NUMBER, "0"))).isBlank()).isFalse();
    assertThat(new XlsxRow("f", "s", 1, List.of(new XlsxCell(Kind.TEXT, " x "))).isBlank()).isFalse();
  }

  @Test
  void onlyAnErrorAndAnUncalculatedFormulaAreUnreadable() {
    // rule: a cell can be read unless it holds an error value or a formula without a cached value
    assertThat(new XlsxCell(Kind.ERROR, "#N/A").isReadable()).isFalse();
    assertThat(new XlsxCell(Kind.UNCALCULATED, "").isReadable()).isFalse();
    for (Kind k : List.of(Kind.TEXT, Kind.NUMBER, Kind.DATE, Kind.BOOLEAN, Kind.EMPTY)) {
      assertThat(new XlsxCell(k, "").isReadable()).as(k.name()).isTrue();
      assertThat(new XlsxCell(k, "").problem()).as(k.name()).isEmpty();
    }
  }

  @Test
  void aRefusalKeepsItsCauseAndHasNoneWithout() {
    // rule: when rethrowing, keep the cause (STYLE.md); a refusal made without one has none
    ZipException corrupt = new ZipException("invalid stored block lengths");
    XlsxException withCause = XlsxException.at("f.xlsx", "xl/styles.xml", 7, XlsxRefusal.NOT_A_WORKBOOK,
        "the entry is corrupt", corrupt);
    assertThat(withCause.getCause()).isSameAs(corrupt);
    assertThat(withCause.rule()).isEqualTo(XlsxRefusal.NOT_A_WORKBOOK);
    assertThat(((EntryLocation) withCause.location()).byteOffset()).isEqualTo(7);
    XlsxException without = XlsxException.at("f.xlsx", "", -1, XlsxRefusal.NO_SUCH_SHEET, "no sheet", null);
    assertThat(without.getCause()).isNull();
  }
}
