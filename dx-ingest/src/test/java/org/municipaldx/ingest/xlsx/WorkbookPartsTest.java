package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.municipaldx.ingest.xlsx.CraftedWorkbook.sheetXml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.EntryLocation;

/**
 * How the byte scanner's path finds a sheet's part and the shared strings ({@link WorkbookParts}), and
 * when it leaves a part to FastExcel's reader: each case states its rule (issue 13 part 4: the class had
 * never been measured by PIT).
 */
class WorkbookPartsTest {
  @TempDir
  Path dir;

  private static boolean utf8(String head) {
    return WorkbookParts.utf8(head.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void aPartIsUtf8UnlessItsFirstBytesOrItsDeclarationSayOtherwise() {
    // rule: a byte order mark of UTF-16 (either order) or a zero byte among the first four (XML 1.0,
    // Appendix F: the encoding is detected from four bytes) means UTF-16; else the declaration's
    // encoding decides, UTF-8 when there is none, and only UTF-8 and ASCII (by any of their names) are UTF-8
    assertThat(WorkbookParts.utf8(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '<'})).isFalse();
    assertThat(WorkbookParts.utf8(new byte[] {(byte) 0xFF, (byte) 0xFE, '<', 0})).isFalse();
    assertThat(WorkbookParts.utf8(new byte[] {(byte) 0xFE})).isTrue();
    // the mark alone decides, without a zero byte after it (UTF-16 あい: 30 42 30 44), two bytes are enough
    assertThat(WorkbookParts.utf8(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x30, 0x42, 0x30, 0x44})).isFalse();
    assertThat(WorkbookParts.utf8(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x42, 0x30, 0x44, 0x30})).isFalse();
    assertThat(WorkbookParts.utf8(new byte[] {(byte) 0xFE, (byte) 0xFF})).isFalse();
    assertThat(WorkbookParts.utf8(new byte[] {(byte) 0xFF, (byte) 0xFE})).isFalse();
    assertThat(WorkbookParts.utf8(new byte[] {(byte) 0xFE, (byte) 0xFE, 0x30, 0x42})).as("no mark").isTrue();
    assertThat(WorkbookParts.utf8(new byte[] {(byte) 0xFF, (byte) 0xFF, 0x30, 0x42})).as("no mark").isTrue();
    assertThat(WorkbookParts.utf8(new byte[0])).isTrue();
    assertThat(utf8("\0<\0?")).isFalse();
    assertThat(utf8("<\0?\0")).isFalse();
    assertThat(utf8("<?x\0")).isFalse();
    assertThat(utf8("<?xm\0")).as("a zero byte after the first four is no sign of UTF-16").isTrue();
    assertThat(utf8("<worksheet/>")).isTrue();
    assertThat(utf8("<?xml version=\"1.0\"?><worksheet/>")).isTrue();
    assertThat(utf8("<?xml version=\"1.0\"?><a encoding=\"Shift_JIS\"/>")).as("an attribute after the declaration")
        .isTrue();
    assertThat(utf8("<?xml version=\"1.0\" encoding = 'utf-8' ?><a/>")).isTrue();
    assertThat(utf8("<?xml version=\"1.0\" encoding=\"UTF8\"?><a/>")).isTrue();
    assertThat(utf8("<?xml version=\"1.0\" encoding=\"us-ascii\"?><a/>")).isTrue();
    assertThat(utf8("<?xml version=\"1.0\" encoding=\"ASCII\"?><a/>")).isTrue();
    assertThat(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"")).as("a declaration cut by the sniffed bytes").isTrue();
    assertThat(utf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>")).isFalse();
    assertThat(utf8("<?xml version=\"1.0\" encoding=\"UTF-8x\"?><a/>")).isFalse();
    assertThat(utf8("<?xml version=\"1.0\" encoding=\"UTF-8?><a/>")).as("an unclosed name").isFalse();
    assertThat(utf8("<?xml version=\"1.0\" encoding=?><a/>")).as("no name").isFalse();
  }

  private static java.nio.charset.Charset charset(int... head) {
    byte[] b = new byte[head.length];
    for (int i = 0; i < head.length; i++) {
      b[i] = (byte) head[i];
    }
    return WorkbookParts.charset("f.xlsx", "xl/worksheets/sheet1.xml", b);
  }

  private static java.nio.charset.Charset charset(String head) {
    return WorkbookParts.charset("f.xlsx", "xl/worksheets/sheet1.xml", head.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void aPartNotInUtf8IsDecodedByItsByteOrderMarkItsZeroBytesOrItsDeclaration() {
    // rule (XML 1.0 Appendix F): FE FF or FF FE is UTF-16 in that order; without a mark, a zero byte
    // among the first four says UTF-16, big-endian when it is at an even offset (00 3C), little-endian at an
    // odd one (3C 00); else the declaration names the encoding, in either quotes, spaces around '='
    assertThat(charset(0xFE, 0xFF, 0, '<')).isEqualTo(StandardCharsets.UTF_16);
    assertThat(charset(0xFF, 0xFE, '<', 0)).isEqualTo(StandardCharsets.UTF_16);
    assertThat(charset(0xFE, 0xFF, 0x30, 0x42)).as("the mark without zero bytes").isEqualTo(StandardCharsets.UTF_16);
    assertThat(charset(0xFF, 0xFE, 0x42, 0x30)).as("the mark without zero bytes").isEqualTo(StandardCharsets.UTF_16);
    assertThat(charset(0xFE, 0xFF)).isEqualTo(StandardCharsets.UTF_16);
    assertThat(charset(0xFF, 0xFE)).isEqualTo(StandardCharsets.UTF_16);
    assertThat(charset(0, '<', 0, '?')).isEqualTo(StandardCharsets.UTF_16BE);
    assertThat(charset('<', 0, '?', 0)).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(charset('<', '?', 0, 'x')).isEqualTo(StandardCharsets.UTF_16BE);
    assertThat(charset('<', '?', 'x', 0)).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(charset("<?xml version=\"1.0\" encoding='Shift_JIS'?><a/>").name()).isEqualTo("Shift_JIS");
    assertThat(charset("<?xml version=\"1.0\" encoding = \"EUC-JP\" ?><a/>").name()).isEqualTo("EUC-JP");
    assertThat(charset("<?xml version=\"1.0\" encoding=\"windows-31j\"?><a encoding=\"UTF-8\"/>").name())
        .isEqualTo("windows-31j");
    // an encoding Java does not know, or none named, is malformed at the part's first byte
    for (String bad : new String[] {"X-NONE", ""}) {
      assertThatThrownBy(() -> charset("<?xml version=\"1.0\" encoding=\"" + bad + "\"?><a/>"))
          .isInstanceOfSatisfying(XlsxException.class, e -> {
            assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
            assertThat(e.location()).isEqualTo(new EntryLocation("f.xlsx", "xl/worksheets/sheet1.xml", 0));
            assertThat(e.problem().reason()).isEqualTo("the part's encoding '" + bad + "' is not one this reader knows");
          });
    }
  }

  private Path zip(String name, Map<String, String> entries) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return file;
  }

  @Test
  void anEntryIsFoundByItsNameWithOrWithoutTheLeadingSlashAndInAnyCase() throws IOException {
    // rule: part names are absolute (/xl/…) and compared without regard to case (ECMA-376 Part 2, §6.2.2.3)
    Path file = zip("e.zip", Map.of("xl/Worksheets/Sheet1.xml", "<a/>", "xl/styles.xml", "<b/>"));
    try (ZipFile z = new ZipFile(file.toFile())) {
      assertThat(WorkbookParts.entry(z, "/xl/styles.xml").getName()).isEqualTo("xl/styles.xml");
      assertThat(WorkbookParts.entry(z, "xl/styles.xml").getName()).isEqualTo("xl/styles.xml");
      assertThat(WorkbookParts.entry(z, "/xl/worksheets/sheet1.xml").getName()).isEqualTo("xl/Worksheets/Sheet1.xml");
      assertThat(WorkbookParts.entry(z, "/xl/worksheets/sheet2.xml")).isNull();
    }
  }

  @Test
  void theSharedStringsJoinRichTextRunsAndLeaveOutPhoneticRuns() throws IOException {
    // rule: each <si> is one string, its <t>s joined, <rPh> runs left out, CDATA and white space kept
    String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + CraftedWorkbook.NS + "\">"
        + "<si><t>市民課</t></si>"
        + "<si><r><t>太</t></r><r><t xml:space=\"preserve\"> 字 </t></r></si>"
        + "<si><t>し</t><rPh sb=\"0\" eb=\"1\"><t>シ</t></rPh><t>ま</t></si>"
        + "<si><t><![CDATA[a<b]]></t></si>"
        + "<si><t xml:space=\"preserve\">   </t></si>"
        + "<si/><si><t/></si></sst>";
    Path file = zip("s.zip", Map.of("xl/sharedStrings.xml", sst));
    try (ZipFile z = new ZipFile(file.toFile())) {
      assertThat(WorkbookParts.sharedStrings(z, "s.xlsx", "/xl/sharedStrings.xml"))
          .containsExactly("市民課", "太 字 ", "しま", "a<b", "   ", "", "");
      assertThat(WorkbookParts.sharedStrings(z, "s.xlsx", "/xl/none.xml")).isEmpty();
    }
  }

  /** A workbook whose parts are where a test says, named by its content types and relationships. */
  private Path workbookAt(String name, String workbookPart, String contentType, String target, String sheetPart,
      String sheetXml) throws IOException {
    String wbEntry = workbookPart.substring(1);
    int slash = wbEntry.lastIndexOf('/');
    String rels = wbEntry.substring(0, slash + 1) + "_rels/" + wbEntry.substring(slash + 1) + ".rels";
    Map<String, String> parts = new java.util.LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"" + workbookPart + "\" ContentType=\"" + contentType + "\"/>"
        + "<Override PartName=\"/" + sheetPart + "\" ContentType=\""
        + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
    parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
        + CraftedWorkbook.REL_NS + "/officeDocument\" Target=\"" + wbEntry + "\"/></Relationships>");
    parts.put(wbEntry, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + CraftedWorkbook.NS
        + "\" xmlns:r=\"" + CraftedWorkbook.REL_NS + "\"><sheets><sheet name=\"手続\" sheetId=\"1\" r:id=\"rId1\"/>"
        + "</sheets></workbook>");
    parts.put(rels, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\">"
        + (target == null ? "" : "<Relationship Id=\"rId1\" Type=\"" + CraftedWorkbook.REL_NS
            + "/worksheet\" Target=\"" + target + "\"/>") + "</Relationships>");
    if (sheetXml != null) {
      parts.put(sheetPart, sheetXml);
    }
    return zip(name, parts);
  }

  private static List<String> firstCells(Path file) {
    List<String> cells = new ArrayList<>();
    try (PipelinedSheet s = XlsxReader.create().openSheet(file)) {
      s.forEachRemaining(r -> cells.add(r.cell(1).text()));
    }
    return cells;
  }

  private static final String ONE_ROW = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>見つけた</t></is></c></row>");

  @Test
  void theWorkbookPartIsTheOneTheContentTypesNameMacroEnabledToo() throws IOException {
    // rule: the workbook's part is the one [Content_Types].xml names as a workbook (or a macro-enabled
    // one), wherever it is; the sheet's part is its relationship's target, relative to the workbook's
    // folder or absolute
    Path relative = workbookAt("relative.xlsx", "/book/main.xml", WorkbookParts.WORKBOOK_TYPE,
        "sheets/one.xml", "book/sheets/one.xml", ONE_ROW);
    assertThat(firstCells(relative)).containsExactly("見つけた");
    Path macro = workbookAt("macro.xlsm", "/book/main.xml", WorkbookParts.MACRO_WORKBOOK_TYPE,
        "/other/one.xml", "other/one.xml", ONE_ROW);
    assertThat(firstCells(macro)).containsExactly("見つけた");
  }

  @Test
  void aSheetWithoutARelationshipOrWithoutItsPartIsMalformed() throws IOException {
    // rule: a sheet the workbook's relationships do not name, or whose part is not in the archive, is
    // refused as malformed, located at the relationships' zip entry or at the missing part's (names without the
    // leading '/', as every refusal in the archive names its entry)
    Path noRelationship = workbookAt("norel.xlsx", "/xl/workbook.xml", WorkbookParts.WORKBOOK_TYPE, null,
        "xl/worksheets/sheet1.xml", ONE_ROW);
    assertThatThrownBy(() -> XlsxReader.create().open(noRelationship)).isInstanceOfSatisfying(XlsxException.class, e -> {
      assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
      assertThat(((EntryLocation) e.location()).entry()).isEqualTo("xl/_rels/workbook.xml.rels");
      assertThat(e.problem().reason()).contains("sheet '手続' has no part in the workbook's relationships (id 'rId1')");
    });
    Path noPart = workbookAt("nopart.xlsx", "/xl/workbook.xml", WorkbookParts.WORKBOOK_TYPE, "worksheets/gone.xml",
        "xl/worksheets/sheet1.xml", ONE_ROW);
    assertThatThrownBy(() -> XlsxReader.create().open(noPart)).isInstanceOfSatisfying(XlsxException.class, e -> {
      assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
      assertThat(((EntryLocation) e.location()).entry()).isEqualTo("xl/worksheets/gone.xml");
      assertThat(e.problem().reason()).contains("the part /xl/worksheets/gone.xml is not in the archive");
    });
  }

  private static List<String> records(Path file) {
    List<String> cells = new ArrayList<>();
    try (XlsxSource src = XlsxReader.create().open(file)) {
      while (src.next()) {
        cells.add(src.record().get(0));
      }
    }
    return cells;
  }

  @Test
  void aSheetPartInAnotherEncodingIsReadByTheEncodingItsDeclarationNames() throws IOException {
    // rule (WorkbookParts.open, utf8, charset): a sheet part whose declaration names an encoding other than UTF-8
    // (Windows-31J, as old tools write Japanese) is transcoded by that encoding, a UTF-16 part without a byte order
    // mark by its zero bytes; a part declared UTF-8 is read as it is inflated
    String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>市民課</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>ｶﾅ・①</t></is></c></row>";
    String body = "<worksheet xmlns=\"" + CraftedWorkbook.NS + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    Path sjis = new CraftedWorkbook().sheet("手続", sheetXml(""))
        .override("xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>" + body)
            .replace("Shift_JIS", "windows-31j").getBytes(java.nio.charset.Charset.forName("windows-31j")))
        .write(dir, "sjis.xlsx");
    assertThat(records(sjis)).containsExactly("市民課", "ｶﾅ・①");
    Path utf16be = new CraftedWorkbook().sheet("手続", sheetXml(""))
        .override("xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + body)
            .getBytes(StandardCharsets.UTF_16BE))
        .write(dir, "utf16be.xlsx");
    assertThat(records(utf16be)).containsExactly("市民課", "ｶﾅ・①");
    Path declared = new CraftedWorkbook().sheet("手続", "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + body)
        .write(dir, "utf8.xlsx");
    assertThat(firstCells(declared)).containsExactly("市民課", "ｶﾅ・①");
    // an encoding Java does not know is malformed, located at the sheet part's first byte
    Path unknown = new CraftedWorkbook().sheet("手続", sheetXml(""))
        .override("xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\" encoding=\"X-MUNICIPAL\"?>" + body)
            .getBytes(StandardCharsets.UTF_8))
        .write(dir, "unknown.xlsx");
    assertThatThrownBy(() -> records(unknown)).isInstanceOfSatisfying(XlsxException.class, e -> {
      assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
      assertThat(e.location()).isEqualTo(new EntryLocation("unknown.xlsx", "xl/worksheets/sheet1.xml", 0));
    });
  }

  @Test
  void theTranscodedSheetKeepsEveryCharacterWhereverTheReadsCutASurrogatePair() throws IOException {
    // rule (Utf8Stream): the UTF-8 bytes are those of the whole text, whatever the reads of the decoder give:
    // a surrogate pair cut between two reads is held back and encoded whole (4 bytes), a high surrogate left
    // alone at the end is encoded as '?', as String.getBytes encodes a lone surrogate
    String text = "𠮷a市😀".repeat(40) + "b😀";
    for (int chunk = 1; chunk <= 5; chunk++) {
      int max = chunk;
      java.io.Reader choppy = new java.io.StringReader(text) {
        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
          return super.read(cbuf, off, Math.min(len, max));
        }
      };
      try (WorkbookParts.Utf8Stream in = new WorkbookParts.Utf8Stream(choppy)) {
        assertThat(in.readAllBytes()).as("reads of %d chars", max).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(in.read()).isEqualTo(-1);
      }
    }
    try (WorkbookParts.Utf8Stream in = new WorkbookParts.Utf8Stream(new java.io.StringReader("市\uD83D"))) {
      assertThat(in.read()).as("a byte of 市 as 0-255").isEqualTo(0xE5);
      assertThat(in.readAllBytes()).isEqualTo(new byte[] {(byte) 0xB8, (byte) 0x82, '?'});
    }
    // a pair cut by the decoder's own buffer of 8,192 chars
    String cut = "a".repeat(8191) + "😀" + "z";
    try (WorkbookParts.Utf8Stream in = new WorkbookParts.Utf8Stream(new java.io.StringReader(cut))) {
      assertThat(in.readAllBytes()).isEqualTo(cut.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void prefixedElementsAreFoundByTheirLocalNameAndPrefixedAttributesAreNotTheirs() throws IOException {
    // rule (elements): content types and relationships are matched by their local name whatever their prefix
    // (<ct:Override>, <pr:Relationship>); an attribute of another namespace (x:Target, x:Id) is not the
    // element's own attribute of that name, before or after it
    Map<String, String> parts = new java.util.LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ct:Types xmlns:ct=\""
        + "http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<ct:Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<ct:Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<ct:Override PartName=\"/book/main.xml\" ContentType=\"" + WorkbookParts.WORKBOOK_TYPE + "\"/>"
        + "<ct:Override PartName=\"/book/strings.xml\" ContentType=\"" + WorkbookParts.STRINGS_TYPE_SML + "\"/>"
        + "</ct:Types>");
    parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
        + CraftedWorkbook.REL_NS + "/officeDocument\" Target=\"book/main.xml\"/></Relationships>");
    parts.put("book/main.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + CraftedWorkbook.NS
        + "\" xmlns:r=\"" + CraftedWorkbook.REL_NS + "\"><sheets><sheet name=\"手続\" sheetId=\"1\" r:id=\"rId1\"/>"
        + "</sheets></workbook>");
    parts.put("book/_rels/main.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><pr:Relationships xmlns:pr=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\" xmlns:x=\"urn:x\">"
        + "<pr:Relationship Id=\"rId1\" Type=\"" + CraftedWorkbook.REL_NS + "/worksheet\" Target=\"sheets/one.xml\""
        + " x:Target=\"wrong.xml\"/>"
        + "<pr:Relationship Id=\"rId9\" x:Id=\"rId1\" Type=\"" + CraftedWorkbook.REL_NS + "/worksheet\""
        + " Target=\"wrong.xml\"/></pr:Relationships>");
    parts.put("book/strings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><s:sst xmlns:s=\"" + CraftedWorkbook.NS
        + "\"><s:si><s:t>共有</s:t></s:si></s:sst>");
    parts.put("book/sheets/one.xml", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"));
    Path file = zip("prefixed.xlsx", parts);
    assertThat(firstCells(file)).containsExactly("共有");
  }

  @Test
  void textOutsideAStringsTIsNoPartOfIt() throws IOException {
    // rule (sharedStrings): only the text of a <t> inside an <si> is the string: a <t> outside any <si>, the
    // white space between runs and the text after a </t> are left out
    String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + CraftedWorkbook.NS + "\">"
        + "<t>stray</t>"
        + "<si><r><t>a</t>\n  </r>\n  <r><t>b</t>tail</r></si>"
        + "<si><t>c</t>after</si></sst>";
    Path file = zip("sst.zip", Map.of("xl/sharedStrings.xml", sst));
    try (ZipFile z = new ZipFile(file.toFile())) {
      assertThat(WorkbookParts.sharedStrings(z, "s.xlsx", "/xl/sharedStrings.xml")).containsExactly("ab", "c");
    }
  }

  @Test
  void malformedSharedStringsAreLocatedAtTheCharacterWhereTheParserStopped() throws IOException {
    // rule (sharedStrings): XML the parser cannot read is malformed, located at its entry and at the character
    // offset the parser reports (not -1). (The same rule of elements() is not reachable from open(): FastExcel's
    // reader refuses a malformed content types or relationships part first, as NOT_A_WORKBOOK.)
    String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst><si><t>a</si></sst>";
    Path file = zip("bad.zip", Map.of("xl/sharedStrings.xml", sst));
    try (ZipFile z = new ZipFile(file.toFile())) {
      assertThatThrownBy(() -> WorkbookParts.sharedStrings(z, "bad.xlsx", "/xl/sharedStrings.xml"))
          .isInstanceOfSatisfying(XlsxException.class, e -> {
            assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED);
            EntryLocation at = (EntryLocation) e.location();
            assertThat(at.entry()).isEqualTo("xl/sharedStrings.xml");
            assertThat(at.byteOffset()).as("within the part, after the declaration").isBetween(38L, (long) sst.length());
            assertThat(e.problem().reason()).startsWith("the shared strings cannot be read: ");
          });
    }
  }
}
