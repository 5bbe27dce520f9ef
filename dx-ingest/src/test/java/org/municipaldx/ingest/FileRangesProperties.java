package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sageserpent.americium.java.Trials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.municipaldx.testsupport.TrialScale;

/**
 * Laws of {@link FileRanges}, with Americium: the ranges merged are the file's bytes in order, cut at
 * line starts, whatever the range size and the threads; a parse's failure reaches the caller.
 */
class FileRangesProperties {
  private static final Trials<byte[]> FILES = Trials.api().choose("a", "bc", "市民課", ",", "\n", "\r\n", "\r", "\"x\ny\"")
      .immutableLists().map(pieces -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieces.forEach(p -> out.writeBytes(p.getBytes(StandardCharsets.UTF_8)));
        return out.toByteArray();
      });

  @Test
  void theRangesMergedInOrderAreTheFileCutAtLineStarts() throws IOException {
    Path file = Files.createTempFile("ranges", ".csv");
    try {
      FILES.and(Trials.api().integers(1, 40)).and(Trials.api().integers(1, 3)).and(Trials.api().integers(1, 60))
          .withLimits(TrialScale.trials(400), TrialScale.limits()).supplyTo((bytes, rangeBytes, threads, firstCut) -> {
            write(file, bytes);
            List<FileRanges.Range> ranges = new ArrayList<>();
            ByteArrayOutputStream merged = new ByteArrayOutputStream();
            FileRanges.parseInOrder(file, bytes.length, firstCut, rangeBytes, threads, "test-parser",
                range -> {
                  assertThat(Thread.currentThread().getName()).isEqualTo("test-parser");
                  return Arrays.copyOfRange(bytes, (int) range.start(), (int) range.stop());
                },
                (range, parsed) -> {
                  assertThat(Thread.currentThread().getName()).isNotEqualTo("test-parser");
                  ranges.add(range);
                  merged.writeBytes(parsed);
                });
            assertThat(merged.toByteArray()).isEqualTo(bytes);
            long at = 0;
            for (FileRanges.Range r : ranges) {
              assertThat(r.start()).isEqualTo(at);
              assertThat(r.stop()).isGreaterThan(r.start());
              long cut = r.start() == 0 ? firstCut : r.start() + rangeBytes;
              assertThat(r.stop()).isEqualTo(Math.min(bytes.length, CsvSource.nextLineStart(file, cut, bytes.length)));
              if (r.stop() < bytes.length) {
                byte before = bytes[(int) r.stop() - 1];
                assertThat(before == '\n' || before == '\r' && bytes[(int) r.stop()] != '\n').as("a line start").isTrue();
              }
              at = r.stop();
            }
            assertThat(at).isEqualTo(bytes.length);
          });
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aDeeperQueueMergesTheSameRangesAndNeverCutsMoreThanItAllows() throws IOException {
    Path file = Files.createTempFile("ranges", ".csv");
    try {
      FILES.and(Trials.api().integers(1, 40)).and(Trials.api().integers(1, 3)).and(Trials.api().integers(0, 9))
          .withLimits(TrialScale.trials(300), TrialScale.limits()).supplyTo((bytes, rangeBytes, threads, extra) -> {
            write(file, bytes);
            int inFlight = threads + extra;
            List<FileRanges.Range> expected = new ArrayList<>();
            FileRanges.parseInOrder(file, bytes.length, rangeBytes, rangeBytes, threads, "test-parser", r -> r,
                (range, parsed) -> expected.add(parsed));
            List<FileRanges.Range> merged = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
            FileRanges.parseInOrder(file, bytes.length, rangeBytes, rangeBytes, threads, inFlight, "test-parser",
                range -> {
                  // a range parsing now was cut, and is not merged yet
                  most.accumulateAndGet(started.incrementAndGet() - done.get(), Math::max);
                  return range;
                },
                (range, parsed) -> {
                  assertThat(parsed).isEqualTo(range);
                  merged.add(parsed);
                  done.incrementAndGet();
                });
            assertThat(merged).isEqualTo(expected);
            assertThat(most.get()).as("ranges cut and not merged, %d allowed", inFlight).isLessThanOrEqualTo(inFlight);
          });
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void whileTheFirstMergeWaitsExactlyInFlightRangesAreCut() throws IOException {
    Path file = Files.createTempFile("ranges", ".csv");
    try {
      // cut 4 bytes on, at line starts: 0–6, 6–12 … 20 ranges
      byte[] bytes = "ab\n".repeat(40).getBytes(StandardCharsets.UTF_8);
      write(file, bytes);
      for (int threads = 1; threads <= 3; threads++) {
        for (int inFlight = threads; inFlight <= threads + 6; inFlight++) {
          java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
          int[] seen = {-1};
          int allowed = inFlight;
          FileRanges.parseInOrder(file, bytes.length, 4, 4, threads, inFlight, "test-parser", range -> {
            started.incrementAndGet();
            return range;
          }, (range, parsed) -> {
            if (seen[0] < 0) {
              // nothing is merged yet: the workers parse what was cut, and no more is cut until this returns
              long deadline = System.nanoTime() + 5_000_000_000L;
              while (started.get() < allowed && System.nanoTime() < deadline) {
                Thread.onSpinWait();
              }
              try {
                Thread.sleep(30); // time for a range cut beyond the bound to be parsed too
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              seen[0] = started.get();
            }
          });
          assertThat(seen[0]).as("ranges parsed before the first merge, %d threads, %d in flight", threads, inFlight)
              .isEqualTo(inFlight);
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aQueueShallowerThanTheThreadsIsRefused() {
    Path file = Path.of("unused.csv");
    assertThatThrownBy(() -> FileRanges.parseInOrder(file, 10, 10, 10, 3, 2, "t", r -> r, (r, p) -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inFlight ≥ threads")
        .hasMessageContaining("(was 3, 10, 10, 10, 2)");
  }

  @Test
  void aParseThatFailsFailsTheRead() throws IOException {
    Path file = Files.createTempFile("ranges", ".csv");
    try {
      byte[] bytes = "a\nb\nc\nd\ne\n".repeat(50).getBytes(StandardCharsets.UTF_8);
      write(file, bytes);
      // each range ends after the first line end at or after its start + 10: 0–12, 12–24, 24–36, 36–48 …
      List<FileRanges.Range> merged = new ArrayList<>();
      assertThatThrownBy(() -> FileRanges.parseInOrder(file, bytes.length, 10, 10, 2, "test-parser", range -> {
        if (range.start() >= 30) {
          throw new IllegalStateException("bad range at " + range.start());
        }
        return range;
      }, (range, parsed) -> merged.add(parsed))).isInstanceOf(IllegalStateException.class).hasMessage("bad range at 36");
      assertThat(merged).extracting(FileRanges.Range::start).containsExactly(0L, 12L, 24L);
      assertThatThrownBy(() -> FileRanges.parseInOrder(file, bytes.length, 10, 10, 0, "t", r -> r, (r, p) -> { }))
          .isInstanceOf(IllegalArgumentException.class);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
