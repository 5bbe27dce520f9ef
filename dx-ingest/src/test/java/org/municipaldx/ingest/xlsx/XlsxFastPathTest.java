package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.ingest.Problem;

/**
 * The scanner's fast path for the common cell ({@code XlsxSheet.plainCell}, tried when a cell's name is followed
 * by a space) against its general path ({@code tag} and {@code cell}, which read a cell whose name is followed
 * by a line end) (issue 13 part 4, issue 13v: the fast path's mutants). Law: a cell reads the same, or is
 * refused the same (rule, location, reason), whichever white space follows its name, for every cell below:
 * each attribute's values at and beyond their edges (columns A, Z, AA, XFD, XFE; rows 0, 1,048,576 and
 * 1,048,577; a reference without letters or digits; types n/s/b/e/str/inlineStr and unknown; styles of 1 to
 * 10 digits), attributes in any order, repeated, unknown, prefixed, single-quoted or spaced, and every kind of
 * content (plain, decimal, empty, with entities, CR, comments, formulas, inline strings, end tags that are
 * almost {@code </v></c>}, a self-closing cell); with and without an array formula before it in the sheet
 * (the fast path is not taken then). The fast path may give up on any cell (speed only); a cell it accepts
 * must read as the general path reads it. Each sheet is read from its bytes kept whole and through a 16-byte
 * buffer, which must agree too.
 */
class XlsxFastPathTest {
  private static final String[] SHARED = {"s0", "s1"};
  // styles 1 and 10 show dates: a style index of two digits must be read whole to tell 10 from 0 or 1
  private static final boolean[] STYLES = {false, true, false, false, false, false, false, false, false, false, true};

  static final String[] ATTRIBUTES = {
      "r=\"C3\"", "r=\"A3\"", "r=\"Z3\"", "r=\"AA3\"", "r=\"AZ3\"", "r=\"XFD3\"", "r=\"XFE3\"", "r=\"ZZZZ3\"", "r=\"C0\"",
      "r=\"C1048576\"", "r=\"C1048577\"", "r=\"C10485760\"", "r=\"C\"", "r=\"3\"", "r=\"\"", "r=\"c3\"", "r=\"C3x\"",
      "r=\"C03\"", "r=\"C5\"", "r=\"C2\"", "r=\"C3\" t=\"n\"", "r=\"C3\" t=\"s\"", "r=\"C3\" t=\"b\"", "r=\"C3\" t=\"e\"",
      "r=\"C3\" t=\"str\"", "r=\"C3\" t=\"inlineStr\"", "r=\"C3\" t=\"d\"", "r=\"C3\" t=\"x\"", "r=\"C3\" t=\"\"",
      "r=\"C3\" t=\"nn\"", "r=\"C3\" s=\"0\"", "r=\"C3\" s=\"1\"", "r=\"C3\" s=\"2\"", "r=\"C3\" s=\"9\"", "r=\"C3\" s=\"10\"",
      "r=\"C3\" s=\"123456789\"", "r=\"C3\" s=\"1234567890\"", "r=\"C3\" s=\"\"", "r=\"C3\" s=\"x\"", "r=\"C3\" s=\"1x\"",
      "r=\"C3\" s=\"01\"", "t=\"n\" r=\"C3\"", "s=\"1\" t=\"n\" r=\"C3\"", "t=\"s\" s=\"1\" r=\"C3\"",
      "r=\"C3\" t=\"b\" s=\"1\"", "t=\"n\"", "s=\"1\"", "t=\"s\" s=\"0\"", "", "r=\"C3\" r=\"D3\"", "r=\"C3\" t=\"n\" t=\"s\"",
      "r=\"C3\" s=\"1\" s=\"0\"", "r=\"C3\" x=\"1\"", "x=\"1\" r=\"C3\"", "r=\"C3\" ra=\"1\"", "rr=\"C3\"", "r='C3'",
      "r=\"C3\"  t=\"n\"", "r=\"C3\" ", "r =\"C3\"", "r= \"C3\"", "r=\"C3\"\tt=\"n\"", "r:x=\"1\" r=\"C3\"",
      "r=\"C3\" t='s'", "r=\"C3\" s='1'", "r=\"C3\" t=\"s", "r=\"C3", "r=\"C3\" t", "r=\"C3\" t=s"};

