package org.municipaldx.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The sheet part inflated on its own thread into a fixed number of blocks, which the reading thread
 * takes in order as an {@link InputStream} ({@link #read}): inflating (a third of a workbook read)
 * overlaps the parse, in bounded memory (the blocks in the pool, whatever the sheet's size).
 *
 * <p>Every byte passes the zip check ({@link ZipGuard.Inflation}: expanded sizes, ratio, no DTD)
 * before it is put in a block, and the entries the check left (the other worksheets) are checked
 * after the sheet: the stream ends (-1) only when the whole archive has passed, and a refusal is
 * thrown by the read that reaches it ({@link #drain()} reaches it at once, for a reader that stops
 * early or fails: the check's refusal comes first, as when the archive was checked before parsing).
 *
 * <p>A block is cut just after the last {@code </row>} in it, so that the next one starts between
 * rows; with worker threads, each such block is parsed ahead into a {@link RowBatch} while the reading
 * thread works, which it uses when its own scanner arrives exactly at that block's start.
 */
final class SheetPipe extends InputStream {
  /** Inflated bytes of the sheet part, in order. */
  static final class Block {
    final byte[] data;
    final int length;
    /** Whether the block before ended just after a {@code </row>} (and this is not the first). */
    final boolean startsBetweenRows;
    /** The rows parsed ahead, when a worker parses it; its result null when they cannot be used. */
    Future<RowBatch> batch;

    Block(byte[] data, int length, boolean startsBetweenRows) {
      this.data = data;
      this.length = length;
      this.startsBetweenRows = startsBetweenRows;
    }
  }

  private static final Object END = new Object();

  private final BlockingQueue<byte[]> free;
  private final BlockingQueue<Object> full = new LinkedBlockingQueue<>();
  private final ExecutorService workers;
  private final Thread inflater;
  private volatile boolean closed;

  private Block current;
  private int pos;
  private Block next;
  private boolean ended;

  /**
   * Starts inflating.
   *
   * @param file  the workbook
   * @param source  the file's name for locations
   * @param limits  the zip check's limits
   * @param checked  what the check before found, and the entries it left
   * @param part  the sheet's part
   * @param blockBytes  the size of a block
   * @param threads  the threads that parse blocks ahead; 0: none
   * @param parser  parses a block into rows (on a worker), null when they cannot be used
   */
  SheetPipe(Path file, String source, XlsxLimits limits, ZipGuard.Checked checked, String part, int blockBytes,
      int threads, Function<Block, RowBatch> parser) {
    // The pool bounds memory at (threads + 4) × blockBytes: one block per parsing worker, plus a few so
    // the inflater can run ahead of the reading thread. A design choice, not a measured optimum.
    int blocks = threads + 4;
    free = new ArrayBlockingQueue<>(blocks);
    for (int i = 0; i < blocks; i++) {
      free.add(new byte[blockBytes]);
    }
    workers = threads == 0 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dx-xlsx-parse");
      t.setDaemon(true);
      return t;
    });
    inflater = new Thread(() -> run(file, source, limits, checked, part, parser), "dx-xlsx-inflate");
    inflater.setDaemon(true);
    inflater.start();
  }

  private void run(Path file, String source, XlsxLimits limits, ZipGuard.Checked checked, String part,
      Function<Block, RowBatch> parser) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(part);
      boolean counted = checked.deferred.contains(part);
      // a part checked before is checked again as it is read, but not counted twice in the total
      try (ZipGuard.Inflation in = new ZipGuard.Inflation(zip, entry, source, limits,
          counted ? checked.total : Long.MIN_VALUE / 2)) {
        byte[] buf = free.take();
        int len = 0;
        boolean betweenRows = false;
        boolean first = true;
        while (true) {
          int k = in.read(buf, len, buf.length - len);
          if (k > 0) {
            len += k;
          }
          if (k < 0 || len == buf.length) {
            int rowEnd = k < 0 ? 0 : lastRowEnd(buf, len);
            // no </row> in its second half: the whole block is passed on, the next one starts in a row
            int cut = rowEnd > 0 && rowEnd >= len / 2 ? rowEnd : len;
            byte[] rest = k < 0 ? null : free.take();
            if (rest != null) {
              System.arraycopy(buf, cut, rest, 0, len - cut);
            }
            put(new Block(buf, cut, betweenRows && !first), parser);
            first = false;
            betweenRows = cut == rowEnd;
            if (k < 0) {
              break;
            }
            len = len - cut;
            buf = rest;
          }
        }
        if (counted) {
          checked.total = in.total();
        }
      }
      ZipGuard.checkRest(zip, source, limits, checked, part, new byte[64 * 1024]);
      full.add(END);
    } catch (InterruptedException e) {
      full.add(new IllegalStateException("the workbook's reading was closed"));
    } catch (IOException e) {
      full.add(new UncheckedIOException("workbook " + source + ": cannot read", e));
    } catch (RuntimeException | Error e) {
      full.add(e);
    }
  }

  private void put(Block block, Function<Block, RowBatch> parser) {
    if (workers != null && block.startsBetweenRows && !closed) {
      block.batch = workers.submit(() -> {
        try {
          return parser.apply(block);
        } catch (RuntimeException | StackOverflowError e) {
          return null; // read by the sheet's scanner instead, which reports the fault
        }
      });
    }
    full.add(block);
  }

  /** {@return the index just after the last {@code </row>} or {@code </prefix:row>} in b's first len bytes, or 0} */
  static int lastRowEnd(byte[] b, int len) {
    for (int i = len - 1; i >= 5; i--) {
      if (b[i] == '>' && b[i - 1] == 'w' && b[i - 2] == 'o' && b[i - 3] == 'r') {
        int j = i - 4;
        if (b[j] == '/' && b[j - 1] == '<') {
          return i + 1;
        }
        if (b[j] == ':') {
          int k = j - 1;
          while (k > 0 && b[k] != '/' && b[k] != '<' && b[k] != '>' && b[k] != ' ' && i - k < 64) {
            k--;
          }
          if (k > 0 && k < j - 1 && b[k] == '/' && b[k - 1] == '<') {
            return i + 1;
          }
        }
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- the reading thread

  private Object take() {
    try {
      return full.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a workbook", e);
    }
  }

  private static RuntimeException rethrow(Object failure) {
    if (failure instanceof RuntimeException r) {
      return r;
    }
    throw (Error) failure;
  }

  /** {@return the next block, not yet read, null at the end} */
  Block peek() {
    if (next == null && !ended) {
      Object o = take();
      if (o == END) {
        ended = true;
      } else if (o instanceof Block b) {
        next = b;
      } else {
        ended = true;
        throw rethrow(o);
      }
    }
    return next;
  }

  /** {@return whether every byte of the blocks taken has been read} */
  boolean atBlockEnd() {
    return current == null || pos == current.length;
  }

  /** Moves to the next block ({@link #peek()}) without reading its bytes (its rows were parsed ahead). */
  Block skip() {
    Block b = peek();
    release(current);
    current = b;
    next = null;
    pos = b.length;
    return b;
  }

  private void release(Block b) {
    if (b == null) {
      return;
    }
    if (b.batch != null) {
      try {
        b.batch.get(); // a worker may still read it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        // nothing to release but the bytes
      }
    }
    free.offer(b.data);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  /** Reads the bytes of the current block, or of the next one: never across a block's end. */
  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    while (atBlockEnd()) {
      if (peek() == null) {
        return -1;
      }
      release(current);
      current = next;
      next = null;
      pos = 0;
    }
    int n = Math.min(len, current.length - pos);
    System.arraycopy(current.data, pos, b, off, n);
    pos += n;
    return n;
  }

  /**
   * Reads to the end of the archive's check, bytes unread: returns when the whole archive passed.
   *
   * @throws RuntimeException the check's refusal, or the failure to read the file
   */
  void drain() {
    release(current);
    current = null;
    while (peek() != null) {
      release(next);
      next = null;
    }
    if (workers != null) {
      workers.shutdown(); // nothing more to parse ahead
    }
  }

  @Override
  public void close() {
    closed = true;
    inflater.interrupt();
    if (workers != null) {
      workers.shutdownNow();
    }
  }

  /** {@return the rows parsed ahead from the block, or null} */
  static RowBatch batch(Block b) {
    if (b.batch == null) {
      return null;
    }
    try {
      return b.batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a workbook", e);
    } catch (ExecutionException e) {
      return null;
    }
  }
}
