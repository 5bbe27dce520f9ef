package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.municipaldx.ingest.xlsx.XlsxCell.Kind;

/**
 * The scanner's life outside the cells (issue 13 part 4, issue 13s: survivors of PIT in {@code XlsxSheet}):
 * the iterator's contract, a fragment read alone ({@link XlsxSheet#fragment}, what {@code PipelinedSheet}
 * relies on: where it must give up, where its bytes end, whether the sheet ended), rows read elsewhere
 * ({@link XlsxSheet#skipped}), the first buffer's size, and the stream's and the file's closing and I/O
 * failures. Built on the part's bytes directly: no workbook is needed for these rules.
 */
class XlsxSheetLifecycleTest {
  private static final String[] SHARED = {"部局"};
  private static final boolean[] STYLES = {false, true};

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static XlsxSheet whole(String xml) {
    byte[] b = utf8(xml);
    return new XlsxSheet("f.xlsx", "手続", b, b.length, SHARED, STYLES, false);
  }

  private static XlsxSheet fragment(String xml) {
    byte[] b = utf8(xml);
    return XlsxSheet.fragment("f.xlsx", "手続", b, b.length, SHARED, STYLES, false);
  }

  private static String sheet(String rows) {
    return CraftedWorkbook.sheetXml(rows);
  }

  // ------------------------------------------------------------------ the iterator

  @Test
  void hasNextAsksOnceAndNextAfterTheLastRowThrows() {
    // rule (Iterator): hasNext() may be asked any number of times without skipping a row; next() after the
    // last row throws NoSuchElementException
    XlsxSheet s = whole(sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"));
    assertThat(s.hasNext()).isTrue();
    assertThat(s.hasNext()).isTrue();
    assertThat(s.next().number()).isEqualTo(1);
    assertThat(s.hasNext()).isTrue();
    XlsxRow second = s.next();
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.cell(1)).isEqualTo(new XlsxCell(Kind.NUMBER, "2"));
    assertThat(s.hasNext()).isFalse();
    assertThat(s.hasNext()).isFalse();
    assertThatThrownBy(s::next).isInstanceOf(NoSuchElementException.class);
    assertThat(s.advance()).as("finished stays finished").isFalse();
  }

