package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.testsupport.TrialScale;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;
import org.municipaldx.ingest.TextLocation;

/**
 * Law: a sheet read through the inflating thread's blocks ({@link SheetPipe}), with blocks of rows
 * parsed ahead on worker threads ({@link XlsxReader#withThreads}), reads exactly as the one-thread
 * read of the same workbook: the same rows, numbers and cells (kind, text, whole number, ASCII
 * bytes, blankness), or the same refusal (rule, location, reason) after the same rows. Sheets are
 * written here with what a block read alone cannot know or would misread: rows without {@code r},
 * formulas (shared and array), comments and CDATA holding {@code </row>}, bad cells (an unknown
 * shared string, a number that is none, an unknown cell type, an undeclared entity), a sheet cut
 * inside a row; blocks of 16, 97, 256 and 1,000 bytes cut the part at every kind of place (inside
 * tags, values, comments, between rows).
 */
class XlsxParallelProperties {
  @TempDir
  Path dir;

  private int n;

  /** What a read gives: a line per row (every accessor's answer), then the refusal, if any. */
  record Read(List<String> rows, List<Problem> problems, XlsxRefusal rule) {}

  static Read read(XlsxReader reader, Path file) {
    List<String> rows = new ArrayList<>();
    try {
      SheetRows s = reader.openRows(file, String.valueOf(file.getFileName()));
      try {
        byte[] ascii = new byte[8];
        while (s.advance()) {
          StringBuilder line = new StringBuilder().append(s.number()).append('|').append(s.size()).append('|')
              .append(s.isBlank());
          for (int c = 0; c < s.size(); c++) {
            line.append('|').append(s.kind(c)).append(':').append(s.text(c)).append(':').append(s.plainWhole(c))
                .append(':').append(s.ascii(c, ascii));
          }
          rows.add(line.append('|').append(s.row()).toString());
        }
      } finally {
        s.close();
      }
    } catch (XlsxException e) {
      return new Read(rows, e.problems(), e.rule());
    } catch (IngestException e) {
      return new Read(rows, e.problems(), null);
    }
    return new Read(rows, List.of(), null);
  }

  private static final String[] SHARED = {"部局", "市民課", "  ", "", "a &amp; b", "<t>FY</t><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh>"};

  /** One cell's XML. */
  private static String cell(int kind, String ref, int pick) {
    String r = ref == null ? "" : " r=\"" + ref + "\"";
    return switch (kind) {
      case 0, 1, 2 -> "<c" + r + " t=\"s\"><v>" + (pick % SHARED.length) + "</v></c>";
      case 3, 4, 5 -> "<c" + r + "><v>" + List.of("1303", "2023", "0", "651.5", "007", "-3", "123456789012345678901")
          .get(pick % 7) + "</v></c>";
      case 6 -> "<c" + r + " t=\"inlineStr\"><is><t>" + List.of("総件数", "x &lt; y", " ").get(pick % 3) + "</t></is></c>";
      case 7 -> "<c" + r + "><f>A1*2</f><v>" + pick + "</v></c>";
      case 8 -> pick % 2 == 0
          ? "<c" + r + "><f t=\"shared\" ref=\"A1:A9\" si=\"0\">B1</f><v>1</v></c>"
          : "<c" + r + "><f t=\"shared\" si=\"0\"/><v>2</v></c>";
      case 9 -> "<c" + r + "><f t=\"array\" ref=\"A1:C40\">{1}</f><v>3</v></c>";
      case 10 -> "<c" + r + "><v><![CDATA[</row>" + pick + "]]></v></c>";
      case 11 -> "<!-- </row><row r=\"7\"> --><c" + r + " t=\"b\"><v>" + (pick % 2) + "</v></c>";
      case 12 -> "<c" + r + " t=\"s\"><v>" + (90 + pick) + "</v></c>"; // no such shared string
      case 13 -> "<c" + r + "><v>abc</v></c>"; // not a number
      case 14 -> "<c" + r + " t=\"d\"><v>2024-01-01</v></c>"; // a type not read
      case 15 -> "<c" + r + " t=\"inlineStr\"><is><t>&bogus;</t></is></c>"; // an undeclared entity
      default -> "<c" + r + " s=\"0\"/>";
    };
  }

