package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.EntryLocation;
import org.municipaldx.ingest.Record;

/**
 * {@link PipelinedSheet}'s contract: the rows, their cells and every refusal are those of the one scanner
 * reading the whole part in order, whatever the size of the blocks and whether workers parse blocks of rows
 * ahead (issue 13 part 4: the survivors of PIT in {@code PipelinedSheet.advance}, {@code at}, {@code ascii},
 * {@code isBlank} and in {@link XlsxSource}'s records). Each read of a crafted sheet (rows without
 * {@code r}, blank rows, rows of 1, 5, 16, 17 and 40 cells, shared and inline strings, booleans, numbers) is
 * compared with the one-thread read with the default block of 1 MiB, for block sizes from 16 bytes up, on
 * one thread and on two.
 */
class PipelinedSheetTest {
  @TempDir
  Path dir;

  private static final int[] BLOCKS = {16, 37, 97, 333, 1 << 20};

  private static String cell(String ref, int r, int c) {
    String at = ref == null ? "" : " r=\"" + ref + "\"";
    return switch ((r + c) % 5) {
      case 0 -> "<c" + at + "><v>" + (r * 37 + c) + "</v></c>";
      case 1 -> "<c" + at + " t=\"inlineStr\"><is><t>市" + r + "</t></is></c>";
      case 2 -> "<c" + at + " t=\"b\"><v>" + (r % 2) + "</v></c>";
      case 3 -> "<c" + at + " t=\"s\"><v>" + (r % 3) + "</v></c>";
      default -> "<c" + at + "><v>1.5</v></c>";
    };
  }

  private static String col(int c) {
    return c < 26 ? String.valueOf((char) ('A' + c)) : "A" + (char) ('A' + c - 26);
  }

