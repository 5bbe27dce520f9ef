package org.municipaldx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure paths of {@link FileRanges} and {@link ExcelCsvWriter} and the bounds of their arguments: an
 * interrupted wait, a parse that throws an Error or a checked exception, the smallest arguments accepted and
 * the largest refused, a range of zero bytes; an output that fails when the writer starts, writes or closes.
 */
class IngestFailurePathsTest {
  @Test
  void aRangeMayBeEmptyButNotNegativeNorBackwards() {
    assertThat(new FileRanges.Range(0, 0).stop()).isZero();
    assertThat(new FileRanges.Range(3, 3).start()).isEqualTo(3);
    assertThatThrownBy(() -> new FileRanges.Range(-1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FileRanges.Range: must have 0 ≤ start ≤ stop (was -1, 0)");
    assertThatThrownBy(() -> new FileRanges.Range(4, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parseInOrderTakesOneThreadOneByteAndAnEmptyFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("f.csv");
    Files.write(file, "a\nb\nc\n".getBytes(StandardCharsets.UTF_8));
    List<FileRanges.Range> merged = new ArrayList<>();
    FileRanges.parseInOrder(file, 6, 1, 1, 1, "p", r -> r, (r, p) -> merged.add(p));
    assertThat(merged).containsExactly(new FileRanges.Range(0, 2), new FileRanges.Range(2, 4),
        new FileRanges.Range(4, 6));
    merged.clear();
    FileRanges.parseInOrder(file, 0, 1, 1, 1, "p", r -> r, (r, p) -> merged.add(p));
    assertThat(merged).as("an empty file has no range").isEmpty();
    for (long[] bad : new long[][] {{0, 1, 1, 6}, {1, 0, 1, 6}, {1, 1, 0, 6}, {1, 1, 1, -1}}) {
      assertThatThrownBy(() -> FileRanges.parseInOrder(file, bad[3], bad[2], bad[1], (int) bad[0], "p", r -> r,
          (r, p) -> { })).as("threads, rangeBytes, firstCut, size = %s", java.util.Arrays.toString(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(was " + bad[0] + ", " + bad[1]
              + ", " + bad[2] + ", " + bad[3] + ", " + (bad[0] + 1) + ")"); // inFlight: threads + 1
    }
  }

  @Test
  void anInterruptedWaitIsAnIllegalStateAndKeepsTheInterrupt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("f.csv");
    Files.write(file, "a\nb\n".getBytes(StandardCharsets.UTF_8));
    Thread caller = Thread.currentThread();
    CountDownLatch never = new CountDownLatch(1);
    // one range (the first cut is past the end): the caller waits for it, and the parse interrupts the caller
    Throwable t = catchThrowable(() -> FileRanges.parseInOrder(file, 4, 100, 100, 1, "p", r -> {
      caller.interrupt();
      try {
        never.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // shutdownNow ends the wait
      }
      return r;
    }, (r, p) -> { }));
    boolean interrupted = Thread.interrupted(); // clears the flag for the tests that follow
    assertThat(t).isInstanceOf(IllegalStateException.class).hasMessage("FileRanges: interrupted")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(interrupted).as("the caller's interrupt is kept").isTrue();
  }

  @Test
  void aParseThatThrowsAnErrorOrACheckedExceptionFailsTheRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("f.csv");
    Files.write(file, "a\nb\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> FileRanges.parseInOrder(file, 4, 1, 1, 2, "p", r -> {
      throw new StackOverflowError("deep");
    }, (r, p) -> { })).isInstanceOf(StackOverflowError.class).hasMessage("deep");
    IOException checked = new IOException("disk");
    assertThatThrownBy(() -> FileRanges.parseInOrder(file, 4, 1, 1, 2, "p", r -> sneakyThrow(checked),
        (r, p) -> { })).isInstanceOf(IllegalStateException.class).hasCause(checked);
  }

  @SuppressWarnings("unchecked")
  private static <T, E extends Throwable> T sneakyThrow(Throwable e) throws E {
    throw (E) e;
  }

  /** An output that fails at its {@code failAt}-th call of any write, and on close if asked. */
  private static final class FailingOutput extends OutputStream {
    private int calls;
    private final int failAt;
    private final boolean failClose;

    FailingOutput(int failAt, boolean failClose) {
      this.failAt = failAt;
      this.failClose = failClose;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (++calls == failAt) {
        throw new IOException("full");
      }
    }

    @Override
    public void close() throws IOException {
      if (failClose) {
        throw new IOException("gone");
      }
    }
  }

  @Test
  void anOutputThatFailsFailsTheWriterWithWhatItWasDoing() {
    // the byte order mark is the first write
    assertThatThrownBy(() -> ExcelCsvWriter.open(new FailingOutput(1, false)))
        .isInstanceOf(UncheckedIOException.class).hasMessage("CSV: cannot start writing");
    // each record is flushed when written: the output's failure is the record's
    ExcelCsvWriter w = ExcelCsvWriter.open(new FailingOutput(2, false));
    assertThatThrownBy(() -> w.writeRecord(List.of("a", 1, BigInteger.TEN)))
        .isInstanceOf(UncheckedIOException.class).hasMessage("CSV: cannot write a record");
    ExcelCsvWriter c = ExcelCsvWriter.open(new FailingOutput(-1, true));
    c.writeRecord(List.of("a"));
    assertThatThrownBy(c::close).isInstanceOf(UncheckedIOException.class).hasMessage("CSV: cannot close");
    assertThatThrownBy(() -> ExcelCsvWriter.open(null)).isInstanceOf(NullPointerException.class).hasMessage("out");
  }
}
