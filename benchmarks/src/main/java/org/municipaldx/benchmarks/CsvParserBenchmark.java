package org.municipaldx.benchmarks;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.municipaldx.ingest.CsvSource;
import org.municipaldx.ingest.Lookup;
import org.municipaldx.ingest.Record;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Which CSV parser for dx-ingest (issue 10): each reads the {@link FileRollupBenchmark} file
 * (UTF-8, six fields a row), takes every field, sums the three number columns and counts the
 * distinct departments — the least a roll-up must do. Every method's checksum is compared in the
 * setup with {@code dxIngestStrings}; a parser that reads something else fails the run.
 *
 * <ul>
 *   <li>{@code fastCsv}: FastCSV 4.1.0 ({@code de.siegmar:fastcsv}), {@code CsvReader.ofCsvRecord};
 *   <li>{@code jacksonStreaming}: jackson-dataformat-csv 2.23, the streaming {@code CsvParser}
 *       token by token (no data binding);
 *   <li>{@code commonsCsv}: Apache Commons CSV 1.14.1, {@code CSVParser} records;
 *   <li>{@code dxIngestStrings}: dx-ingest's {@code CsvSource} asked for every field as a String,
 *       as the libraries give them;
 *   <li>{@code dxIngestBytes}: {@code CsvSource} as the roll-up uses it: numbers from the bytes
 *       ({@code plainWhole}), the department by its bytes ({@code Lookup}), no String per field.
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class CsvParserBenchmark {

  /** The file. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"1000000"})
    public int rows;

    Path file;
    long expected;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      Path dir = Paths.get(System.getProperty("dx.bench.dir", System.getProperty("java.io.tmpdir")));
      Files.createDirectories(dir);
      file = dir.resolve("procedure-years-" + rows + ".csv");
      FileRollupBenchmark.generate(file, rows);
      expected = dxIngestStrings(file);
      check("fastCsv", fastCsv(file));
      check("jacksonStreaming", jacksonStreaming(file));
      check("commonsCsv", commonsCsv(file));
      check("dxIngestBytes", dxIngestBytes(file));
    }

    private void check(String parser, long checksum) {
      if (checksum != expected) {
        throw new IllegalStateException(parser + " read something else: " + checksum + " != " + expected);
      }
    }
  }

  private static long checksum(long minutes, long online, long total, int departments) {
    return minutes * 31 + online * 17 + total + departments;
  }

  static long fastCsv(Path file) throws IOException {
    long m = 0;
    long o = 0;
    long t = 0;
    Map<String, Integer> depts = new HashMap<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      boolean header = true;
      for (CsvRecord r : reader) {
        if (header) {
          header = false;
          continue;
        }
        depts.putIfAbsent(r.getField(0), depts.size());
        r.getField(1);
        r.getField(2);
        m += Long.parseLong(r.getField(3));
        o += Long.parseLong(r.getField(4));
        t += Long.parseLong(r.getField(5));
      }
    }
    return checksum(m, o, t, depts.size());
  }

  static long jacksonStreaming(Path file) throws IOException {
    long m = 0;
    long o = 0;
    long t = 0;
    Map<String, Integer> depts = new HashMap<>();
    CsvMapper mapper = new CsvMapper();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvParser p = mapper.getFactory().createParser(in)) {
      p.setSchema(CsvSchema.emptySchema().withSkipFirstDataRow(true));
      int field = -1;
      JsonToken tok;
      while ((tok = p.nextToken()) != null) {
        if (tok == JsonToken.START_ARRAY) {
          field = 0;
        } else if (tok == JsonToken.VALUE_STRING) {
          String v = p.getText();
          switch (field) {
            case 0 -> depts.putIfAbsent(v, depts.size());
            case 3 -> m += Long.parseLong(v);
            case 4 -> o += Long.parseLong(v);
            case 5 -> t += Long.parseLong(v);
            default -> { }
          }
          field++;
        }
      }
    }
    return checksum(m, o, t, depts.size());
  }

  static long commonsCsv(Path file) throws IOException {
    long m = 0;
    long o = 0;
    long t = 0;
    Map<String, Integer> depts = new HashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().setSkipHeaderRecord(true).setHeader().get().parse(in)) {
      for (org.apache.commons.csv.CSVRecord r : parser) {
        depts.putIfAbsent(r.get(0), depts.size());
        r.get(1);
        r.get(2);
        m += Long.parseLong(r.get(3));
        o += Long.parseLong(r.get(4));
        t += Long.parseLong(r.get(5));
      }
    }
    return checksum(m, o, t, depts.size());
  }

  static long dxIngestStrings(Path file) {
    long m = 0;
    long o = 0;
    long t = 0;
    Map<String, Integer> depts = new HashMap<>();
    try (CsvSource src = CsvSource.open(file, Optional.empty())) {
      src.next();
      while (src.next()) {
        Record r = src.record();
        depts.putIfAbsent(r.get(0), depts.size());
        r.get(1);
        r.get(2);
        m += Long.parseLong(r.get(3));
        o += Long.parseLong(r.get(4));
        t += Long.parseLong(r.get(5));
      }
    }
    return checksum(m, o, t, depts.size());
  }

  static long dxIngestBytes(Path file) {
    long m = 0;
    long o = 0;
    long t = 0;
    Map<String, Integer> depts = new HashMap<>();
    Lookup lookup = Lookup.resolving(s -> depts.computeIfAbsent(s, k -> depts.size()));
    try (CsvSource src = CsvSource.open(file, Optional.empty())) {
      src.next();
      while (src.next()) {
        Record r = src.record();
        lookup.index(r, 0);
        m += r.plainWhole(3);
        o += r.plainWhole(4);
        t += r.plainWhole(5);
      }
    }
    return checksum(m, o, t, depts.size());
  }

  @Benchmark
  public long fastCsv(Data d) throws IOException {
    return fastCsv(d.file);
  }

  @Benchmark
  public long jacksonStreaming(Data d) throws IOException {
    return jacksonStreaming(d.file);
  }

  @Benchmark
  public long commonsCsv(Data d) throws IOException {
    return commonsCsv(d.file);
  }

  @Benchmark
  public long dxIngestStrings(Data d) {
    return dxIngestStrings(d.file);
  }

  @Benchmark
  public long dxIngestBytes(Data d) {
    return dxIngestBytes(d.file);
  }
}
