package org.municipaldx.ingest.xlsx;

import org.municipaldx.core.InvalidValueException;

/**
 * How much a workbook may expand when it is unzipped: the defence against zip bombs.
 *
 * <p>A workbook is a zip archive of XML parts from outside. Before any part is parsed, every entry
 * is inflated once and its bytes are counted as they come out of the inflater — the sizes the
 * archive declares are not trusted — and the workbook is refused, naming the entry, as soon as:
 * <ul>
 *   <li>it has more than {@link #maxEntries()} entries;
 *   <li>one entry expands beyond {@link #maxEntryBytes()};
 *   <li>all entries together expand beyond {@link #maxTotalBytes()};
 *   <li>an entry that has expanded beyond {@link #RATIO_GRACE_BYTES} has expanded more than
 *       {@link #maxRatio()} times the bytes it occupies in the archive.
 * </ul>
 *
 * <p>The defaults ({@link #defaults()}): 10,000 entries, 2 GiB per entry, 4 GiB in all, ratio 100.
 * Why: a worksheet has at most 1,048,576 rows (Microsoft, "Excel specifications and limits"); the
 * 1,048,576-row sheet of six columns the benchmarks generate expands to 232 MB from 33 MB (ratio
 * 7), so 2 GiB leaves room for eight times that width, and workbooks written by Excel or
 * LibreOffice compress 5 to 20 times. The ratio limit is Apache POI's default ({@code
 * ZipSecureFile}'s minimum inflate ratio 0.01), and so is the grace size below which the ratio is
 * not checked (small parts such as an empty styles part compress very well and are harmless).
 *
 * <p>Immutable and thread-safe.
 */
public final class XlsxLimits {
  /** Expanded size of an entry below which its compression ratio is not checked: 100 KiB. */
  public static final long RATIO_GRACE_BYTES = 100 * 1024;

  private static final XlsxLimits DEFAULTS = new XlsxLimits(10_000, 2L << 30, 4L << 30, 100);

  private final int maxEntries;
  private final long maxEntryBytes;
  private final long maxTotalBytes;
  private final int maxRatio;

  private XlsxLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
    this.maxEntries = maxEntries;
    this.maxEntryBytes = maxEntryBytes;
    this.maxTotalBytes = maxTotalBytes;
    this.maxRatio = maxRatio;
  }

  /** {@return the defaults: 10,000 entries, 2 GiB per entry, 4 GiB in all, ratio 100} */
  public static XlsxLimits defaults() {
    return DEFAULTS;
  }

  /**
   * {@return the limits, never null}
   *
   * @param maxEntries  the most entries the archive may have, ≥ 1
   * @param maxEntryBytes  the most bytes one entry may expand to, ≥ 1
   * @param maxTotalBytes  the most bytes all entries together may expand to, ≥ maxEntryBytes
   * @param maxRatio  the most times an entry may expand beyond its compressed size, ≥ 1
   * @throws IllegalArgumentException if a limit is out of range
   */
  public static XlsxLimits of(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
    if (maxEntries < 1) {
      throw new InvalidValueException("XlsxLimits", "maxEntries", maxEntries, "must be ≥ 1");
    }
    if (maxEntryBytes < 1) {
      throw new InvalidValueException("XlsxLimits", "maxEntryBytes", maxEntryBytes, "must be ≥ 1");
    }
    if (maxTotalBytes < maxEntryBytes) {
      throw new InvalidValueException("XlsxLimits", "maxTotalBytes", maxTotalBytes, "must be ≥ maxEntryBytes "
          + maxEntryBytes);
    }
    if (maxRatio < 1) {
      throw new InvalidValueException("XlsxLimits", "maxRatio", maxRatio, "must be ≥ 1");
    }
    return new XlsxLimits(maxEntries, maxEntryBytes, maxTotalBytes, maxRatio);
  }

  /** {@return the most entries the archive may have} */
  public int maxEntries() {
    return maxEntries;
  }

  /** {@return the most bytes one entry may expand to} */
  public long maxEntryBytes() {
    return maxEntryBytes;
  }

  /** {@return the most bytes all entries together may expand to} */
  public long maxTotalBytes() {
    return maxTotalBytes;
  }

  /** {@return the most times an entry may expand beyond its compressed size} */
  public int maxRatio() {
    return maxRatio;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XlsxLimits other && maxEntries == other.maxEntries
        && maxEntryBytes == other.maxEntryBytes && maxTotalBytes == other.maxTotalBytes
        && maxRatio == other.maxRatio;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(maxEntryBytes) * 31 + Long.hashCode(maxTotalBytes) * 17 + maxEntries * 7 + maxRatio;
  }

  /** {@return e.g. {@code XlsxLimits[entries ≤ 10000, entry ≤ 2147483648 B, total ≤ 4294967296 B, ratio ≤ 100]}} */
  @Override
  public String toString() {
    return "XlsxLimits[entries ≤ " + maxEntries + ", entry ≤ " + maxEntryBytes + " B, total ≤ "
        + maxTotalBytes + " B, ratio ≤ " + maxRatio + "]";
  }
}
