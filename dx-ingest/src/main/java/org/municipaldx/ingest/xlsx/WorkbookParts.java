package org.municipaldx.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Finds a sheet's part and the shared strings the way FastExcel's reader finds them (the content
 * types name the workbook and shared-strings parts, the workbook's relationships name each sheet's
 * part), reads the shared strings, and opens the sheet for the byte scanner ({@link XlsxSheet}).
 * The small parts are read with the JDK's StAX parser, DTDs and external entities off (a DTD was
 * refused before, by {@link ZipGuard}).
 */
final class WorkbookParts {
  private WorkbookParts() {}

  static final String WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  static final String MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
  static final String STRINGS_TYPE_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

  private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /**
   * {@return the sheet for the byte scanner: read as it is inflated when its part is UTF-8, else
   * transcoded to UTF-8 after the whole archive is checked}
   *
   * @throws XlsxException if a part is missing or malformed
   */
  static SheetRows open(Path file, String source, ReadableWorkbook wb, Sheet sheet, XlsxLimits limits,
      ZipGuard.Checked checked, int bufferBytes, int threads) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("workbook " + source + ": cannot read", e);
    }
    InputStream in = null;
    try {
      String workbook = null;
      String strings = null;
      for (Map<String, String> o : elements(zip, source, "[Content_Types].xml", "Override")) {
        String type = o.get("ContentType");
        if (WORKBOOK_TYPE.equals(type) || MACRO_WORKBOOK_TYPE.equals(type)) {
          workbook = o.get("PartName");
        } else if (STRINGS_TYPE_SML.equals(type)) {
          strings = o.get("PartName");
        }
      }
      if (workbook == null) {
        workbook = "/xl/workbook.xml";
      }
      int slash = workbook.lastIndexOf('/');
      String rels = workbook.substring(0, slash + 1) + "_rels/" + workbook.substring(slash + 1) + ".rels";
      String folder = workbook.substring(0, slash + 1);
      String target = null;
      for (Map<String, String> r : elements(zip, source, rels, "Relationship")) {
        if (sheet.getId() != null && sheet.getId().equals(r.get("Id"))) {
          String t = r.get("Target");
          target = t == null ? null : t.startsWith("/") ? t : folder + t;
        }
      }
      if (target == null) {
        throw XlsxException.at(source, entryName(rels), -1, XlsxRefusal.MALFORMED, "sheet '" + sheet.getName()
            + "' has no part in the workbook's relationships (id '" + sheet.getId() + "')", null);
      }
      ZipEntry part = entry(zip, target);
      if (part == null) {
        throw XlsxException.at(source, entryName(target), -1, XlsxRefusal.MALFORMED, "sheet '" + sheet.getName()
            + "': the part " + target + " is not in the archive", null);
      }
      byte[] first;
      // the encoding from the first bytes (sniffed, not parsed: the check of the part comes with its read)
      try (InputStream head = zip.getInputStream(part)) {
        first = head.readNBytes(512);
      } catch (java.util.zip.ZipException corrupt) {
        first = new byte[0]; // the check reports the corrupt entry
      }
      boolean utf8 = utf8(first);
      if (!utf8) {
        // the whole archive is checked before a sheet part in another encoding is parsed (it is not
        // checked byte by byte as it is transcoded)
        ZipGuard.checkRest(file, source, limits, checked);
      }
      String[] shared = strings == null ? new String[0] : sharedStrings(zip, source, strings);
      List<String> formats = wb.getFormats();
      Map<String, String> codes = wb.getNumFmtIdToFormat();
      boolean[] dates = new boolean[formats == null ? 0 : formats.size()];
      for (int i = 0; i < dates.length; i++) {
        String id = formats.get(i);
        String code = id == null || codes == null ? null : codes.get(id);
        Integer number = id == null ? null : Integer.valueOf(id);
        dates[i] = (number != null || code != null)
            && DateFormats.isDate(number == null ? null : number.toString(), code);
      }
      String name = sheet.getName();
      boolean date1904 = wb.isDate1904();
      if (!utf8) {
        in = new Utf8Stream(new java.io.InputStreamReader(zip.getInputStream(part), charset(source, part.getName(), first)));
        return new XlsxSheet(source, name, in, zip, shared, dates, date1904);
      }
      zip.close();
      SheetPipe pipe = new SheetPipe(file, source, limits, checked, part.getName(), Math.max(16, bufferBytes),
          threads > 1 ? threads : 0, b -> RowBatch.of(XlsxSheet.fragment(source, name, b.data, b.length, shared,
              dates, date1904), b.data));
      try {
        pipe.peek(); // the first block: a DTD in the part's prolog is refused by open()
      } catch (RuntimeException e) {
        pipe.close();
        throw e;
      }
      XlsxSheet scanner = new XlsxSheet(source, name, pipe, () -> { }, shared, dates, date1904);
      scanner.buffer(Math.min(bufferBytes, 1 << 18));
      return new PipelinedSheet(scanner, pipe, threads > 1);
    } catch (IOException | RuntimeException e) {
      try {
        if (in != null) {
          in.close();
        }
        zip.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof XlsxException x) {
        throw x;
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException("workbook " + source + ": cannot read", io);
      }
      throw XlsxException.at(source, "", -1, XlsxRefusal.MALFORMED,
          "the workbook cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the encoding of a part that is not UTF-8 ({@link #utf8}): UTF-16 by its byte order mark
   * or its zero bytes, else the one its declaration names}
   *
   * @throws XlsxException if the declared encoding is not one Java knows
   */
  static java.nio.charset.Charset charset(String source, String entry, byte[] head) {
    if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16; // the decoder reads the byte order mark (and leaves it out)
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16;
    }
    for (int i = 0; i < Math.min(head.length, 4); i++) {
      if (head[i] == 0) {
        return i % 2 == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      }
    }
    String start = new String(head, StandardCharsets.ISO_8859_1);
    int end = start.indexOf("?>");
    String d = end < 0 ? start : start.substring(0, end);
    String rest = d.substring(d.indexOf("encoding") + 8).replaceAll("^\\s*=\\s*", "");
    String name = rest.isEmpty() ? "" : rest.substring(1, Math.max(1, rest.indexOf(rest.charAt(0), 1)));
    try {
      return java.nio.charset.Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw XlsxException.at(source, entry, 0, XlsxRefusal.MALFORMED, "the part's encoding '" + name
          + "' is not one this reader knows", e);
    }
  }

  /**
   * The UTF-8 bytes of a part decoded from another encoding, for the byte scanner: FastExcel's reader
   * (which read such parts before) fills its shared-string table up to any index a cell names, so
   * {@code <v>1234567890</v>} in a UTF-16 sheet ran a 6 GB heap out of memory (issue 13).
   */
  static final class Utf8Stream extends InputStream {
    private final java.io.Reader in;
    private final char[] chars = new char[8192];
    private int kept; // a high surrogate held back for the next read
    private byte[] bytes = new byte[0];
    private int pos;

    Utf8Stream(java.io.Reader in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (pos == bytes.length) {
        int n = in.read(chars, kept, chars.length - kept);
        if (n < 0) {
          if (kept == 0) {
            return -1;
          }
          n = 0; // a high surrogate at the end: encoded as '?', as a lone surrogate is
        }
        int total = kept + n;
        int encode = total > 0 && n > 0 && Character.isHighSurrogate(chars[total - 1]) ? total - 1 : total;
        bytes = new String(chars, 0, encode).getBytes(StandardCharsets.UTF_8);
        pos = 0;
        kept = total - encode;
        if (kept > 0) {
          chars[0] = chars[total - 1];
        }
      }
      int k = Math.min(len, bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, k);
      pos += k;
      return k;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Whether the part's first bytes say UTF-8 (or ASCII): no UTF-16 byte order mark or zero bytes, no other declared encoding. */
  static boolean utf8(byte[] head) {
    if (head.length >= 2 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
        || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE)) {
      return false;
    }
    for (int i = 0; i < Math.min(head.length, 4); i++) {
      if (head[i] == 0) {
        return false;
      }
    }
    String start = new String(head, StandardCharsets.ISO_8859_1);
    int decl = start.indexOf("<?xml");
    if (decl < 0) {
      return true;
    }
    int end = start.indexOf("?>", decl);
    String d = end < 0 ? start.substring(decl) : start.substring(decl, end);
    int enc = d.indexOf("encoding");
    if (enc < 0) {
      return true;
    }
    String rest = d.substring(enc + 8).replaceAll("^\\s*=\\s*", "");
    if (rest.isEmpty()) {
      return false;
    }
    char q = rest.charAt(0);
    int close = rest.indexOf(q, 1);
    String name = close < 0 ? "" : rest.substring(1, close).toUpperCase(Locale.ROOT);
    return name.equals("UTF-8") || name.equals("UTF8") || name.equals("US-ASCII") || name.equals("ASCII");
  }

  /** {@return the zip entry's name of a part's name ({@code /xl/workbook.xml}: {@code xl/workbook.xml}), as locations give it} */
  static String entryName(String part) {
    return part.startsWith("/") ? part.substring(1) : part;
  }

  static ZipEntry entry(ZipFile zip, String name) {
    String n = entryName(name);
    ZipEntry e = zip.getEntry(n);
    if (e != null) {
      return e;
    }
    for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
      ZipEntry x = en.nextElement();
      if (x.getName().equalsIgnoreCase(n)) {
        return x;
      }
    }
    return null;
  }

  /** The attributes of every element of that local name in a small part (none if the part is absent). */
  private static List<Map<String, String>> elements(ZipFile zip, String source, String partName, String element)
      throws IOException {
    List<Map<String, String>> found = new ArrayList<>();
    ZipEntry e = entry(zip, partName);
    if (e == null) {
      return found;
    }
    try (InputStream in = zip.getInputStream(e)) {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && element.equals(r.getLocalName())) {
            Map<String, String> a = new HashMap<>();
            for (int i = 0; i < r.getAttributeCount(); i++) {
              if (r.getAttributePrefix(i) == null || r.getAttributePrefix(i).isEmpty()) {
                a.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
              }
            }
            found.add(a);
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException x) {
      throw XlsxException.at(source, e.getName(), x.getLocation() == null ? -1 : x.getLocation().getCharacterOffset(),
          XlsxRefusal.MALFORMED, "the part cannot be read: " + x.getMessage(), x);
    }
    return found;
  }

  /**
   * The shared strings: each {@code <si>}'s text, its {@code <t>}s joined (rich-text runs), phonetic
   * runs ({@code <rPh>}) left out, as FastExcel's reader read them.
   */
  static String[] sharedStrings(ZipFile zip, String source, String partName) throws IOException {
    ZipEntry e = entry(zip, partName);
    if (e == null) {
      return new String[0];
    }
    List<String> out = new ArrayList<>();
    try (InputStream in = zip.getInputStream(e)) {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      try {
        StringBuilder sb = new StringBuilder();
        int phonetic = 0;
        boolean inSi = false;
        boolean inT = false;
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            String n = r.getLocalName();
            if (n.equals("si")) {
              inSi = true;
              sb.setLength(0);
            } else if (n.equals("rPh")) {
              phonetic++;
            } else if (n.equals("t")) {
              inT = inSi && phonetic == 0;
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT) {
            String n = r.getLocalName();
            if (n.equals("si")) {
              inSi = false;
              out.add(sb.toString());
            } else if (n.equals("rPh")) {
              phonetic--;
            } else if (n.equals("t")) {
              inT = false;
            }
          } else if (inT && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
              || ev == XMLStreamConstants.SPACE)) {
            sb.append(r.getText());
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException x) {
      throw XlsxException.at(source, e.getName(), x.getLocation() == null ? -1 : x.getLocation().getCharacterOffset(),
          XlsxRefusal.MALFORMED, "the shared strings cannot be read: " + x.getMessage(), x);
    }
    return out.toArray(new String[0]);
  }
}