  /** Rows 1 to last of every shape the scanner and the parse ahead read differently. */
  private static String rows(int last) {
    StringBuilder sb = new StringBuilder();
    for (int r = 1; r <= last; r++) {
      if (r % 11 == 0) {
        // a row and cells without r: numbered after the row before
        sb.append("<row>").append(cell(null, r, 0)).append(cell(null, r, 1)).append("</row>");
        continue;
      }
      if (r % 13 == 0) {
        sb.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"/><c r=\"B").append(r)
            .append("\" t=\"inlineStr\"><is><t>  </t></is></c></row>");
        continue;
      }
      int cells = r == 40 ? 40 : r % 17 == 0 ? 16 : r % 19 == 0 ? 17 : r % 7 == 0 ? 1 : 5;
      sb.append("<row r=\"").append(r).append("\">");
      for (int c = 0; c < cells; c++) {
        sb.append(cell(col(c) + r, r, c));
      }
      sb.append("</row>");
    }
    return sb.toString();
  }

  private CraftedWorkbook workbook(String sheetXml) {
    return new CraftedWorkbook().sharedStrings("甲", "乙", "丙").sheet("手続", sheetXml);
  }

  /** Everything the rows say, read through the sheet's own accessors, then how the read ended. */
  private static List<String> scanned(XlsxReader reader, Path file) {
    List<String> out = new ArrayList<>();
    try (PipelinedSheet sheet = reader.openSheet(file)) {
      try {
        while (sheet.advance()) {
          StringBuilder sb = new StringBuilder().append(sheet.number()).append(sheet.isBlank() ? " blank" : "");
          for (int c = 0; c < sheet.size(); c++) {
            String text = sheet.text(c);
            int n = text.getBytes(StandardCharsets.UTF_8).length;
            byte[] exact = new byte[n];
            int ascii = sheet.ascii(c, exact);
            sb.append(" | ").append(sheet.kind(c)).append(' ').append(text).append(' ').append(sheet.plainWhole(c))
                .append(' ').append(ascii).append(ascii >= 0 ? new String(exact, 0, ascii, StandardCharsets.US_ASCII) : "")
                .append(' ').append(n == 0 ? 0 : sheet.ascii(c, new byte[n - 1]));
          }
          out.add(sb.toString());
        }
        // the end is the first false: a call after it must not be what checks the rest of the archive
        out.add("end");
        out.add("again " + sheet.advance() + " " + sheet.hasNext());
      } catch (XlsxException e) {
        out.add("refused " + e.rule() + " " + e.location() + " " + e.problem().reason());
      }
    }
    return out;
  }

  /** Every record's fields through XlsxSource (padded to the width), then how the read ended. */
  private static List<String> records(XlsxReader reader, Path file) {
    List<String> out = new ArrayList<>();
    try (XlsxSource src = reader.open(file)) {
      try {
        while (src.next()) {
          Record rec = src.record();
          StringBuilder sb = new StringBuilder().append(rec.location().place()).append(' ').append(rec.size());
          for (int f = 0; f < rec.size(); f++) {
            byte[] into = new byte[64];
            int n = rec.ascii(f, into);
            sb.append(" | ").append(rec.get(f)).append(' ').append(rec.plainWhole(f)).append(' ').append(n)
                .append(' ').append(rec.location(f).place());
          }
          int width = rec.size();
          assertThatThrownBy(() -> rec.get(width)).isInstanceOf(IndexOutOfBoundsException.class);
          assertThatThrownBy(() -> rec.ascii(width, new byte[8])).isInstanceOf(IndexOutOfBoundsException.class);
          assertThatThrownBy(() -> rec.plainWhole(width)).isInstanceOf(IndexOutOfBoundsException.class);
          assertThatThrownBy(() -> rec.ascii(-1, new byte[8])).isInstanceOf(IndexOutOfBoundsException.class);
          out.add(sb.toString());
        }
        out.add("end");
        out.add("again " + src.next());
      } catch (XlsxException e) {
        out.add("refused " + e.rule() + " " + e.location() + " " + e.problem().reason());
      }
    }
    return out;
  }

  private static void sameForEveryBlockAndThreads(Path file, XlsxLimits limits, String last) {
    sameForEveryBlockAndThreads(file, limits, last, last);
  }

  private static void sameForEveryBlockAndThreads(Path file, XlsxLimits limits, String lastRow, String last) {
    XlsxReader one = XlsxReader.create().withLimits(limits);
    List<String> scanned = scanned(one, file);
    List<String> records = records(one, file);
    assertThat(scanned.get(scanned.size() - 1)).startsWith(lastRow);
    assertThat(records.get(records.size() - 1)).startsWith(last);
    for (int threads : new int[] {1, 2}) {
      for (int block : BLOCKS) {
        XlsxReader reader = one.withThreads(threads).withBuffer(block);
        assertThat(scanned(reader, file)).as("%d threads, blocks of %d", threads, block).isEqualTo(scanned);
        assertThat(records(reader, file)).as("%d threads, blocks of %d", threads, block).isEqualTo(records);
      }
    }
  }

  @Test
  void rowsCellsAndTheEndAreTheOneScannersForEveryBlockSizeOnOneThreadOrTwo() throws IOException {
    // rule (PipelinedSheet): every row, its number (rows without r after rows parsed ahead), its cells' kinds,
    // texts, whole numbers and ASCII bytes (into exactly enough bytes, and one byte too few: -1), whether it is
    // blank, a record's fields up to the width, and the end (false, again false after it) are the
    // one-thread read's
    Path file = workbook(CraftedWorkbook.sheetXml(rows(60))).write(dir, "rows.xlsx");
    List<String> reference = scanned(XlsxReader.create(), file);
    assertThat(reference).hasSize(62).endsWith("end", "again false false");
    assertThat(reference.get(10)).as("row 11 has no r").startsWith("11 | ");
    assertThat(reference.get(12)).as("row 13 is blank").startsWith("13 blank");
    sameForEveryBlockAndThreads(file, XlsxLimits.defaults(), "again false");
  }

  @Test
  void anotherWorksheetBeyondTheLimitsIsRefusedAfterTheLastRowWhateverReadTheEnd() throws IOException {
    // rule (PipelinedSheet.advance, SheetPipe.drain): the read ends only when the whole archive passed,
    // whether the sheet's end was read by the scanner or in a block parsed ahead: another worksheet beyond the
    // limits is refused after the sheet's last row, on one thread or two, for every block size
    byte[] noise = new byte[120_000];
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) ('a' + random.nextInt(26));
    }
    String big = CraftedWorkbook.sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
        + new String(noise, StandardCharsets.US_ASCII) + "</t></is></c></row>");
    Path file = workbook(CraftedWorkbook.sheetXml(rows(60))).sheet("大", big).write(dir, "other.xlsx");
    XlsxLimits limits = XlsxLimits.of(100, 100_000, 1L << 30, 100);
    sameForEveryBlockAndThreads(file, limits, "refused ENTRY_TOO_LARGE");
    List<String> read = scanned(XlsxReader.create().withLimits(limits), file);
    assertThat(read).hasSize(61);
    assertThat(read.get(60)).contains("xl/worksheets/sheet2.xml");
  }

  @Test
  void aSheetCutShortIsMalformedWhateverReadItsLastBlock() throws IOException {
    // rule (PipelinedSheet.advance): a sheet part that ends after a row, without </sheetData>, is refused as the
    // one scanner refuses it, after the same rows, also when the parse ahead finds no next block
    String whole = CraftedWorkbook.sheetXml(rows(50));
    String cut = whole.substring(0, whole.indexOf("</sheetData>"));
    Path file = workbook(cut).write(dir, "cut.xlsx");
    sameForEveryBlockAndThreads(file, XlsxLimits.defaults(), "refused MALFORMED");
  }

  @Test
  void aFormulaWithoutValueAfterRowsParsedAheadIsRefusedAtItsCellUnlessTheArchiveIsRefused() throws IOException {
    // rule (XlsxSource.next, PipelinedSheet.settle): a formula without a cached value is refused at its own cell,
    // the row after 60 read rows, not one row early (a cell past a row's end is not the row's); when another
    // worksheet is beyond the limits, that refusal comes first
    String rows = rows(60) + "<row r=\"61\"><c r=\"A61\"><f>1+1</f></c><c r=\"B61\"><v>2</v></c></row>";
    Path file = workbook(CraftedWorkbook.sheetXml(rows)).write(dir, "formula.xlsx");
    List<String> read = records(XlsxReader.create(), file);
    assertThat(read).hasSize(61);
    assertThat(read.get(60)).startsWith("refused UNCALCULATED").contains("手続!A61");
    // the sheet's own rows have no such refusal: it is the record's
    sameForEveryBlockAndThreads(file, XlsxLimits.defaults(), "again false", "refused UNCALCULATED");
    byte[] noise = new byte[120_000];
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) ('a' + random.nextInt(26));
    }
    Path both = workbook(CraftedWorkbook.sheetXml(rows)).sheet("大", CraftedWorkbook.sheetXml(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + new String(noise, StandardCharsets.US_ASCII)
            + "</t></is></c></row>")).write(dir, "both.xlsx");
    XlsxLimits limits = XlsxLimits.of(100, 100_000, 1L << 30, 100);
    for (int threads : new int[] {1, 2}) {
      assertThatThrownBy(() -> {
        try (XlsxSource src = XlsxReader.create().withLimits(limits).withThreads(threads).withBuffer(64).open(both)) {
          while (src.next()) {
            src.record();
          }
        }
      }).isInstanceOfSatisfying(XlsxException.class, e -> {
        assertThat(e.rule()).isEqualTo(XlsxRefusal.ENTRY_TOO_LARGE);
        assertThat(((EntryLocation) e.location()).entry()).isEqualTo("xl/worksheets/sheet2.xml");
      });
    }
  }
}
