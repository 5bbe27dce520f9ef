package org.municipaldx.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a workbook's zip archive before any of its XML is parsed: entry count, expanded size per
 * entry and in all, compression ratio ({@link XlsxLimits}), and no DTD in any XML part.
 *
 * <p>Every entry is inflated once here, its bytes counted as they leave the inflater, so sizes the
 * archive declares (which a zip bomb falsifies) are never trusted; the inflater cannot read more
 * than the compressed size of the central directory, so the ratio is computed against the bytes
 * actually consumed. Measured on the 1,048,576-row benchmark workbook (33 MB, expanding to 232 MB):
 * this pass takes about 0.25 s against about 2 s for FastExcel's parse of the sheet, the price of
 * checking before parsing (FastExcel opens the archive itself through commons-compress and offers
 * no hook to count what it inflates).
 *
 * <p>DTDs: a workbook written by Excel, LibreOffice or any Office Open XML writer has none, and a
 * DTD in a file from outside can only serve an attack (external entities, XXE; entity expansion),
 * so any markup declaration ({@code <!DOCTYPE}, or any {@code <!} that is not a comment) before the
 * root element of a part ending in {@code .xml} or {@code .rels} is refused. FastExcel's parser
 * (Aalto) is also configured by FastExcel with DTD support and external entities off; this check
 * does not depend on that. Parts in UTF-16 are scanned too (their zero bytes are skipped).
 */
final class ZipGuard {
  private ZipGuard() {}

  /** The content type by which a workbook names its styles part (ECMA-376 Part 1, §12.3.20). */
  static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

  /**
   * {@return whether the workbook declares a styles part in {@code [Content_Types].xml} (FastExcel
   * reads number formats only from a declared one, and fails without it)}
   *
   * @throws XlsxException if the workbook is refused
   */
  static boolean check(Path file, String source, XlsxLimits limits) {
    return check(file, source, limits, (java.util.function.Predicate<String>) null).styles;
  }

  /** What {@link #check(Path, String, XlsxLimits, java.util.function.Predicate)} found. */
  static final class Checked {
    /** Whether the workbook declares a styles part. */
    boolean styles;
    /** The bytes the checked entries expand to, in all. */
    long total;
    /** The entries left to check, in archive order. */
    final java.util.List<String> deferred = new java.util.ArrayList<>();
  }

  /** {@return whether the entry is a worksheet part, whose check may be left to the read that inflates it} */
  static boolean isWorksheet(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("xl/worksheets/") && lower.endsWith(".xml");
  }

