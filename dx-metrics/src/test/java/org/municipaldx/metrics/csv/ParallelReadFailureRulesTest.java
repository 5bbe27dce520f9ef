package org.municipaldx.metrics.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link ProcedureYearCsvReader#rollupParallel} does when a range cannot be read or the calling
 * thread is interrupted while it waits for the ranges (issue 13m: the two failure paths of its private
 * {@code get}, ProcedureYearCsvReader 457 and 460, had no test). The file is seen through a file system
 * that refuses every open from a thread other than the test's own: the reader's own opens (the size,
 * the header, the cuts) succeed, each range's worker fails, deterministically.
 */
class ParallelReadFailureRulesTest {
  private static final String CSV = "部局,年度,1件あたり分,オンライン件数,総件数\nd1,2023,30,2,4\nd2,2023,1,1,1\n";

  @TempDir
  Path dir;

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private Path file() throws IOException {
    Path f = dir.resolve("stats.csv");
    Files.write(f, CSV.getBytes(StandardCharsets.UTF_8));
    return f;
  }

  @Test
  void aRangeThatCannotBeReadFailsTheReadWithTheDocumentedUncheckedIoException() throws Exception {
    Path real = file();
    Path seen = new Fs(Thread.currentThread(), false).path(real);
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    // the same file read on the test's thread alone: the sequential roll-up
    assertThat(reader.rollupParallel(seen, 1).total()).isEqualTo(reader.rollup(real).total());
    // the documented exception itself, not a wrapper around it
    assertThatThrownBy(() -> reader.rollupParallel(seen, 2, 0, 2))
        .isExactlyInstanceOf(UncheckedIOException.class)
        .hasMessage(seen + ": cannot read")
        .hasRootCauseMessage("refused: the test's worker threads cannot open files");
  }

  @Test
  void anInterruptWhileWaitingForTheRangesIsAnIllegalStateAndTheThreadStaysInterrupted() throws Exception {
    Path seen = new Fs(Thread.currentThread(), true).path(file());
    ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();
    assertThatThrownBy(() -> reader.rollupParallel(seen, 2, 0, 2))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("interrupted")
        .hasCauseInstanceOf(InterruptedException.class);
    // the interrupt is not swallowed: the caller's thread is still interrupted
    assertThat(Thread.interrupted()).isTrue();
  }

  /**
   * The default file system, except that an open from a thread other than {@code owner} fails; with
   * {@code interrupt}, every such open waits, and the first one first interrupts the owner (only once, so
   * that no late worker interrupts the owner after the test and fails a later one); each waits (up to 10 s, until the reader's
   * {@code shutdownNow} interrupts it), so the owner is interrupted while its range is unfinished.
   */
  private static final class Fs extends FileSystem {
    private final FileSystem real = Path.of("").getFileSystem();
    private final Thread owner;
    /** Set while the owner is still to be interrupted: once, by the first worker to open (a later one must not). */
    private final AtomicBoolean interrupt;
    private final Provider provider = new Provider();

    private final boolean interrupting;

    Fs(Thread owner, boolean interrupt) {
      this.owner = owner;
      this.interrupting = interrupt;
      this.interrupt = new AtomicBoolean(interrupt);
    }

    P path(Path p) {
      return new P(this, p);
    }

