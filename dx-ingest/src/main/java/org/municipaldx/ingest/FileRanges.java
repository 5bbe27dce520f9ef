package org.municipaldx.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A file read on several threads in bounded memory: the file is cut into byte ranges at line starts
 * ({@link CsvSource#nextLineStart}), each range is parsed on a worker thread, and the results are
 * handed to the calling thread <em>in file order</em>, so what merges them needs no locking and sees
 * them as a sequential read would. At most {@code threads + 1} ranges are parsed or waiting at a
 * time, or as many as the caller allows (at least {@code threads}). A cut may fall inside a quoted
 * field (a line break in a cell): the merge, which knows where the previous range really ended,
 * reads such a range again itself ({@link CsvSource#chunk}).
 *
 * <p>Used by dx-survey's parallel read and dx-iot's readings read ({@code 4 × threads} in flight); the
 * readers that cut ranges themselves can use it the same way (parse a {@link Range} with a
 * {@link CsvSource#chunk} on the worker, check and merge on the caller). Thread-safe (no state).
 */
public final class FileRanges {
  private FileRanges() {}

  /**
   * A byte range of the file, from a line start to the next range's start.
   *
   * @param start  the offset of its first byte, ≥ 0
   * @param stop  the offset just after its last byte (the next range's start)
   */
  public record Range(long start, long stop) {
    /**
     * Checks the bounds.
     *
     * @param start  the offset of its first byte, ≥ 0
     * @param stop  the offset just after its last byte, ≥ {@code start}
     * @throws IllegalArgumentException if {@code start} is negative or above {@code stop}
     */
    public Range {
      if (start < 0 || stop < start) {
        throw new IllegalArgumentException("FileRanges.Range: must have 0 ≤ start ≤ stop (was " + start + ", " + stop + ")");
      }
    }
  }

  /**
   * What takes the parsed ranges on the calling thread, in file order.
   *
   * @param <T>  the result of parsing one range
   */
  @FunctionalInterface
  public interface Merge<T> {
    /**
     * Takes the next range's result.
     *
     * @param range  the range, not null
     * @param parsed  what the parse of that range returned
     */
    void accept(Range range, T parsed);
  }

  /**
   * Parses a file's ranges on {@code threads} worker threads and merges the results in file order on
   * the calling thread. The first range ends at the first line start at or after {@code firstCut}
   * (so that it can hold a header and the first rows), each later one at the first line start at or
   * after its start + {@code rangeBytes}.
   *
   * @param <T>  the result of parsing one range
   * @param file  the file, not null
   * @param size  the file's size in bytes, ≥ 0
   * @param firstCut  where the first range may end at the earliest, ≥ 1
   * @param rangeBytes  the least size of later ranges, ≥ 1
   * @param threads  the worker threads, ≥ 1 (they are daemons, named {@code threadName}, stopped at the end)
   * @param threadName  the workers' name, not null
   * @param parse  parses one range on a worker, not null
   * @param merge  takes each range's result on the calling thread, in file order, not null
   * @throws IllegalArgumentException if a count is out of range
   * @throws RuntimeException  what a parse or the merge threw (an {@link Error} as itself), rethrown
   *     on the calling thread; ranges still being parsed are abandoned
   * @throws java.io.UncheckedIOException if the file cannot be read to cut it
   */
  public static <T> void parseInOrder(Path file, long size, long firstCut, long rangeBytes, int threads,
      String threadName, Function<Range, T> parse, Merge<T> merge) {
    parseInOrder(file, size, firstCut, rangeBytes, threads, threads + 1, threadName, parse, merge);
  }

  /**
   * As {@link #parseInOrder(Path, long, long, long, int, String, Function, Merge)}, with at most {@code inFlight}
   * ranges cut and not yet merged at once (that method allows {@code threads + 1}). The merge waits for the oldest
   * range, so a worker that is ahead of the others can go on only while there are ranges queued behind it: when
   * the workers share the cores with the merging thread, their speeds drift apart and a deeper queue keeps them
   * busy (issue 16, readings at two threads on two cores: {@code 4 × threads} was faster than {@code threads + 1}
   * in 19 of 20 reads, by 6–8 %). Each range's result is held until it is merged: memory grows with
   * {@code inFlight}.
   *
   * @param <T>  the result of parsing one range
   * @param file  the file, not null
   * @param size  the file's size in bytes, ≥ 0
   * @param firstCut  where the first range may end at the earliest, ≥ 1
   * @param rangeBytes  the least size of later ranges, ≥ 1
   * @param threads  the worker threads, ≥ 1 (they are daemons, named {@code threadName}, stopped at the end)
   * @param inFlight  the most ranges cut and not yet merged (parsing, queued or parsed), ≥ {@code threads}
   * @param threadName  the workers' name, not null
   * @param parse  parses one range on a worker, not null
   * @param merge  takes each range's result on the calling thread, in file order, not null
   * @throws IllegalArgumentException if a count is out of range
   * @throws RuntimeException  what a parse or the merge threw (an {@link Error} as itself), rethrown
   *     on the calling thread; ranges still being parsed are abandoned
   * @throws java.io.UncheckedIOException if the file cannot be read to cut it
   */
  public static <T> void parseInOrder(Path file, long size, long firstCut, long rangeBytes, int threads,
      int inFlight, String threadName, Function<Range, T> parse, Merge<T> merge) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(threadName, "threadName");
    Objects.requireNonNull(parse, "parse");
    Objects.requireNonNull(merge, "merge");
    if (threads < 1 || rangeBytes < 1 || firstCut < 1 || size < 0 || inFlight < threads) {
      throw new IllegalArgumentException("FileRanges.parseInOrder: needs threads, rangeBytes and firstCut ≥ 1, size"
          + " ≥ 0 and inFlight ≥ threads (was " + threads + ", " + rangeBytes + ", " + firstCut + ", " + size + ", "
          + inFlight + ")");
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread th = new Thread(r, threadName);
      th.setDaemon(true);
      return th;
    });
    try {
      ArrayDeque<Future<T>> queue = new ArrayDeque<>();
      ArrayDeque<Range> ranges = new ArrayDeque<>();
      long next = 0;
      for (;;) {
        while (queue.size() < inFlight && next < size) {
          long start = next;
          long cut = start == 0 ? firstCut : start + rangeBytes;
          Range range = new Range(start, Math.max(start, Math.min(size, CsvSource.nextLineStart(file, cut, size))));
          next = range.stop();
          ranges.add(range);
          queue.add(pool.submit(() -> parse.apply(range)));
        }
        if (queue.isEmpty()) {
          return;
        }
        T parsed = get(queue.poll());
        merge.accept(ranges.poll(), parsed);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("FileRanges: interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
