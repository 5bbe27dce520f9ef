package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules of {@link FileRanges#parseInOrder} whose broken forms PIT's run of commit ade8b7d counted as timeouts
 * only (issue 13 part 4, issue 13x): the ranges after the first are cut from their own start (a cut taken
 * from elsewhere gives empty ranges without end), and every range is parsed by a worker. The merge fails at
 * the first range that breaks the rule, so a broken cut fails the test instead of hanging it. (A pool whose
 * factory gives no thread leaves the reader waiting: no bound in time is set for it here, since a bound that
 * holds on an idle machine fails on one at load 50; PIT counts that mutant as a timeout.)
 */
class FileRangesLeftoversTest {
  /** Six lines of five bytes. */
  private static final byte[] LINES = "aaaa\nbbbb\ncccc\ndddd\neeee\nffff\n".getBytes(StandardCharsets.US_ASCII);

  private static List<FileRanges.Range> ranges(Path file, long firstCut, long rangeBytes, int threads) {
    List<FileRanges.Range> merged = new ArrayList<>();
    FileRanges.parseInOrder(file, LINES.length, firstCut, rangeBytes, threads, "leftovers", r -> r, (range, parsed) -> {
      // checked as each range arrives: an empty range or one not starting where the last ended stops the read
      assertThat(parsed).isEqualTo(range);
      assertThat(range.stop()).as("range %s is not empty", range).isGreaterThan(range.start());
      assertThat(range.start()).as("range %s follows the last", range)
          .isEqualTo(merged.isEmpty() ? 0 : merged.get(merged.size() - 1).stop());
      merged.add(range);
    });
    return merged;
  }

  @Test
  void laterRangesAreCutFromTheirOwnStart(@TempDir Path dir) throws IOException {
    // rule: the first range ends at the first line start at or after firstCut, each later one at the first line
    // start at or after its start + rangeBytes; together they cover the file once, in order
    Path file = dir.resolve("lines.csv");
    Files.write(file, LINES);
    for (int threads = 1; threads <= 2; threads++) {
      assertThat(ranges(file, 3, 6, threads)).as("%d threads", threads).containsExactly(new FileRanges.Range(0, 5),
          new FileRanges.Range(5, 15), new FileRanges.Range(15, 25), new FileRanges.Range(25, 30));
      assertThat(ranges(file, 12, 1, threads)).as("%d threads", threads).containsExactly(
          new FileRanges.Range(0, 15), new FileRanges.Range(15, 20), new FileRanges.Range(20, 25),
          new FileRanges.Range(25, 30));
    }
  }

  @Test
  void everyRangeIsParsedByAWorkerNamedAsAsked(@TempDir Path dir) throws IOException {
    // rule: the workers, named threadName, parse every range (the merge runs on the calling thread), and the
    // ranges are checked as they arrive (as in the test above), so a broken cut fails here too instead of looping
    Path file = dir.resolve("lines.csv");
    Files.write(file, LINES);
    List<String> names = new ArrayList<>();
    List<FileRanges.Range> merged = new ArrayList<>();
    FileRanges.parseInOrder(file, LINES.length, 10, 5, 1, "leftovers-worker", r -> Thread.currentThread().getName(),
        (range, parsed) -> {
          assertThat(range.stop()).as("range %s is not empty", range).isGreaterThan(range.start());
          assertThat(range.start()).as("range %s follows the last", range)
              .isEqualTo(merged.isEmpty() ? 0 : merged.get(merged.size() - 1).stop());
          merged.add(range);
          names.add(parsed);
        });
    assertThat(merged).containsExactly(new FileRanges.Range(0, 15), new FileRanges.Range(15, 25),
        new FileRanges.Range(25, 30));
    assertThat(names).containsExactly("leftovers-worker", "leftovers-worker", "leftovers-worker");
  }
}
