package org.municipaldx.iot.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.municipaldx.ingest.Lookup;
import org.municipaldx.ingest.Record;

/**
 * Predicts a row's sensor from the row before (issue 16j): a readings file lists its sensors in the same
 * order at every time step, each sensor's quantities one after another, so a row's sensor is mostly the
 * previous row's or the one that followed that sensor last time. The prediction is checked by comparing the
 * field's ASCII bytes ({@link Record#ascii(int, byte[])}) with the bytes of the text that gave the predicted
 * sensor before, kept one after another in the order the sensors were first met (the file's order, so the
 * comparisons of a time step read neighbouring memory); on a mismatch the caller looks the field up
 * ({@link Lookup}, a probe at a random place of its table: at 10,000 sensors mostly a cache miss) and tells
 * this class what it found ({@link #learn}).
 *
 * <p>A prediction is never wrong: a sensor's bytes are those of a text that resolved to it, and the sensor
 * lookup's answer depends on the text alone (ASCII bytes are the same text in UTF-8 and Windows-31J, and an
 * ASCII field has no encoding check left to do, so nothing of the lazy check is skipped). Texts that are not
 * ASCII, longer than {@link #MAX_LENGTH} bytes or not a sensor are never predicted. Not thread-safe: one per
 * reader state.
 */
final class SensorOrder {
  /** The longest id predicted, in bytes; a longer one is always looked up. */
  static final int MAX_LENGTH = 64;

  /**
   * Eight bytes of a byte array as one long: {@link #same} compares an id eight bytes at a time (issue 16l: at 64
   * sensors {@code Arrays.equals} of a 7-byte id, a scalar loop below eight bytes, was 8% of the reading thread's
   * samples; benchmarks/README.md).
   */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The field's bytes of the current row (valid up to {@link #length} after {@link #predict}). */
  private final byte[] field = new byte[MAX_LENGTH];
  private int length = -1;
  /** Each sensor's bytes, one after another in the order learned, with at least eight bytes to spare at the end. */
  private byte[] arena = new byte[1024];
  private int arenaSize;
  /** Per sensor index: its bytes' offset in {@link #arena} (high half) and length + 1 (low half; 0: none). */
  private long[] bytesOf = new long[64];
  /** Per sensor index: the sensor that followed it last time (-1: none yet). */
  private int[] next = new int[64];
  /** The previous row's sensor (-1: none, or not a sensor). */
  private int last = -1;

  SensorOrder() {
    Arrays.fill(next, -1);
  }

  /**
   * {@return the sensor of the record's field if it is the previous row's or the one that followed that
   * sensor last time, else -1 (then {@link #learn} what the look-up gives)}
   *
   * @param r  the record, not null
   * @param i  the sensor field, in range
   */
  int predict(Record r, int i) {
    int n = r.ascii(i, field);
    length = n;
    int p = last;
    if (n < 0 || p < 0) {
      return -1;
    }
    if (same(p, n)) {
      return p;
    }
    int q = next[p];
    if (q >= 0 && same(q, n)) {
      last = q;
      return q;
    }
    return -1;
  }

  /**
   * Whether sensor s's bytes are the field's {@code n} bytes: compared eight at a time, the last long masked to the
   * bytes that are the field's ({@link #field} holds {@link #MAX_LENGTH} bytes, a multiple of eight, so no read
   * passes its end; the arena keeps eight bytes to spare).
   */
  private boolean same(int s, int n) {
    long b = bytesOf[s];
    if ((int) b != n + 1) {
      return false;
    }
    int at = (int) (b >>> 32);
    int i = 0;
    for (; i + Long.BYTES <= n; i += Long.BYTES) {
      if ((long) LONGS.get(field, i) != (long) LONGS.get(arena, at + i)) {
        return false;
      }
    }
    if (i == n) {
      return true;
    }
    long mask = -1L >>> (Long.SIZE - Byte.SIZE * (n - i));
    return (((long) LONGS.get(field, i) ^ (long) LONGS.get(arena, at + i)) & mask) == 0;
  }

  /**
   * Records what the look-up of the field {@link #predict} did not predict gave: the sensor follows the
   * previous row's from now on, and the field's bytes give it next time.
   *
   * @param s  the sensor, or -1 if the field is not a sensor id
   */
  void learn(int s) {
    if (s < 0) {
      last = -1;
      return;
    }
    if (s >= bytesOf.length) {
      int old = bytesOf.length;
      int m = Math.max(s + 1, old * 2);
      bytesOf = Arrays.copyOf(bytesOf, m);
      next = Arrays.copyOf(next, m);
      Arrays.fill(next, old, m, -1);
    }
    int n = length;
    if (bytesOf[s] == 0 && n >= 0) {
      // eight bytes to spare at the end, so that same() reads whole longs (what follows an id is masked)
      if (arenaSize + n + Long.BYTES > arena.length) {
        arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + n + Long.BYTES));
      }
      System.arraycopy(field, 0, arena, arenaSize, n);
      bytesOf[s] = ((long) arenaSize << 32) | (n + 1);
      arenaSize += n;
    }
    if (last >= 0 && last != s) {
      next[last] = s;
    }
    last = s;
  }
}
