package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.testsupport.TrialScale;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.Problem;

/**
 * Law: the byte scanner ({@link XlsxSheet}) reads every workbook exactly as FastExcel's reader
 * ({@link FastExcelSheet}, the path before it) did: the same rows, row numbers and cells (kind and
 * text), or the same refusal (rule, location, reason). Tables come from FastExcel's writer (text
 * with markup characters, Japanese, spaces and line ends; whole and decimal numbers; booleans;
 * dates with a date format; formulas without cached values) and from sheet XML written here
 * (shared and inline strings with rich-text runs, entities and character references, CDATA,
 * {@code xml:space}, prefixed element names, formulas with cached values, errors, gaps, styles,
 * comments between cells). The same law holds when the sheet is not kept by the zip check but
 * inflated again and streamed through a buffer of 16 or 97 bytes.
 */
class XlsxScannerProperties {
  @TempDir
  Path dir;

  private int n;

  /** What a path reads: the rows, or the refusal. */
  record Read(List<XlsxRow> rows, List<Problem> problems, XlsxRefusal rule) {}

  static Read read(Function<Path, SheetRows> open, Path file) {
    List<XlsxRow> rows = new ArrayList<>();
    try {
      SheetRows s = open.apply(file);
      try {
        while (s.advance()) {
          rows.add(s.row());
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

  /**
   * A crafted workbook read kept whole and streamed through a buffer of 16 bytes, which must agree, and, when
   * {@code reference} and the read refused nothing, by FastExcel's reader, which must agree too (the scanner
   * tests' three-way read).
   */
  static Read readAgreeing(Path file, boolean reference) {
    String name = String.valueOf(file.getFileName());
    Read whole = read(f -> XlsxReader.create().openRows(f, name), file);
    assertThat(read(f -> XlsxReader.create().withBuffer(16).openRows(f, name), file))
        .as("streamed through 16 bytes").isEqualTo(whole);
    if (reference && whole.rule() == null) {
      assertThat(read(f -> FastExcelSheet.open(XlsxReader.create(), f), file)).as("FastExcel's reader")
          .isEqualTo(whole);
    }
    return whole;
  }

  /** The one row a read without refusal gives. */
  static XlsxRow only(Read read) {
    assertThat(read.rule()).as("refusal: %s", read.problems()).isNull();
    assertThat(read.rows()).hasSize(1);
    return read.rows().get(0);
  }

  /** A read refused as malformed, with one problem at that place whose reason holds those texts. */
  static void refused(Read read, String place, String... reason) {
    assertThat(read.rule()).as("rows: %s", read.rows()).isEqualTo(XlsxRefusal.MALFORMED);
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().place()).isEqualTo(place);
      assertThat(p.reason()).contains(reason);
    });
  }

  private void sameAsFastExcel(Path file) {
    Read scanned = read(f -> XlsxReader.create().openRows(f, String.valueOf(f.getFileName())), file);
    Read reference = read(f -> FastExcelSheet.open(XlsxReader.create(), f), file);
    assertThat(scanned).as(file.getFileName().toString()).isEqualTo(reference);
    // the sheet inflated again and streamed through a small buffer (refilled and grown inside rows)
    // reads as the sheet kept whole by the zip check
    for (int buffer : new int[] {16, 97}) {
      Read streamed = read(f -> XlsxReader.create().withBuffer(buffer)
          .openRows(f, String.valueOf(f.getFileName())), file);
      assertThat(streamed).as(file.getFileName() + " streamed, buffer " + buffer).isEqualTo(scanned);
    }
  }

  private static final List<String> TEXTS = List.of("市民課", "税務課", "<&>\"'", " 先頭と末尾の空白 ", "a,b",
      "改行\nあり", "タブ\tあり", "TRUE", "#DIV/0!", "1303", "0012", "", "   ", "&amp;", "]]>", "絵文字🏯");

  @Test
  void tablesWrittenByFastExcelReadTheSame() {
    Trials<Object> cell = Trials.api().alternate(
        Trials.api().choose(TEXTS).map(s -> (Object) s),
        Trials.api().longs(-999_999_999_999_999L, 999_999_999_999_999L).map(l -> (Object) l),
        Trials.api().integers(-99_999_999, 99_999_999).flatMap(u -> Trials.api().integers(0, 6)
            .map(scale -> (Object) BigDecimal.valueOf(u, scale))),
        Trials.api().booleans().map(b -> (Object) b),
        Trials.api().integers(0, 80_000).flatMap(d -> Trials.api().integers(0, 1439)
            .map(m -> (Object) LocalDateTime.of(LocalDate.of(1900, 3, 1).plusDays(d), java.time.LocalTime.MIN)
                .plusMinutes(m % 2 == 0 ? 0 : m))),
        Trials.api().only((Object) Formula.INSTANCE));
    Trials<List<List<Object>>> tables = cell.immutableLists().filter(r -> r.size() <= 9)
        .map(r -> (List<Object>) r).immutableLists().filter(t -> t.size() <= 25)
        .map(t -> (List<List<Object>>) t);
    tables.withLimits(TrialScale.trials(80), TrialScale.limits()).supplyTo(table -> {
      Path file = dir.resolve("w" + n++ + ".xlsx");
      write(file, table);
      sameAsFastExcel(file);
    });
  }

  /** A formula cell (FastExcel's writer saves no cached value). */
  enum Formula { INSTANCE }

  private static void write(Path file, List<List<Object>> table) {
    try (OutputStream os = Files.newOutputStream(file); Workbook wb = new Workbook(os, "test", "1.0")) {
      Worksheet ws = wb.newWorksheet("表");
      for (int r = 0; r < table.size(); r++) {
        for (int c = 0; c < table.get(r).size(); c++) {
          Object v = table.get(r).get(c);
          if (v instanceof Long l) {
            ws.value(r, c, l);
          } else if (v instanceof BigDecimal d) {
            ws.value(r, c, d);
          } else if (v instanceof Boolean b) {
            ws.value(r, c, b);
          } else if (v instanceof LocalDateTime t) {
            ws.value(r, c, t);
            ws.style(r, c).format(t.getHour() == 0 && t.getMinute() == 0 ? "yyyy/mm/dd" : "yyyy/mm/dd hh:mm").set();
          } else if (v == Formula.INSTANCE) {
            ws.formula(r, c, "1+1");
          } else if (!"".equals(v)) {
            ws.value(r, c, (String) v);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ crafted sheet XML

  private static final String[] SHARED = {"部局", "a &amp; b", "<r><t>太</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">字 </t></r>",
      "<t>し</t><rPh sb=\"0\" eb=\"1\"><t>シ</t></rPh>", "<t xml:space=\"preserve\">  前後  </t>", "&#12354;&#x3044;",
      "<t><![CDATA[<cdata & more>]]></t>", "<t/>"};

  /** One cell's XML, its reference given (or not). */
  private static String cellXml(int kind, String ref, int pick, String prefix) {
    String r = ref == null ? "" : " r=\"" + ref + "\"";
    String c = prefix + "c";
    String v = prefix + "v";
    String f = prefix + "f";
    return switch (kind) {
      case 0 -> "<" + c + r + " t=\"s\"><" + v + ">" + (pick % SHARED.length) + "</" + v + "></" + c + ">";
      case 1 -> "<" + c + r + " t=\"inlineStr\"><" + prefix + "is><" + prefix + "t>"
          + List.of("総件数", "x &lt; y", "&#x1F3EF;", "a\r\nb", " ").get(pick % 5) + "</" + prefix + "t></" + prefix + "is></" + c + ">";
      case 2 -> "<" + c + r + "><" + v + ">" + List.of("1303", "651.50", "1.5E3", "-7", "0", "007", "12345678901234567890",
          "0.1").get(pick % 8) + "</" + v + "></" + c + ">";
      case 3 -> "<" + c + r + " s=\"" + (pick % 3) + "\"><" + v + ">" + (45_000 + pick) + (pick % 2 == 0 ? "" : ".75")
          + "</" + v + "></" + c + ">";
      case 4 -> "<" + c + r + " t=\"b\"><" + v + ">" + (pick % 2) + "</" + v + "></" + c + ">";
      case 5 -> "<" + c + r + " t=\"e\"><" + v + ">" + List.of("#DIV/0!", "#N/A", "#REF!").get(pick % 3) + "</" + v + "></" + c + ">";
      case 6 -> "<" + c + r + "><" + f + ">A1*2</" + f + "><" + v + ">" + pick + "</" + v + "></" + c + ">";
      case 7 -> "<" + c + r + " t=\"str\"><" + f + ">A1&amp;\"!\"</" + f + "><" + v + ">部局&amp;!</" + v + "></" + c + ">";
      case 8 -> "<" + c + r + " s=\"0\"/>";
      case 9 -> "<!-- a comment --><" + c + r + "><" + v + "><![CDATA[42]]></" + v + "></" + c + ">";
      default -> "<" + c + r + " t=\"e\"><" + f + ">1/0</" + f + "><" + v + ">#DIV/0!</" + v + "></" + c + ">";
    };
  }

  @Test
  void craftedSheetsReadTheSame() {
    Trials<int[]> cells = Trials.api().integers(0, 10).flatMap(kind -> Trials.api().integers(0, 40)
        .flatMap(pick -> Trials.api().integers(1, 3).map(gap -> new int[] {kind, pick, gap})));
    Trials<List<List<int[]>>> sheets = cells.immutableLists().filter(r -> r.size() <= 8)
        .map(r -> (List<int[]>) r).immutableLists().filter(t -> t.size() <= 15)
        .map(t -> (List<List<int[]>>) t);
    Trials.api().booleans().flatMap(prefixed -> sheets.map(s -> new Object[] {prefixed, s}))
        .withLimits(TrialScale.trials(120), TrialScale.limits()).supplyTo(args -> {
          boolean prefixed = (Boolean) args[0];
          @SuppressWarnings("unchecked")
          List<List<int[]>> rows = (List<List<int[]>>) args[1];
          String p = prefixed ? "x:" : "";
          StringBuilder xml = new StringBuilder();
          int rowNumber = 0;
          for (List<int[]> row : rows) {
            rowNumber += row.isEmpty() ? 1 : row.get(0)[2];
            xml.append("<").append(p).append("row r=\"").append(rowNumber).append("\">\n  ");
            int column = 0;
            for (int[] c : row) {
              column += c[2];
              xml.append(cellXml(c[0], org.municipaldx.ingest.TextLocation.excelColumn(column) + rowNumber, c[1], p));
            }
            xml.append("</").append(p).append("row>\n");
          }
          String sheet = prefixed
              ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:worksheet xmlns:x=\"" + CraftedWorkbook.NS
                  + "\"><x:sheetData>" + xml + "</x:sheetData></x:worksheet>"
              : CraftedWorkbook.sheetXml(xml.toString());
          Path file;
          try {
            file = new CraftedWorkbook().sharedStringsXml(SHARED).styles("yyyy/m/d h:mm", 0, 14, 164)
                .sheet("手続", sheet).write(dir, "c" + n++ + ".xlsx");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          sameAsFastExcel(file);
        });
  }
}