    void checkOpen() throws IOException {
      if (Thread.currentThread() == owner) {
        return;
      }
      if (interrupting) {
        // every worker waits, so that no range is finished (with an error) before the owner is interrupted
        if (interrupt.compareAndSet(true, false)) {
          owner.interrupt();
        }
        try {
          TimeUnit.SECONDS.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      throw new IOException("refused: the test's worker threads cannot open files");
    }

    @Override
    public FileSystemProvider provider() {
      return provider;
    }

    @Override
    public void close() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public boolean isReadOnly() {
      return false;
    }

    @Override
    public String getSeparator() {
      return real.getSeparator();
    }

    @Override
    public Iterable<Path> getRootDirectories() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<FileStore> getFileStores() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
      return real.supportedFileAttributeViews();
    }

    @Override
    public Path getPath(String first, String... more) {
      return path(real.getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
      throw new UnsupportedOperationException();
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
      throw new UnsupportedOperationException();
    }

    @Override
    public WatchService newWatchService() {
      throw new UnsupportedOperationException();
    }

    /** Opens through the default provider after {@link #checkOpen()}; nothing else is used. */
    private final class Provider extends FileSystemProvider {
      private FileSystemProvider real() {
        return Fs.this.real.provider();
      }

      @Override
      public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
          throws IOException {
        checkOpen();
        return real().newFileChannel(unwrap(path), options, attrs);
      }

      @Override
      public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
          FileAttribute<?>... attrs) throws IOException {
        checkOpen();
        return real().newByteChannel(unwrap(path), options, attrs);
      }

      @Override
      public String getScheme() {
        return "refusing";
      }

      @Override
      public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        throw new UnsupportedOperationException();
      }

      @Override
      public FileSystem getFileSystem(URI uri) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Path getPath(URI uri) {
        throw new UnsupportedOperationException();
      }

      @Override
      public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void createDirectory(Path dir, FileAttribute<?>... attrs) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void delete(Path path) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void copy(Path source, Path target, CopyOption... options) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void move(Path source, Path target, CopyOption... options) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean isSameFile(Path path, Path path2) throws IOException {
        return real().isSameFile(unwrap(path), unwrap(path2));
      }

      @Override
      public boolean isHidden(Path path) throws IOException {
        return real().isHidden(unwrap(path));
      }

      @Override
      public FileStore getFileStore(Path path) throws IOException {
        return real().getFileStore(unwrap(path));
      }

      @Override
      public void checkAccess(Path path, AccessMode... modes) throws IOException {
        real().checkAccess(unwrap(path), modes);
      }

      @Override
      public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        return real().getFileAttributeView(unwrap(path), type, options);
      }

      @Override
      public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
          throws IOException {
        return real().readAttributes(unwrap(path), type, options);
      }

      @Override
      public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
          throws IOException {
        return real().readAttributes(unwrap(path), attributes, options);
      }

      @Override
      public void setAttribute(Path path, String attribute, Object value, LinkOption... options) {
        throw new UnsupportedOperationException();
      }
    }
  }

  private static Path unwrap(Path p) {
    return p instanceof P w ? w.real : p;
  }

  /** A path of {@link Fs}: the real path, answering to its file system. */
  private static final class P implements Path {
    private final Fs fs;
    private final Path real;

    P(Fs fs, Path real) {
      this.fs = fs;
      this.real = real;
    }

    private P wrap(Path p) {
      return p == null ? null : new P(fs, p);
    }

    @Override
    public FileSystem getFileSystem() {
      return fs;
    }

    @Override
    public boolean isAbsolute() {
      return real.isAbsolute();
    }

    @Override
    public Path getRoot() {
      return wrap(real.getRoot());
    }

    @Override
    public Path getFileName() {
      return wrap(real.getFileName());
    }

    @Override
    public Path getParent() {
      return wrap(real.getParent());
    }

    @Override
    public int getNameCount() {
      return real.getNameCount();
    }

    @Override
    public Path getName(int index) {
      return wrap(real.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
      return wrap(real.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
      return real.startsWith(unwrap(other));
    }

    @Override
    public boolean endsWith(Path other) {
      return real.endsWith(unwrap(other));
    }

    @Override
    public Path normalize() {
      return wrap(real.normalize());
    }

    @Override
    public Path resolve(Path other) {
      return wrap(real.resolve(unwrap(other)));
    }

    @Override
    public Path relativize(Path other) {
      return wrap(real.relativize(unwrap(other)));
    }

    @Override
    public URI toUri() {
      return real.toUri();
    }

    @Override
    public Path toAbsolutePath() {
      return wrap(real.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
      return wrap(real.toRealPath(options));
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(Path other) {
      return real.compareTo(unwrap(other));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof P p && p.real.equals(real);
    }

    @Override
    public int hashCode() {
      return real.hashCode();
    }

    @Override
    public String toString() {
      return real.toString();
    }
  }
}