  static final String[] CONTENTS = {
      "<v>0</v></c>", "<v>1</v></c>", "<v>2</v></c>", "<v>1.5</v></c>", "<v>-7</v></c>", "<v>45000</v></c>",
      "<v>12345678901234567890</v></c>", "<v></v></c>", "<v/></c>", "<v>#N/A</v></c>", "<v>TRUE</v></c>",
      "<v>a&amp;b</v></c>", "<v>1&#x30;</v></c>", "<v>1\r\n2</v></c>", "<v>1\n2</v></c>", "<v> 1 </v></c>",
      "<v>1</v> </c>", "<v>1</v><f>A1</f></c>", "<f>A1</f><v>2</v></c>", "</c>", "<v>1</v></c >", "<v>1</vv></c>",
      "<v>1</v></cc>", "<v>1</x></c>", "<v>1</v></x>", "<v>1<!-- x --></v></c>", "<v>1</v><!-- x --></c>",
      "<v><![CDATA[1]]></v></c>", "<is><t>x</t></is></c>", "<v>1</v><is><t>x</t></is></c>", "<v>1</v></c></c>",
      "<v>1</v>", "<v>1"};

  /** What a read gives: the rows, or the refusal. */
  record Result(List<XlsxRow> rows, XlsxRefusal rule, List<Problem> problems) {}

  static Result read(String xml, int buffer) {
    byte[] part = xml.getBytes(StandardCharsets.UTF_8);
    XlsxSheet s = buffer == 0 ? new XlsxSheet("f.xlsx", "手続", part, part.length, SHARED, STYLES, false)
        : new XlsxSheet("f.xlsx", "手続", new ByteArrayInputStream(part), () -> { }, SHARED, STYLES, false);
    if (buffer > 0) {
      s.buffer(buffer);
    }
    List<XlsxRow> rows = new ArrayList<>();
    try (s) {
      while (s.advance()) {
        rows.add(s.row());
      }
    } catch (XlsxException e) {
      return new Result(rows, e.rule(), e.problems());
    }
    return new Result(rows, null, List.of());
  }

  private static String sheet(String space, String attributes, String content, boolean array) {
    String cell = "<c" + space + attributes + (content == null ? "/>" : ">" + content);
    String before = array ? "<row r=\"1\"><c r=\"A1\"><f t=\"array\" ref=\"A1:XFD9\">1</f><v>1</v></c></row>" : "";
    // a cell before it on the fast path, a cell after it on the general path (no r: the next column), and a row
    // after it
    return CraftedWorkbook.sheetXml(before + "<row r=\"3\"><c r=\"B3\"><v>5</v></c>" + cell
        + "<c\nt=\"n\"><v>7</v></c></row><row r=\"4\"><c r=\"B4\"><v>6</v></c></row>");
  }

  /** The attribute sets tried with every content, and the contents tried with every attribute set. */
  static final String[] COMMON_ATTRIBUTES = {
      "r=\"C3\"", "r=\"C3\" t=\"s\"", "r=\"C3\" t=\"b\"", "r=\"C3\" t=\"e\"", "r=\"C3\" s=\"1\""};
  static final String[] COMMON_CONTENTS = {"<v>0</v></c>", "<v>1</v></c>", "<v>45000</v></c>", "<v>#N/A</v></c>", null};

  @Test
  void aCellReadsTheSameWhicheverWhiteSpaceFollowsItsName() {
    // every attribute set with the common contents, every content (null: self-closing) with the common
    // attribute sets: 2 x (68 x 5 + 5 x 35) cells
    List<String[]> pairs = new ArrayList<>();
    for (String attributes : ATTRIBUTES) {
      for (String content : COMMON_CONTENTS) {
        pairs.add(new String[] {attributes, content});
      }
    }
    List<String> contents = new ArrayList<>(List.of(CONTENTS));
    contents.add(null);
    for (String attributes : COMMON_ATTRIBUTES) {
      for (String content : contents) {
        pairs.add(new String[] {attributes, content});
      }
    }
    int cells = 0;
    int refused = 0;
    for (boolean array : new boolean[] {false, true}) {
      for (String[] pair : pairs) {
        String attributes = pair[0];
        String content = pair[1];
        Result general = read(sheet("\n", attributes, content, array), 0);
        String fast = sheet(" ", attributes, content, array);
        String as = (array ? "after an array formula: " : "") + "<c " + attributes
            + (content == null ? "/>" : ">" + content);
        assertThat(read(fast, 0)).as(as).isEqualTo(general);
        assertThat(read(fast, 16)).as(as + " through 16 bytes").isEqualTo(general);
        cells++;
        if (general.rule() != null) {
          refused++;
        }
      }
    }
    assertThat(cells).isEqualTo(2 * (ATTRIBUTES.length * COMMON_CONTENTS.length
        + COMMON_ATTRIBUTES.length * (CONTENTS.length + 1)));
    // both kinds are many: the law is checked on cells read and on cells refused
    assertThat(refused).isBetween(cells / 5, cells * 4 / 5);
  }
}