  @Test
  void blocksParsedAheadReadAsTheOneThreadRead() {
    // cells: kind (bad ones rarer), pick, whether the cell has r
    Trials<Integer> kinds = Trials.api().alternateWithWeights(Map.entry(40, Trials.api().integers(0, 6)),
        Map.entry(1, Trials.api().integers(7, 11)), Map.entry(1, Trials.api().integers(12, 16)));
    Trials<int[]> cells = kinds
        .flatMap(kind -> Trials.api().integers(0, 40).flatMap(pick -> Trials.api().integers(0, 9)
            .map(flags -> new int[] {kind, pick, flags})));
    Trials<List<List<int[]>>> sheets = cells.immutableLists().filter(r -> r.size() <= 7)
        .map(r -> (List<int[]>) r).immutableLists().filter(t -> t.size() <= 40)
        .map(t -> (List<List<int[]>>) t);
    Trials.api().integers(0, 9).flatMap(end -> sheets.map(s -> new Object[] {end, s}))
        .withLimits(TrialScale.trials(150), TrialScale.limits()).supplyTo(args -> {
          int end = (Integer) args[0];
          @SuppressWarnings("unchecked")
          List<List<int[]>> rows = (List<List<int[]>>) args[1];
          StringBuilder xml = new StringBuilder();
          int number = 0;
          for (List<int[]> row : rows) {
            boolean noR = !row.isEmpty() && row.get(0)[2] == 0 && row.get(0)[1] % 4 == 0;
            number += row.isEmpty() ? 1 : 1 + row.get(0)[2] % 2;
            xml.append(noR ? "<row>" : "<row r=\"" + number + "\">");
            int column = 0;
            for (int[] c : row) {
              column += 1 + c[2] % 2;
              xml.append(cell(c[0], c[2] == 1 ? null : TextLocation.excelColumn(column) + number, c[1]));
            }
            xml.append("</row>").append(number % 3 == 0 ? "\n" : "");
          }
          // the part ends well, or inside a row (cut)
          String sheet = end == 0
              ? "<?xml version=\"1.0\"?><worksheet xmlns=\"" + CraftedWorkbook.NS + "\"><sheetData>" + xml
                  + "<row r=\"" + (number + 1) + "\"><c><v>1"
              : CraftedWorkbook.sheetXml(xml.toString());
          Path file;
          try {
            file = new CraftedWorkbook().sharedStringsXml(SHARED).styles("yyyy/m/d", 0, 14)
                .sheet("手続", sheet).write(dir, "p" + n++ + ".xlsx");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          Read one = read(XlsxReader.create(), file);
          for (int buffer : new int[] {16, 97, 256, 1000}) {
            for (int threads : new int[] {1, 2, 3}) {
              assertThat(read(XlsxReader.create().withBuffer(buffer).withThreads(threads), file))
                  .as("%s, blocks of %d bytes, %d threads", file.getFileName(), buffer, threads).isEqualTo(one);
            }
          }
        });
  }

  /**
   * Rows read by the scanner after rows parsed ahead (a formula every seventh row keeps its block
   * from being parsed ahead) have gaps: no cell of the scanner's row before shows through them.
   * Random sheets seldom have this shape (found by mutating the scanner's reset after a batch).
   */
  @Test
  void scannedRowsAfterBatchesHaveTheirOwnGaps() throws IOException {
    StringBuilder xml = new StringBuilder();
    for (int r = 1; r <= 200; r++) {
      xml.append("<row r=\"").append(r).append("\">");
      for (int c = 1; c <= 4; c++) {
        if ((r + c) % 3 != 0) {
          xml.append("<c r=\"").append(TextLocation.excelColumn(c)).append(r).append("\"><v>").append(r * 10 + c)
              .append("</v></c>");
        }
      }
      if (r % 7 == 0) {
        xml.append("<c r=\"E").append(r).append("\"><f>1</f><v>1</v></c>");
      }
      xml.append("</row>");
    }
    Path file = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml(xml.toString())).write(dir, "gaps.xlsx");
    Read one = read(XlsxReader.create(), file);
    assertThat(one.rows()).hasSize(200);
    for (int buffer : new int[] {97, 256, 1000}) {
      assertThat(read(XlsxReader.create().withBuffer(buffer).withThreads(2), file)).as("blocks of %d bytes", buffer)
          .isEqualTo(one);
    }
  }

  @Test
  void blocksAreCutJustAfterARowsEndTag() {
    byte[] b = "<row r=\"1\"><c><v>1</v></c></row>\n<x:row><c/></x:row><row>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int plain = "<row r=\"1\"><c><v>1</v></c></row>".length();
    int prefixed = plain + "\n<x:row><c/></x:row>".length();
    assertThat(SheetPipe.lastRowEnd(b, b.length)).isEqualTo(prefixed);
    assertThat(SheetPipe.lastRowEnd(b, prefixed - 1)).isEqualTo(plain);
    assertThat(SheetPipe.lastRowEnd(b, plain - 1)).isZero();
  }
}
