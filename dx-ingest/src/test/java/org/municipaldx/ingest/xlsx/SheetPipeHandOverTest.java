package org.municipaldx.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.municipaldx.ingest.EntryLocation;

/**
 * The hand-over of {@link SheetPipe} between its inflating thread and the reading thread, and its end
 * (issue 13 part 4: the survivors of PIT in {@code SheetPipe.run}, {@code read}, {@code drain} and
 * {@code close}, in {@link PipelinedSheet} and in {@link WorkbookParts#open}'s closes): which bytes each
 * block holds and where it is cut, which blocks are parsed ahead, how a failure of the inflating thread
 * reaches the reader, and that closing the read mid-sheet ends every thread it started and leaves the
 * workbook's file closed.
 *
 * <p>Open files are counted in {@code /proc/self/fd} (Linux; the tests that need it are skipped
 * elsewhere): a {@link java.util.zip.ZipFile} keeps its file open until it is closed, and the JDK shares one
 * descriptor among the {@code ZipFile}s open on the same file, so the count is 0 exactly when every one
 * of them is closed.
 */
class SheetPipeHandOverTest {
  @TempDir
  Path dir;

  private static final String PART = "xl/worksheets/sheet1.xml";

  /** A zip of these entries, stored in this order (deflated). */
  private Path zip(String name, Map<String, byte[]> entries) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return file;
  }

  private Path sheetOnly(String name, byte[] part) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(PART, part);
    return zip(name, entries);
  }

  private static SheetPipe pipe(Path file, ZipGuard.Checked checked, int blockBytes, int threads,
      Function<SheetPipe.Block, RowBatch> parser) {
    return new SheetPipe(file, String.valueOf(file.getFileName()), XlsxLimits.defaults(), checked, PART, blockBytes,
        threads, parser);
  }

  /** A block as the reading thread takes it: its bytes and whether it starts between rows. */
  private record Taken(String text, boolean betweenRows, boolean parsedAhead) {}

  private static List<Taken> blocks(SheetPipe pipe) {
    List<Taken> out = new ArrayList<>();
    for (SheetPipe.Block b = pipe.peek(); b != null; b = pipe.peek()) {
      pipe.skip();
      out.add(new Taken(new String(b.data, 0, b.length, StandardCharsets.ISO_8859_1), b.startsBetweenRows,
          b.batch != null));
    }
    return out;
  }

  @Test
  void aBlockIsCutAfterTheLastRowEndInItsSecondHalfElseItIsFull() throws IOException {
    // rule (SheetPipe): a full block is cut just after its last </row> when that end is in the block's second half
    // (at len / 2 or after), and the next block starts with the bytes after it and "between rows"; a
    // </row> in the first half (or none) passes the whole block on and the next starts inside a row; the last
    // block holds what is left, and the first never counts as between rows
    String part = "xyzabc</row>........</row>abcdefab</row>cdefghija</row>bcdefghijklmnopqrst";
    Path file = sheetOnly("cut.xlsx", part.getBytes(StandardCharsets.US_ASCII));
    try (SheetPipe pipe = pipe(file, new ZipGuard.Checked(), 16, 0, b -> null)) {
      List<Taken> taken = blocks(pipe);
      assertThat(taken).extracting(Taken::text).containsExactly(
          "xyzabc</row>",     // 16 bytes "xyzabc</row>....": its </row> ends at 12
          "........</row>",   // 4 carried over + 12 read: ends at 14, "ab" carried over
          "abcdefab</row>",   // ends at 14
          "cdefghija</row>",  // ends at 15
          "bcdefghijklmnopq", // no </row>: whole
          "rst");             // the rest, at the end
      assertThat(taken).extracting(Taken::betweenRows).containsExactly(false, true, true, true, true, false);
      assertThat(taken).extracting(Taken::parsedAhead).as("no worker, nothing parsed ahead").containsOnly(false);
    }
  }

  @Test
  void aRowEndAtExactlyHalfTheBlockCutsItAndOneByteBeforeHalfDoesNot() throws IOException {
    // rule (SheetPipe): the cut needs the row's end at len / 2 or later: "ab</row>" (8 of 16) cuts,
    // "a</row>" (7 of 16) does not
    Path half = sheetOnly("half.xlsx", "ab</row>cdefghijKLMNOP".getBytes(StandardCharsets.US_ASCII));
    try (SheetPipe pipe = pipe(half, new ZipGuard.Checked(), 16, 0, b -> null)) {
      assertThat(blocks(pipe)).extracting(Taken::text).containsExactly("ab</row>", "cdefghijKLMNOP");
    }
    Path before = sheetOnly("before.xlsx", "a</row>bcdefghijKLMNOP".getBytes(StandardCharsets.US_ASCII));
    try (SheetPipe pipe = pipe(before, new ZipGuard.Checked(), 16, 0, b -> null)) {
      assertThat(blocks(pipe)).extracting(Taken::text).containsExactly("a</row>bcdefghij", "KLMNOP");
    }
  }

  @Test
  void aPartThatFillsItsLastBlockExactlyEndsWithAnEmptyBlock() throws IOException {
    // rule (SheetPipe): a block is passed on when it is full, before the end is known; the end then comes as
    // an empty block, and reading gives exactly the part's bytes
    Path file = sheetOnly("exact.xlsx", "0123456789abcdef0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII));
    try (SheetPipe pipe = pipe(file, new ZipGuard.Checked(), 16, 0, b -> null)) {
      assertThat(blocks(pipe)).extracting(Taken::text)
          .containsExactly("0123456789abcdef", "0123456789ABCDEF", "");
    }
  }

  @Test
  void readingGivesThePartsBytesInOrderAcrossBlocksAsUnsignedBytes() throws IOException {
    // rule (InputStream, SheetPipe): read() gives each byte as 0–255 (UTF-8's lead bytes are ≥ 0x80) and -1
    // at the end; read(b, off, len) gives the next bytes of the current block only, 0 when asked for none,
    // and the whole part comes out in order, whatever the block size
    StringBuilder sb = new StringBuilder("<sheetData>");
    for (int i = 1; i <= 200; i++) {
      sb.append("<row r=\"").append(i).append("\"><c><v>市").append(i).append("</v></c></row>");
    }
    byte[] part = sb.append("</sheetData>").toString().getBytes(StandardCharsets.UTF_8);
    Path file = sheetOnly("bytes.xlsx", part);
    try (SheetPipe pipe = pipe(file, new ZipGuard.Checked(), 64, 0, b -> null)) {
      assertThat(pipe.read(new byte[4], 0, 0)).isZero();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = 0; i < 11; i++) {
        out.write(pipe.read());
      }
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<sheetData>");
      int lead = pipe.read(); // '<' of the first row, then the rest of its block
      out.write(lead);
      byte[] buf = new byte[1000];
      int n = pipe.read(buf, 7, 1000 - 7);
      assertThat(n).as("at most the rest of the first block of 64").isBetween(1, 64 - 12);
      out.write(buf, 7, n);
      int c;
      while ((c = pipe.read()) >= 0) {
        assertThat(c).isBetween(0, 255);
        out.write(c);
      }
      assertThat(out.toByteArray()).isEqualTo(part);
      assertThat(pipe.read()).isEqualTo(-1);
      assertThat(pipe.read(buf, 0, 10)).isEqualTo(-1);
    }
    // a byte ≥ 0x80 first: read() gives 0xE5, not -27
    Path kanji = sheetOnly("kanji.xlsx", "市".getBytes(StandardCharsets.UTF_8));
    try (SheetPipe pipe = pipe(kanji, new ZipGuard.Checked(), 16, 0, b -> null)) {
      assertThat(pipe.read()).isEqualTo(0xE5);
      assertThat(pipe.read()).isEqualTo(0xB8);
      assertThat(pipe.read()).isEqualTo(0x82);
      assertThat(pipe.read()).isEqualTo(-1);
    }
  }

  @Test
  void withWorkersEveryBlockThatStartsBetweenRowsAndOnlySuchABlockIsParsedAhead() throws IOException {
    // rule (SheetPipe.put, batch): a worker parses a block ahead only when it starts between rows (a block
    // starting inside a row cannot be read alone); what the parser returns is the block's batch, and a parser
    // that fails (an exception or a stack overflow) leaves no batch (the scanner reads the block and reports the
    // fault)
    String part = "xyzabc</row>....ab</row>cdefghija</row>bcdefghijklmnopqrst";
    Path file = sheetOnly("ahead.xlsx", part.getBytes(StandardCharsets.US_ASCII));
    byte[] row = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".getBytes(StandardCharsets.US_ASCII);
    RowBatch marker = RowBatch.of(XlsxSheet.fragment("f", "s", row, row.length, new String[0], new boolean[0], false),
        row);
    AtomicInteger parsed = new AtomicInteger();
    try (SheetPipe pipe = pipe(file, new ZipGuard.Checked(), 16, 1, b -> {
      parsed.incrementAndGet();
      return marker;
    })) {
      List<SheetPipe.Block> kept = new ArrayList<>();
      for (SheetPipe.Block b = pipe.peek(); b != null; b = pipe.peek()) {
        assertThat(b.batch != null).as("parsed ahead iff between rows").isEqualTo(b.startsBetweenRows);
        if (b.startsBetweenRows) {
          assertThat(SheetPipe.batch(b)).isSameAs(marker);
        } else {
          assertThat(SheetPipe.batch(b)).isNull();
        }
        kept.add(b);
        pipe.skip();
      }
      assertThat(kept).extracting(b -> b.startsBetweenRows).contains(true, false);
      assertThat(parsed.get()).isEqualTo((int) kept.stream().filter(b -> b.startsBetweenRows).count());
    }
    for (Function<SheetPipe.Block, RowBatch> failing : List.<Function<SheetPipe.Block, RowBatch>>of(
        b -> {
          throw new IllegalStateException("a fault");
        },
        b -> {
          throw new StackOverflowError();
        },
        b -> {
          throw new AssertionError("any other error");
        })) {
      try (SheetPipe pipe = pipe(file, new ZipGuard.Checked(), 16, 1, failing)) {
        int between = 0;
        for (SheetPipe.Block b = pipe.peek(); b != null; b = pipe.peek()) {
          if (b.startsBetweenRows) {
            between++;
            assertThat(b.batch).isNotNull();
            assertThat(SheetPipe.batch(b)).as("a failed parse is no batch").isNull();
          }
          pipe.skip();
        }
        assertThat(between).isPositive();
      }
    }
  }

  @Test
  void aFailureOfTheInflatingThreadReachesTheReaderAsItsOwnException() throws IOException {
    // rule (SheetPipe.run): the inflating thread's failure is thrown to the reading thread by the read that
    // reaches it: a file that cannot be opened is an UncheckedIOException naming the source, a refusal of the
    // zip check an XlsxException located at the entry and byte where the check stopped
    Path gone = dir.resolve("gone.xlsx");
    try (SheetPipe pipe = pipe(gone, new ZipGuard.Checked(), 16, 0, b -> null)) {
      assertThatThrownBy(pipe::peek).isInstanceOf(UncheckedIOException.class)
          .hasMessage("workbook gone.xlsx: cannot read").hasCauseInstanceOf(NoSuchFileException.class);
      assertThat(pipe.peek()).as("the failure ends the pipe").isNull();
    }
    // the sheet's part has a DTD after 40 bytes that are passed on first (blocks of 16)
    byte[] dtd = ("<?xml version=\"1.0\"?><!-- 0123456789 -->" + "<!DOCTYPE x [<!ENTITY e \"e\">]><x/>")
        .getBytes(StandardCharsets.US_ASCII);
    Path file = sheetOnly("dtd.xlsx", dtd);
    try (SheetPipe pipe = pipe(file, new ZipGuard.Checked(), 16, 0, b -> null)) {
      byte[] buf = new byte[16];
      int read = 0;
      XlsxException refusal = null;
      try {
        for (int n; (n = pipe.read(buf, 0, 16)) > 0;) {
          read += n;
        }
      } catch (XlsxException e) {
        refusal = e;
      }
      assertThat(refusal).isNotNull();
      assertThat(refusal.rule()).isEqualTo(XlsxRefusal.DTD);
      assertThat(refusal.location()).isEqualTo(new EntryLocation("dtd.xlsx", PART, 40));
      assertThat(read).as("the blocks inflated before the DTD was seen").isEqualTo(32);
    }
  }

  @Test
  void theSheetsBytesAreCountedOnceInTheTotalAndTheOtherWorksheetsAfterIt() throws IOException {
    // rule (SheetPipe.run, ZipGuard): a sheet part the check left to the read is counted in the archive's total
    // as the read inflates it, then every other worksheet the check left; a part the check already counted
    // is checked again as it is read but not counted twice
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a.xml", "<a>12345</a>".getBytes(StandardCharsets.US_ASCII)); // 12
    entries.put(PART, "<sheetData></sheetData>".getBytes(StandardCharsets.US_ASCII)); // 23
    entries.put("xl/worksheets/sheet2.xml", "<worksheet/>".getBytes(StandardCharsets.US_ASCII)); // 12
    Path file = zip("total.xlsx", entries);
    ZipGuard.Checked deferred = ZipGuard.check(file, "total.xlsx", XlsxLimits.defaults(), ZipGuard::isWorksheet);
    assertThat(deferred.total).isEqualTo(12);
    try (SheetPipe pipe = pipe(file, deferred, 16, 0, b -> null)) {
      pipe.drain();
      assertThat(pipe.peek()).isNull();
    }
    assertThat(deferred.total).isEqualTo(12 + 23 + 12);
    ZipGuard.Checked all = ZipGuard.check(file, "total.xlsx", XlsxLimits.defaults(), name -> false);
    assertThat(all.total).isEqualTo(47);
    try (SheetPipe pipe = pipe(file, all, 16, 0, b -> null)) {
      pipe.drain();
    }
    assertThat(all.total).as("nothing left to check, nothing counted twice").isEqualTo(47);
  }

  @Test
  void aReaderInterruptedWhileWaitingForABlockFailsAndStaysInterrupted() throws IOException {
    // rule (SheetPipe.take): an interrupt of the reading thread while it waits for the next block is an
    // IllegalStateException, and the thread's interrupt status is kept for its caller
    Path file = sheetOnly("interrupt.xlsx", "0123456789abcdef0123".getBytes(StandardCharsets.US_ASCII));
    try (SheetPipe pipe = pipe(file, new ZipGuard.Checked(), 16, 0, b -> null)) {
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(pipe::peek).isInstanceOf(IllegalStateException.class)
            .hasMessage("interrupted while reading a workbook");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted();
      }
    }
  }

  // ---------------------------------------------------------------- the end of a read

  /** {@return how many of this process's file descriptors are open on the file} */
  private static long openDescriptors(Path file) throws IOException {
    Path real = file.toRealPath();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(fd -> {
        try {
          return Files.readSymbolicLink(fd).equals(real);
        } catch (IOException e) {
          return false; // the descriptor was closed as it was listed
        }
      }).count();
    }
  }

  private static Set<Thread> pipelineThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("dx-xlsx-"))
        .collect(Collectors.toSet());
  }

  /** Waits (at most 5 s) for the threads to end and the file to be closed; asserts both. */
  private static void assertEndedAndClosed(Set<Thread> started, Path file) throws Exception {
    for (Thread t : started) {
      t.join(5_000);
      assertThat(t.isAlive()).as("thread %s still runs", t.getName()).isFalse();
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (openDescriptors(file) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(openDescriptors(file)).as("descriptors open on %s", file.getFileName()).isZero();
  }

  private Path manyRows(String name) throws IOException {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= 3_000; i++) {
      rows.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\"><v>").append(i)
          .append("</v></c></row>");
    }
    return new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml(rows.toString())).write(dir, name);
  }

  @Test
  void closingASheetMidReadEndsItsThreadsAndClosesTheFile() throws Exception {
    // rule (XlsxSource.close, PipelinedSheet.close, SheetPipe.close): closed after a few rows, with the inflating thread waiting
    // for a free block (blocks of 64 bytes, a sheet of 100 KB), the read stops the inflating thread and the
    // workers and leaves no descriptor open on the workbook, on one thread or more
    assumeThat(Files.isDirectory(Path.of("/proc/self/fd"))).as("Linux's /proc").isTrue();
    for (int threads : new int[] {1, 2}) {
      Path file = manyRows("close" + threads + ".xlsx");
      Set<Thread> before = pipelineThreads();
      XlsxSource src = XlsxReader.create().withThreads(threads).withBuffer(64).open(file);
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < 40 && src.next(); i++) {
        cells.add(src.record().location().place());
      }
      assertThat(cells).hasSize(40).startsWith("手続!A1", "手続!A2").endsWith("手続!A40");
      assertThat(openDescriptors(file)).as("the inflating thread reads the file").isPositive();
      Set<Thread> started = new HashSet<>(pipelineThreads());
      started.removeAll(before);
      assertThat(started).extracting(Thread::getName).contains("dx-xlsx-inflate");
      // rule: the read's threads never keep the JVM from exiting (a source dropped without close)
      assertThat(started).allMatch(Thread::isDaemon);
      if (threads > 1) {
        assertThat(started).extracting(Thread::getName).contains("dx-xlsx-parse");
      } else {
        assertThat(started).extracting(Thread::getName).as("one thread: no worker parses ahead")
            .doesNotContain("dx-xlsx-parse");
      }
      src.close();
      assertEndedAndClosed(started, file);
    }
  }

  @Test
  void aSheetReadToItsEndEndsItsThreadsBeforeItIsClosed() throws Exception {
    // rule (SheetPipe.drain): when the read reaches the end of the sheet (and the archive passed), nothing is
    // left to inflate or to parse ahead: the inflating thread and the workers end without waiting for close
    assumeThat(Files.isDirectory(Path.of("/proc/self/fd"))).as("Linux's /proc").isTrue();
    Path file = manyRows("end.xlsx");
    Set<Thread> before = pipelineThreads();
    try (XlsxSource src = XlsxReader.create().withThreads(2).withBuffer(64).open(file)) {
      Set<Thread> started = new HashSet<>(pipelineThreads());
      int n = 0;
      while (src.next()) {
        n++;
        if (n == 10) {
          started.addAll(pipelineThreads());
        }
      }
      assertThat(n).isEqualTo(3_000);
      started.removeAll(before);
      assertThat(started).extracting(Thread::getName).contains("dx-xlsx-inflate", "dx-xlsx-parse");
      assertEndedAndClosed(started, file);
    }
  }

  @Test
  void aSheetTheScannerCannotReadLeavesNoFileOpen() throws Exception {
    // rule (XlsxReader.openSheet): the scanner's own entry refuses a sheet part not in UTF-8 after closing the
    // rows it opened (the transcoded part and its archive)
    assumeThat(Files.isDirectory(Path.of("/proc/self/fd"))).as("Linux's /proc").isTrue();
    String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\"" + CraftedWorkbook.NS
        + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>5</v></c></row></sheetData></worksheet>";
    Path file = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml(""))
        .override(PART, xml.getBytes(StandardCharsets.UTF_16LE)).write(dir, "utf16.xlsx");
    assertThatThrownBy(() -> XlsxReader.create().openSheet(file)).isInstanceOf(IllegalStateException.class);
    assertThat(openDescriptors(file)).isZero();
  }

  @Test
  void aRefusalOfTheSheetMidReadReachesTheReaderLocatedAfterTheRowsBeforeItAndEndsTheRead() throws Exception {
    // rule (SheetPipe, XlsxReader): the sheet's part is checked as it is inflated on its own thread; the
    // rows before the byte where the check stops are read, then the refusal is thrown, located at the entry and
    // at the limit's byte; the inflating thread has ended and, once closed, no file is left open
    assumeThat(Files.isDirectory(Path.of("/proc/self/fd"))).as("Linux's /proc").isTrue();
    for (int threads : new int[] {1, 2}) {
      Path file = manyRows("limit" + threads + ".xlsx");
      XlsxLimits limits = XlsxLimits.of(100, 20_000, 1L << 30, 100);
      Set<Thread> before = pipelineThreads();
      List<Integer> numbers = new ArrayList<>();
      XlsxException refusal = null;
      PipelinedSheet sheet = XlsxReader.create().withThreads(threads).withLimits(limits).withBuffer(256)
          .openSheet(file);
      Set<Thread> started = new HashSet<>(pipelineThreads());
      started.removeAll(before);
      try {
        while (sheet.hasNext()) {
          numbers.add(sheet.next().number());
        }
      } catch (XlsxException e) {
        refusal = e;
      } finally {
        sheet.close();
      }
      assertThat(refusal).as("threads %d", threads).isNotNull();
      assertThat(refusal.rule()).isEqualTo(XlsxRefusal.ENTRY_TOO_LARGE);
      assertThat(refusal.location()).isEqualTo(new EntryLocation("limit" + threads + ".xlsx", PART, 20_000));
      // each row is about 40 bytes: the rows well before byte 20,000 were read, none after it
      assertThat(numbers).hasSizeGreaterThan(300).hasSizeLessThan(600);
      assertThat(numbers.get(numbers.size() - 1)).isEqualTo(numbers.size());
      assertEndedAndClosed(started, file);
    }
  }

  @Test
  void aSheetRefusedAtOpenLeavesNoFileOpen() throws Exception {
    // rule (WorkbookParts.open): a sheet refused while its parts are looked up (no relationship names its part)
    // closes the archive it opened before the refusal is thrown
    assumeThat(Files.isDirectory(Path.of("/proc/self/fd"))).as("Linux's /proc").isTrue();
    Path file = new CraftedWorkbook().sheet("手続", CraftedWorkbook.sheetXml("")).write(dir, "norel.xlsx");
    // the same workbook with its sheet's relationship removed
    byte[] bytes;
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
      for (var en = z.entries(); en.hasMoreElements();) {
        ZipEntry e = en.nextElement();
        try (var in = z.getInputStream(e)) {
          bytes = in.readAllBytes();
        }
        if (e.getName().equals("xl/_rels/workbook.xml.rels")) {
          bytes = new String(bytes, StandardCharsets.UTF_8).replaceAll("<Relationship [^>]*worksheet\"[^>]*/>", "")
              .getBytes(StandardCharsets.UTF_8);
        }
        entries.put(e.getName(), bytes);
      }
    }
    Path broken = zip("broken.xlsx", entries);
    assertThatThrownBy(() -> XlsxReader.create().open(broken)).isInstanceOfSatisfying(XlsxException.class,
        e -> assertThat(e.rule()).isEqualTo(XlsxRefusal.MALFORMED));
    assertThat(openDescriptors(broken)).isZero();
  }
}
