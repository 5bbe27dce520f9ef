package org.municipaldx.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A test stream that gives at most {@code size} bytes per read, to cut an input at every boundary. */
final class ChunkedInputStream extends FilterInputStream {
  private final int size;

  ChunkedInputStream(InputStream in, int size) {
    super(in);
    this.size = size;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return super.read(b, off, Math.min(len, size));
  }
}
