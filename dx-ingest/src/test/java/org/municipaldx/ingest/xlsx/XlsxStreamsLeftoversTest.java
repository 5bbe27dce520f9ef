package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two byte streams under the xlsx scanner keep {@link InputStream#read(byte[], int, int)}'s contract: a
 * read of one byte or more returns at least one byte, or -1 at the end, never 0 (issue 13 part 4, issue 13x).
 * A stream that answers 0 makes every caller that reads to the end loop forever (the scanner's {@code fill},
 * {@code readAllBytes}); PIT's run of commit ade8b7d counted such mutants of {@code WorkbookParts.Utf8Stream}
 * and {@code ZipGuard.Inflation} as timeouts only. These tests read each stream a bounded number of times, so
 * a stream that stops advancing fails them at once. Also: the pipe's wait for a worker's rows keeps an
 * interrupt ({@code SheetPipe.batch}, PIT's no-coverage mutant 305 of ade8b7d).
 */
class XlsxStreamsLeftoversTest {
  /** Reads {@code in} to its end in reads of {@code size} bytes, failing on a read of 0 or on too many reads. */
  private static byte[] readBounded(InputStreamLike in, int size, int maxReads) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] b = new byte[size];
    for (int reads = 0; reads < maxReads; reads++) {
      int k = in.read(b, 0, size);
      if (k < 0) {
        assertThat(k).as("the end is -1").isEqualTo(-1);
        return out.toByteArray();
      }
      assertThat(k).as("read %d of %d bytes: at least one byte or the end", reads + 1, size).isBetween(1, size);
      out.write(b, 0, k);
    }
    throw new AssertionError("no end after " + maxReads + " reads of " + size + " bytes");
  }

  /** A read as both streams have it. */
  private interface InputStreamLike {
    int read(byte[] b, int off, int len) throws IOException;
  }

  @Test
  void aTranscodedPartGivesAtLeastOneByteAReadAndMinusOneAtItsEnd() throws IOException {
    // rule (Utf8Stream.read): a read of a text's UTF-8 gives at least one byte while there are any, then -1, and
    // -1 again; the bytes are the text's UTF-8
    // its reader asked a bounded number of times: a stream that keeps asking a reader at its end fails here
    java.io.Reader counted = new java.io.StringReader("ab") {
      private int calls;

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        if (++calls > 100) {
          throw new AssertionError("the reader was asked " + calls + " times for a text of 2 chars");
        }
        return super.read(cbuf, off, len);
      }
    };
    try (WorkbookParts.Utf8Stream in = new WorkbookParts.Utf8Stream(counted)) {
      assertThat(readBounded(in::read, 16, 4)).isEqualTo(new byte[] {'a', 'b'});
    }
    try (WorkbookParts.Utf8Stream in = new WorkbookParts.Utf8Stream(new java.io.StringReader("ab"))) {
      assertThat(readBounded(in::read, 16, 4)).isEqualTo(new byte[] {'a', 'b'});
      byte[] b = new byte[4];
      assertThat(in.read(b, 0, 4)).as("still at the end").isEqualTo(-1);
    }
    try (WorkbookParts.Utf8Stream in = new WorkbookParts.Utf8Stream(new java.io.StringReader("市é"))) {
      assertThat(readBounded(in::read, 2, 6)).isEqualTo("市é".getBytes(StandardCharsets.UTF_8));
    }
    try (WorkbookParts.Utf8Stream in = new WorkbookParts.Utf8Stream(new java.io.StringReader(""))) {
      byte[] b = new byte[4];
      assertThat(in.read(b, 0, 4)).as("an empty text is at its end at once").isEqualTo(-1);
    }
  }

  @Test
  void anInflatedEntryGivesAtLeastOneByteAReadAndMinusOneAtItsEnd(@TempDir Path dir) throws IOException {
    // rule (ZipGuard.Inflation.read): a checked entry's bytes come in reads of at least one byte, then -1
    Path file = dir.resolve("one.zip");
    byte[] text = "x,y\n".repeat(50).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(new ZipEntry("a.txt"));
      zip.write(text);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("empty.txt"));
      zip.closeEntry();
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      try (ZipGuard.Inflation in = new ZipGuard.Inflation(zip, zip.getEntry("a.txt"), "one.zip",
          XlsxLimits.defaults(), 0)) {
        assertThat(readBounded(in::read, 64, 8)).isEqualTo(text);
        assertThat(in.total()).isEqualTo(text.length);
      }
      try (ZipGuard.Inflation in = new ZipGuard.Inflation(zip, zip.getEntry("empty.txt"), "one.zip",
          XlsxLimits.defaults(), 7)) {
        assertThat(readBounded(in::read, 64, 2)).isEmpty();
        assertThat(in.total()).as("the total before, nothing added").isEqualTo(7);
      }
    }
  }

  @Test
  void aReaderInterruptedWhileWaitingForABlocksRowsFailsAndStaysInterrupted() {
    // rule (SheetPipe.batch): a reader interrupted while it waits for a worker's rows fails with an
    // IllegalStateException that keeps the InterruptedException as its cause, and its thread stays interrupted
    // (the interrupt is for whoever asked the read to stop, not the pipe's to swallow)
    SheetPipe.Block block = new SheetPipe.Block(new byte[0], 0, true);
    block.batch = new java.util.concurrent.CompletableFuture<>(); // a worker that has not finished
    Thread.currentThread().interrupt();
    try {
      Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> SheetPipe.batch(block));
      assertThat(t).isInstanceOf(IllegalStateException.class).hasMessage("interrupted while reading a workbook")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).as("still interrupted").isTrue();
    } finally {
      Thread.interrupted(); // the test's thread is not left interrupted
    }
  }
}