  /**
   * As {@link #check(Path, String, XlsxLimits)}, leaving the entries that {@code defer} names to
   * {@link Inflation}s made later (the sheet read inflates its part once, checking each byte before
   * it is parsed, and the other deferred entries after it, before any result is given).
   */
  static Checked check(Path file, String source, XlsxLimits limits, java.util.function.Predicate<String> defer) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw XlsxException.at(source, "", -1, XlsxRefusal.NOT_A_WORKBOOK,
          "not a zip archive, as every .xlsx workbook is (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("workbook " + source + ": cannot read", e);
    }
    try (zip) {
      if (zip.size() > limits.maxEntries()) {
        throw XlsxException.at(source, "", -1, XlsxRefusal.TOO_MANY_ENTRIES, "the archive has "
            + zip.size() + " entries; at most " + limits.maxEntries() + " are allowed (" + limits + ")", null);
      }
      byte[] buffer = new byte[64 * 1024];
      Checked checked = new Checked();
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
        ZipEntry entry = en.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        if (entry.getName().equals("[Content_Types].xml")) {
          checked.styles |= declaresStyles(zip, entry, limits);
        }
        if (defer != null && defer.test(entry.getName())) {
          checked.deferred.add(entry.getName());
          continue;
        }
        try (Inflation in = new Inflation(zip, entry, source, limits, checked.total)) {
          while (in.read(buffer, 0, buffer.length) > 0) {
            // counted and checked by the inflation
          }
          checked.total = in.total();
        }
      }
      return checked;
    } catch (IOException e) {
      throw new UncheckedIOException("workbook " + source + ": cannot read", e);
    }
  }

  /**
   * Checks the entries {@code checked} left, in archive order, except {@code skip} (null: none).
   *
   * @throws XlsxException if one is refused
   */
  static void checkRest(ZipFile zip, String source, XlsxLimits limits, Checked checked, String skip, byte[] buffer)
      throws IOException {
    for (String name : checked.deferred) {
      if (name.equals(skip)) {
        continue;
      }
      ZipEntry entry = zip.getEntry(name);
      try (Inflation in = new Inflation(zip, entry, source, limits, checked.total)) {
        while (in.read(buffer, 0, buffer.length) > 0) {
          // counted and checked by the inflation
        }
        checked.total = in.total();
      }
    }
  }

  /** As {@link #checkRest(ZipFile, String, XlsxLimits, Checked, String, byte[])}, every entry left, the file opened here. */
  static void checkRest(Path file, String source, XlsxLimits limits, Checked checked) {
    if (checked.deferred.isEmpty()) {
      return;
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      checkRest(zip, source, limits, checked, null, new byte[64 * 1024]);
    } catch (IOException e) {
      throw new UncheckedIOException("workbook " + source + ": cannot read", e);
    }
  }

  private static boolean declaresStyles(ZipFile zip, ZipEntry entry, XlsxLimits limits) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      // read no more than the limits allow: inflate() below checks this entry fully
      byte[] head = in.readNBytes((int) Math.min(1 << 20, limits.maxEntryBytes()));
      return new String(head, java.nio.charset.StandardCharsets.UTF_8).contains(STYLES_TYPE)
          || new String(head, java.nio.charset.StandardCharsets.UTF_16LE).contains(STYLES_TYPE)
          || new String(head, java.nio.charset.StandardCharsets.UTF_16BE).contains(STYLES_TYPE);
    } catch (ZipException e) {
      return false; // inflate() reports the corrupt entry
    }
  }

  /**
   * One entry inflated with every check applied to its bytes as they leave the inflater (expanded
   * size of the entry and in all, compression ratio, no DTD in the prolog of an XML part): a byte
   * that {@link #read} returns has passed them.
   */
  static final class Inflation implements java.io.Closeable {
    private final String source;
    private final String name;
    private final XlsxLimits limits;
    private final InputStream in;
    private final Prolog prolog;
    private final long compressed;
    private long count;
    private long total;

    Inflation(ZipFile zip, ZipEntry entry, String source, XlsxLimits limits, long totalBefore) throws IOException {
      this.source = source;
      this.name = entry.getName();
      this.limits = limits;
      String lower = name.toLowerCase(Locale.ROOT);
      this.prolog = lower.endsWith(".xml") || lower.endsWith(".rels") ? new Prolog() : null;
      this.compressed = Math.max(1, entry.getCompressedSize());
      this.total = totalBefore;
      try {
        this.in = zip.getInputStream(entry);
      } catch (ZipException e) {
        throw XlsxException.at(source, name, 0, XlsxRefusal.NOT_A_WORKBOOK,
            "the entry is corrupt (" + e.getMessage() + ")", e);
      }
    }

    /** {@return the bytes expanded so far, this entry's and the entries' before it} */
    long total() {
      return total;
    }

    /**
     * Inflates up to {@code len} bytes into {@code b} at {@code off}, checked.
     *
     * @return how many, or -1 at the end of the entry
     * @throws XlsxException if the bytes break a limit or declare a DTD
     */
    int read(byte[] b, int off, int len) throws IOException {
      int k;
      try {
        k = in.read(b, off, len);
      } catch (ZipException e) {
        throw XlsxException.at(source, name, count, XlsxRefusal.NOT_A_WORKBOOK,
            "the entry is corrupt (" + e.getMessage() + ")", e);
      }
      if (k <= 0) {
        return k;
      }
      if (prolog != null && !prolog.done) {
        long at = prolog.feed(b, off, k, count);
        if (at >= 0) {
          throw XlsxException.at(source, name, at, XlsxRefusal.DTD,
              "the XML part declares a DTD (<!DOCTYPE or another <! declaration); a workbook never"
                  + " needs one and it could make the parser fetch or expand entities, so the"
                  + " workbook is refused", null);
        }
      }
      count += k;
      total += k;
      if (count > limits.maxEntryBytes()) {
        throw XlsxException.at(source, name, limits.maxEntryBytes(), XlsxRefusal.ENTRY_TOO_LARGE,
            "the entry expands beyond " + limits.maxEntryBytes() + " bytes (" + limits + ")", null);
      }
      if (total > limits.maxTotalBytes()) {
        throw XlsxException.at(source, name, count, XlsxRefusal.TOTAL_TOO_LARGE,
            "the entries expand to more than " + limits.maxTotalBytes() + " bytes in all (" + limits + ")",
            null);
      }
      // (count - 1) / ratio ≥ compressed ⟺ count > compressed × ratio, without overflow
      if (count > XlsxLimits.RATIO_GRACE_BYTES && (count - 1) / limits.maxRatio() >= compressed) {
        throw XlsxException.at(source, name, count, XlsxRefusal.COMPRESSION_RATIO,
            "the entry expands more than " + limits.maxRatio() + " times its " + compressed
                + " compressed bytes (" + count + " bytes so far): a zip bomb (" + limits + ")", null);
      }
      return k;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * Scans the XML prolog (before the root element) byte by byte across buffers: XML declaration,
   * processing instructions, comments and white space pass; any other {@code <!} is a DTD.
   */
  static final class Prolog {
    private static final int OUT = 0;
    private static final int LT = 1;
    private static final int PI = 2;
    private static final int PI_Q = 3;
    private static final int BANG = 4;
    private static final int BANG_DASH = 5;
    private static final int COMMENT = 6;
    private static final int COMMENT_D1 = 7;
    private static final int COMMENT_D2 = 8;

    boolean done;
    private int state = OUT;
    private long markupStart = -1;

    /**
     * {@return the offset of a forbidden declaration's {@code <}, or -1}
     *
     * @param b  the bytes, the first {@code n} of which are read
     * @param n  how many bytes
     * @param offset  the offset in the entry of {@code b[0]}
     */
    long feed(byte[] b, int n, long offset) {
      return feed(b, 0, n, offset);
    }

    /**
     * {@return the offset of a forbidden declaration's {@code <}, or -1}
     *
     * @param b  the bytes, those from {@code from} on, {@code n} of them, are read
     * @param from  where to start in {@code b}
     * @param n  how many bytes
     * @param offset  the offset in the entry of {@code b[from]}
     */
    long feed(byte[] b, int from, int n, long offset) {
      for (int j = 0; j < n && !done; j++) {
        int i = j;
        int c = b[from + j] & 0xff;
        if (c == 0) {
          continue; // UTF-16: the ASCII markup characters have a zero byte beside them
        }
        switch (state) {
          case OUT -> {
            if (c == '<') {
              state = LT;
              markupStart = offset + i;
            }
          }
          case LT -> {
            if (c == '?') {
              state = PI;
            } else if (c == '!') {
              state = BANG;
            } else {
              done = true; // the root element: the prolog is over
            }
          }
          case PI -> state = c == '?' ? PI_Q : PI;
          case PI_Q -> state = c == '>' ? OUT : c == '?' ? PI_Q : PI;
          case BANG -> {
            if (c != '-') {
              return markupStart;
            }
            state = BANG_DASH;
          }
          case BANG_DASH -> {
            if (c != '-') {
              return markupStart;
            }
            state = COMMENT;
          }
          case COMMENT -> state = c == '-' ? COMMENT_D1 : COMMENT;
          case COMMENT_D1 -> state = c == '-' ? COMMENT_D2 : COMMENT;
          case COMMENT_D2 -> state = c == '>' ? OUT : c == '-' ? COMMENT_D2 : COMMENT;
          default -> throw new IllegalStateException("state " + state);
        }
      }
      return -1;
    }
  }
}
