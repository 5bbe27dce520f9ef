package org.municipaldx.ingest.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small workbooks byte by byte with java.util.zip, so tests control every part: the
 * minimal parts Excel needs, plus whatever a test puts in (a DTD, a bomb, a lie).
 */
final class CraftedWorkbook {
  static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final List<String[]> sheets = new ArrayList<>(); // name, state, xml
  private String sharedStrings;
  private String styles;
  private final Map<String, byte[]> extra = new LinkedHashMap<>();
  private final Map<String, byte[]> overrides = new LinkedHashMap<>();

  static String sheetXml(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + NS
        + "\" xmlns:r=\"" + REL_NS + "\"><sheetData>" + rows + "</sheetData></worksheet>";
  }

  CraftedWorkbook sheet(String name, String xml) {
    sheets.add(new String[] {name, "", xml});
    return this;
  }

  CraftedWorkbook hiddenSheet(String name, String xml) {
    sheets.add(new String[] {name, "hidden", xml});
    return this;
  }

  CraftedWorkbook sharedStrings(String... strings) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + NS
        + "\" count=\"" + strings.length + "\" uniqueCount=\"" + strings.length + "\">");
    for (String s : strings) {
      sb.append("<si><t>").append(s).append("</t></si>");
    }
    sharedStrings = sb.append("</sst>").toString();
    return this;
  }

  /** Shared strings given as the XML inside each {@code <si>} (plain text is put in a {@code <t>}). */
  CraftedWorkbook sharedStringsXml(String... items) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + NS
        + "\" count=\"" + items.length + "\" uniqueCount=\"" + items.length + "\">");
    for (String s : items) {
      sb.append("<si>").append(s.startsWith("<") ? s : "<t>" + s + "</t>").append("</si>");
    }
    sharedStrings = sb.append("</sst>").toString();
    return this;
  }

  /** Styles whose cellXfs are the given numFmtIds (style index = position); custom formats 164+. */
  CraftedWorkbook styles(String customFormat, int... numFmtIds) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
        + NS + "\">");
    if (customFormat != null) {
      sb.append("<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"").append(customFormat)
          .append("\"/></numFmts>");
    }
    sb.append("<cellXfs count=\"").append(numFmtIds.length).append("\">");
    for (int id : numFmtIds) {
      sb.append("<xf numFmtId=\"").append(id).append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>");
    }
    styles = sb.append("</cellXfs></styleSheet>").toString();
    return this;
  }

  /** Adds an entry as is (e.g. a bomb), deflated. */
  CraftedWorkbook entry(String name, byte[] content) {
    extra.put(name, content);
    return this;
  }

  /** Replaces a standard part's bytes (e.g. the sheet in UTF-16). */
  CraftedWorkbook override(String name, byte[] content) {
    overrides.put(name, content);
    return this;
  }

  byte[] bytes() throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
    StringBuilder wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + NS
        + "\" xmlns:r=\"" + REL_NS + "\"><sheets>");
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 0; i < sheets.size(); i++) {
      String[] s = sheets.get(i);
      int n = i + 1;
      types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      wb.append("<sheet name=\"").append(s[0]).append("\" sheetId=\"").append(n).append('"')
          .append(s[1].isEmpty() ? "" : " state=\"" + s[1] + "\"").append(" r:id=\"rId").append(n).append("\"/>");
      rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet")
          .append(n).append(".xml\"/>");
      parts.put("xl/worksheets/sheet" + n + ".xml", s[2].getBytes(StandardCharsets.UTF_8));
    }
    if (sharedStrings != null) {
      types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
      rels.append("<Relationship Id=\"rIdS\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      parts.put("xl/sharedStrings.xml", sharedStrings.getBytes(StandardCharsets.UTF_8));
    }
    if (styles != null) {
      types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
      rels.append("<Relationship Id=\"rIdT\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>");
      parts.put("xl/styles.xml", styles.getBytes(StandardCharsets.UTF_8));
    }
    parts.put("[Content_Types].xml", types.append("</Types>").toString().getBytes(StandardCharsets.UTF_8));
    parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
        + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
    parts.put("xl/workbook.xml", wb.append("</sheets></workbook>").toString().getBytes(StandardCharsets.UTF_8));
    parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8));
    parts.putAll(overrides);
    parts.putAll(extra);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  Path write(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes());
    return file;
  }

  /** n bytes of one repeated character: compresses about a thousand times. */
  static byte[] repeated(char c, int n) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) c);
    return b;
  }

  /**
   * Rewrites the uncompressed size that the central directory declares for an entry, so the
   * archive lies about how far the entry expands (as zip bombs do).
   */
  static byte[] lieAboutSize(byte[] zip, String entry, int declared) {
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    for (int i = zip.length - 46; i >= 0; i--) {
      if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 1 && zip[i + 3] == 2) {
        int nameLength = (zip[i + 28] & 0xff) | (zip[i + 29] & 0xff) << 8;
        if (nameLength == name.length
            && java.util.Arrays.equals(zip, i + 46, i + 46 + nameLength, name, 0, nameLength)) {
          byte[] out = zip.clone();
          for (int k = 0; k < 4; k++) {
            out[i + 24 + k] = (byte) (declared >>> (8 * k));
          }
          return out;
        }
      }
    }
    throw new IllegalArgumentException("no central directory record for " + entry);
  }
}
