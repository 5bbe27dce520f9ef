package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.xlsx.XlsxCell.Kind;
import org.municipaldx.ingest.xlsx.XlsxScannerProperties.Read;

/**
 * The pipelined read ({@link PipelinedSheet}, {@link SheetPipe}) and {@link SheetRows}' defaults at the places PIT's
 * survivors of the whole-module run of commit ade8b7d showed unchecked (issue 13 part 4, issue 13v). Law: the
 * rows, cells and refusals of a read on two threads (blocks parsed ahead by a worker) are those of the one
 * scanner on one thread, for blocks of 64 bytes to 1 KiB.
 */
class XlsxPipelineLeftoversTest {
  @TempDir
  Path dir;

  private static final int[] BLOCKS = {64, 97, 333, 1024};

  private static String row(int r, int cells, boolean gaps) {
    StringBuilder sb = new StringBuilder("<row r=\"").append(r).append("\">");
    for (int c = 0; c < cells; c++) {
      String ref = String.valueOf((char) ('A' + c)) + r;
      if (gaps && c % 3 == 1) {
        sb.append("<c r=\"").append(ref).append("\"/>"); // no value: empty, or uncalculated in an array's range
      } else {
        sb.append("<c r=\"").append(ref).append("\"><v>").append(r * 100 + c).append("</v></c>");
      }
    }
    return sb.append("</row>").toString();
  }

  /** The one-thread read, and the same for every block on two threads. */
  private static Read sameOnTwoThreads(Path file) {
    String name = String.valueOf(file.getFileName());
    Read one = XlsxScannerProperties.read(f -> XlsxReader.create().openRows(f, name), file);
    for (int block : BLOCKS) {
      Read two = XlsxScannerProperties.read(f -> XlsxReader.create().withThreads(2).withBuffer(block).openRows(f, name),
          file);
      assertThat(two).as("two threads, blocks of %d", block).isEqualTo(one);
    }
    return one;
  }

  @Test
  void rowsOfExactlySixteenCellsReadFromBlocksParsedAhead() throws IOException {
    // rule: a row as wide as the pipelined read's first text cache (16 cells), read from a block a worker
    // parsed, before any wider row, has its 16 cells
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 60; r++) {
      rows.append(row(r, 16, false));
    }
    Path file = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml(rows.toString())).write(dir, "w16.xlsx");
    Read read = sameOnTwoThreads(file);
    assertThat(read.rows()).hasSize(60).allSatisfy(r -> assertThat(r.cells()).hasSize(16));
    assertThat(read.rows().get(59).cell(16)).isEqualTo(new XlsxCell(Kind.NUMBER, "6015"));
  }

  @Test
  void aBlockOfWhiteSpaceBetweenRowsDoesNotEndTheSheet() throws IOException {
    // rule: a block parsed ahead that holds no row, only white space (or a comment) between two rows, does not
    // end the sheet: the rows after it are read
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 10; r++) {
      rows.append(row(r, 3, false));
    }
    rows.append(" ".repeat(3000)).append("<!--").append("-".repeat(100)).append(" x -->").append("\n".repeat(3000));
    for (int r = 11; r <= 20; r++) {
      rows.append(row(r, 3, false));
    }
    Path file = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml(rows.toString())).write(dir, "ws.xlsx");
    Read read = sameOnTwoThreads(file);
    assertThat(read.rows()).extracting(XlsxRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
        14, 15, 16, 17, 18, 19, 20);
  }

  @Test
  void cellsInAnArrayFormulasRangeAreFormulasAlsoInBlocksAfterIt() throws IOException {
    // rule: a cell without a value inside an array formula's range is an uncalculated formula, also in rows
    // far after the formula (in blocks a worker could parse without knowing the formula); outside it, empty
    StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\"><f t=\"array\" ref=\"A1:P40\">1</f><v>1</v></c></row>");
    for (int r = 2; r <= 60; r++) {
      rows.append(row(r, 16, true));
    }
    Path file = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml(rows.toString())).write(dir, "array.xlsx");
    Read read = sameOnTwoThreads(file);
    assertThat(read.rows().get(39).cell(2).kind()).as("B40").isEqualTo(Kind.UNCALCULATED);
    assertThat(read.rows().get(40).cell(2).kind()).as("B41").isEqualTo(Kind.EMPTY);
  }

  @Test
  void aRowEndNeedsItsLessThanSignAndAPrefixBeforeItsColon() {
    // rule (SheetPipe.lastRowEnd): a row's end tag is "</row>" or "</prefix:row>" with a prefix of at least one
    // character; "/x:row>" at the buffer's start (no '<') and "</:row>" (no prefix) are none
    for (String none : List.of("/x:row>", "x:row>", "</:row>", "<a/></:row>")) {
      byte[] b = none.getBytes(StandardCharsets.US_ASCII);
      assertThat(SheetPipe.lastRowEnd(b, b.length)).as(none).isZero();
    }
    byte[] b = "</x:row>".getBytes(StandardCharsets.US_ASCII);
    assertThat(SheetPipe.lastRowEnd(b, b.length)).isEqualTo(8);
  }

  @Test
  void sheetRowsDefaultsReadTheCellsText() {
    // rule (SheetRows' defaults): plainWhole is Fields.plainWhole of the text (1 to 18 digits, else -1); ascii
    // copies an ASCII text that fits (exactly included) and gives -1 otherwise; settle gives the fault itself
    List<String> texts = List.of("123", "12a", "", "日本", "abc");
    SheetRows rows = new SheetRows() {
      @Override
      public boolean advance() {
        return false;
      }

      @Override
      public XlsxRow row() {
        return null;
      }

      @Override
      public int number() {
        return 1;
      }

      @Override
      public int size() {
        return texts.size();
      }

      @Override
      public Kind kind(int column) {
        return Kind.TEXT;
      }

      @Override
      public String text(int column) {
        return texts.get(column);
      }

      @Override
      public boolean isBlank() {
        return false;
      }

      @Override
      public String name() {
        return "手続";
      }

      @Override
      public String source() {
        return "f.xlsx";
      }

      @Override
      public void close() {
      }
    };
    assertThat(rows.plainWhole(0)).isEqualTo(123);
    assertThat(rows.plainWhole(1)).isEqualTo(-1);
    assertThat(rows.plainWhole(2)).isEqualTo(-1);
    byte[] three = new byte[3];
    assertThat(rows.ascii(4, three)).isEqualTo(3);
    assertThat(new String(three, StandardCharsets.US_ASCII)).isEqualTo("abc");
    assertThat(rows.ascii(4, new byte[2])).isEqualTo(-1);
    assertThat(rows.ascii(3, new byte[8])).isEqualTo(-1);
    RuntimeException fault = new IllegalStateException("x");
    assertThat(rows.settle(fault)).isSameAs(fault);
  }
}