  @Test
  void aSheetWithoutSheetDataOrWithAnEmptyOneHasNoRows() {
    // rule (as FastExcel read it): no <sheetData> at all, or <sheetData/>, is a sheet without rows
    assertThat(whole("<?xml version=\"1.0\"?><worksheet xmlns=\"" + CraftedWorkbook.NS + "\"/>").hasNext()).isFalse();
    XlsxSheet empty = whole("<worksheet xmlns=\"" + CraftedWorkbook.NS + "\"><dimension ref=\"A1\"/><sheetData/>"
        + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></worksheet>");
    assertThat(empty.advance()).isFalse();
    assertThat(empty.advance()).isFalse();
    XlsxSheet rows = whole("<worksheet xmlns=\"" + CraftedWorkbook.NS + "\"><sheetData></sheetData></worksheet>");
    assertThat(rows.advance()).isFalse();
    assertThat(rows.sheetEnded()).as("ended at </sheetData>").isTrue();
  }

  @Test
  void theAccessorsOfAPlainWholeNumberPointAtItsBytes() {
    // rule: a plain whole number stays in the buffer (kind NUMBER, no text yet, its offset and length);
    // any other cell has its text and no offset
    String xml = sheet("<row r=\"1\"><c r=\"A1\"><v>1303</v></c><c r=\"B1\" t=\"s\"><v>0</v></c><c r=\"C1\"><v>1.5</v></c></row>");
    XlsxSheet s = whole(xml);
    assertThat(s.advance()).isTrue();
    assertThat(s.kindCode(0)).isEqualTo(2);
    assertThat(s.rawText(0)).isNull();
    assertThat(new String(utf8(xml), s.offset(0), s.length(0), StandardCharsets.US_ASCII)).isEqualTo("1303");
    assertThat(s.kindCode(1)).isEqualTo(XlsxSheet.TEXT);
    assertThat(s.rawText(1)).isEqualTo("部局");
    assertThat(s.offset(1)).isEqualTo(-1);
    assertThat(s.rawText(2)).isEqualTo("1.5");
    assertThat(s.offset(2)).isEqualTo(-1);
    assertThat(s.kind(2)).isEqualTo(Kind.NUMBER);
    assertThat(s.text(0)).isEqualTo("1303");
    assertThat(s.rawText(0)).as("made once, then kept").isEqualTo("1303");
    assertThat(s.name()).isEqualTo("手続");
    assertThat(s.source()).isEqualTo("f.xlsx");
  }

  // ------------------------------------------------------------------ fragments

  @Test
  void aFragmentReadsItsNumberedRowsAndEndsAtItsLastByteOrAtSheetDataEnd() {
    // rule: a fragment (bytes just after a </row>) reads its rows as the sheet's scanner would; its end
    // (white space after the last </row>) is no refusal; </sheetData> ends the sheet, the fragment's end does not
    XlsxSheet s = fragment("<row r=\"3\"><c r=\"A3\"><v>1</v></c></row>\n<row r=\"5\"><c r=\"B5\" t=\"s\"><v>0</v></c></row>\r\n\t ");
    assertThat(s.drained()).as("bytes left").isFalse();
    assertThat(s.advance()).isTrue();
    assertThat(s.row()).isEqualTo(new XlsxRow("f.xlsx", "手続", 3, List.of(new XlsxCell(Kind.NUMBER, "1"))));
    assertThat(s.advance()).isTrue();
    assertThat(s.row()).isEqualTo(new XlsxRow("f.xlsx", "手続", 5, List.of(XlsxCell.EMPTY, new XlsxCell(Kind.TEXT, "部局"))));
    assertThat(s.advance()).isFalse();
    assertThat(s.sheetEnded()).isFalse();
    assertThat(s.drained()).as("finished").isFalse();
    assertThat(s.noArrayFormula()).isTrue();

    XlsxSheet last = fragment("<row r=\"7\"><c r=\"A7\"><v>1</v></c></row></sheetData><mergeCells/></worksheet>");
    assertThat(last.advance()).isTrue();
    assertThat(last.advance()).isFalse();
    assertThat(last.sheetEnded()).isTrue();
  }

  @Test
  void aFragmentStandsDrainedBetweenRowsWhenItsBytesAreRead() {
    // rule: drained() is true only between rows with no byte left: not before the first read of a sheet
    // (nothing read yet, even with no bytes), not with bytes left, not after the end
    assertThat(whole("").drained()).as("a sheet not started").isFalse();
    XlsxSheet s = fragment("<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>");
    assertThat(s.drained()).isFalse();
    assertThat(s.advance()).isTrue();
    assertThat(s.drained()).as("the last </row> read, nothing left").isTrue();
    assertThat(s.advance()).isFalse();
    assertThat(s.drained()).isFalse();
  }

  @Test
  void aFragmentGivesUpWhereItDependsOnWhatCameBeforeOrFollows() {
    // rule: a row without r (its number follows rows read elsewhere), a formula (shared and array formulas
    // span rows) and bytes that end inside a row are not read alone: the fragment throws, and the sheet's
    // scanner reads those bytes instead; what the whole scanner would refuse is refused as it would be
    for (String xml : List.of("<row><c r=\"A1\"><v>1</v></c></row>",
        "<row r=\"2\"><c r=\"A2\"><f>1+1</f><v>2</v></c></row>",
        "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"3\"><c r=\"A3\">",
        "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>  <")) {
      XlsxSheet s = fragment(xml);
      assertThatThrownBy(() -> {
        while (s.advance()) {
          // read on
        }
      }).as(xml).isInstanceOf(RuntimeException.class).isNotInstanceOf(XlsxException.class).hasMessage("not here");
    }
    assertThatThrownBy(() -> fragment("<row r=\"2\"><c r=\"A2\" t=\"b\"><v>7</v></c></row>").advance())
        .isInstanceOf(XlsxException.class).hasMessageContaining("Invalid boolean cell value: '7'");
    // the whole sheet's scanner reads the same row without r and the formula
    XlsxSheet s = whole(sheet("<row><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><f>1+1</f><v>2</v></c></row>"));
    assertThat(s.advance()).isTrue();
    assertThat(s.number()).isEqualTo(1);
    assertThat(s.advance()).isTrue();
    assertThat(s.row().cell(1)).isEqualTo(new XlsxCell(Kind.NUMBER, "2"));
  }

  @Test
  void rowsReadElsewhereSetTheNextRowsNumberAndClearTheLastRow() {
    // rule (skipped): after rows read elsewhere, a row without r follows the last of them, no cell of the
    // scanner's own last row shows, and with the sheet's end noted the scanner has no more rows
    XlsxSheet s = whole(sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>"
        + "<row><c r=\"B9\"><v>3</v></c></row><row><c><v>4</v></c></row>"));
    assertThat(s.advance()).isTrue();
    assertThat(s.size()).isEqualTo(2);
    s.skipped(7, false);
    assertThat(s.number()).isEqualTo(7);
    assertThat(s.size()).as("cleared").isZero();
    assertThat(s.advance()).isTrue();
    assertThat(s.number()).as("from its cell's reference").isEqualTo(9);
    assertThat(s.row().cells()).containsExactly(XlsxCell.EMPTY, new XlsxCell(Kind.NUMBER, "3"));
    assertThat(s.advance()).isTrue();
    assertThat(s.number()).isEqualTo(10);
    assertThat(s.row().cells()).containsExactly(new XlsxCell(Kind.NUMBER, "4"));

    XlsxSheet ended = whole(sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"));
    assertThat(ended.advance()).isTrue();
    ended.skipped(2, true);
    assertThat(ended.advance()).isFalse();
  }

  // ------------------------------------------------------------------ the stream

  /** A stream that gives at most 3 bytes a read, notes every length asked for, and whether it was closed. */
  private static final class Recording extends InputStream {
    final InputStream in;
    final List<Integer> asked = new ArrayList<>();
    final List<String> events;
    final boolean failRead;
    final boolean failClose;

    Recording(byte[] bytes, List<String> events, boolean failRead, boolean failClose) {
      this.in = new ByteArrayInputStream(bytes);
      this.events = events;
      this.failRead = failRead;
      this.failClose = failClose;
    }

    @Override
    public int read() throws IOException {
      throw new AssertionError("the scanner reads blocks");
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (failRead) {
        throw new IOException("disk gone");
      }
      asked.add(len);
      return in.read(b, off, Math.min(len, 3));
    }

    @Override
    public void close() throws IOException {
      events.add("stream");
      if (failClose) {
        throw new IOException("cannot close");
      }
    }
  }

  @Test
  void theStreamIsReadInBlocksOfTheBufferAndAtLeastSixteenBytes() {
    // rule: buffer(n) sets the first buffer to n bytes, at least 16; the buffer doubles only when a row does
    // not fit; the rows read are those of the whole part
    String xml = sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>");
    List<String> events = new ArrayList<>();
    Recording in = new Recording(utf8(xml), events, false, false);
    XlsxSheet s = new XlsxSheet("f.xlsx", "手続", in, () -> events.add("file"), SHARED, STYLES, false);
    s.buffer(1);
    List<XlsxRow> rows = new ArrayList<>();
    s.forEachRemaining(rows::add);
    assertThat(rows).extracting(XlsxRow::number).containsExactly(1, 2);
    assertThat(rows.get(1).cell(1)).isEqualTo(new XlsxCell(Kind.TEXT, "部局"));
    assertThat(in.asked.get(0)).as("the first read fills 16 bytes").isEqualTo(16);
    assertThat(in.asked).allSatisfy(n -> assertThat(n).isPositive());
    int largest = in.asked.stream().mapToInt(Integer::intValue).max().orElseThrow();
    // the prolog up to <sheetData> (222 bytes) is read in one step: the buffer doubles from 16 to 256 for it
    assertThat(largest).as("the buffer doubled to 256 bytes, no further").isBetween(129, 256);
    s.close();
    assertThat(events).containsExactly("stream", "file");

    Recording big = new Recording(utf8(xml), new ArrayList<>(), false, false);
    XlsxSheet b = new XlsxSheet("f.xlsx", "手続", big, () -> { }, SHARED, STYLES, false);
    b.buffer(1000);
    assertThat(b.advance()).isTrue();
    assertThat(big.asked.get(0)).isEqualTo(1000);
  }

  @Test
  void aFailingReadOrCloseIsAnUncheckedIoExceptionNamingTheWorkbookAndTheFileIsClosedAnyway() {
    // rule: an I/O failure is no refusal of the workbook: it is reported as UncheckedIOException with the
    // file and the sheet, the cause kept; a stream that fails to close still lets the file be closed
    List<String> events = new ArrayList<>();
    XlsxSheet failing = new XlsxSheet("f.xlsx", "手続", new Recording(new byte[0], events, true, false),
        () -> events.add("file"), SHARED, STYLES, false);
    assertThatThrownBy(failing::advance).isInstanceOf(UncheckedIOException.class)
        .hasMessage("workbook f.xlsx: cannot read sheet '手続'").hasRootCauseMessage("disk gone");
    List<String> closing = new ArrayList<>();
    XlsxSheet s = new XlsxSheet("f.xlsx", "手続", new Recording(new byte[0], closing, false, true),
        () -> closing.add("file"), SHARED, STYLES, false);
    assertThat(s.advance()).isFalse();
    assertThatThrownBy(s::close).isInstanceOf(UncheckedIOException.class)
        .hasMessage("workbook f.xlsx: cannot close").hasRootCauseMessage("cannot close");
    assertThat(closing).containsExactly("stream", "file");
  }

  @Test
  void aSheetEndingInsideARowIsRefusedAfterTheLastRowRead() {
    // rule: the part's end inside a row, or before </sheetData>, is MALFORMED, located at the first cell after
    // the last row read
    for (String xml : List.of(sheet("<row r=\"4\"><c r=\"A4\"><v>1</v></c></row>").replace("</sheetData></worksheet>", ""),
        sheet("<row r=\"4\"><c r=\"A4\"><v>1</v></c></row><row r=\"5\"><c r=\"A5\"><v>1").replace("</sheetData></worksheet>", ""))) {
      XlsxSheet s = whole(xml);
      assertThat(s.advance()).isTrue();
      assertThatThrownBy(s::advance).isInstanceOfSatisfying(XlsxException.class, e -> {
        assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.location().place()).isEqualTo("手続!A5");
          assertThat(p.reason()).isEqualTo("sheet '手続' cannot be read after row 4: the sheet's XML ends inside a row "
              + "or before </sheetData>");
        });
      });
      assertThat(s.advance()).as("finished after a refusal").isFalse();
    }
  }
}
