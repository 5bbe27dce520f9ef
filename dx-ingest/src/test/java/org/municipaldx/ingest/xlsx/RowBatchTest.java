package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A block's rows parsed ahead ({@link RowBatch#of}): each row's number, where its cells start and end, each
 * cell's kind, and its text or, for a plain whole number, where its digits are in the block's bytes. A batch
 * that is wrong but does not throw would be read as the sheet's rows ({@link PipelinedSheet}); one that throws
 * is silently read again by the whole sheet's scanner, so only these direct checks show a batch that lost the
 * parse ahead (issue 13 part 4: {@code RowBatch} had no mutant killed). The block here has more rows (600) and
 * cells (2,991) than a batch first makes room for (256 and 2,048), so its arrays grow.
 */
class RowBatchTest {
  private static final String[] SHARED = {"部局", "市民課"};
  private static final int ROWS = 600;

  /** Row i (0-based) is numbered 2i + 3 and has 1 + i % 9 cells; cell j is text, a number or an inline string. */
  private static String rowsXml() {
    StringBuilder xml = new StringBuilder();
    for (int i = 0; i < ROWS; i++) {
      int number = 2 * i + 3;
      xml.append("<row r=\"").append(number).append("\">");
      for (int j = 0; j < 1 + i % 9; j++) {
        String ref = org.municipaldx.ingest.TextLocation.excelColumn(j + 1) + number;
        xml.append(switch (j % 3) {
          case 0 -> "<c r=\"" + ref + "\" t=\"s\"><v>" + (i + j) % 2 + "</v></c>";
          case 1 -> "<c r=\"" + ref + "\"><v>" + (1000 + i * 10 + j) + "</v></c>";
          default -> "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>行" + i + "</t></is></c>";
        });
      }
      xml.append("</row>");
    }
    return xml.toString();
  }

  private static RowBatch batch(String xml) {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    return RowBatch.of(XlsxSheet.fragment("p.xlsx", "手続", bytes, bytes.length, SHARED, new boolean[0], false), bytes);
  }

  @Test
  void eachRowsNumberCellsKindsTextsAndDigitsAreTheBlocksAsTheScannerReadsThem() {
    RowBatch b = batch(rowsXml() + "</sheetData></worksheet>");
    assertThat(b.rows).isEqualTo(ROWS);
    assertThat(b.sheetEnded).as("the block ends at </sheetData>").isTrue();
    assertThat(b.starts[0]).isZero();
    int cells = 0;
    for (int i = 0; i < ROWS; i++) {
      assertThat(b.numbers[i]).as("row %d's number", i).isEqualTo(2 * i + 3);
      assertThat(b.starts[i + 1] - b.starts[i]).as("row %d's cells", i).isEqualTo(1 + i % 9);
      for (int j = 0; j < 1 + i % 9; j++) {
        int c = b.starts[i] + j;
        switch (j % 3) {
          case 0 -> {
            assertThat(b.kinds[c]).as("row %d cell %d: kind", i, j).isEqualTo((byte) XlsxSheet.TEXT);
            assertThat(b.texts[c]).isEqualTo(SHARED[(i + j) % 2]);
          }
          case 1 -> {
            assertThat(XlsxSheet.KINDS[b.kinds[c]]).as("row %d cell %d: kind", i, j).isEqualTo(XlsxCell.Kind.NUMBER);
            assertThat(b.texts[c]).as("a whole number is kept as its digits").isNull();
            assertThat(new String(b.bytes, b.offsets[c], b.lengths[c], StandardCharsets.US_ASCII))
                .as("row %d cell %d: the digits", i, j).isEqualTo(String.valueOf(1000 + i * 10 + j));
          }
          default -> {
            assertThat(b.kinds[c]).as("row %d cell %d: kind", i, j).isEqualTo((byte) XlsxSheet.TEXT);
            assertThat(b.texts[c]).isEqualTo("行" + i);
          }
        }
        cells++;
      }
    }
    assertThat(b.starts[ROWS]).isEqualTo(cells).isEqualTo(2_991);
  }

  @Test
  void aRowWiderThanTwiceTheRoomForCellsIsKeptWhole() {
    // 5,000 cells in one row: more than twice the 2,048 a batch first has room for
    StringBuilder xml = new StringBuilder("<row r=\"1\">");
    for (int j = 0; j < 5_000; j++) {
      xml.append("<c r=\"").append(org.municipaldx.ingest.TextLocation.excelColumn(j + 1)).append("1\"><v>").append(j)
          .append("</v></c>");
    }
    RowBatch b = batch(xml.append("</row></sheetData>").toString());
    assertThat(b.rows).isEqualTo(1);
    assertThat(b.starts[1]).isEqualTo(5_000);
    assertThat(new String(b.bytes, b.offsets[4_999], b.lengths[4_999], StandardCharsets.US_ASCII)).isEqualTo("4999");
  }

  @Test
  void aBlockCutBetweenRowsBeforeTheSheetsEndHasNotEndedTheSheet() {
    RowBatch b = batch("<row r=\"7\"><c r=\"B7\"><v>42</v></c></row>");
    assertThat(b.rows).isEqualTo(1);
    assertThat(b.numbers[0]).isEqualTo(7);
    // B7 alone: A7 is an empty cell before it
    assertThat(b.starts[1]).isEqualTo(2);
    assertThat(XlsxSheet.KINDS[b.kinds[0]]).isEqualTo(XlsxCell.Kind.EMPTY);
    assertThat(XlsxSheet.KINDS[b.kinds[1]]).isEqualTo(XlsxCell.Kind.NUMBER);
    assertThat(new String(b.bytes, b.offsets[1], b.lengths[1], StandardCharsets.US_ASCII)).isEqualTo("42");
    assertThat(b.sheetEnded).isFalse();
  }

  @Test
  void aBlockWithNoRowBeforeTheSheetsEndHasNoRowAndEndsTheSheet() {
    RowBatch b = batch("</sheetData></worksheet>");
    assertThat(b.rows).isZero();
    assertThat(b.sheetEnded).isTrue();
  }
}
