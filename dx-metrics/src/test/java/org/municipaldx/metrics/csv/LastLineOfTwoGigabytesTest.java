package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.IngestException;
import org.municipaldx.ingest.TextLocation;

/**
 * Issue 10: "a 2 GB file whose last line has one bad cell reports that line and column and returns
 * nothing, within the same memory". The file is synthesised as a stream (rows copied from one
 * block, nothing on disk), read by the streaming roll-up; the memory is measured as the bytes the
 * reading thread allocates, which would be gigabytes if anything per row were kept. It runs in the
 * test suite: about 6 s of CPU (estimated: the roll-up takes 1.1 s of CPU per 382 MB); on the shared 2-core machine
 * under a load average of 25–40 it took 25–118 s of wall time.
 */
class LastLineOfTwoGigabytesTest {
  static final String HEADER = "部局,年度,5レス,1件あたり分,オンライン件数,総件数\n";
  static final long SIZE = 2L << 30;

  /** The header, then valid rows up to at least {@link #SIZE} bytes, then one row whose 総件数 is "12x". */
  static final class Synthesised extends InputStream {
    final byte[] head = HEADER.getBytes(StandardCharsets.UTF_8);
    final byte[] block;
    final int rowsPerBlock;
    final long blocks;
    final byte[] tail = "dept-7,2023,ペーパーレス,30,5,12x\n".getBytes(StandardCharsets.UTF_8);
    long pos;
    final long length;

    Synthesised() {
      StringBuilder sb = new StringBuilder();
      int rows = 0;
      while (sb.length() < 60_000) {
        sb.append("dept-").append(rows % 64).append(",2023,カウンターレス|キャッシュレス,").append(1 + rows % 180)
            .append(',').append(rows % 1000).append(',').append(1000 + rows % 5000).append('\n');
        rows++;
      }
      block = sb.toString().getBytes(StandardCharsets.UTF_8);
      rowsPerBlock = rows;
      blocks = (SIZE - head.length) / block.length + 1;
      length = head.length + blocks * block.length + tail.length;
    }

    long lines() {
      return 1 + blocks * rowsPerBlock + 1;
    }

    long tailOffset() {
      return head.length + blocks * block.length;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= length) {
        return -1;
      }
      int done = 0;
      while (done < len && pos < length) {
        byte[] src;
        int at;
        if (pos < head.length) {
          src = head;
          at = (int) pos;
        } else if (pos < tailOffset()) {
          src = block;
          at = (int) ((pos - head.length) % block.length);
        } else {
          src = tail;
          at = (int) (pos - tailOffset());
        }
        int k = Math.min(len - done, src.length - at);
        System.arraycopy(src, at, b, off + done, k);
        done += k;
        pos += k;
      }
      return done;
    }
  }

  @Test
  void anErrorOnTheLastLineOfTwoGigabytesIsLocatedAndNothingIsReturned() {
    Synthesised in = new Synthesised();
    assertThat(in.length).isGreaterThan(SIZE);
    long before = allocated();
    long column = 6; // 総件数
    long offset = in.tailOffset() + "dept-7,2023,ペーパーレス,30,5,".getBytes(StandardCharsets.UTF_8).length;
    assertThatThrownBy(() -> ProcedureYearCsvReader.create()
            .partial(CsvSource.of(in, "synthesised.csv", Optional.empty())))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.total()).isEqualTo(1);
          assertThat(e.problems().get(0).location())
              .isEqualTo(new TextLocation("synthesised.csv", in.lines(), (int) column, offset));
          assertThat(e.problems().get(0).header()).hasValue("総件数");
        });
    long allocated = allocated() - before;
    assertThat(in.pos).isEqualTo(in.length); // read to the end
    // bounded: a few megabytes whatever the size (the block buffer, the dictionaries, the problem)
    assertThat(allocated).isLessThan(64L << 20);
  }

  /**
   * The bytes this thread allocated so far ({@code com.sun.management.ThreadMXBean}), by reflection:
   * the module under test does not read java.management.
   */
  static long allocated() {
    try {
      Object mx = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      return (Long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes")
          .invoke(mx);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no ThreadMXBean", e);
    }
  }
}
