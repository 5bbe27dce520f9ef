package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.EntryLocation;

/**
 * The zip check's rules at their exact edges (issue 13 part 4, {@code ZipGuard} survivors): a limit is the most
 * allowed, so an archive exactly at it passes and one byte or entry more is refused, located; the prolog scanner
 * finds a DTD's {@code <} at the same offset however the part is cut into buffers, lets processing instructions,
 * comments and UTF-16's zero bytes pass, and stops at the root element.
 */
class ZipGuardTest {
  @TempDir
  Path dir;

  private static final long NO_LIMIT = 1L << 40;

  /** Random letters barely compress: only the size limits apply to them, never the ratio. */
  private static byte[] noise(int n) {
    byte[] b = new byte[n];
    java.util.SplittableRandom r = new java.util.SplittableRandom(11);
    for (int i = 0; i < n; i++) {
      b[i] = (byte) ('a' + r.nextInt(26));
    }
    return b;
  }

  private static EntryLocation entry(XlsxException e) {
    return (EntryLocation) e.location();
  }

  private record Sizes(int entries, long total) {}

  private static Sizes sizes(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      long total = 0;
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
        total += en.nextElement().getSize();
      }
      return new Sizes(zip.size(), total);
    }
  }

  @Test
  void anArchiveExactlyAtEachLimitPassesAndOneMoreIsRefusedWhereItIs() throws IOException {
    byte[] media = noise(150_000);
    Path file = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml("")).entry("xl/media/a.bin", media)
        .write(dir, "edge.xlsx");
    Sizes s = sizes(file);

    // the most entries
    ZipGuard.check(file, "edge.xlsx", XlsxLimits.of(s.entries(), NO_LIMIT, NO_LIMIT, 100));
    assertThatThrownBy(() -> ZipGuard.check(file, "edge.xlsx", XlsxLimits.of(s.entries() - 1, NO_LIMIT, NO_LIMIT, 100)))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.TOO_MANY_ENTRIES);
          assertThat(e.problem().reason()).contains(s.entries() + " entries", "at most " + (s.entries() - 1));
        });

    // the most bytes one entry expands to: the media is the largest entry
    ZipGuard.check(file, "edge.xlsx", XlsxLimits.of(100, media.length, NO_LIMIT, 100));
    assertThatThrownBy(() -> ZipGuard.check(file, "edge.xlsx", XlsxLimits.of(100, media.length - 1, NO_LIMIT, 100)))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.ENTRY_TOO_LARGE);
          assertThat(entry(e).entry()).isEqualTo("xl/media/a.bin");
          assertThat(entry(e).byteOffset()).isEqualTo(media.length - 1);
          assertThat(e.problem().reason()).contains("beyond " + (media.length - 1) + " bytes");
        });

    // the most bytes all entries expand to: the media is the last entry, so it breaks the total
    ZipGuard.check(file, "edge.xlsx", XlsxLimits.of(100, media.length, s.total(), 100));
    assertThatThrownBy(() -> ZipGuard.check(file, "edge.xlsx", XlsxLimits.of(100, media.length, s.total() - 1, 100)))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.TOTAL_TOO_LARGE);
          assertThat(entry(e).entry()).isEqualTo("xl/media/a.bin");
          assertThat(entry(e).byteOffset()).isEqualTo(media.length);
          assertThat(e.problem().reason()).contains("more than " + (s.total() - 1) + " bytes in all");
        });
  }

  /** A zip of one stored-deflated entry, named so the DTD check does not look at it. */
  private Path oneEntry(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    try (java.io.OutputStream os = java.nio.file.Files.newOutputStream(file);
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(os)) {
      z.putNextEntry(new ZipEntry("xl/media/a.bin"));
      z.write(content);
      z.closeEntry();
    }
    return file;
  }

  private static long compressedSize(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry("xl/media/a.bin").getCompressedSize();
    }
  }

  private static void ratioRefused(Path file, int ratio) {
    assertThatThrownBy(() -> ZipGuard.check(file, "ratio.xlsx", XlsxLimits.of(10, NO_LIMIT, NO_LIMIT, ratio)))
        .as("ratio %d", ratio)
        .isInstanceOfSatisfying(XlsxException.class, e -> assertThat(e.rule()).isEqualTo(XlsxRefusal.COMPRESSION_RATIO));
  }

  @Test
  void theRatioIsCheckedOnlyBeyondTheGraceAndRefusesExactlyMoreThanRatioTimesTheCompressedSize() throws IOException {
    // rule (ZipGuard.Inflation, XlsxLimits.RATIO_GRACE_BYTES): an entry of at most RATIO_GRACE_BYTES expanded bytes
    // is never refused by its ratio; beyond it, an entry is refused when it expands to more than maxRatio times
    // its compressed size: n = c × ratio passes, n = c × ratio + 1 is refused
    int grace = (int) XlsxLimits.RATIO_GRACE_BYTES;
    Path atGrace = oneEntry("grace.zip", CraftedWorkbook.repeated('a', grace));
    ZipGuard.check(atGrace, "ratio.xlsx", XlsxLimits.of(10, NO_LIMIT, NO_LIMIT, 1));
    ratioRefused(oneEntry("grace1.zip", CraftedWorkbook.repeated('a', grace + 1)), 1);
    // an entry whose size is a multiple of its compressed size: at ratio n / c it is exactly at the limit
    for (int n = 120_000;; n++) {
      Path file = oneEntry("exact.zip", CraftedWorkbook.repeated('a', n));
      long c = compressedSize(file);
      if (n % c != 0) {
        continue;
      }
      int ratio = (int) (n / c);
      ZipGuard.check(file, "ratio.xlsx", XlsxLimits.of(10, NO_LIMIT, NO_LIMIT, ratio));
      ratioRefused(file, ratio - 1);
      Path plusOne = oneEntry("exact1.zip", CraftedWorkbook.repeated('a', n + 1));
      if (compressedSize(plusOne) == c) {
        ratioRefused(plusOne, ratio);
        break;
      }
    }
  }

  @Test
  void theTotalCountsTheEntriesLeftToTheSheetReadWithTheOthers() throws IOException {
    byte[] media = noise(50_000);
    // a sheet part of more than one 64 KiB read buffer: the check reads the deferred entry to its end
    StringBuilder rows = new StringBuilder();
    for (int r = 1; rows.length() < 200_000; r++) {
      rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c></row>");
    }
    Path file = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml(rows.toString()))
        .entry("xl/media/a.bin", media).write(dir, "deferred.xlsx");
    Sizes s = sizes(file);
    ZipGuard.Checked checked = ZipGuard.check(file, "deferred.xlsx", XlsxLimits.of(100, NO_LIMIT, NO_LIMIT, 100),
        ZipGuard::isWorksheet);
    assertThat(checked.deferred).containsExactly("xl/worksheets/sheet1.xml");
    long sheetBytes;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      sheetBytes = zip.getEntry("xl/worksheets/sheet1.xml").getSize();
    }
    assertThat(checked.total).isEqualTo(s.total() - sheetBytes);
    ZipGuard.checkRest(file, "deferred.xlsx", XlsxLimits.of(100, NO_LIMIT, NO_LIMIT, 100), checked);
    assertThat(checked.total).isEqualTo(s.total());

    // the deferred sheet is what breaks a total one byte short
    XlsxLimits short1 = XlsxLimits.of(100, sheetBytes, s.total() - 1, 100);
    ZipGuard.Checked again = ZipGuard.check(file, "deferred.xlsx", short1, ZipGuard::isWorksheet);
    assertThatThrownBy(() -> ZipGuard.checkRest(file, "deferred.xlsx", short1,
        again)).isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.TOTAL_TOO_LARGE);
          assertThat(entry(e).entry()).isEqualTo("xl/worksheets/sheet1.xml");
          assertThat(entry(e).byteOffset()).isEqualTo(sheetBytes);
        });
  }

  @Test
  void aDtdIsRefusedInRelationshipPartsAndAtAPartsFirstByteButNotLookedForInMedia() throws IOException {
    String doctype = "<!DOCTYPE r [<!ENTITY e \"x\">]><Relationships/>";
    Path rels = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml(""))
        .override("_rels/.rels", doctype.getBytes(StandardCharsets.UTF_8)).write(dir, "rels.xlsx");
    assertThatThrownBy(() -> ZipGuard.check(rels, "rels.xlsx", XlsxLimits.defaults()))
        .isInstanceOfSatisfying(XlsxException.class, e -> {
          assertThat(e.rule()).isEqualTo(XlsxRefusal.DTD);
          assertThat(entry(e).entry()).isEqualTo("_rels/.rels");
          assertThat(entry(e).byteOffset()).isZero();
        });
    // a picture or any part that is not XML is not parsed as XML: its bytes are never a DTD
    Path media = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml(""))
        .entry("xl/media/image1.bin", doctype.getBytes(StandardCharsets.UTF_8)).write(dir, "media.xlsx");
    assertThat(ZipGuard.check(media, "media.xlsx", XlsxLimits.defaults())).isFalse();
  }

  @Test
  void aWorksheetPartIsAnXmlPartUnderXlWorksheetsInAnyCase() {
    assertThat(ZipGuard.isWorksheet("xl/worksheets/sheet1.xml")).isTrue();
    assertThat(ZipGuard.isWorksheet("XL/Worksheets/Sheet1.XML")).isTrue();
    assertThat(ZipGuard.isWorksheet("xl/worksheets/_rels/sheet1.xml.rels")).isFalse();
    assertThat(ZipGuard.isWorksheet("xl/sharedStrings.xml")).isFalse();
    assertThat(ZipGuard.isWorksheet("xl/worksheetsX.xml")).isFalse();
  }

  @Test
  void theStylesPartIsFoundWhenDeclaredInUtf8OrUtf16() throws IOException {
    Path without = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml("")).write(dir, "plain.xlsx");
    assertThat(ZipGuard.check(without, "plain.xlsx", XlsxLimits.defaults())).isFalse();
    Path with = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml("")).styles("yyyy/m/d", 0, 14)
        .write(dir, "styles.xlsx");
    assertThat(ZipGuard.check(with, "styles.xlsx", XlsxLimits.defaults())).isTrue();
    String types = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><Types><Override PartName=\"/xl/styles.xml\" ContentType=\""
        + ZipGuard.STYLES_TYPE + "\"/></Types>";
    for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      Path utf16 = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml(""))
          .override("[Content_Types].xml", types.getBytes(cs)).write(dir, "styles16" + cs.name() + ".xlsx");
      assertThat(ZipGuard.check(utf16, "s.xlsx", XlsxLimits.defaults())).as(cs.name()).isTrue();
    }
  }

  /** Feeds the part in two buffers cut at {@code cut}, as the inflater may hand it over. */
  private static long scan(byte[] part, int cut) {
    ZipGuard.Prolog p = new ZipGuard.Prolog();
    long at = p.feed(part, 0, cut, 0);
    return at >= 0 ? at : p.feed(part, cut, part.length - cut, cut);
  }

  private static void refusedAt(String xml, String declaration) {
    byte[] part = xml.getBytes(StandardCharsets.UTF_8);
    long expected = xml.substring(0, xml.indexOf(declaration)).getBytes(StandardCharsets.UTF_8).length;
    for (int cut = 0; cut <= part.length; cut++) {
      assertThat(scan(part, cut)).as("%s cut at %d", xml, cut).isEqualTo(expected);
    }
  }

  private static void passes(String xml) {
    byte[] part = xml.getBytes(StandardCharsets.UTF_8);
    for (int cut = 0; cut <= part.length; cut++) {
      assertThat(scan(part, cut)).as("%s cut at %d", xml, cut).isEqualTo(-1);
    }
  }

  @Test
  void aDeclarationIsFoundAtItsOffsetWhereverTheBuffersAreCut() {
    refusedAt("<?xml version=\"1.0\"?>\n<!DOCTYPE w><w/>", "<!DOCTYPE");
    refusedAt("<?xml version=\"1.0\"?><?pi a ?? b?x??><!ENTITY e \"x\"><w/>", "<!ENTITY");
    refusedAt("<!-- a - b -- c --><!---- d ---><!-x><w/>", "<!-x");
    refusedAt("<!-- 市民課 > --> <![CDATA[x]]><w/>", "<![CDATA");
    refusedAt("<!DOCTYPE w>", "<!DOCTYPE");
    // a processing instruction ends at the first ?> even after other question marks; an empty comment at -->
    refusedAt("<?a ??><!DOCTYPE w><w/>", "<!DOCTYPE");
    refusedAt("<!----><!DOCTYPE w><w/>", "<!DOCTYPE");
  }

  @Test
  void instructionsCommentsAndWhiteSpaceBeforeTheRootPassAndTheRootEndsTheProlog() {
    passes("<?xml version=\"1.0\"?>\r\n<?mso-application progid=\"Excel.Sheet\"?><!-- <!DOCTYPE x> --><w/>");
    passes("<?a ?? > <!DOCTYPE ??><!-- -- > <!DOCTYPE -- --><w><!DOCTYPE after the root is not the prolog's>");
    ZipGuard.Prolog p = new ZipGuard.Prolog();
    byte[] part = "<?xml?><w>".getBytes(StandardCharsets.US_ASCII);
    assertThat(p.feed(part, part.length, 100)).isEqualTo(-1);
    assertThat(p.done).as("the root element ends the prolog").isTrue();
    ZipGuard.Prolog open = new ZipGuard.Prolog();
    assertThat(open.feed(part, 7, 100)).isEqualTo(-1);
    assertThat(open.done).as("still in the prolog").isFalse();
  }

  @Test
  void utf16ZeroBytesAreSkippedAndTheOffsetCountsEveryByte() {
    String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!-- c --><!DOCTYPE w><w/>";
    for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      byte[] part = xml.getBytes(cs);
      long lt = 2L * xml.indexOf("<!DOCTYPE") + (cs == StandardCharsets.UTF_16BE ? 1 : 0);
      for (int cut = 0; cut <= part.length; cut += 7) {
        assertThat(scan(part, cut)).as("%s cut at %d", cs, cut).isEqualTo(lt);
      }
    }
  }
}
