package org.municipaldx.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.municipaldx.core.FiveLess;
import org.municipaldx.ingest.xlsx.XlsxReader;
import org.municipaldx.ingest.xlsx.XlsxSource;
import org.municipaldx.metrics.batch.ProcedureYearRollup;
import org.municipaldx.metrics.csv.ProcedureYearCsvReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Issue 10, Excel workbooks: a file on disk to the roll-up, {@code .xlsx} against the CSV of the
 * same rows, through the same procedure-year reader ({@link ProcedureYearCsvReader#partial} over
 * dx-ingest's {@code XlsxSource} or its CSV source). Goal: the workbook path at no less than a
 * third of the CSV path's speed.
 *
 * <p>{@code rows} generated procedure-year rows (fixed seed, as {@link RollupBenchmark}: 64
 * departments {@code d00}–{@code d63}, five-less mask of 5 bits written as category names joined by
 * {@code |}, minutes per case 1–180, online ≤ total ≤ 50,000, fiscal year 2023), written once to a
 * temporary directory as UTF-8 CSV and as a workbook (FastExcel's writer: one sheet, shared
 * strings, numbers as number cells).
 *
 * <ul>
 *   <li>{@code csvRollup}: {@code ProcedureYearCsvReader.rollup(csv)}, one thread;
 *   <li>{@code xlsxRollup}: {@code ProcedureYearCsvReader.partial(XlsxReader.open(xlsx))}: the
 *       zip-bomb and DTD check (every entry inflated once), then dx-ingest's byte scanner of the
 *       sheet XML (FastExcel's streaming reader before issue 10c);
 *   <li>{@code scannerScan}: {@code XlsxReader.open(xlsx)} alone (check and scanner), every
 *       field's text touched, no roll-up;
 *   <li>{@code jdkStaxScan}: the JDK's StAX parser over the sheet's XML alone, every value's text
 *       touched (inflation included, no zip check, shared strings not resolved);
 *   <li>{@code xlsxInflateOnly}: only the inflation of every entry that the check does: its cost;
 *   <li>{@code fastexcelScan}: FastExcel's reader alone, every cell's raw text touched, no roll-up;
 *   <li>{@code poiEventScan}: Apache POI 5.5.1's streaming API ({@code XSSFReader},
 *       {@code XSSFSheetXMLHandler}, read-only shared strings) alone, every cell's text touched: the
 *       alternative the issue names, measured in the same run to choose the library.
 * </ul>
 * The setup checks that both roll-ups equal the roll-up computed from the generated values, and
 * that both scans see the same number of characters.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class XlsxRollupBenchmark {
  static final long SEED = 20230214L;

  /** The two files of the same rows, and the expected roll-up. */
  @State(Scope.Benchmark)
  public static class Files2 {
    @Param({"1000000"})
    public int rows;

    Path dir;
    Path csv;
    Path xlsx;
    ProcedureYearRollup expected;
    final ProcedureYearCsvReader reader = ProcedureYearCsvReader.create();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("xlsx-bench");
      csv = dir.resolve("rows.csv");
      xlsx = dir.resolve("rows.xlsx");
      generate(csv, xlsx, rows);
      expected = reader.rollup(csv);
      if (expected.rows() != rows) {
        throw new IllegalStateException("the CSV roll-up has " + expected.rows() + " rows, not " + rows);
      }
      ProcedureYearRollup fromXlsx = readXlsx(this);
      if (!expected.equals(fromXlsx)) {
        throw new IllegalStateException("xlsxRollup disagrees with csvRollup:\n  " + fromXlsx + "\n  " + expected);
      }
      long fe = fastexcel(xlsx);
      long poi = poi(xlsx);
      long scanned = scanner(xlsx);
      long stax = stax(xlsx);
      if (fe != poi || fe != scanned) {
        throw new IllegalStateException("the scans disagree: FastExcel " + fe + " chars, POI " + poi
            + ", scanner " + scanned);
      }
      if (stax <= 0) {
        throw new IllegalStateException("the StAX scan saw nothing");
      }
      System.out.printf("%n[setup] %d rows: CSV %,d bytes, xlsx %,d bytes (%,d bytes expanded)%n", rows,
          Files.size(csv), Files.size(xlsx), inflate(xlsx));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      try (Stream<Path> files = Files.list(dir)) {
        for (Iterator<Path> it = files.iterator(); it.hasNext();) {
          Files.delete(it.next());
        }
      }
      Files.delete(dir);
    }
  }

  /** Writes the same generated rows as CSV and as a workbook. */
  static void generate(Path csv, Path xlsx, int rows) throws IOException {
    String[] header = {"部局", "年度", "5レス", "1件あたり分", "オンライン件数", "総件数"};
    SplittableRandom random = new SplittableRandom(SEED);
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        OutputStream os = Files.newOutputStream(xlsx);
        Workbook wb = new Workbook(os, "municipal-dx-benchmarks", "1.0")) {
      Worksheet ws = wb.newWorksheet("手続");
      w.write(String.join(",", header));
      w.write('\n');
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      for (int i = 1; i <= rows; i++) {
        String dept = RollupBenchmark.departmentId(random.nextInt(RollupBenchmark.DEPARTMENTS));
        int mask = random.nextInt(32);
        int minutes = 1 + random.nextInt(180);
        int total = random.nextInt(50_001);
        int online = random.nextInt(total + 1);
        StringJoiner five = new StringJoiner("|");
        for (FiveLess f : FiveLess.values()) {
          if ((mask & (1 << f.ordinal())) != 0) {
            five.add(f.japaneseName());
          }
        }
        w.write(dept + ",2023," + five + "," + minutes + "," + online + "," + total + "\n");
        ws.value(i, 0, dept);
        ws.value(i, 1, 2023);
        if (mask != 0) {
          ws.value(i, 2, five.toString());
        }
        ws.value(i, 3, minutes);
        ws.value(i, 4, online);
        ws.value(i, 5, total);
        if (i % 8192 == 0) {
          ws.flush();
        }
      }
    }
  }

  static ProcedureYearRollup readXlsx(Files2 f) {
    try (XlsxSource src = XlsxReader.create().open(f.xlsx)) {
      return f.reader.partial(src).toRollup();
    }
  }

  static long fastexcel(Path xlsx) {
    long chars = 0;
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false));
        Stream<Row> rows = wb.getFirstSheet().openStream()) {
      for (Iterator<Row> it = rows.iterator(); it.hasNext();) {
        Row row = it.next();
        for (int c = 0; c < row.getCellCount(); c++) {
          Cell cell = row.getCell(c);
          if (cell != null && cell.getRawValue() != null) {
            chars += cell.getRawValue().length();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return chars;
  }

  static long poi(Path xlsx) {
    long[] chars = {0};
    try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader reader = new XSSFReader(pkg);
      StylesTable styles = reader.getStylesTable();
      try (InputStream sheet = reader.getSheetsData().next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings,
            new XSSFSheetXMLHandler.SheetContentsHandler() {
              @Override
              public void startRow(int rowNum) {}

              @Override
              public void endRow(int rowNum) {}

              @Override
              public void cell(String ref, String value, XSSFComment comment) {
                chars[0] += value == null ? 0 : value.length();
              }
            }, false));
        parser.parse(new InputSource(sheet));
      }
    } catch (Exception e) {
      throw new IllegalStateException("POI cannot read " + xlsx, e);
    }
    return chars[0];
  }

  /** dx-ingest's XlsxSource (the byte scanner, after the zip check) alone: every field's text touched. */
  static long scanner(Path xlsx) {
    long chars = 0;
    try (XlsxSource src = XlsxReader.create().open(xlsx)) {
      while (src.next()) {
        org.municipaldx.ingest.Record r = src.record();
        for (int c = 0; c < r.size(); c++) {
          chars += r.get(c).length();
        }
      }
    }
    return chars;
  }

  /**
   * The JDK's own StAX parser ({@code XMLInputFactory.newDefaultFactory()}, DTDs off) over the
   * sheet's part alone, every {@code <v>} and {@code <t>} text touched (shared-string indices not
   * resolved): the cost of parsing the XML with the JDK, for the byte scanner's comparison.
   */
  static long stax(Path xlsx) {
    javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newDefaultFactory();
    f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
    long chars = 0;
    try (ZipFile zip = new ZipFile(xlsx.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
      javax.xml.stream.XMLStreamReader r = f.createXMLStreamReader(in);
      boolean value = false;
      while (r.hasNext()) {
        int e = r.next();
        if (e == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
          String n = r.getLocalName();
          value = n.equals("v") || n.equals("t");
        } else if (e == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
          value = false;
        } else if (value && e == javax.xml.stream.XMLStreamConstants.CHARACTERS) {
          chars += r.getTextLength();
        }
      }
      r.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (javax.xml.stream.XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return chars;
  }

  static long inflate(Path xlsx) {
    long n = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
        try (InputStream in = zip.getInputStream(e.nextElement())) {
          for (int k; (k = in.read(buffer)) > 0;) {
            n += k;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  @Benchmark
  public ProcedureYearRollup csvRollup(Files2 f) {
    return f.reader.rollup(f.csv);
  }

  @Benchmark
  public ProcedureYearRollup xlsxRollup(Files2 f) {
    return readXlsx(f);
  }

  /** The CSV's byte ranges on two threads (issue 10e). */
  @Benchmark
  public ProcedureYearRollup csvRollup2(Files2 f) {
    return f.reader.rollupParallel(f.csv, 2);
  }

  /** The workbook with blocks of rows parsed ahead on two workers beside the inflating thread (issue 10e). */
  @Benchmark
  public ProcedureYearRollup xlsxRollup2(Files2 f) {
    try (XlsxSource src = XlsxReader.create().withThreads(2).open(f.xlsx)) {
      return f.reader.partial(src).toRollup();
    }
  }

  @Benchmark
  public long xlsxInflateOnly(Files2 f) {
    return inflate(f.xlsx);
  }

  @Benchmark
  public long fastexcelScan(Files2 f) {
    return fastexcel(f.xlsx);
  }

  @Benchmark
  public long scannerScan(Files2 f) {
    return scanner(f.xlsx);
  }

  @Benchmark
  public long jdkStaxScan(Files2 f) {
    return stax(f.xlsx);
  }

  @Benchmark
  public long poiEventScan(Files2 f) {
    return poi(f.xlsx);
  }
}
