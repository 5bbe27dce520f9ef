package org.municipaldx.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Maps field texts (ids, names) to small integers, such as department names to dictionary
 * indices, without making a {@code String} per field when the field's bytes are a text seen
 * before: for a {@link CsvSource} record the field's raw bytes are looked up first; a miss falls
 * back to the text, normalised, and a hit found so is remembered by its bytes (up to
 * {@value #LEARNED} byte forms). Not thread-safe: one per reader or per chunk ({@link #copy()}).
 *
 * <p>A field found by its bytes equals a text read (and checked) before, so its bytes are valid
 * text: a {@link CsvSource} that checks its encoding lazily ({@link CsvSource#lazyEncodingCheck()})
 * does not check that field again.
 */
public final class Lookup {
  /** How many byte forms are remembered beyond the keys themselves. */
  public static final int LEARNED = 16384;

  /**
   * How many texts without a value (-1) are remembered by their bytes beyond those: a value outside a
   * code list that comes back row after row is then not decoded and resolved again on every row.
   * Bounded, so that a file of ever new bad values costs no more memory than this. 1,024 is a chosen memory
   * bound, not a measured optimum (issue 11f): beyond it a bad text is simply decoded and resolved again, which
   * changes only speed, never a value (LookupMissCacheProperties).
   */
  static final int MISSES = 1024;

  private final Map<String, Integer> keys;
  private final ToIntFunction<String> resolve;
  private Charset tableCharset;
  /**
   * The open-addressing table, one long per slot: the key's hash in the high half, the position of its
   * entry in {@link #arena} in the low half (never 0: the arena's first entry is at {@link #ENTRY}; 0 is an
   * empty slot). The probe compares hashes in the table and goes to the arena only when they match.
   *
   * <p>Issue 11k: the table was one slot of four longs per key (hash and length, first word, last word,
   * offset and value; issue 11h), 32 bytes a slot at a load of at most one half: 256 KiB for the survey's
   * 2,033 distinct provisions, 128 KiB each for its 1,373 law names and 1,354 law numbers, and a hit of a
   * key over sixteen bytes read the slot and then the arena, two lines that the file's 48 MB stream had
   * pushed out of the cache. With eight bytes a slot the tables are a quarter of that, so their lines are
   * touched often enough to stay cached, and a hit reads one cold place: its entry in the arena, which holds
   * the length, the value and the bytes together.
   */
  private long[] slots;
  /**
   * The keys one after another in the order they were learned, so a file whose texts come back in the same
   * order (a law's procedures one after another) reads them from neighbouring memory. Each entry is eight
   * bytes aligned: a header long (the key's length in the high half, its value in the low half), then the
   * key's bytes, zero-padded to a multiple of eight and to at least eight, so that a key of fewer than eight
   * bytes is the one long after its header, as a short field's word is (little-endian, the bytes after it
   * zero).
   */
  private byte[] arena;
  private int arenaSize;
  /** Where the arena's first entry begins: a slot's position is never 0, which marks an empty slot. */
  private static final int ENTRY = 8;
  /** The last short field found and its value (columns such as the year repeat row after row). */
  private long lastWord;
  private int lastLength = -1;
  private int lastValue;
  private int size;
  private int learned;
  private int missed;
  /**
   * The arena position of the last hit of a long key (-1: none), compared before hashing: a reader's rows
   * repeat the previous row's id (a sensor's three quantities in a row, IotComplianceBenchmark), which then
   * costs one comparison instead of a hash and a probe.
   */
  private int lastEntry = -1;
  /**
   * Values below this are remembered by the bytes of the last field that gave them, for
   * {@link #index(Record, int, int)}: a bound on the length of the array that holds them (a reference a
   * value: 1 MiB at most with compressed references, 2 MiB without, besides the bytes), a chosen memory
   * bound, not a measured optimum.
   */
  public static final int PREDICTED = 1 << 18;
  /** Per value below {@link #PREDICTED}: the bytes of the last CSV field that gave it, or null. */
  private byte[][] byValue = new byte[0][];
  /** The encoding of {@link #byValue}'s bytes. */
  private Charset byValueCharset;
  /**
   * The last record encoding ({@link CsvSource.CsvRecord#charset()}, null while only ASCII has been read) known to
   * read as {@link #byValueCharset}, compared by reference: a source's encoding is one object for the whole file,
   * so a prediction costs no {@code Charset.equals} (issue 11m: ~2% of the IoT reading thread). {@link #NO_CHARSET}
   * until one is known.
   */
  private Object byValueSource = NO_CHARSET;
  /** Stands for "no encoding known yet" in {@link #byValueSource} (null is a record's encoding: ASCII so far). */
  private static final Object NO_CHARSET = new Object();
  /** Answers for texts of records that are not CSV (workbook cells): remembered by the text. */
  private final Map<String, Integer> byText = new java.util.HashMap<>();

  private Lookup(Map<String, Integer> keys, ToIntFunction<String> resolve) {
    this.keys = keys;
    this.resolve = resolve;
  }

  /**
   * {@return the lookup, never null}
   *
   * @param keys  the normalised texts and their values (≥ 0), not null
   * @param normalise  how a field's text is normalised before it is looked up, not null
   * @throws IllegalArgumentException if a value is negative
   */
  public static Lookup of(Map<String, Integer> keys, UnaryOperator<String> normalise) {
    Map<String, Integer> copy = new LinkedHashMap<>();
    keys.forEach((k, v) -> {
      if (v < 0) {
        throw new IllegalArgumentException("Lookup.value: must be ≥ 0 (was '" + v + "' for '" + k + "')");
      }
      copy.put(Objects.requireNonNull(k, "key"), v);
    });
    Objects.requireNonNull(normalise, "normalise");
    return new Lookup(copy, text -> {
      Integer v = copy.get(normalise.apply(text));
      return v == null ? -1 : v;
    });
  }

  /**
   * A lookup that asks a function for every text not seen before (by its bytes) and remembers the
   * answers: those ≥ 0 (up to {@value #LEARNED} byte forms) and the first texts without one (-1), so
   * that a text outside the function's list is not decoded and resolved again on every row. The
   * function must give the same answer for the same text every time.
   *
   * @param resolve  the value of a text as written, or -1 if it has none; not null
   * @return the lookup, never null
   */
  public static Lookup resolving(ToIntFunction<String> resolve) {
    return new Lookup(Map.of(), Objects.requireNonNull(resolve, "resolve"));
  }

  /** {@return a new lookup with the same keys and rule and nothing learned, for another thread} */
  public Lookup copy() {
    return new Lookup(keys, resolve);
  }

  /**
   * {@return its value, or -1 if it has none}
   *
   * @param text  a text as written, not null
   */
  public int index(String text) {
    return resolve.applyAsInt(text);
  }

  /**
   * {@return the value of the field's text, or -1 if its normalised form is not a key}
   *
   * @param record  the record, not null
   * @param field  the field, from 0
   */
  public int index(Record record, int field) {
    if (!CsvSource.isCsvRecord(record)) {
      // a workbook cell is a String already: remember answers by text, as CSV ones by bytes
      String text = record.get(field);
      Integer known = byText.get(text);
      if (known != null) {
        return known;
      }
      int v = index(text);
      if (v >= 0 ? byText.size() < LEARNED : missed < MISSES) {
        if (v < 0) {
          missed++;
        }
        byText.put(text, v);
      }
      return v;
    }
    CsvSource.CsvRecord csv = (CsvSource.CsvRecord) record;
    if (csv.escaped(field)) {
      return index(record.get(field));
    }
    Charset cs = csv.charset();
    if (cs == null) {
      cs = StandardCharsets.UTF_8; // only ASCII read so far: its bytes read the same in either
    }
    if (cs != tableCharset && !cs.equals(tableCharset)) {
      build(cs);
    }
    final long[] t = slots;
    final byte[] a = arena;
    final int mask = t.length - 1;
    int len = csv.length(field);
    if (csv.isShort(field)) {
      // ids, years, codes: the field is one word, compared with the word after its entry's header
      long w = csv.word(field);
      if (w == lastWord && len == lastLength) {
        csv.proven(field);
        return lastValue;
      }
      int h = shortHash(w, len);
      for (int i = h & mask; t[i] != 0; i = (i + 1) & mask) {
        long s = t[i];
        if ((int) (s >>> 32) == h) {
          int at = (int) s;
          long head = (long) LONGS.get(a, at);
          if ((int) (head >>> 32) == len && (long) LONGS.get(a, at + 8) == w) {
            int v = (int) head;
            lastWord = w;
            lastLength = len;
            lastValue = v;
            csv.proven(field);
            return v;
          }
        }
      }
    } else if (len >= 8) {
      // first and last eight bytes (overlapping below sixteen): a key of up to sixteen bytes is all in
      // them; a longer one is compared whole only when they match
      long first = csv.headWord(field);
      long tail = csv.tailWord(field);
      int last = lastEntry;
      if (last >= 0 && longKeyAt(a, last, len, first, tail, csv, field)) {
        csv.proven(field);
        return (int) (long) LONGS.get(a, last);
      }
      int h = len <= 16 ? hash16(first, tail, len) : csv.rawHash(field);
      for (int i = h & mask; t[i] != 0; i = (i + 1) & mask) {
        long s = t[i];
        if ((int) (s >>> 32) == h && longKeyAt(a, (int) s, len, first, tail, csv, field)) {
          lastEntry = (int) s;
          csv.proven(field);
          return (int) (long) LONGS.get(a, (int) s);
        }
      }
    } else {
      // a quoted field of fewer than eight bytes (the scan keeps no word for it)
      int h = csv.rawHash(field);
      for (int i = h & mask; t[i] != 0; i = (i + 1) & mask) {
        long s = t[i];
        if ((int) (s >>> 32) == h) {
          int at = (int) s;
          long head = (long) LONGS.get(a, at);
          if ((int) (head >>> 32) == len && csv.rawEquals(field, a, at + 8)) {
            csv.proven(field);
            return (int) head;
          }
        }
      }
    }
    String text = record.get(field);
    int v = index(text);
    if (v >= 0 ? learned < LEARNED : missed < MISSES) {
      if (v >= 0) {
        learned++;
      } else {
        missed++; // remembered as -1: found by its bytes next time, and so proven text as a hit is
      }
      put(text.getBytes(cs), v);
    }
    return v;
  }

  /**
   * {@return the value of the field's text: always what {@link #index(Record, int)} gives} A caller that
   * can predict the value — a sensor's location is the one it had on its last row — passes the prediction
   * as {@code expected}: if the field's raw bytes are those of the last field of a {@link CsvSource}
   * record that gave {@code expected} here, the answer is {@code expected} after one comparison, without a
   * hash or a probe of the table (issue 16: at 10,000 sensors the location's probe was a cache miss on
   * most rows). Otherwise — a wrong or negative prediction, a field quoted with {@code ""} inside, a
   * workbook cell, a value of {@value #PREDICTED} or more — the field is looked up as
   * {@link #index(Record, int)} does, and a value found is remembered by the field's bytes for the next
   * prediction (one decoded text per wrong prediction: for columns whose value is mostly predictable).
   * A field found by its bytes is proven text, as with {@link #index(Record, int)}.
   *
   * @param record  the record, not null
   * @param field  the field, from 0
   * @param expected  the predicted value; any int (a negative one predicts nothing)
   */
  public int index(Record record, int field, int expected) {
    if (!CsvSource.isCsvRecord(record)) {
      return index(record, field); // a workbook cell: remembered by its text there
    }
    CsvSource.CsvRecord csv = (CsvSource.CsvRecord) record;
    if (expected >= 0 && expected < byValue.length) {
      byte[] known = byValue[expected];
      if (known != null && csv.length(field) == known.length && sameEncoding(csv.charset())
          && csv.rawEquals(field, known, 0)) {
        csv.proven(field);
        return expected;
      }
    }
    int v = index(record, field);
    if (v >= 0 && v < PREDICTED && !csv.escaped(field)) {
      Charset raw = csv.charset();
      if (!sameEncoding(raw)) {
        byValue = new byte[0][]; // bytes of another encoding: compared with nothing read from now on
        byValueCharset = charsetOf(raw);
        byValueSource = raw;
      }
      Charset cs = byValueCharset;
      if (v >= byValue.length) {
        byValue = Arrays.copyOf(byValue, Math.max(v + 1, Math.min(PREDICTED, byValue.length * 2)));
      }
      byte[] known = byValue[v];
      if (known == null || csv.length(field) != known.length || !csv.rawEquals(field, known, 0)) {
        byValue[v] = record.get(field).getBytes(cs);
      }
    }
    return v;
  }

  /**
   * {@return whether a record of this encoding reads as {@link #byValueCharset}} By reference first; else by
   * {@link #charsetOf} and {@code equals}, and a match is remembered by reference for the next call.
   */
  private boolean sameEncoding(Charset raw) {
    if (raw == byValueSource) {
      return true;
    }
    if (byValueCharset != null && charsetOf(raw).equals(byValueCharset)) {
      byValueSource = raw;
      return true;
    }
    return false;
  }

  /** {@return a record's encoding as the table reads it: UTF-8 while only ASCII has been read (null)} */
  private static Charset charsetOf(Charset cs) {
    return cs == null || cs.equals(StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : cs;
  }

  /**
   * {@return whether the arena's entry at {@code at} is the field's key} The field is of {@code len} (at least
   * eight) bytes, {@code first} and {@code tail} its first and last eight: compared as those two words, and
   * the bytes between them only when it is longer than sixteen and both match.
   */
  private static boolean longKeyAt(byte[] a, int at, int len, long first, long tail, CsvSource.CsvRecord csv,
      int field) {
    return (int) ((long) LONGS.get(a, at) >>> 32) == len && (long) LONGS.get(a, at + 8) == first
        && (long) LONGS.get(a, at + len) == tail && (len <= 16 || csv.rawEqualsMiddle(field, a, at + 8));
  }

  private void build(Charset cs) {
    tableCharset = cs;
    lastEntry = -1;
    slots = new long[64];
    arena = new byte[1024];
    arenaSize = ENTRY;
    lastLength = -1;
    size = 0;
    learned = 0;
    missed = 0;
    keys.forEach((k, v) -> {
      if (cs.newEncoder().canEncode(k)) {
        put(k.getBytes(cs), v);
      }
    });
  }

  /** {@return the bytes an entry of a key of {@code len} bytes takes in the arena: header, bytes, padding} */
  static int entryBytes(int len) {
    return 8 + Math.max(8, (len + 7) & ~7);
  }

  private void put(byte[] key, int value) {
    int h = hash(key, 0, key.length);
    final long[] t = slots;
    final int mask = t.length - 1;
    for (int i = h & mask; t[i] != 0; i = (i + 1) & mask) {
      int at = (int) t[i];
      if ((int) (t[i] >>> 32) == h && (int) ((long) LONGS.get(arena, at) >>> 32) == key.length
          && Arrays.equals(arena, at + 8, at + 8 + key.length, key, 0, key.length)) {
        return;
      }
    }
    int bytes = entryBytes(key.length);
    long end = (long) arenaSize + bytes;
    if (end > arena.length) {
      if (end > Integer.MAX_VALUE - 8) {
        return; // an arena of 2 GiB: not remembered, which changes only speed, never a value
      }
      arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(arena.length * 2L, end)));
    }
    int at = arenaSize;
    LONGS.set(arena, at, ((long) key.length << 32) | (value & 0xFFFFFFFFL));
    System.arraycopy(key, 0, arena, at + 8, key.length);
    arenaSize += bytes;
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    insert(((long) h << 32) | at);
  }

  /** Doubles the table, keeping the arena (and so every key's entry). */
  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long s : old) {
      if (s != 0) {
        insert(s);
      }
    }
  }

  /** Adds a slot (hash in the high half, the entry's position in the low half) where its hash's probe ends. */
  private void insert(long slot) {
    final long[] t = slots;
    final int mask = t.length - 1;
    int i = (int) (slot >>> 32) & mask;
    while (t[i] != 0) {
      i = (i + 1) & mask;
    }
    t[i] = slot;
    size++;
  }

  private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
      .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * A hash of every byte of a range, eight at a time. (It used to hash only the first and last
   * eight bytes, at a constant cost; the survey's texts share long beginnings and endings — law
   * titles ending in …に関する法律 — which made linear probing walk long runs of colliding keys.)
   */
  static int hash(byte[] b, int from, int to) {
    int len = to - from;
    long h = 0;
    if (len >= 8 && len <= 16) {
      return hash16((long) LONGS.get(b, from), (long) LONGS.get(b, to - 8), len);
    }
    if (len > 16) {
      int i = from;
      // two lanes, sixteen bytes a step: each lane's multiply waits only for its own (issue 11g: one lane
      // was a chain of a multiply per word through the survey's long law names and provisions)
      long g = 0;
      for (; i + 16 < to; i += 16) {
        h = (h + (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
        g = (g + (long) LONGS.get(b, i + 8)) * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 29;
        g ^= g >>> 31;
      }
      if (i + 8 < to) {
        h = (h + (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
      }
      // the last eight bytes, overlapping the word before when the length is not a multiple of 8
      h = (h + (long) LONGS.get(b, to - 8) + Long.rotateLeft(g, 32)) * 0x9E3779B97F4A7C15L;
    } else if (len > 0 && from + 8 <= b.length) {
      // one word, the bytes after the field masked off (a byte loop here was 30% of the roll-up's
      // profile: ids such as dept-50 and years are shorter than eight bytes)
      return shortHash((long) LONGS.get(b, from) & (-1L >>> (64 - 8 * len)), len);
    } else {
      long w = 0;
      for (int i = to - 1; i >= from; i--) {
        w = (w << 8) | (b[i] & 0xFF);
      }
      return shortHash(w, len);
    }
    return mix(h + len);
  }

  /**
   * {@return the hash of a range of 8 to 16 bytes given as its first and last eight bytes, little-endian
   * (overlapping when it is shorter than sixteen): what the loop of {@link #hash} gives for such a range,
   * the first word mixed in only when the range is longer than eight bytes}
   */
  static int hash16(long head, long tail, int len) {
    long h = 0;
    if (len > 8) {
      h = head * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return mix((h + tail) * 0x9E3779B97F4A7C15L + len);
  }

  /**
   * {@return the hash of a range of fewer than eight bytes given as one little-endian word (the
   * bytes after them zero): the same as {@link #hash} of those bytes}
   */
  static int shortHash(long word, int len) {
    return mix(word * 0x9E3779B97F4A7C15L + len);
  }

  /** Mixes so that the low bits (the table index) depend on every input bit. */
  private static int mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return (int) h;
  }

  @Override
  public String toString() {
    return "Lookup" + keys.keySet();
  }
}
