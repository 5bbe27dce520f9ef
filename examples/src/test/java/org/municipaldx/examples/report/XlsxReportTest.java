package org.municipaldx.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.examples.cli.BundledDataset;
import org.municipaldx.metrics.RoundingPolicy;

/**
 * The workbook of {@code dx report --xlsx}, read back with FastExcel's reader: one sheet per table,
 * numbers as number cells equal to the report model's figures.
 */
class XlsxReportTest {
  @TempDir
  static Path dir;

  private static Report report;
  private static Path file;

  @BeforeAll
  static void write() throws IOException {
    var typed = org.municipaldx.dataset.report.ReportBuilder.build(BundledDataset.load(), RoundingPolicy.seed(RoundingMode.HALF_UP));
    report = Report.of(typed);
    file = dir.resolve("report.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      XlsxReport.write(typed, out);
    }
  }

  private static List<Row> rows(String sheet) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      Sheet s = wb.findSheet(sheet).orElseThrow(() -> new AssertionError("no sheet " + sheet));
      return s.read();
    }
  }

  private static BigDecimal number(Row row, int column) {
    Cell c = row.getCell(column);
    assertThat(c.getType()).as("%s is a number cell", c.getAddress()).isEqualTo(CellType.NUMBER);
    return c.asNumber();
  }

  @Test
  void oneSheetPerTable() throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      assertThat(wb.getSheets().map(Sheet::getName).collect(Collectors.toList())).containsExactly(
          "概要", "部局別", "照合", "取組", "5レス", "業務量", "ロードマップ", "キャッシュレス比率", "数式監査");
    }
  }

  @Test
  void departmentFiguresAreNumbersEqualToTheReport() throws IOException {
    List<Row> rows = rows("部局別");
    assertThat(rows.get(0).getCellText(2)).isEqualTo("手続数");
    assertThat(rows).hasSize(1 + 17 + 1);
    for (int i = 0; i < report.departments().size(); i++) {
      Report.DepartmentRow d = report.departments().get(i);
      Row row = rows.get(i + 1);
      assertThat(row.getCellText(0)).isEqualTo(d.block());
      assertThat(number(row, 2)).isEqualByComparingTo(BigDecimal.valueOf(d.procedures()));
      assertThat(number(row, 3)).isEqualByComparingTo(BigDecimal.valueOf(d.onlineProcedures()));
      assertThat(number(row, 6)).isEqualByComparingTo(BigDecimal.valueOf(d.onlineApplications()));
      assertThat(number(row, 8)).isEqualByComparingTo(BigDecimal.valueOf(d.citizenMinutes()));
    }
    // the total row: the 17 blocks add up to 311 online procedures and 446,924 online applications
    Row total = rows.get(18);
    assertThat(total.getCellText(1)).isEqualTo("合計");
    assertThat(number(total, 3)).isEqualByComparingTo("311");
    assertThat(number(total, 6)).isEqualByComparingTo("446924");
    assertThat(report.totals().onlineProcedures()).isEqualTo(311);
    // take-up as a fraction shown as a percentage: the report's "x%" / 100, exactly
    BigDecimal printed = new BigDecimal(report.totals().procedureTakeUp().replace("%", ""));
    assertThat(number(total, 4)).isEqualByComparingTo(printed.movePointLeft(2));
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      Row withFormats = wb.findSheet("部局別").orElseThrow().read().get(18);
      assertThat(withFormats.getCell(4).getDataFormatString()).isEqualTo("0.0%");
      assertThat(withFormats.getCell(3).getDataFormatString()).isEqualTo("#,##0");
    }
    // hours as printed, as a number
    assertThat(number(total, 9)).isEqualByComparingTo(report.totals().citizenHours().replace(",", ""));
  }

  @Test
  void initiativesAndFiveLessAreNumbers() throws IOException {
    List<Row> rows = rows("取組");
    assertThat(rows).hasSize(1 + report.initiatives().size());
    Report.RankedInitiative first = report.initiatives().get(0);
    assertThat(number(rows.get(1), 0)).isEqualByComparingTo("1");
    assertThat(rows.get(1).getCellText(1)).isEqualTo(first.id());
    assertThat(number(rows.get(1), 6)).isEqualByComparingTo(BigDecimal.valueOf(first.minutes()));
    assertThat(rows.get(1).getCell(9).getType()).isEqualTo(CellType.BOOLEAN);

    List<Row> five = rows("5レス");
    Row total = five.get(five.size() - 1);
    assertThat(number(total, 2)).isEqualByComparingTo(BigDecimal.valueOf(report.fiveLess().totalMinutes()));
  }

  @Test
  void reconciliationKeepsStatedTextAndMatchesAsBooleans() throws IOException {
    List<Row> rows = rows("照合");
    assertThat(rows).hasSize(1 + report.reconciliation().size());
    for (int i = 0; i < report.reconciliation().size(); i++) {
      Report.Reconciliation c = report.reconciliation().get(i);
      assertThat(rows.get(i + 1).getCellText(2)).isEqualTo(c.stated());
      assertThat(rows.get(i + 1).getCell(5).asBoolean()).isEqualTo(c.matches());
    }
    // and the figures as numbers: 321 stated, 311 computed, −10
    assertThat(number(rows.get(1), 8)).isEqualByComparingTo("321");
    assertThat(number(rows.get(1), 9)).isEqualByComparingTo("311");
    assertThat(number(rows.get(1), 10)).isEqualByComparingTo("-10");
    // the source's headline of 321 online procedures does not match the detail's 311
    assertThat(report.reconciliation()).anySatisfy(c -> {
      assertThat(c.stated()).contains("321");
      assertThat(c.matches()).isFalse();
    });
  }

  @Test
  void workloadChangeIsANumberBesideTheSourcesNotation() throws IOException {
    List<Row> rows = rows("業務量");
    assertThat(rows).hasSize(1 + report.workload().size());
    for (int i = 0; i < report.workload().size(); i++) {
      Report.WorkloadRow w = report.workload().get(i);
      assertThat(number(rows.get(i + 1), 5))
          .isEqualByComparingTo(BigDecimal.valueOf(w.comparisonHours() - w.baselineHours()));
      assertThat(rows.get(i + 1).getCellText(6)).isEqualTo(w.change());
    }
  }
}
