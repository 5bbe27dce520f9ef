package org.municipaldx.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads CSV as offices write it, one record at a time, in bounded memory: the file is read in
 * blocks and only the current record is held (a record may be as long as
 * {@value #MAX_RECORD_BYTES} bytes).
 *
 * <h2>Format</h2>
 * <ul>
 *   <li>Fields are separated by commas; CR, LF and CRLF each end a line and, outside quotes, a
 *       record (files mixing them are read as written). A final line break is optional.
 *   <li>A field that starts with {@code "} is quoted: it ends at the next {@code "} not doubled,
 *       may contain commas and line breaks, and {@code ""} stands for one {@code "}. A quote
 *       inside an unquoted field is text. Text between a closing quote and the next comma or line
 *       end, and a quote never closed, are errors naming line, column and byte offset.
 *   <li>Encoding ({@link TextEncoding}): UTF-8 with a byte order mark (dropped), else the encoding
 *       given, else detected at the first non-ASCII byte: valid UTF-8 there means UTF-8, otherwise
 *       Windows-31J. Both are ASCII-compatible, so the bytes before that point read the same in
 *       either, and commas, quotes and line ends are never part of a multi-byte character in
 *       either. Every non-ASCII field is checked strictly in the encoding: a byte sequence that is
 *       not valid is an error whose location carries its byte offset.
 * </ul>
 *
 * <h2>Why the bytes are parsed by hand</h2>
 * The toolkit's goal is the roll-up of a 20-million-row file in {@code -Xmx256m} at least 1.5×
 * faster than DuckDB's {@code read_csv}. The well-kept Java CSV parsers (FastCSV,
 * jackson-dataformat-csv's streaming parser, commons-csv) decode the bytes to {@code char}s and
 * make a {@code String} per field before any number is parsed, and report no byte offsets. This
 * parser works on the bytes, makes a {@code String} only when a field's text is asked for, parses
 * plain numbers straight from the bytes ({@link Record#plainWhole(int)}) and knows each field's byte
 * offset. The measurement against the libraries ({@code CsvParserBenchmark}) is in
 * benchmarks/README.md. The scan reads eight bytes at a time (SWAR: one {@code long} through a
 * byte-array view, comma, CR and LF found with the has-zero-byte test, a cheaper two-test filter
 * inside long fields) because Java 17 has no vector API outside the incubator; the national
 * procedures survey's read spends about a quarter of its time here (benchmarks/README.md, issue 11g).
 * {@code CsvReferenceProperties} checks it against a plain byte-at-a-time reading of the rules above.
 *
 * <p>Not thread-safe. {@link #record()} is the same object for every record.
 */
public final class CsvSource implements RecordSource {
  /** The longest record read; a longer one (a file without line ends, say) is an error. */
  public static final int MAX_RECORD_BYTES = 64 << 20;

  private static final int BLOCK = 1 << 18;
  private static final byte QUOTED = 1;
  private static final byte ESCAPED = 2;
  private static final byte NON_ASCII = 4;
  /** The field's {@link Lookup#hash} is in {@code hashes} (computed by the encoding check). */
  private static final byte HASHED = 8;
  /**
   * The field is unquoted and shorter than eight bytes, and {@code words} holds its bytes as one
   * little-endian word (the bytes after it zero): numbers, years and ids are then parsed and looked
   * up from that word, taken by the scan that found the field's end.
   */
  private static final byte SHORT = 16;
  /**
   * The field is UTF-8 whose check is left ({@link #lazyEncodingCheck()}) until its text is read,
   * a {@link Lookup} finds its bytes (which proves them valid), or {@link #checkRecord()}.
   */
  private static final byte UNCHECKED = 32;
  private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
      .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long COMMAS = ONES * ',';
  private static final long LFS = ONES * '\n';
  private static final long CRS = ONES * '\r';
  /** Each byte 0x0E: a byte below it may be LF or CR ({@link #candidates}). */
  private static final long LOWS = ONES * 0x0E;

  private final String source;
  private final InputStream in;
  private final long stopOffset;
  private Charset charset;

  private byte[] buf = new byte[BLOCK];
  private int pos;
  private int limit;
  /** The file offset of buf[0]. */
  private long base;
  private boolean eof;
  private boolean started;
  /** The line of the byte at pos. */
  private long line;

  private int recStart;
  private int fieldStart;
  private int fieldEnd;
  private int n;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private long[] lines = new long[16];
  private byte[] flags = new byte[16];
  private int[] hashes = new int[16];
  private long[] words = new long[16];
  /**
   * Whether every field of the current record lies on its first line ({@link #recordLine}), as in a record
   * {@link #fastRecord()} reads: then {@code lines} is not written (one store less per field).
   */
  private boolean oneLine;
  /** Whether the encoding is UTF-8 (decided). */
  private boolean utf8;
  /**
   * The buffer range of this record's UTF-8 fields not checked yet (-1: none): fields not kept in
   * the cache below are checked together, once per record, in one pass over the record's bytes
   * (commas, quotes and line ends are ASCII, so the range is valid exactly when its fields are, and
   * its first invalid byte is the first field's first invalid byte); before any other error of the
   * record is raised, so the first error is the one a field-by-field check finds.
   */
  private int pendingFrom = -1;
  private int pendingTo;
  /** The hash the last {@link #checkEncoding} computed, if {@link #hashed}. */
  private int lastHash;
  private boolean hashed;
  private long recordLine;
  private long recordOffset;
  private boolean current;
  private final CsvRecord record = new CsvRecord();
  private static final int CACHED_COLUMNS = 16;
  private static final int CACHED_LENGTH = 256;
  private static final int CACHE_SLOTS = 128;
  /**
   * Fields this short are checked directly: a few three-byte characters check faster than a hash,
   * a probe and a comparison (IotComplianceBenchmark's locations, 本庁舎/1F/室12).
   */
  private static final int UNCACHED_LENGTH = 24;
  private final byte[][] validated = new byte[CACHED_COLUMNS * CACHE_SLOTS][];
  /**
   * Probes and hits of each column's cache; a column whose first {@value #CACHE_TRIAL} probes hit
   * less than half the time has too many distinct texts (the survey's law names and provisions,
   * thousands of them) and is checked without the cache from then on: a miss costs a hash, a
   * comparison and a copy on top of the check it was meant to save.
   */
  private final int[] cacheProbes = new int[CACHED_COLUMNS];
  private final int[] cacheHits = new int[CACHED_COLUMNS];
  private static final int CACHE_TRIAL = 1024;
  private CharsetDecoder strictDecoder;
  private CharBuffer scratch;
  /** Whether UTF-8 fields are checked lazily ({@link #lazyEncodingCheck()}). */
  private boolean lazy;
  /** Whether a field of the current record may still be {@link #UNCHECKED}. */
  private boolean unchecked;
  /** Every field below this one of the current record is checked (or proven by a lookup). */
  private int checkedBelow;

  private CsvSource(String source, InputStream in, Charset charset, long startOffset,
      long firstLine, long stopOffset) {
    this.source = Objects.requireNonNull(source, "source");
    this.in = in;
    this.charset = charset;
    this.utf8 = StandardCharsets.UTF_8.equals(charset);
    this.base = startOffset;
    this.line = firstLine;
    this.stopOffset = stopOffset;
    this.started = startOffset > 0;
  }

  /**
   * Opens a file, detecting its encoding.
   *
   * @param file  the file, not null
   * @return the source, named by the file's path, never null
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static CsvSource open(Path file) {
    return open(file, Optional.empty());
  }

  /**
   * Opens a file.
   *
   * @param file  the file, not null
   * @param charset  the encoding, or empty to detect it; must be ASCII-compatible
   * @return the source, named by the file's path, never null
   * @throws IllegalArgumentException if the charset is not ASCII-compatible
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static CsvSource open(Path file, Optional<Charset> charset) {
    try {
      return of(Files.newInputStream(file), file.toString(), charset);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot open", e);
    }
  }

  /**
   * Reads a stream.
   *
   * @param in  the input, not null; closed by {@link #close()}
   * @param source  what is read, for problems, not null
   * @param charset  the encoding, or empty to detect it; must be ASCII-compatible
   * @return the source, never null
   * @throws IllegalArgumentException if the charset is not ASCII-compatible
   */
  public static CsvSource of(InputStream in, String source, Optional<Charset> charset) {
    Objects.requireNonNull(in, "in");
    return new CsvSource(source, in, charset.map(CsvSource::asciiCompatible).orElse(null), 0, 1,
        Long.MAX_VALUE);
  }

  /**
   * Reads a stream that begins at a record boundary inside a file, up to the first record that
   * starts at or after {@code stopOffset}: one chunk of a parallel read. Lines are counted from
   * {@code firstLine}; byte offsets from {@code startOffset}.
   *
   * @param in  the input, positioned at {@code startOffset} of the file, not null
   * @param source  what is read, not null
   * @param charset  the file's encoding (detected from its start), or empty if not yet known
   * @param startOffset  the file offset of the stream's first byte, ≥ 0
   * @param firstLine  the line number to give the first line, ≥ 1
   * @param stopOffset  no record starting at or after this offset is read
   * @return the source, never null
   */
  public static CsvSource chunk(InputStream in, String source, Optional<Charset> charset,
      long startOffset, long firstLine, long stopOffset) {
    Objects.requireNonNull(in, "in");
    return new CsvSource(source, in, charset.map(CsvSource::asciiCompatible).orElse(null),
        startOffset, firstLine, stopOffset);
  }

  private static Charset asciiCompatible(Charset cs) {
    byte[] probe = ",\"\r\nAz09".getBytes(cs);
    if (!Arrays.equals(probe, ",\"\r\nAz09".getBytes(StandardCharsets.US_ASCII))) {
      throw new IllegalArgumentException("CsvSource.charset: must be ASCII-compatible, like UTF-8"
          + " or Windows-31J (was '" + cs.name() + "')");
    }
    return cs;
  }

  @Override
  public String source() {
    return source;
  }

  /** {@return the encoding, once decided (given, a BOM, or the first non-ASCII byte)} */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /** {@return the file offset just after the last record read (or of the stream's start)} */
  public long offset() {
    return base + pos;
  }

  /** {@return the file offset where the current record starts (its first field, or its quote)} */
  public long recordOffset() {
    return recordOffset;
  }

  /** {@return the line where the current record starts} */
  public long recordLine() {
    return recordLine;
  }

  /** {@return the line of the next record (the line after the last record read)} */
  public long line() {
    return line;
  }

  @Override
  public Record record() {
    if (!current) {
      throw new IllegalStateException(source + ": no current record");
    }
    return record;
  }

  /**
   * Leaves the strict check of UTF-8 fields (see <em>Format</em>) from the scan of a record until
   * the record's text is used: reading a field's text ({@link Record#get(int)}) first checks it and
   * every field before it; a field that a {@link Lookup} finds by its bytes needs no check (its bytes
   * equal those of a text checked before); {@link #checkRecord()} checks what is left, and the next
   * {@link #next()} does so too if the reader did not. The error is the one the eager check raises —
   * the record's first invalid byte, located in its field, before any other error of the record the
   * scan finds — only raised later: a reader that reports anything of a record calls
   * {@link #checkRecord()} first. For readers that look most fields up (the national procedures
   * survey): the bytes of a repeated cell are then read twice (found, compared) instead of four
   * times (found, checked, hashed, compared). Windows-31J is always checked when the record is
   * read.
   *
   * @return this source, never null
   */
  public CsvSource lazyEncodingCheck() {
    lazy = true;
    return this;
  }

  /**
   * Checks the fields of the current record that {@link #lazyEncodingCheck()} left unchecked; does
   * nothing when there are none (or the check is not lazy).
   *
   * @throws IngestException at the record's first invalid byte, located in its field
   * @throws IllegalStateException if there is no current record
   */
  public void checkRecord() {
    if (!current) {
      throw new IllegalStateException(source + ": no current record");
    }
    if (unchecked) {
      checkFields(n);
    }
  }

  /** Checks the {@link #UNCHECKED} fields from {@link #checkedBelow} up to {@code upTo}, in order. */
  private void checkFields(int upTo) {
    for (int i = checkedBelow; i < upTo; i++) {
      if ((flags[i] & UNCHECKED) != 0) {
        int bad = TextEncoding.utf8Invalid(buf, starts[i], ends[i]);
        if (bad >= 0) {
          throw encodingError(bad, lineOf(i), i + 1);
        }
        flags[i] &= ~UNCHECKED;
      }
    }
    if (upTo > checkedBelow) {
      checkedBelow = upTo;
    }
    if (checkedBelow >= n) {
      unchecked = false;
    }
  }

  /** Before a scan error: the fields before it are checked first, so that their error comes first. */
  private void checkBeforeError() {
    checkPending();
    if (unchecked) {
      checkFields(n);
    }
  }

  @Override
  public boolean next() {
    if (unchecked) {
      checkFields(n); // the last record's fields that its reader did not check
    }
    current = false;
    if (!started) {
      started = true;
      skipBom();
    }
    if (base + pos >= stopOffset) {
      return false;
    }
    recStart = pos;
    if (!more()) {
      return false;
    }
    recordLine = line;
    recordOffset = base + pos;
    n = 0;
    pendingFrom = -1;
    unchecked = false;
    checkedBelow = 0;
    if (fastRecord()) {
      checkPending();
      current = true;
      return true;
    }
    pendingFrom = -1; // the fast scan's checks are redone
    oneLine = false;
    unchecked = false;
    try {
      while (field()) {
        // next field
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read", e);
    }
    checkPending();
    current = true;
    return true;
  }

  private void skipBom() {
    try {
      while (limit - pos < 3 && more3()) {
        // read at least three bytes
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read", e);
    }
    if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB
        && buf[pos + 2] == (byte) 0xBF && (charset == null || charset.equals(StandardCharsets.UTF_8))) {
      pos += 3;
      charset = StandardCharsets.UTF_8;
      utf8 = true;
    }
  }

  private boolean more3() throws IOException {
    if (eof) {
      return false;
    }
    int r = in.read(buf, limit, buf.length - limit);
    if (r < 0) {
      eof = true;
      return false;
    }
    limit += r;
    return true;
  }

  /** Makes pos < limit, reading more of the file; false at its end. */
  private boolean more() {
    while (pos >= limit) {
      if (eof) {
        return false;
      }
      if (limit == buf.length) {
        int shift = recStart;
        if (shift > 0) {
          System.arraycopy(buf, shift, buf, 0, limit - shift);
          base += shift;
          limit -= shift;
          pos -= shift;
          recStart = 0;
          fieldStart -= shift;
          fieldEnd -= shift;
          for (int i = 0; i < n; i++) {
            starts[i] -= shift;
            ends[i] -= shift;
          }
          if (pendingFrom >= 0) {
            pendingFrom -= shift;
            pendingTo -= shift;
          }
        } else {
          if (buf.length >= MAX_RECORD_BYTES) {
            checkBeforeError();
            throw IngestException.of(Problem.of(new TextLocation(source, recordLine, 0, recordOffset),
                "the record starting here is longer than " + MAX_RECORD_BYTES
                    + " bytes (a quote never closed, or no line ends?)"));
          }
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
      }
      int r;
      try {
        r = in.read(buf, limit, buf.length - limit);
      } catch (IOException e) {
        throw new UncheckedIOException(source + ": cannot read", e);
      }
      if (r < 0) {
        eof = true;
        return false;
      }
      limit += r;
    }
    return true;
  }

  /**
   * {@return the high bit of each zero byte of {@code x}; exact for the lowest zero byte (bits above
   * it may be false hits from the borrow, which only the lowest hit makes irrelevant)}
   */
  private static long zeroBytes(long x) {
    return (x - ONES) & ~x & HIGH_BITS;
  }

  /**
   * {@return the high bit of each comma, LF and CR byte of {@code w}; exact for the lowest (see
   * {@link #zeroBytes}), which is all the scan uses}
   */
  private static long terminators(long w) {
    return zeroBytes(w ^ COMMAS) | zeroBytes(w ^ LFS) | zeroBytes(w ^ CRS);
  }

  /**
   * {@return non-zero if {@code w} may hold a byte that ends a field, and zero only if it holds none} A
   * comma, or any byte below 0x0E: LF and CR are among them, and so are the rarer control bytes (NUL to
   * BS, TAB, VT, FF), which {@link #terminators} then rules out. Two tests instead of three for each word
   * inside a long field (issue 11g: the long-field loop was the scan's hottest line on the survey); the
   * "less than" test is exact for the lowest such byte as {@link #zeroBytes} is (a byte of 0x0E or more
   * below it neither borrows nor, with its high bit set, passes {@code & ~w}).
   */
  private static long candidates(long w) {
    long c = w ^ COMMAS;
    return ((c - ONES) & ~c | (w - LOWS) & ~w) & HIGH_BITS;
  }

  /**
   * {@return the plain whole number in a short field's word, or -1: the same as the byte loop of
   * {@link CsvRecord#plainWhole(int)}, without a branch per digit}
   *
   * @param word  the field's bytes, little-endian, the bytes after them zero
   * @param len  the field's length, 0 to 7
   */
  static long wordWhole(long word, int len) {
    if (len == 0) {
      return -1;
    }
    long m = (1L << (len << 3)) - 1;
    // every byte 0x30–0x39: its high nibble is 3, and adding 6 leaves it 3 (no carry out of a
    // byte that passed the first test, so the bytes above are judged correctly)
    long notDigits = ((word & 0xF0F0F0F0F0F0F0F0L) ^ 0x3030303030303030L)
        | (((word + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) ^ 0x3030303030303030L);
    if ((notDigits & m) != 0) {
      return -1;
    }
    // the digits to the top of the word (leading zeros below), then pairs, fours and eights
    // combined by multiplication (Lemire, "Faster parsing of eight digits", simdjson)
    long v = (word << (64 - (len << 3))) & 0x0F0F0F0F0F0F0F0FL;
    v = (v * 2561) >>> 8;
    v = ((v & 0x00FF00FF00FF00FFL) * 6553601) >>> 16;
    return ((v & 0x0000FFFF0000FFFFL) * 42949672960001L) >>> 32;
  }

  /**
   * Reads the record at {@code pos} if it lies in the buffer with eight bytes to spare and none of
   * its fields starts with a quote — the common case — scanning it eight bytes at a time with the
   * position in a local variable. The fields found are those {@link #field()} finds, under the same
   * rules; this only leaves out what the common case never meets (refills, quotes).
   *
   * @return true if the record was read; false if {@link #field()} must read it: then nothing was
   *     changed but the field arrays (which that read rewrites) and the encoding check's cache (which
   *     it would fill the same way)
   */
  private boolean fastRecord() {
    oneLine = true; // every field is on the record's first line: lines[] is not written
    final byte[] b = buf;
    final int last = limit - 8; // the last index a word can be read from
    final long ln = line;
    int p = pos;
    for (;;) {
      if (p > last || b[p] == '"') {
        n = 0;
        return false;
      }
      int start = p;
      long w = (long) LONGS.get(b, p);
      long hit = terminators(w);
      long word = 0;
      byte f;
      if (hit != 0) {
        // shorter than eight bytes: keep it as a word
        int k = Long.numberOfTrailingZeros(hit) >>> 3;
        word = w & ((1L << (k << 3)) - 1);
        f = (word & HIGH_BITS) != 0 ? SHORT | NON_ASCII : SHORT;
        p += k;
      } else {
        long high = w;
        for (;;) {
          p += 8;
          if (p > last) {
            n = 0;
            return false;
          }
          w = (long) LONGS.get(b, p);
          // most words of a long field end nothing: two tests find that, the exact three only where one may
          if (candidates(w) != 0 && (hit = terminators(w)) != 0) {
            int k = Long.numberOfTrailingZeros(hit) >>> 3;
            high |= w & ((1L << (k << 3)) - 1);
            p += k;
            break;
          }
          high |= w;
        }
        f = (high & HIGH_BITS) != 0 ? NON_ASCII : 0;
      }
      add(start, p, f, ln, word);
      byte c = b[p++];
      if (c == ',') {
        continue;
      }
      if (c == '\r') {
        if (p >= limit) {
          n = 0; // is an LF next? not read yet
          return false;
        }
        if (b[p] == '\n') {
          p++;
        }
      }
      line = ln + 1;
      pos = p;
      return true;
    }
  }

  /** Reads one field and its terminator; true if another field of the record follows. */
  private boolean field() throws IOException {
    long fieldLine = line;
    if (!more()) {
      // end of file right after a comma: an empty last field
      add(pos, pos, (byte) 0, fieldLine, 0);
      return false;
    }
    byte f;
    long word = 0;
    if (buf[pos] == '"') {
      f = quoted(fieldLine);
    } else {
      fieldStart = pos;
      int or = 0;
      boolean shortField = false;
      scan:
      for (;;) {
        final byte[] b = buf;
        int p = pos;
        final int lim = limit;
        // eight bytes at a time (SWAR): find the first comma, LF or CR; note non-ASCII bytes
        while (p + 8 <= lim) {
          long w = (long) LONGS.get(b, p);
          long hit;
          if (candidates(w) != 0 && (hit = terminators(w)) != 0) {
            int k = Long.numberOfTrailingZeros(hit) >>> 3;
            long before = w & ((1L << (k << 3)) - 1); // the bytes before the terminator
            if ((before & HIGH_BITS) != 0) {
              or = -1;
            }
            if (p == fieldStart) {
              // the whole field is in this word: keep it for numbers and lookups
              word = before;
              shortField = true;
            }
            pos = p + k;
            break scan;
          }
          if ((w & HIGH_BITS) != 0) {
            or = -1;
          }
          p += 8;
        }
        // the last bytes of the buffer, one at a time (the same rule)
        while (p < lim) {
          byte c = b[p];
          if (c == ',' || c == '\n' || c == '\r') {
            pos = p;
            break scan;
          }
          or |= c;
          p++;
        }
        pos = p;
        if (!more()) {
          break;
        }
      }
      fieldEnd = pos;
      f = or < 0 ? NON_ASCII : 0;
      if (shortField) {
        f |= SHORT;
      }
    }
    add(fieldStart, fieldEnd, f, fieldLine, word);
    if (pos >= limit) {
      return false; // end of file
    }
    byte c = buf[pos++];
    if (c == ',') {
      return true;
    }
    line++;
    if (c == '\r' && more() && buf[pos] == '\n') {
      pos++;
    }
    return false;
  }

  private byte quoted(long fieldLine) {
    long quoteOffset = base + pos;
    pos++;
    fieldStart = pos;
    byte f = QUOTED;
    for (;;) {
      if (!more()) {
        checkBeforeError();
        throw IngestException.of(Problem.of(new TextLocation(source, fieldLine, n + 1, quoteOffset),
            "the quote that opens this field is never closed (the file ends inside it)"));
      }
      byte c = buf[pos];
      if (c == '"') {
        fieldEnd = pos;
        pos++;
        if (more() && buf[pos] == '"') {
          pos++;
          f |= ESCAPED;
          continue;
        }
        break;
      }
      pos++;
      if (c == '\n') {
        line++;
      } else if (c == '\r') {
        line++;
        if (more() && buf[pos] == '\n') {
          pos++;
        }
      } else if (c < 0) {
        f |= NON_ASCII;
      }
    }
    if (pos < limit) {
      byte c = buf[pos];
      if (c != ',' && c != '\n' && c != '\r') {
        checkBeforeError();
        throw IngestException.of(Problem.of(new TextLocation(source, line, n + 1, base + pos),
            "text after the closing quote of this field; a quoted field ends at a comma or the end"
                + " of the line (write \"\" for a quote inside quotes)"));
      }
    }
    return f;
  }

  private void add(int start, int end, byte f, long fieldLine, long word) {
    if (n == starts.length) {
      int m = n * 2;
      starts = Arrays.copyOf(starts, m);
      ends = Arrays.copyOf(ends, m);
      lines = Arrays.copyOf(lines, m);
      flags = Arrays.copyOf(flags, m);
      hashes = Arrays.copyOf(hashes, m);
      words = Arrays.copyOf(words, m);
    }
    words[n] = word;
    starts[n] = start;
    ends[n] = end;
    if (!oneLine) {
      lines[n] = fieldLine;
    }
    if ((f & NON_ASCII) != 0 && lazy && utf8) {
      f |= UNCHECKED;
      unchecked = true;
    } else if ((f & NON_ASCII) != 0) {
      hashed = false;
      checkEncoding(start, end, fieldLine, n + 1);
      if (hashed) {
        hashes[n] = lastHash;
        f |= HASHED;
      }
    }
    flags[n] = f;
    n++;
  }

  /**
   * Checks the fields left for the record's check ({@link #pendingFrom}) now.
   *
   * @throws IngestException at the first invalid byte, located in its field
   */
  private void checkPending() {
    if (pendingFrom < 0) {
      return;
    }
    int from = pendingFrom;
    pendingFrom = -1;
    int bad = TextEncoding.utf8Invalid(buf, from, pendingTo);
    if (bad >= 0) {
      int i = 0;
      while (ends[i] <= bad) {
        i++; // the field holding it (separators are ASCII, so it is in a field)
      }
      throw encodingError(bad, lineOf(i), i + 1);
    }
  }

  /** {@return the line where the current record's field starts} */
  private long lineOf(int field) {
    return oneLine ? recordLine : lines[field];
  }

  private IngestException encodingError(int bad, long fieldLine, int column) {
    return IngestException.of(Problem.of(new TextLocation(source, fieldLine, column, base + bad),
        "the bytes at offset " + (base + bad) + " are not valid " + charset.name()
            + "; save the file as UTF-8 or as Excel's Japanese CSV (Windows-31J), or name its"
            + " encoding"));
  }

  private void checkEncoding(int start, int end, long fieldLine, int column) {
    if (charset == null) {
      int k = start;
      while (buf[k] >= 0) {
        k++;
      }
      charset = TextEncoding.utf8At(buf, k, end, false) ? StandardCharsets.UTF_8
          : TextEncoding.WINDOWS_31J;
      utf8 = charset.equals(StandardCharsets.UTF_8);
    }
    int len = end - start;
    int slot = -1;
    if (column <= CACHED_COLUMNS && len <= CACHED_LENGTH && len > UNCACHED_LENGTH
        && (cacheProbes[column - 1] < CACHE_TRIAL || cacheHits[column - 1] * 2 >= CACHE_TRIAL)) {
      // fields repeat (department names, five-less categories): a field equal to one checked
      // before in this column is valid; a small hash set per column (linear probing over four
      // slots) remembers them
      int h = Lookup.hash(buf, start, end);
      lastHash = h;
      hashed = true;
      int first = (column - 1) * CACHE_SLOTS;
      for (int probe = 0; probe < 4; probe++) {
        int at = first + ((h + probe) & (CACHE_SLOTS - 1));
        byte[] seen = validated[at];
        if (seen == null) {
          slot = at;
          break;
        }
        if (seen.length == len && Arrays.equals(buf, start, end, seen, 0, len)) {
          if (cacheProbes[column - 1] < CACHE_TRIAL) {
            cacheProbes[column - 1]++;
            cacheHits[column - 1]++;
          }
          return;
        }
      }
      if (cacheProbes[column - 1] < CACHE_TRIAL) {
        cacheProbes[column - 1]++;
      }
      if (slot < 0) {
        slot = first + (h & (CACHE_SLOTS - 1)); // all four taken: replace the first
      }
    }
    int bad;
    if (utf8) {
      if (slot < 0) {
        // left for the record's check
        if (pendingFrom < 0) {
          pendingFrom = start;
        }
        pendingTo = end;
        return;
      }
      checkPending(); // an earlier field's error comes first
      bad = TextEncoding.utf8Invalid(buf, start, end);
    } else {
      bad = strictCheck(start, end);
    }
    if (bad >= 0) {
      throw encodingError(bad, fieldLine, column);
    }
    if (slot >= 0) {
      validated[slot] = Arrays.copyOfRange(buf, start, end);
    }
  }

  /** {@return the index of the first byte that does not decode, or -1} */
  private int strictCheck(int start, int end) {
    if (strictDecoder == null || !strictDecoder.charset().equals(charset)) {
      strictDecoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
    int len = end - start;
    if (scratch == null || scratch.capacity() < len + 1) {
      scratch = CharBuffer.allocate(Math.max(256, len + 1));
    }
    strictDecoder.reset();
    scratch.clear();
    ByteBuffer bb = ByteBuffer.wrap(buf, start, len);
    CoderResult r = strictDecoder.decode(bb, scratch, true);
    if (!r.isError()) {
      r = strictDecoder.flush(scratch);
    }
    return r.isError() ? bb.position() : -1;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot close", e);
    }
  }

  @Override
  public String toString() {
    return "CsvSource{" + source + ", line " + line + "}";
  }

  /** Where UTF-8 fields are decoded ({@link TextEncoding#utf8Valid(byte[], int, int, char[])}); grown as needed. */
  private char[] chars = new char[256];
  /**
   * Fields longer than this are decoded into an array of their own, so a huge field leaves no huge scratch behind. 64 KiB
   * is a chosen memory bound (issue 11j), not a measured optimum: the value changes only where a field is decoded, never
   * its text (Utf8ScratchProperties decodes fields on both sides of it).
   */
  private static final int SCRATCH_LIMIT = 1 << 16;

  /**
   * {@return the text of an {@link #UNCHECKED} field that is valid UTF-8, decoded and checked in one pass
   * through the scratch array, the field then marked checked; null if it is not valid (nothing changed)} Every
   * field before it must be checked.
   */
  private String checkedUtf8Text(int field) {
    int s = starts[field];
    int len = ends[field] - s;
    if (chars.length < len) {
      chars = new char[Math.max(len, chars.length * 2)];
    }
    int k = TextEncoding.utf8Decode(buf, s, len, chars);
    if (k < 0) {
      return null;
    }
    flags[field] &= ~UNCHECKED;
    checkedBelow = field + 1;
    if (checkedBelow >= n) {
      unchecked = false;
    }
    return new String(chars, 0, k);
  }

  /** {@return the text of valid UTF-8 bytes of the buffer, decoded through the reusable scratch array} */
  private String utf8Text(int s, int len) {
    if (len > SCRATCH_LIMIT) {
      return TextEncoding.utf8Valid(buf, s, len);
    }
    if (chars.length < len) {
      chars = new char[Math.max(len, chars.length * 2)];
    }
    return TextEncoding.utf8Valid(buf, s, len, chars);
  }

  /** The current record: a view of the buffer. */
  final class CsvRecord implements Record {
    @Override
    public int size() {
      return n;
    }

    @Override
    public String get(int field) {
      Objects.checkIndex(field, n);
      if (unchecked && field >= checkedBelow) {
        if ((flags[field] & UNCHECKED) != 0 && ends[field] - starts[field] <= SCRATCH_LIMIT) {
          // the fields before it are checked first (their error comes first); this one is checked as it is
          // decoded, its bytes read once (issue 11j)
          checkFields(field);
          String text = checkedUtf8Text(field);
          if (text != null) {
            return (flags[field] & ESCAPED) == 0 ? text : text.replace("\"\"", "\"");
          }
        }
        checkFields(field + 1); // throws at the first invalid byte, if the decoding above found one
      }
      int s = starts[field];
      int len = ends[field] - s;
      byte f = flags[field];
      // a UTF-8 field is valid here (checked when read, or just now if the check is lazy)
      String text = (f & NON_ASCII) == 0 ? new String(buf, s, len, StandardCharsets.ISO_8859_1)
          : utf8 ? utf8Text(s, len) : new String(buf, s, len, charset);
      return (f & ESCAPED) == 0 ? text : text.replace("\"\"", "\"");
    }

    @Override
    public long plainWhole(int field) {
      Objects.checkIndex(field, n);
      if ((flags[field] & SHORT) != 0) {
        return wordWhole(words[field], ends[field] - starts[field]);
      }
      int s = starts[field];
      int e = ends[field];
      if (e == s || e - s > 18) {
        return -1;
      }
      final byte[] b = buf;
      long v = 0;
      for (int i = s; i < e; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          return -1;
        }
        v = v * 10 + d;
      }
      return v;
    }

    @Override
    public int ascii(int field, byte[] into) {
      Objects.checkIndex(field, n);
      byte f = flags[field];
      if ((f & ESCAPED) != 0) {
        return Fields.ascii(get(field), into);
      }
      int s = starts[field];
      int len = ends[field] - s;
      if ((f & NON_ASCII) != 0 || len > into.length) {
        return -1;
      }
      System.arraycopy(buf, s, into, 0, len);
      return len;
    }

    @Override
    public boolean isBlank() {
      if (n > 0 && ends[0] > starts[0]) {
        byte c = buf[starts[0]];
        if (c > ' ' && c != 0x7F) {
          return false; // a record's first byte is mostly a visible ASCII character
        }
      }
      for (int i = 0; i < n; i++) {
        if ((flags[i] & NON_ASCII) != 0) {
          if (!get(i).isBlank()) {
            return false;
          }
          continue;
        }
        for (int k = starts[i]; k < ends[i]; k++) {
          byte c = buf[k];
          if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C
              && (c < 0x1C || c > 0x1F)) {
            return false;
          }
        }
      }
      return true;
    }

    @Override
    public TextLocation location(int field) {
      Objects.checkIndex(field, n);
      long offset = base + starts[field] - ((flags[field] & QUOTED) != 0 ? 1 : 0);
      return new TextLocation(source, lineOf(field), field + 1, offset);
    }

    @Override
    public TextLocation location() {
      return new TextLocation(source, recordLine, 0, recordOffset);
    }

    /**
     * {@return whether the field's raw bytes equal the bytes at {@code at} in {@code keys}, as many as
     * the field has} For {@link Lookup}; the field must not be quoted with "".
     */
    boolean rawEquals(int field, byte[] keys, int at) {
      // the JDK's intrinsic (vectorised) comparison: measured against a loop eight bytes at a time through the
      // long view (issue 11m, IoT locations of 17-20 bytes, 24 M predicted look-ups in one JVM, load 2-5): the loop
      // took 33-59 ms more per 24 M calls (0 and 2 of 16 rounds faster); Arrays.mismatch the same as this or slower
      int s = starts[field];
      int len = ends[field] - s;
      return (flags[field] & ESCAPED) == 0 && Arrays.equals(buf, s, s + len, keys, at, at + len);
    }

    /**
     * {@return whether the field's bytes between its first and last eight equal those from {@code at + 8} in
     * {@code keys}, where {@code at} is the key's first byte} For {@link Lookup}'s long keys, once the length and
     * the first and last eight bytes have been found equal: the field is not quoted with "", is longer than
     * sixteen bytes, and {@code keys} holds as many bytes from {@code at}. {@link #rawEquals} compared all the
     * bytes again; issue 11m measured this against a loop over the middle eight bytes at a time (full typed read of
     * the survey, one JVM, reading thread's CPU, load 2-3): the JDK's {@code Arrays.equals} of the middle 4.8 ms a
     * read faster than the loop (18 of 20 pairs), 9.2 ms faster than the whole compare (20 of 20).
     */
    boolean rawEqualsMiddle(int field, byte[] keys, int at) {
      int s = starts[field] + 8;
      int e = ends[field] - 8;
      return Arrays.equals(buf, s, e, keys, at + 8, at + 8 + (e - s));
    }

    /** The field's bytes were found by a {@link Lookup}, so they are valid: no check is left for it. */
    void proven(int field) {
      flags[field] &= ~UNCHECKED;
    }

    int rawHash(int field) {
      return (flags[field] & HASHED) != 0 ? hashes[field] : Lookup.hash(buf, starts[field], ends[field]);
    }

    boolean escaped(int field) {
      return (flags[field] & ESCAPED) != 0;
    }

    /** {@return whether the field's bytes are in {@link #word(int)} (unquoted, shorter than eight bytes)} */
    boolean isShort(int field) {
      return (flags[field] & SHORT) != 0;
    }

    /** {@return a short field's bytes, little-endian, the bytes after them zero} */
    long word(int field) {
      return words[field];
    }

    /** {@return the first eight bytes of a field of eight bytes or more, little-endian} For {@link Lookup}. */
    long headWord(int field) {
      return (long) LONGS.get(buf, starts[field]);
    }

    /** {@return the last eight bytes of a field of eight bytes or more, little-endian} For {@link Lookup}. */
    long tailWord(int field) {
      return (long) LONGS.get(buf, ends[field] - 8);
    }

    /** {@return the field's length in bytes, quotes excluded} */
    int length(int field) {
      return ends[field] - starts[field];
    }

    Charset charset() {
      return charset;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < n; i++) {
        sb.append(i == 0 ? "" : ", ").append(get(i));
      }
      return sb.append(']').toString();
    }
  }

  /** Package access for {@link Lookup}. */
  static boolean isCsvRecord(Record r) {
    return r instanceof CsvRecord;
  }

  /**
   * Where the line after {@code from} begins in a file: the offset just after the first line end
   * ({@code \n}, {@code \r\n} or a lone {@code \r}) at or after {@code from}, or {@code size} when
   * there is none. Readers that parse a file in byte ranges on several threads cut the ranges there; a
   * line end inside a quoted field is not told apart here, so such a reader checks its cuts.
   *
   * @param file  the file, not null
   * @param from  the offset to search from, zero or more
   * @param size  the file's size in bytes (the search stops there)
   * @return the offset of the next line's first byte, from {@code from + 1} to {@code size}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static long nextLineStart(Path file, long from, long size) {
    if (from >= size) {
      return size;
    }
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      ByteBuffer b = ByteBuffer.allocate(1 << 16);
      long p = from;
      while (p < size) {
        b.clear();
        b.limit((int) Math.min(b.capacity(), size - p)); // no further than size (a file may hold more)
        int r = ch.read(b, p);
        if (r <= 0) {
          return size;
        }
        for (int i = 0; i < r; i++) {
          byte c = b.get(i);
          if (c == '\n') {
            return p + i + 1;
          }
          if (c == '\r') {
            if (i + 1 < r) {
              return b.get(i + 1) == '\n' ? p + i + 2 : p + i + 1;
            }
            if (p + i + 1 >= size) {
              return size; // a CR at the size's last byte: what follows it lies beyond the search
            }
            // a CR at the end of the block: look at the next byte
            ByteBuffer one = ByteBuffer.allocate(1);
            int r1 = ch.read(one, p + i + 1);
            return r1 == 1 && one.get(0) == '\n' ? p + i + 2 : p + i + 1;
          }
        }
        p += r;
      }
      return size;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read", e);
    }
  }
}
